/**
 * `invite-kit`: registers every element and every shipped translation (English, Spanish,
 * German, Japanese, Arabic) and exports the classes, the client adapters and the
 * localization functions. The per-element entries speak English until a locale is imported.
 */
import './invite-kit-provider/define.js';
import './invite-profile-menu/define.js';
import './invite-user-form/define.js';
import './invite-user-dialog/define.js';
import './share-invite-link/define.js';
import './resend-invite-button/define.js';
import './workspace-members-panel/define.js';
import './workspace-members-picker/define.js';
import './internal-users-admin/define.js';
import './accept-invitation/define.js';
import './workspace-join-request/define.js';
import './invite-link-sign-up/define.js';
import './i18n/locales/all.js';

export * from './elements.js';
export * from './client/index.js';
export { defineMessages, registerTranslation, overrideMessages, clearMessageOverrides, availableLocales } from './i18n/catalogue.js';
export { translate } from './i18n/format.js';
export type { Message, Messages, MessageParams, PluralMessage } from './i18n/catalogue.js';
