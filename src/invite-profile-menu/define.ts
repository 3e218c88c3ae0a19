import { InviteProfileMenu } from './invite-profile-menu.js';
import { defineElement } from '../internal/define.js';
import '../invite-user-dialog/define.js';

defineElement('invite-profile-menu', InviteProfileMenu);

export { InviteProfileMenu };
export type { ProfileMenuSelectDetail, ProfileMenuSelectEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'invite-profile-menu': InviteProfileMenu;
  }
}
