// The drop-in bundle's build, shared by `npm run build` and `npm run size` (which measures it as shipped).
import { readdirSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';
import { kitElements, kitElementsPlugin } from './kit-elements.mjs';

/** The languages the kit ships besides English (src/i18n/locales/<locale>.ts), and `all` of them at once. */
export const LOCALE_MODULES = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();

/**
 * What every kit element loads, as one file instead of a dozen small ones: lit and @lit/context,
 * the base class with its controllers, the tokens and base styles, the error and context keys.
 * Each small file costs a request (a level of the module waterfall when one imports another) and
 * compresses worse alone; these travel together on every page anyway (measured: a profile-menu
 * page 15 → 7 files, a members panel 22 → 14, each page's brotli total the same or smaller).
 * The catalogue stays apart, with Vite's preload helper: the loader shares it and must stay small.
 */
const SHARED_CHUNKS = [
  { name: 'catalogue', priority: 2, test: /src\/i18n\/catalogue|preload-helper/ },
  {
    name: 'kit',
    priority: 1,
    test: new RegExp(
      [
        String.raw`node_modules/(lit|lit-html|lit-element|@lit)/`,
        String.raw`src/internal/(invite-kit-element|locale-controller|request-controller|kit-event|focus|style-properties|default-client|define|viewer-requests|error-description)\.`,
        String.raw`src/styles/(tokens|base)\.`,
        String.raw`src/client/(errors|context)\.`,
        String.raw`src/i18n/format\.`,
      ].join('|'),
    ),
  },
];

/**
 * Builds the drop-in bundle, minified with source maps, into `outDir` (dist/bundle/), in one format:
 *
 * - `es`, the module bundle: `invite-kit.js`, the loader (src/bundle.ts, a few KB) that loads each
 *   kit element's own file (`<tag>.js`, from src/<tag>/define.ts) when its tag appears, the files
 *   sharing chunks for lit, the contract and the catalogue; `client.js` (the adapter entry,
 *   src/client/index.ts: createFetchClient, the memory client, schemas) and `demo.js` (the demo
 *   portal's memory client alone) for plain HTML; one module per shipped language (`locales/es.js`,
 *   …, `locales/all.js`), which registers into the same catalogue and costs nothing to English pages.
 * - `iife`, the classic script for file:// pages (exposed as `window.InviteKit`): one file with
 *   every element (src/bundle-classic.ts).
 *
 * The module bundle is built as an application, not in library mode: Vite's library mode keeps
 * the whitespace of `es` output (so a bundler downstream still sees pure annotations), but the
 * drop-in bundle is loaded by pages as it is, never bundled again — so it is minified fully.
 */
export async function buildBundle({ format, fileName, name, outDir = 'dist/bundle' }) {
  const output =
    format === 'es'
      ? {
          rollupOptions: {
            input: {
              'invite-kit': 'src/bundle.ts',
              client: 'src/client/index.ts',
              demo: 'src/client/memory/memory-client.ts',
              ...Object.fromEntries(kitElements().map(({ folder, file }) => [folder, file])),
              ...Object.fromEntries(LOCALE_MODULES.map((locale) => [`locales/${locale}`, `src/i18n/locales/${locale}.ts`])),
            },
            preserveEntrySignatures: 'strict',
            output: {
              format: 'es',
              entryFileNames: (chunk) => (chunk.name === 'invite-kit' ? fileName : '[name].js'),
              chunkFileNames: '[name]-[hash].js',
              advancedChunks: { groups: SHARED_CHUNKS },
            },
          },
          // The loader asks for an element's shared files along with the element's own, instead of
          // the browser finding them only once that file has arrived and been parsed. Other
          // dynamic imports (the pieces an element fetches when first wanted) preload nothing:
          // their lists would cost more bytes than the round trip they save.
          modulePreload: {
            polyfill: false,
            // The element's file itself is on its way already; the catalogue is the loader's own import.
            resolveDependencies: (url, deps, { hostId }) =>
              hostId === fileName ? deps.filter((dep) => dep !== url && !dep.startsWith('catalogue-')) : [],
          },
        }
      : {
          lib: { entry: 'src/bundle-classic.ts', formats: [format], name, fileName: () => fileName },
          rollupOptions: {
            onwarn(warning, warn) {
              // One file defines every element up front, so the code other builds load when first
              // wanted (the dialog, its link tab, Bulk Invite) is in it already: expected.
              if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
            },
          },
        };
  await build({
    configFile: false,
    // Served from wherever the host puts it: every URL the bundle makes is relative to its own files.
    base: './',
    logLevel: 'warn',
    plugins: [minifyCssTemplatesPlugin, kitElementsPlugin()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: true,
      ...output,
    },
  });
}

/**
 * The classic script's languages: `locales/<locale>.classic.js`, each a plain script that
 * hands its messages to `window.InviteKit.registerTranslation` — for pages opened from disk,
 * loaded after invite-kit.classic.js.
 */
export async function buildClassicLocales(outDir = 'dist/bundle') {
  const throughTheClassicScript = {
    name: 'invite-kit:register-through-window',
    setup(build) {
      build.onResolve({ filter: /catalogue\.js$/ }, () => ({ path: 'catalogue', namespace: 'classic-kit' }));
      build.onLoad({ filter: /.*/, namespace: 'classic-kit' }, () => ({
        contents: `export function registerTranslation(locale, messages) {
          if (!globalThis.InviteKit) throw new Error('invite-kit: load invite-kit.classic.js before its language files.');
          globalThis.InviteKit.registerTranslation(locale, messages);
        }`,
        loader: 'js',
      }));
    },
  };
  await esbuild({
    entryPoints: LOCALE_MODULES.map((locale) => ({ in: `src/i18n/locales/${locale}.ts`, out: `locales/${locale}.classic` })),
    outdir: outDir,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    plugins: [throughTheClassicScript],
    logLevel: 'warning',
  });
}
