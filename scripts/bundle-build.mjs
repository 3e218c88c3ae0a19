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
            },
          },
          modulePreload: false,
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
