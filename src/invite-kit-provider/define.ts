import { InviteKitProvider } from './invite-kit-provider.js';
import { defineElement } from '../internal/define.js';

defineElement('invite-kit-provider', InviteKitProvider);

export { InviteKitProvider };

declare global {
  interface HTMLElementTagNameMap {
    'invite-kit-provider': InviteKitProvider;
  }
}
