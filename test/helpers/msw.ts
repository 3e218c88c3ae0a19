/**
 * One msw worker for a whole test file: started once, quiet, failing on any request no
 * handler answers, and reset around every test so `worker.use(...)` overrides never leak.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

let worker: SetupWorker | undefined;

/**
 * Call at the top level of a test file. `handlers` is asked for the default handlers before
 * every test, so they can serve a client the file creates afresh in an earlier `beforeEach`.
 */
export function useMswWorker(handlers: () => RequestHandler[]): () => SetupWorker {
  before(async () => {
    worker ??= setupWorker();
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'error',
      quiet: true,
    });
  });
  beforeEach(() => {
    worker!.resetHandlers(...handlers());
  });
  afterEach(() => {
    worker!.resetHandlers();
  });
  after(() => {
    worker?.stop();
  });
  return () => {
    if (!worker) throw new Error('The msw worker is not started yet: use it inside a test.');
    return worker;
  };
}
