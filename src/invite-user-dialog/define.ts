import { InviteUserDialog } from './invite-user-dialog.js';
import { defineElement } from '../internal/define.js';
import '../invite-user-form/define.js';
// <share-invite-link> is imported by the dialog itself, the first time its tab is shown.

defineElement('invite-user-dialog', InviteUserDialog);

export { InviteUserDialog };
export type { InviteDialogTab } from './invite-user-dialog.js';
export type { InviteDialogCloseDetail, InviteDialogCloseEvent, InviteDialogOpenDetail, InviteDialogOpenEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'invite-user-dialog': InviteUserDialog;
  }
}
