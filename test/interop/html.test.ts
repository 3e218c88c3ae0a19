import { describeExample } from '../fixtures/examples.js';

// examples/html with the drop-in bundles from `npm run build` (scripts/test.mjs builds them when stale):
// the module bundle from a static server, and the classic script (also opened from disk, by
// test/interop/from-disk.mjs).
describeExample('HTML (module bundle)', '/examples/html/index.html', { customAdapter: false });
describeExample('HTML (classic script)', '/examples/html/from-disk.html', { customAdapter: false });
