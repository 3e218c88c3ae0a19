import { describeExample } from '../fixtures/examples.js';

// examples/vue, built by scripts/test.mjs (test/interop/build-examples.mjs) with Vite and @vitejs/plugin-vue.
describeExample('Vue', '/examples/vue/dist/index.html', { customAdapter: true });
