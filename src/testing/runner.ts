/**
 * The suite registers its tests through the `describe` / `it` / `beforeEach` / `afterEach`
 * globals any mocha-compatible runner provides (mocha, web-test-runner, vitest with globals).
 * They are looked up at call time rather than imported, so the testing entry pulls in no
 * runner and no assertion library.
 */
import type { ConformanceContext } from './context.js';

interface TestThis {
  /** Mocha's: marks the running test as skipped (it throws). */
  skip?: () => void;
  /** Mocha's running test, whose title can say why it was skipped. */
  test?: { title: string };
}

interface RunnerGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: (this: TestThis) => Promise<void>): void;
  beforeEach(body: () => Promise<void>): void;
  afterEach(body: () => Promise<void>): void;
}

export function runnerGlobals(): RunnerGlobals {
  const globals = globalThis as unknown as Partial<RunnerGlobals>;
  for (const name of ['describe', 'it', 'beforeEach', 'afterEach'] as const) {
    if (typeof globals[name] !== 'function') {
      throw new Error(`runInviteClientConformance needs the test runner's global ${name}(); run it under mocha or a compatible runner.`);
    }
  }
  return globals as RunnerGlobals;
}

/** Thrown by `skip()`; the wrapper turns it into the runner's own skip. */
class SkipTest extends Error {
  override readonly name = 'SkipTest';
}

/** Skips the current test; `reason` says what the backend would need for it to run. */
export function skip(reason: string): never {
  throw new SkipTest(reason);
}

export type ConformanceTest = (context: ConformanceContext) => Promise<void>;

/** `describe` and an `it` whose body receives the fresh context; what every area of the suite is written with. */
export interface SuiteTools {
  describe(title: string, body: () => void): void;
  it(title: string, body: ConformanceTest): void;
}

export function suiteTools(globals: RunnerGlobals, context: () => ConformanceContext): SuiteTools {
  return {
    describe: (title, body) => globals.describe(title, body),
    it: (title, body) =>
      globals.it(title, async function () {
        try {
          await body(context());
        } catch (error) {
          if (!(error instanceof SkipTest)) throw error;
          // A test that checked nothing must never read as passed: where the runner cannot mark
          // it skipped, it fails and says why, so nobody mistakes it for a rule that holds.
          if (typeof this?.skip !== 'function') {
            throw new Error(`Not run: ${error.message}. (This runner offers no this.skip(), so the test is failed rather than passed.)`);
          }
          if (this.test) this.test.title += ` — skipped: ${error.message}`;
          this.skip();
        }
      }),
  };
}
