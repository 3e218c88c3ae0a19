/** A fresh key naming one intended action; the same key is reused when that action is retried. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The key of the action a person is taking: the same input again (a retry, a double press)
 * reuses it, a changed input is a new action with a new key. `settled()` once it succeeded.
 */
export class ActionKey {
  private current?: { signature: string; key: string };

  for(input: unknown): string {
    const signature = JSON.stringify(input);
    if (this.current?.signature !== signature) this.current = { signature, key: newIdempotencyKey() };
    return this.current.key;
  }

  /** The action took effect (or its context is gone): the next one is a new action. */
  settled(): void {
    this.current = undefined;
  }
}
