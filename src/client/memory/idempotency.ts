/**
 * Idempotency keys, as a backend keeps them: the first call with a key runs; every later
 * or concurrent call with that key waits for the same execution and gets its result or
 * its error. Nothing runs twice.
 *
 * Each caller may abort its own wait. The shared execution is only abandoned when every
 * caller waiting on it has aborted before it applied, and then the key is forgotten, so a
 * retry with the same key runs afresh (an aborted call changed nothing).
 */
import { abortError, isAbortError } from '../errors.js';

interface Execution<T = unknown> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

export class IdempotencyLedger {
  private readonly executions = new Map<string, Execution>();

  run<T>(key: string, signal: AbortSignal | undefined, execute: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError());
    let execution = this.executions.get(key);
    // An execution everyone abandoned is on its way out: a new caller starts afresh.
    if (!execution || execution.controller.signal.aborted) {
      const controller = new AbortController();
      const started: Execution = { promise: execute(controller.signal), controller, waiting: 0, settled: false };
      started.promise.then(
        () => (started.settled = true),
        (error: unknown) => {
          started.settled = true;
          if (isAbortError(error) && this.executions.get(key) === started) this.executions.delete(key);
        },
      );
      this.executions.set(key, started);
      execution = started;
    }
    return this.wait(execution as Execution<T>, signal);
  }

  clear(): void {
    this.executions.clear();
  }

  private wait<T>(execution: Execution<T>, signal: AbortSignal | undefined): Promise<T> {
    execution.waiting += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        signal?.removeEventListener('abort', onAbort);
        execution.waiting -= 1;
      };
      const onAbort = () => {
        leave();
        if (execution.waiting === 0 && !execution.settled) execution.controller.abort();
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      execution.promise.then(
        (value) => {
          leave();
          resolve(value);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
    });
  }
}
