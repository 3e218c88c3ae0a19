import { InviteKitProvider } from './invite-kit-provider.js';

InviteKitProvider.define('invite-kit-provider');

export { InviteKitProvider };

declare global {
  interface HTMLElementTagNameMap {
    'invite-kit-provider': InviteKitProvider;
  }
}
