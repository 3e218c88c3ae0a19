/**
 * Live updates over Server-Sent Events: one `EventSource` shared by every listener, opened on
 * the first `subscribe` and closed when the last listener leaves, so a page full of elements
 * holds one connection.
 */
import type { ChangeListener } from '../invite-client.js';
import { ChangeEventSchema } from '../schemas.js';

export type EventSourceFactory = (url: string, init: EventSourceInit) => EventSource;

export interface LiveUpdates {
  subscribe(listener: ChangeListener): () => void;
  /**
   * Settles once the stream is open (or has failed to open). The client waits for it before a
   * mutation, so a change it makes right after `subscribe()` cannot happen before the backend
   * is listening — the way the memory client behaves, where subscribing is immediate.
   */
  connected(): Promise<void>;
}

/** The longest a mutation waits for the stream; past it the stream is treated as unavailable. */
const CONNECT_WAIT_MS = 3000;

export function createLiveUpdates(url: string, init: EventSourceInit, open: EventSourceFactory): LiveUpdates {
  const listeners = new Set<ChangeListener>();
  let source: EventSource | undefined;
  let opening: Promise<void> = Promise.resolve();

  const onMessage = (message: MessageEvent) => {
    let data: unknown;
    try {
      data = JSON.parse(String(message.data));
    } catch {
      return; // Not JSON: nothing this version can tell listeners.
    }
    const parsed = ChangeEventSchema.safeParse(data);
    if (!parsed.success) return; // An event this version does not know: ignored rather than guessed at.
    for (const listener of [...listeners]) {
      try {
        listener(parsed.data);
      } catch (error) {
        // One failing listener must not starve the others; the error still surfaces.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!source) {
        const current = open(url, init);
        source = current;
        current.addEventListener('message', onMessage);
        opening = new Promise((resolve) => {
          current.addEventListener('open', () => resolve(), { once: true });
          // A stream that cannot open must not hold mutations up; EventSource keeps retrying on its own.
          current.addEventListener('error', () => resolve(), { once: true });
          setTimeout(resolve, CONNECT_WAIT_MS);
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.removeEventListener('message', onMessage);
          source.close();
          source = undefined;
          opening = Promise.resolve();
        }
      };
    },
    connected: () => opening,
  };
}
