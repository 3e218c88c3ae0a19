import { InviteLinkSignUp } from './invite-link-sign-up.js';

// Registers <invite-link-sign-up> (it renders no other kit element).
InviteLinkSignUp.define('invite-link-sign-up');

export { InviteLinkSignUp };
export type { InviteLinkSignedUpDetail, InviteLinkSignedUpEvent, SignInRequestedDetail, SignInRequestedEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'invite-link-sign-up': InviteLinkSignUp;
  }
}
