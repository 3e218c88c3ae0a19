import type { InviteInternalUserRequest, InviteResult } from '../client/types.js';

export interface InviteBeforeSendDetail {
  /**
   * The validated, normalised invitation about to be sent (E.164 phone, punycode email).
   * A listener may change its fields or assign a new object to adjust what is sent; the
   * adjusted invitation is validated again. Call `preventDefault()` to send nothing.
   */
  input: InviteInternalUserRequest;
}

export interface InviteSentDetail {
  /** What was sent. */
  input: InviteInternalUserRequest;
  /** What the backend did: the new user, the delivery, and whether an invitation went out. */
  result: InviteResult;
}

export type InviteBeforeSendEvent = CustomEvent<InviteBeforeSendDetail>;
export type InviteSentEvent = CustomEvent<InviteSentDetail>;

declare global {
  interface HTMLElementEventMap {
    'invite-before-send': InviteBeforeSendEvent;
    'invite-sent': InviteSentEvent;
  }
}
