import { WorkspaceMembersPanel } from './workspace-members-panel.js';
import { WorkspaceMembersPicker } from './members-picker.js';

// Registers <workspace-members-panel> and, first, the kit elements it renders (WorkspaceMembersPanel.dependencies).
WorkspaceMembersPanel.define('workspace-members-panel');

export { WorkspaceMembersPanel, WorkspaceMembersPicker };
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'workspace-members-panel': WorkspaceMembersPanel;
    'workspace-members-picker': WorkspaceMembersPicker;
  }
}
