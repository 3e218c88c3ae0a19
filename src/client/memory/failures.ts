/**
 * Failure injection: the next calls of an operation reject with a chosen error before
 * they touch any state, so tests and stories can show every error path of an element.
 */
import { ERROR_TEXTS, InviteKitError } from '../errors.js';
import type { InviteKitErrorCode } from '../errors.js';
import type { InviteClientOperation } from '../invite-client.js';

export interface FailNextOptions {
  /** How many calls in a row fail (default 1). */
  times?: number;
  /** Seconds, for `rate_limited`. */
  retryAfter?: number;
  fieldErrors?: Record<string, string>;
}

interface Planned {
  make: () => InviteKitError;
  remaining: number;
}

export class FailureQueue {
  private readonly planned = new Map<InviteClientOperation, Planned[]>();

  add(operation: InviteClientOperation, error: InviteKitError | InviteKitErrorCode, options: FailNextOptions = {}): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`failNext: times must be a positive whole number, not ${times}.`);
    const make =
      typeof error === 'string'
        ? () =>
            new InviteKitError(error, ERROR_TEXTS[error], {
              ...(options.fieldErrors ? { fieldErrors: { ...options.fieldErrors } } : {}),
              ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}),
            })
        : () => error;
    const queue = this.planned.get(operation) ?? [];
    queue.push({ make, remaining: times });
    this.planned.set(operation, queue);
  }

  /** The error this call of `operation` must fail with, if one is planned; consumes it. */
  take(operation: InviteClientOperation): InviteKitError | undefined {
    const queue = this.planned.get(operation);
    const next = queue?.[0];
    if (!queue || !next) return undefined;
    next.remaining -= 1;
    if (next.remaining === 0) queue.shift();
    if (queue.length === 0) this.planned.delete(operation);
    return next.make();
  }

  clear(): void {
    this.planned.clear();
  }
}
