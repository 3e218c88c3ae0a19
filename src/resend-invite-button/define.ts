import { ResendInviteButton } from './resend-invite-button.js';

// Registers <resend-invite-button> and, first, the kit elements it renders (ResendInviteButton.dependencies).
ResendInviteButton.define('resend-invite-button');

export { ResendInviteButton };
export type { InviteResentDetail, InviteResentEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'resend-invite-button': ResendInviteButton;
  }
}
