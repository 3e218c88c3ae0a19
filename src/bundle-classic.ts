/**
 * The classic script (`dist/bundle/invite-kit.classic.js`, exposed as `window.InviteKit`): for a
 * page opened from disk, where browsers refuse module scripts. One file, every element defined
 * up front, the adapters and the demo portal's memory client with it.
 */
import 'virtual:invite-kit/define-all';

export * from './elements.js';
export * from './client/index.js';
export { registerTranslation, overrideMessages, clearMessageOverrides, availableLocales } from './i18n/catalogue.js';
