import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { inviteKitSource } from '../kit-alias.mjs';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Its own dependency cache (examples/*/node_modules/.vite), apart from the demo's.
  cacheDir: 'node_modules/.vite',
  plugins: [
    inviteKitSource(),
    vue({
      template: {
        // The kit's tags are custom elements, not Vue components.
        compilerOptions: {
          isCustomElement: (tag) => tag === 'invite-kit-provider' || /^(invite|share|resend|workspace|internal)-/.test(tag),
        },
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1024 },
});
