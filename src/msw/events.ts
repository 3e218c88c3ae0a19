/**
 * `GET /events`: the adapter's `subscribe` as a Server-Sent Events stream, one `data:` line of
 * ChangeEvent JSON per change.
 */
import { HttpResponse } from 'msw';
import type { InviteClient } from '../client/invite-client.js';
import { InviteKitError } from '../client/errors.js';
import { errorResponse } from './responses.js';

export function eventStream(client: InviteClient, request: Request): Response {
  if (!client.capabilities.liveUpdates || !client.subscribe)
    return errorResponse(new InviteKitError('not_found', 'This backend has no live updates.'));
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const unsubscribe = client.subscribe!((change) => {
        if (open) controller.enqueue(encoder.encode(`data: ${JSON.stringify(change)}\n\n`));
      });
      stop = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the reader going away.
        }
      };
      // A comment first, so the EventSource sees the stream open before the first change.
      controller.enqueue(encoder.encode(': connected\n\n'));
      request.signal.addEventListener('abort', () => stop(), { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new HttpResponse(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
  });
}
