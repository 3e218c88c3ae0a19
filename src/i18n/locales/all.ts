/**
 * Registers every translation the kit ships: Spanish, German, Japanese and Arabic, next to
 * the built-in English. `invite-kit` (the main entry) imports this; hosts that register single
 * elements (`invite-kit/invite-user-dialog`, …) get English only unless they import a locale
 * themselves: `import 'invite-kit/locales/es'` or this module, `import 'invite-kit/locales/all'`.
 */
import './es.js';
import './de.js';
import './ja.js';
import './ar.js';

export { es } from './es.js';
export { de } from './de.js';
export { ja } from './ja.js';
export { ar } from './ar.js';
