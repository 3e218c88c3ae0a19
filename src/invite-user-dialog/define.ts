import { InviteUserDialog } from './invite-user-dialog.js';

// Registers <invite-user-dialog> and, first, the kit elements it renders (InviteUserDialog.dependencies).
InviteUserDialog.define('invite-user-dialog');

export { InviteUserDialog };
export type { InviteDialogTab } from './invite-user-dialog.js';
export type { InviteDialogCloseDetail, InviteDialogCloseEvent, InviteDialogOpenDetail, InviteDialogOpenEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'invite-user-dialog': InviteUserDialog;
  }
}
