import { ResendInviteButton } from './resend-invite-button.js';
import { defineElement } from '../internal/define.js';

defineElement('resend-invite-button', ResendInviteButton);

export { ResendInviteButton };
export type { InviteResentDetail, InviteResentEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'resend-invite-button': ResendInviteButton;
  }
}
