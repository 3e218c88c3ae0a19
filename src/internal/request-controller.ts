import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InviteKitError, isAbortError, toInviteKitError } from '../client/errors.js';

export type RequestOutcome<T> =
  | { status: 'ok'; value: T }
  | { status: 'error'; error: InviteKitError }
  /** Superseded by a newer request under the same key, or the element left the page: ignore it. */
  | { status: 'stale' };

/**
 * Runs an element's requests so that a newer request under the same key aborts and
 * supersedes the older one (stale responses never overwrite newer state), and so that an
 * element removed from the page aborts everything it started and updates nothing.
 */
export class RequestController implements ReactiveController {
  private readonly inFlight = new Map<string, AbortController>();
  private connected = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.abortAll();
  }

  /** Whether a request under `key` is still running. */
  isRunning(key: string): boolean {
    return this.inFlight.has(key);
  }

  async run<T>(key: string, request: (signal: AbortSignal) => Promise<T>): Promise<RequestOutcome<T>> {
    this.inFlight.get(key)?.abort();
    const controller = new AbortController();
    this.inFlight.set(key, controller);
    const current = () => this.connected && this.inFlight.get(key) === controller && !controller.signal.aborted;
    try {
      const value = await request(controller.signal);
      return current() ? { status: 'ok', value } : { status: 'stale' };
    } catch (error) {
      if (!current() || isAbortError(error)) return { status: 'stale' };
      return { status: 'error', error: toInviteKitError(error) };
    } finally {
      if (this.inFlight.get(key) === controller) this.inFlight.delete(key);
    }
  }

  abort(key: string): void {
    this.inFlight.get(key)?.abort();
    this.inFlight.delete(key);
  }

  abortAll(): void {
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
  }
}
