// The drop-in bundle's build, shared by `npm run build` and `npm run size` (which measures it as shipped).
import { readdirSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

/** The languages the kit ships besides English (src/i18n/locales/<locale>.ts), and `all` of them at once. */
export const LOCALE_MODULES = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();

/**
 * Builds src/bundle.ts, minified with a source map, into `outDir` (dist/bundle/) in one format: `es` for
 * the drop-in module, `iife` (exposed as `window.InviteKit`) for the classic script.
 *
 * The module is built as an application entry, not in library mode: Vite's library mode keeps
 * the whitespace of `es` output (so a bundler downstream still sees pure annotations), but the
 * drop-in bundle is loaded by pages as it is, never bundled again — so it is minified fully.
 *
 * Next to the module, one module per shipped language (`locales/es.js`, …, or `locales/all.js`): a page adds one
 * with a second `<script type="module">`, and it registers into the bundle's own catalogue
 * (the two share it through an import), costing nothing to pages that stay in English.
 */
export async function buildBundle({ format, fileName, name, outDir = 'dist/bundle' }) {
  const output =
    format === 'es'
      ? {
          rollupOptions: {
            input: {
              'invite-kit': 'src/bundle.ts',
              ...Object.fromEntries(LOCALE_MODULES.map((locale) => [`locales/${locale}`, `src/i18n/locales/${locale}.ts`])),
            },
            preserveEntrySignatures: 'strict',
            onwarn(warning, warn) {
              // The bundle defines every element up front, so the dialog's lazily loaded link
              // tab is in it already: expected, and not worth a warning on every build.
              if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
            },
            output: {
              format: 'es',
              entryFileNames: (chunk) => (chunk.name === 'invite-kit' ? fileName : '[name].js'),
              chunkFileNames: '[name]-[hash].js',
            },
          },
          modulePreload: false,
        }
      : { lib: { entry: 'src/bundle.ts', formats: [format], name, fileName: () => fileName } };
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssTemplatesPlugin],
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
