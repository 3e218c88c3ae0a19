import { defineConfig } from 'vite';

// `npm start` serves the demo portal from demo/ (on the embedded memory client).
// The drop-in bundle is built by scripts/build.mjs, not from here.
export default defineConfig({
  server: {
    open: '/demo/',
  },
  build: {
    target: 'es2022',
  },
});
