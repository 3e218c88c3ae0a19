/**
 * Live updates over Server-Sent Events: one `EventSource` shared by every listener, opened on
 * the first `subscribe` and closed when the last listener leaves, so a page full of elements
 * holds one connection.
 */
import type { ChangeListener } from '../invite-client.js';
import { ChangeEventSchema } from '../schemas.js';

export type EventSourceFactory = (url: string, init: EventSourceInit) => EventSource;

export function createLiveUpdates(url: string, init: EventSourceInit, open: EventSourceFactory) {
  const listeners = new Set<ChangeListener>();
  let source: EventSource | undefined;

  const onMessage = (message: MessageEvent) => {
    let data: unknown;
    try {
      data = JSON.parse(String(message.data));
    } catch {
      return; // Not JSON: a comment-like keep-alive or a foreign event; nothing to tell listeners.
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

  return function subscribe(listener: ChangeListener): () => void {
    listeners.add(listener);
    if (!source) {
      source = open(url, init);
      source.addEventListener('message', onMessage);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.removeEventListener('message', onMessage);
        source.close();
        source = undefined;
      }
    };
  };
}
