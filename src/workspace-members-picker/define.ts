import { WorkspaceMembersPicker } from './workspace-members-picker.js';

// Registers <workspace-members-picker> on its own (the members panel fetches it when "+ Invite Members" is first wanted).
WorkspaceMembersPicker.define('workspace-members-picker');

export { WorkspaceMembersPicker };
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'workspace-members-picker': WorkspaceMembersPicker;
  }
}
