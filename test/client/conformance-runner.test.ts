/**
 * The conformance suite's own promises: a test that could not check anything never reads as
 * passed. Drives the suite's `it` wrapper with a fake runner, the way a host's runner calls it.
 */
import { expect } from '@open-wc/testing';
import { suiteTools, skip } from '../../src/testing/runner.js';
import { messagesTo } from '../../src/testing/fixtures.js';
import type { ConformanceContext } from '../../src/testing/context.js';
import { memoryConformanceContext } from '../../src/testing/memory-context.js';

type Body = (this: { skip?: () => void; test?: { title: string } }) => Promise<void>;

/** Registers one conformance test on a fake runner and returns the body the runner would call. */
function register(test: (context: ConformanceContext) => Promise<void>, context: ConformanceContext = memoryConformanceContext()): Body {
  let body: Body | undefined;
  const globals = {
    describe: (_title: string, inner: () => void) => inner(),
    it: (_title: string, registered: Body) => {
      body = registered;
    },
    beforeEach: () => {},
    afterEach: () => {},
  };
  suiteTools(globals, () => context).it('a test', test);
  return body!;
}

async function outcome(run: Promise<void>): Promise<string> {
  try {
    await run;
    return 'passed';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('conformance runner', () => {
  it('marks a skipped test skipped, and says why in its title', async () => {
    let skipped = 0;
    const test = { title: 'a test' };
    const body = register(async () => skip('the backend has no live updates'));
    const result = await outcome(
      body.call({
        skip: () => {
          skipped += 1;
          throw new Error('mocha pending');
        },
        test,
      }),
    );
    expect(skipped).to.equal(1);
    expect(result).to.equal('mocha pending');
    expect(test.title).to.equal('a test — skipped: the backend has no live updates');
  });

  it('fails a skipped test where the runner has no this.skip(), rather than passing it', async () => {
    const body = register(async () => skip('the backend has no live updates'));
    expect(await outcome(body.call({}))).to.match(/^Not run: the backend has no live updates\./u);
    expect(await outcome(body.call(undefined as never))).to.match(/^Not run:/u);
  });

  it('skips a "sent exactly once" check when the adapter offers no log of sent invitations', async () => {
    const { hooks: _hooks, ...withoutHooks } = memoryConformanceContext();
    let skipped = false;
    const body = register(async (context) => {
      await messagesTo(context, 'anyone@example.com');
      throw new Error('reached the check without a log');
    }, withoutHooks);
    const result = await outcome(
      body.call({
        skip: () => {
          skipped = true;
          throw new Error('mocha pending');
        },
      }),
    );
    expect(skipped).to.equal(true);
    expect(result).to.equal('mocha pending');
  });

  it('passes a test that checked and held', async () => {
    expect(await outcome(register(async () => {}).call({}))).to.equal('passed');
  });
});
