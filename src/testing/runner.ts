/**
 * The suite registers its tests through the `describe` / `it` / `beforeEach` / `afterEach`
 * globals any mocha-compatible runner provides (mocha, web-test-runner, vitest with globals).
 * They are looked up at call time rather than imported, so the testing entry pulls in no
 * runner and no assertion library.
 */
import type { ConformanceContext } from './context.js';

interface TestThis {
  skip?: () => void;
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
          // Runners without a skip() (or that don't allow it here) count the test as passed.
          if (typeof this.skip === 'function') this.skip();
        }
      }),
  };
}
