/**
 * `createInviteKitHandlers`: msw handlers that serve the REST contract over any
 * `InviteClient` — usually the memory client, so stories, demos and tests get a working
 * backend behind a real `fetch`.
 */
import { http, type HttpHandler } from 'msw';
import type { InviteClient, InviteClientOperation, MutationOptions } from '../client/invite-client.js';
import { InviteKitError } from '../client/errors.js';
import { CAPABILITIES_PATH, EVENTS_PATH, joinUrl, ROUTES, type Route } from '../client/fetch/routes.js';
import { eventStream } from './events.js';
import { routeMatcher } from './match.js';
import { errorResponse, jsonResponse } from './responses.js';

export interface InviteKitHandlersOptions {
  /** The adapter that answers every request; a promise of one is awaited on the first request. */
  client: InviteClient | Promise<InviteClient>;
  /** Where the contract is served; the same value the fetch client is given. */
  baseUrl: string;
}

export const METHOD_HANDLERS = { GET: http.get, POST: http.post, PATCH: http.patch } as const;

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function operationHandler(clientPromise: Promise<InviteClient>, baseUrl: string, route: Route): HttpHandler {
  return METHOD_HANDLERS[route.method](routeMatcher(baseUrl, route.path), async ({ request, params }) => {
    const client = await clientPromise;
    const json = route.body ? await readJson(request) : { ok: true as const, body: undefined };
    if (!json.ok) return errorResponse(new InviteKitError('validation', 'The request body is not valid JSON.', { status: 400 }));

    const args = route.decode({
      params: params as Record<string, string>,
      query: new URL(request.url).searchParams,
      body: json.body,
    });
    const key = request.headers.get('Idempotency-Key');
    const options: MutationOptions = { signal: request.signal, ...(route.mutation && key ? { idempotencyKey: key } : {}) };
    try {
      const method = client[route.operation as InviteClientOperation] as (...args: unknown[]) => Promise<unknown>;
      const result = await method.apply(client, [...args, options]);
      return jsonResponse(result, route.status);
    } catch (error) {
      return errorResponse(error);
    }
  });
}

export function createInviteKitHandlers({ client, baseUrl }: InviteKitHandlersOptions): HttpHandler[] {
  const ready = Promise.resolve(client);
  return [
    ...Object.values(ROUTES).map((route) => operationHandler(ready, baseUrl, route as Route)),
    http.get(joinUrl(baseUrl, CAPABILITIES_PATH), async () => jsonResponse((await ready).capabilities, 200)),
    http.get(joinUrl(baseUrl, EVENTS_PATH), async ({ request }) => eventStream(await ready, request)),
  ];
}
