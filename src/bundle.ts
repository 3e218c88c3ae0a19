/**
 * The drop-in bundle (`dist/bundle/invite-kit.js`): every element registered, the fetch
 * client and the localization functions, for a page with no bundler:
 *
 *   <script type="module" src="/invite-kit/invite-kit.js"></script>
 *
 * The embedded demo client is left out of the main file: it loads by itself, from a chunk
 * next to it, only when an element finds no client.
 */
import './invite-kit-provider/define.js';
import './invite-profile-menu/define.js';
import './invite-user-form/define.js';
import './invite-user-dialog/define.js';
import './share-invite-link/define.js';
import './resend-invite-button/define.js';
import './workspace-members-panel/define.js';
import './internal-users-admin/define.js';
import './accept-invitation/define.js';
import './workspace-join-request/define.js';
import './invite-link-sign-up/define.js';

export * from './elements.js';
export { createFetchClient } from './client/fetch/index.js';
export type { FetchClientOptions } from './client/fetch/index.js';
export { InviteKitError, isInviteKitError } from './client/errors.js';
export type * from './client/types.js';
export type { InviteClient } from './client/invite-client.js';
export { registerTranslation, overrideMessages, clearMessageOverrides, availableLocales } from './i18n/catalogue.js';
