import type { InternalUser } from '../client/types.js';

export interface InviteLinkSignedUpDetail {
  /** The new internal user, as the backend answered. */
  user: InternalUser;
}

export interface SignInRequestedDetail {
  /** The email address the person is already known by, when they used one. */
  email?: string;
  /** The phone number the person is already known by, when they used one. */
  phone?: string;
}

export type InviteLinkSignedUpEvent = CustomEvent<InviteLinkSignedUpDetail>;
export type SignInRequestedEvent = CustomEvent<SignInRequestedDetail>;

declare global {
  interface HTMLElementEventMap {
    'invite-link-signed-up': InviteLinkSignedUpEvent;
    'sign-in-requested': SignInRequestedEvent;
  }
}
