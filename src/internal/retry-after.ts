/**
 * "Too many requests: try again in 3 seconds." The backend says how long to wait
 * (`Retry-After`, `error.retryAfter`); the kit counts it down and holds every retry of that
 * failure until then, everywhere a 429 can appear.
 *
 * When the wait started is noted the first time the kit sees the error (the moment its
 * request settled, in `RequestController`), so a sentence rendered later counts from the
 * answer, not from the render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';

const retryAt = new WeakMap<InviteKitError, number>();

/** Notes when a rate-limited error may be retried (once per error; later calls keep the first). */
export function noteRetryAfter(error: InviteKitError, now = Date.now()): void {
  if (error.code !== 'rate_limited' || !error.retryAfter || retryAt.has(error)) return;
  retryAt.set(error, now + error.retryAfter * 1000);
}

/** Whole seconds left before `error` may be retried; 0 when it may be retried now (or never had to wait). */
export function secondsUntilRetry(error: InviteKitError | undefined, now = Date.now()): number {
  if (!error || error.code !== 'rate_limited' || !error.retryAfter) return 0;
  noteRetryAfter(error, now);
  return Math.max(0, Math.ceil((retryAt.get(error)! - now) / 1000));
}

/**
 * Re-renders its element every second while something it shows is still waiting, and stops
 * as soon as nothing is (no timer outlives the wait, or the element on the page).
 */
export class RetryCountdownController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Seconds left for `error`, keeping the element ticking until they are over. */
  wait(error: InviteKitError | undefined): number {
    const seconds = secondsUntilRetry(error);
    if (seconds > 0) this.tick(error!);
    return seconds;
  }

  hostConnected(): void {
    this.connected = true;
    // Something may have been waiting when the element left: the next render asks again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(error: InviteKitError): void {
    if (this.timer !== undefined || !this.connected) return;
    // To the next whole second of the wait, so "3, 2, 1" changes on time.
    const left = retryAt.get(error)! - Date.now();
    const delay = left % 1000 || 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, delay + 5);
  }
}
