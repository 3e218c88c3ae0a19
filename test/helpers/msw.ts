/**
 * One msw worker for a whole test file: started once, quiet, failing on any request no
 * handler answers, and reset after every test so `worker.use(...)` overrides never leak.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

let worker: SetupWorker | undefined;

/** Call at the top level of a test file: starts the worker before the first test with `handlers` as its defaults. */
export function useMswWorker(handlers: () => RequestHandler[]): () => SetupWorker {
  before(async () => {
    worker ??= setupWorker();
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'error',
      quiet: true,
    });
    worker.resetHandlers(...handlers());
  });
  afterEach(() => {
    worker?.resetHandlers(...handlers());
  });
  after(() => {
    worker?.stop();
  });
  return () => {
    if (!worker) throw new Error('The msw worker is not started yet: use it inside a test.');
    return worker;
  };
}
