import { expect } from '@open-wc/testing';
import { closeExample, describeExample, openExample } from '../fixtures/examples.js';

// examples/html with the drop-in bundles from `npm run build` (scripts/test.mjs builds them when stale):
// the module bundle from a static server, and the classic script (also opened from disk, by
// test/interop/from-disk.mjs).
describeExample('HTML (module bundle)', '/examples/html/index.html', { customAdapter: false });
describeExample('HTML (classic script)', '/examples/html/from-disk.html', { customAdapter: false });

describe('HTML (module bundle): what the loader fetches', () => {
  after(closeExample);

  it('asks for an element’s shared files along with its own file, each once', async () => {
    const { win } = await openExample('/examples/html/index.html');
    const scripts = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
      entry.name.endsWith('.js'),
    );
    const names = scripts.map((entry) => new URL(entry.name).pathname);
    expect(names.length, 'no file twice').to.equal(new Set(names).size);
    const form = scripts.find((entry) => entry.name.endsWith('/invite-user-form.js'))!;
    const shared = scripts.find((entry) => /\/kit-[\w-]+\.js$/.test(entry.name));
    expect(form, 'the element’s file').to.not.equal(undefined);
    expect(shared, 'the shared kit file').to.not.equal(undefined);
    // Preloaded by the loader: requested before the element's file had even arrived, not after it was parsed.
    expect(shared!.startTime).to.be.below(form.responseEnd);
  });
});
