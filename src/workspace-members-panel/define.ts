import { WorkspaceMembersPanel } from './workspace-members-panel.js';
import type { WorkspaceMembersPicker } from '../workspace-members-picker/workspace-members-picker.js';

// Registers <workspace-members-panel>. The picker and the resend button it shows on demand are
// fetched and registered when first wanted (./lazy-pieces.ts); `invite-kit/workspace-members-picker`
// registers the picker on its own.
WorkspaceMembersPanel.define('workspace-members-panel');

export { WorkspaceMembersPanel };
export type { WorkspaceMembersPicker };
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'workspace-members-panel': WorkspaceMembersPanel;
  }
}
