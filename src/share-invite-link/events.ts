import type { InviteLink } from '../client/types.js';

export interface InviteLinkCopiedDetail {
  url: string;
  /** `clipboard`: the Copy Link button wrote it; `manual`: the person copied the selected text themselves. */
  method: 'clipboard' | 'manual';
}

export interface InviteLinkRefreshedDetail {
  /** The new link. */
  link: InviteLink;
  /** The link that stopped working. */
  previousUrl: string | undefined;
}

export interface InviteLinkSettingsChangedDetail {
  /** The link with its new expiry and allowed domains. */
  link: InviteLink;
}

export type InviteLinkCopiedEvent = CustomEvent<InviteLinkCopiedDetail>;
export type InviteLinkRefreshedEvent = CustomEvent<InviteLinkRefreshedDetail>;
export type InviteLinkSettingsChangedEvent = CustomEvent<InviteLinkSettingsChangedDetail>;

declare global {
  interface HTMLElementEventMap {
    'invite-link-copied': InviteLinkCopiedEvent;
    'invite-link-refreshed': InviteLinkRefreshedEvent;
    'invite-link-settings-changed': InviteLinkSettingsChangedEvent;
  }
}
