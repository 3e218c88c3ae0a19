#!/usr/bin/env node
// `npm run build`: ESM modules with type declarations for bundlers (dist/**), plus one
// self-contained, minified bundle (dist/invite-kit.bundle.js) that a plain HTML page loads
// with a single <script type="module"> and no bundler.
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
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'invite-kit.bundle.js',
    },
    rollupOptions: {
      output: { inlineDynamicImports: true },
    },
  },
});

console.log('Built dist/ (modules and declarations) and dist/invite-kit.bundle.js (drop-in bundle).');
