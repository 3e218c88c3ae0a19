/**
 * The drop-in bundle (`dist/bundle/invite-kit.js`): a small loader for a page with no bundler.
 *
 *   <script type="module" src="/invite-kit/invite-kit.js"></script>
 *
 * Each kit tag on the page — or inside a kit element's shadow root — loads only its own
 * element's file (dist/bundle/<tag>.js, sharing chunks for lit, the contract and the catalogue)
 * when it appears. `import '/invite-kit/<tag>.js'` defines one eagerly; `loadElement(tag)` does it
 * from script. The adapters are `client.js` next to it (createFetchClient, and the demo portal's
 * createMemoryClient); the embedded demo client loads by itself only when an element finds no client.
 * The element table is generated from src/*\/define.ts (scripts/kit-elements.mjs).
 */
import { elements } from 'virtual:invite-kit/elements';
import { createAutoloader, UNDEFINED_STYLES } from './internal/autoloader.js';

const autoloader = createAutoloader(elements);

// Undefined kit elements keep their room and hide their content (an adopted sheet: strict CSP allows it).
const sheet = new CSSStyleSheet();
sheet.replaceSync(UNDEFINED_STYLES(Object.keys(elements)));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

autoloader.watch(document);

/** Loads and defines a kit element now, before it appears (say, to create it from script). */
export function loadElement(tag: string): Promise<void> {
  return autoloader.load(tag);
}

export { registerTranslation, overrideMessages, clearMessageOverrides, availableLocales } from './i18n/catalogue.js';
