import { InviteUserDialog } from './invite-user-dialog.js';
import { defineElement } from '../internal/define.js';
import '../invite-user-form/define.js';
import '../share-invite-link/define.js';

defineElement('invite-user-dialog', InviteUserDialog);

export { InviteUserDialog };
export type { InviteDialogTab } from './invite-user-dialog.js';
export type { InviteDialogCloseDetail, InviteDialogCloseEvent, InviteDialogOpenDetail, InviteDialogOpenEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'invite-user-dialog': InviteUserDialog;
  }
}
