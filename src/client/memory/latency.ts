/** Simulated network time, on real timers so a story's spinner is visible and aborts can land mid-flight. */
import { abortError } from '../errors.js';

/** Milliseconds, fixed or drawn uniformly from a range for each call. */
export type Latency = number | { min: number; max: number };

export function pickLatency(latency: Latency): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const min = Math.max(0, Math.min(latency.min, latency.max));
  const max = Math.max(0, latency.min, latency.max);
  return min + Math.random() * (max - min);
}

/**
 * Waits `ms`, rejecting with an `AbortError` as soon as `signal` aborts. Even at 0 ms it
 * yields once, so a caller that aborts right after calling still sees its call abort.
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    if (ms <= 0) {
      queueMicrotask(() => (signal?.aborted ? reject(abortError()) : resolve()));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError();
}
