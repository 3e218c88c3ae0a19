import { describeExample } from '../fixtures/examples.js';

// examples/react, built by scripts/test.mjs (test/interop/build-examples.mjs) with Vite: the
// components from `invite-kit/react` and a plain tag rendered by React 19.
describeExample('React', '/examples/react/dist/index.html', { customAdapter: true });
