/**
 * How every call of the memory client travels, in the order a real backend would see it:
 * counted, possibly failed by injection, delayed by the simulated network, deduplicated
 * by idempotency key, and applied only if nobody aborted it first.
 */
import type { InviteClientOperation, MutationOptions, RequestOptions } from '../invite-client.js';
import { FailureQueue } from './failures.js';
import { IdempotencyLedger } from './idempotency.js';
import { delay, pickLatency, throwIfAborted } from './latency.js';
import type { Latency } from './latency.js';

export class CallRunner {
  readonly failures = new FailureQueue();
  private readonly ledger = new IdempotencyLedger();
  private readonly counts = new Map<InviteClientOperation, number>();

  constructor(private latency: Latency) {}

  setLatency(latency: Latency): void {
    this.latency = latency;
  }

  callCount(operation: InviteClientOperation): number {
    return this.counts.get(operation) ?? 0;
  }

  /** Forgets idempotency keys: after a reset the old results describe a portal that no longer exists. */
  forgetKeys(): void {
    this.ledger.clear();
  }

  async read<T>(operation: InviteClientOperation, options: RequestOptions | undefined, apply: () => T): Promise<T> {
    const signal = options?.signal;
    await this.arrive(operation, signal);
    return this.applyUnlessAborted(signal, apply);
  }

  async mutate<T>(operation: InviteClientOperation, options: MutationOptions | undefined, apply: () => T): Promise<T> {
    const signal = options?.signal;
    const key = options?.idempotencyKey;
    if (!key) {
      await this.arrive(operation, signal);
      return this.applyUnlessAborted(signal, apply);
    }
    this.count(operation);
    throwIfAborted(signal);
    const failure = this.failures.take(operation);
    // An injected failure stands for a request the backend never processed, so it is not
    // remembered under the key: retrying with the same key must be able to succeed.
    if (failure) {
      await delay(pickLatency(this.latency), signal);
      throw failure;
    }
    return this.ledger.run(`${operation}\u0000${key}`, signal, async (shared) => {
      await delay(pickLatency(this.latency), shared);
      return this.applyUnlessAborted(shared, apply);
    });
  }

  /** Counts the call, waits out the latency and throws an injected failure if one is planned. */
  private async arrive(operation: InviteClientOperation, signal: AbortSignal | undefined): Promise<void> {
    this.count(operation);
    throwIfAborted(signal);
    const failure = this.failures.take(operation);
    await delay(pickLatency(this.latency), signal);
    if (failure) throw failure;
  }

  private applyUnlessAborted<T>(signal: AbortSignal | undefined, apply: () => T): T {
    throwIfAborted(signal);
    return apply();
  }

  private count(operation: InviteClientOperation): void {
    this.counts.set(operation, this.callCount(operation) + 1);
  }
}
