/**
 * Failure injection: the next calls of an operation reject with a chosen error before
 * they touch any state, so tests and stories can show every error path of an element.
 */
import { InviteKitError } from '../errors.js';
import type { InviteKitErrorCode } from '../errors.js';
import type { InviteClientOperation } from '../invite-client.js';

export interface FailNextOptions {
  /** How many calls in a row fail (default 1). */
  times?: number;
  /** Seconds, for `rate_limited`. */
  retryAfter?: number;
  fieldErrors?: Record<string, string>;
}

/** What a simulated backend would say for each code when the test gives no message of its own. */
const DEFAULT_MESSAGES: Record<InviteKitErrorCode, string> = {
  validation: 'Some details need fixing.',
  permission: 'You don’t have permission to do this.',
  not_found: 'This no longer exists. It may have been removed.',
  conflict: 'This conflicts with something that already exists.',
  rate_limited: 'Too many attempts. Wait a moment and try again.',
  network: 'The network request failed.',
  unavailable: 'The service is unavailable right now.',
  unknown: 'Something went wrong on the server.',
};

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
            new InviteKitError(error, DEFAULT_MESSAGES[error], {
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
