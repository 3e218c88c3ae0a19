import type { InternalUser, InvitationDetails } from '../client/types.js';

export interface InvitationAcceptedDetail {
  /** The person, now an active internal user. */
  user: InternalUser;
  /** The invitation they accepted, as it read before accepting. */
  invitation: InvitationDetails;
}

export interface SignInRequestedDetail {
  /** The address the invitation went to, for the host's sign-in page to prefill. */
  email?: string;
  phone?: string;
}

export type InvitationAcceptedEvent = CustomEvent<InvitationAcceptedDetail>;
export type SignInRequestedEvent = CustomEvent<SignInRequestedDetail>;

declare global {
  interface HTMLElementEventMap {
    'invitation-accepted': InvitationAcceptedEvent;
    'sign-in-requested': SignInRequestedEvent;
  }
}
