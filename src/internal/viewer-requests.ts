/**
 * One `getViewer` request per client at a time. A page's elements all want the viewer as they
 * start — the provider loads it once, but its answer arrives after its children have asked —
 * so every request made while one is on its way waits for that one instead of sending its
 * own: one `GET /viewer` per page load, per client. Nothing is kept once it settles, so a
 * viewer who signs in as someone else is asked about afresh.
 *
 * Each caller may stop waiting (its signal); the shared request is aborted only when every
 * caller waiting for it has.
 */
import { abortError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { Viewer } from '../client/types.js';

interface Shared {
  promise: Promise<Viewer>;
  controller: AbortController;
  waiting: number;
}

const inFlight = new WeakMap<InviteClient, Shared>();

export function requestViewer(client: InviteClient, signal?: AbortSignal): Promise<Viewer> {
  if (signal?.aborted) return Promise.reject(abortError());
  let shared = inFlight.get(client);
  if (!shared || shared.controller.signal.aborted) {
    const controller = new AbortController();
    const started: Shared = { promise: client.getViewer({ signal: controller.signal }), controller, waiting: 0 };
    const forget = () => {
      if (inFlight.get(client) === started) inFlight.delete(client);
    };
    started.promise.then(forget, forget);
    inFlight.set(client, started);
    shared = started;
  }
  const current = shared;
  current.waiting += 1;
  return new Promise<Viewer>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return false;
      done = true;
      current.waiting -= 1;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (current.waiting === 0) current.controller.abort();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (viewer) => leave() && resolve(viewer),
      (error: unknown) => leave() && reject(error),
    );
  });
}
