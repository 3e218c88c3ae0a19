import { InviteProfileMenu } from './invite-profile-menu.js';

// Registers <invite-profile-menu> and, first, the kit elements it renders (InviteProfileMenu.dependencies).
InviteProfileMenu.define('invite-profile-menu');

export { InviteProfileMenu };
export type { ProfileMenuSelectDetail, ProfileMenuSelectEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'invite-profile-menu': InviteProfileMenu;
  }
}
