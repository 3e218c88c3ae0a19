import { defineConfig } from 'vite';
import { kitAlias } from '../kit-alias.mjs';

// No React plugin needed: Vite's own transform compiles JSX (automatic runtime).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { alias: kitAlias },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1024 },
});
