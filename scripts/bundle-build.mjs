// The drop-in bundle's build, shared by `npm run build` and `npm run size` (which measures it as shipped).
import { build } from 'vite';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

/**
 * Builds src/bundle.ts, minified with a source map, into `outDir` (dist/bundle/) in one format: `es` for
 * the drop-in module, `iife` (exposed as `window.InviteKit`) for the classic script.
 *
 * The module is built as an application entry, not in library mode: Vite's library mode keeps
 * the whitespace of `es` output (so a bundler downstream still sees pure annotations), but the
 * drop-in bundle is loaded by pages as it is, never bundled again — so it is minified fully.
 */
export async function buildBundle({ format, fileName, name, outDir = 'dist/bundle' }) {
  const output =
    format === 'es'
      ? {
          rollupOptions: {
            input: 'src/bundle.ts',
            preserveEntrySignatures: 'strict',
            onwarn(warning, warn) {
              // The bundle defines every element up front, so the dialog's lazily loaded link
              // tab is in it already: expected, and not worth a warning on every build.
              if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
            },
            output: { format: 'es', entryFileNames: fileName, chunkFileNames: '[name]-[hash].js' },
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
