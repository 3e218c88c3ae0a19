import { AcceptInvitation } from './accept-invitation.js';

// Registers <accept-invitation> and, first, the kit elements it renders (AcceptInvitation.dependencies).
AcceptInvitation.define('accept-invitation');

export { AcceptInvitation };
export type { InvitationAcceptedDetail, InvitationAcceptedEvent, SignInRequestedDetail, SignInRequestedEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'accept-invitation': AcceptInvitation;
  }
}
