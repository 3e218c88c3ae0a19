import { WorkspaceMembersPanel } from './workspace-members-panel.js';
import { WorkspaceMembersPicker } from './members-picker.js';
import { defineElement } from '../internal/define.js';
import '../resend-invite-button/define.js';

defineElement('workspace-members-panel', WorkspaceMembersPanel);
// Private to the panel; registered with it.
defineElement('workspace-members-picker', WorkspaceMembersPicker);

export { WorkspaceMembersPanel };
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'workspace-members-panel': WorkspaceMembersPanel;
    'workspace-members-picker': WorkspaceMembersPicker;
  }
}
