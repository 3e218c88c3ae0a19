import { ShareInviteLink } from './share-invite-link.js';

// Registers <share-invite-link> and, first, the kit elements it renders (ShareInviteLink.dependencies).
ShareInviteLink.define('share-invite-link');

export { ShareInviteLink };
export type {
  InviteLinkCopiedDetail,
  InviteLinkCopiedEvent,
  InviteLinkRefreshedDetail,
  InviteLinkRefreshedEvent,
  InviteLinkSettingsChangedDetail,
  InviteLinkSettingsChangedEvent,
} from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'share-invite-link': ShareInviteLink;
  }
}
