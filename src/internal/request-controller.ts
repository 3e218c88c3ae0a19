import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InviteKitError, isAbortError, toInviteKitError } from '../client/errors.js';
import { noteRetryAfter } from './retry-after.js';

export type RequestOutcome<T> =
  | { status: 'ok'; value: T }
  | { status: 'error'; error: InviteKitError }
  /** Superseded by a newer request under the same key, or the element left the page: ignore it. */
  | { status: 'stale' };

export interface RunOptions {
  /**
   * What to do when the element is put back on the page after leaving it while this request
   * was in flight (the request was aborted and its outcome is `stale`). A load passes itself
   * (`() => this.load()`), so it runs again; a mutation usually turns its button back into a
   * retry with the same idempotency key, since the backend may or may not have acted.
   */
  resume?: () => void;
}

/**
 * Runs an element's requests so that a newer request under the same key aborts and
 * supersedes the older one (stale responses never overwrite newer state), and so that an
 * element removed from the page aborts everything it started and updates nothing.
 *
 * This is also the one place that decides how an element recovers when it is removed
 * mid-request and put back: each request may name what to do (`resume`), and the requests
 * that were interrupted are resumed, once each, when the element is connected again.
 */
export class RequestController implements ReactiveController {
  private readonly inFlight = new Map<string, { controller: AbortController; resume?: () => void }>();
  private readonly interrupted = new Map<string, () => void>();
  private connected = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.interrupted.size === 0) return;
    // After every controller of the element has reconnected (live updates, the locale…).
    queueMicrotask(() => {
      if (!this.connected) return;
      const resumes = [...this.interrupted.values()];
      this.interrupted.clear();
      for (const resume of resumes) resume();
    });
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const [key, request] of this.inFlight) if (request.resume) this.interrupted.set(key, request.resume);
    this.abortAll();
  }

  /** Whether a request under `key` is still running. */
  isRunning(key: string): boolean {
    return this.inFlight.has(key);
  }

  async run<T>(key: string, request: (signal: AbortSignal) => Promise<T>, options: RunOptions = {}): Promise<RequestOutcome<T>> {
    this.inFlight.get(key)?.controller.abort();
    this.interrupted.delete(key);
    const controller = new AbortController();
    const entry = { controller, ...(options.resume ? { resume: options.resume } : {}) };
    this.inFlight.set(key, entry);
    const current = () => this.connected && this.inFlight.get(key) === entry && !controller.signal.aborted;
    try {
      const value = await request(controller.signal);
      return current() ? { status: 'ok', value } : { status: 'stale' };
    } catch (error) {
      if (!current() || isAbortError(error)) return { status: 'stale' };
      const failure = toInviteKitError(error);
      // A 429's wait counts from now, the moment its answer arrived.
      noteRetryAfter(failure);
      return { status: 'error', error: failure };
    } finally {
      if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
    }
  }

  abort(key: string): void {
    this.inFlight.get(key)?.controller.abort();
    this.inFlight.delete(key);
    this.interrupted.delete(key);
  }

  abortAll(): void {
    for (const { controller } of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
  }
}
