#!/usr/bin/env node
// `npm run build`: ESM modules with type declarations for bundlers (dist/**), plus the
// self-contained, minified drop-in bundle (dist/bundle/invite-kit.js) that a plain HTML page
// loads with a single <script type="module"> and no bundler. The bundle's only other file is
// the embedded demo client's chunk, fetched by the bundle itself when no client is given.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist/bundle',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/bundle.ts',
      formats: ['es'],
      fileName: () => 'invite-kit.js',
    },
  },
});

console.log('Built dist/ (modules and declarations) and dist/bundle/invite-kit.js (drop-in bundle).');
