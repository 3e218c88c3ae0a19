import { ShareInviteLink } from './share-invite-link.js';
import { defineElement } from '../internal/define.js';

defineElement('share-invite-link', ShareInviteLink);

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
