import { defineConfig } from 'vite';
import { inviteKitSource } from '../kit-alias.mjs';

// No React plugin needed: Vite's own transform compiles JSX (automatic runtime).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Its own dependency cache (examples/*/node_modules/.vite), apart from the demo's.
  cacheDir: 'node_modules/.vite',
  plugins: [inviteKitSource()],
  oxc: { jsx: { runtime: 'automatic' } },
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react-dom/client', '@lit/react'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1024 },
});
