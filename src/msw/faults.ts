/**
 * Fault injection for tests and stories: one handler that makes one route fail in a chosen
 * way, to put in front of the regular handlers with `worker.use(faultHandler(...))`.
 */
import { HttpResponse, type HttpHandler } from 'msw';
import type { InviteClientOperation } from '../client/invite-client.js';
import type { InviteKitErrorCode } from '../client/errors.js';
import { codeForStatus } from '../client/fetch/http-errors.js';
import { METHOD_HANDLERS } from './handlers.js';
import { CAPABILITIES_PATH, DEFAULT_BASE_URL, EVENTS_PATH, ROUTES, type HttpMethod } from '../client/fetch/routes.js';
import { routeMatcher } from './match.js';

/** A failing answer spelled out; the bare statuses of `InviteKitFault` are shorthands for it. */
export interface FaultResponse {
  status: number;
  /** Defaults to the code the status stands for. */
  code?: InviteKitErrorCode;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** `Retry-After`: seconds, or an HTTP date string sent as is. 429 defaults to 30 seconds. */
  retryAfter?: number | string;
}

export type InviteKitFault =
  /** The request fails the way a dropped connection does (fetch rejects with a TypeError). */
  | 'network-error'
  /**
   * No answer ever comes: the client's timeout or the caller's abort ends the call. (msw in the
   * browser does not forward the page's abort to the handler, so there the handler just waits.)
   */
  | 'timeout'
  /** 200 with a JSON body that does not match the route's response schema. */
  | 'malformed-body'
  | 400
  | 401
  | 403
  | 404
  | 409
  | 422
  | 429
  | 500
  | 502
  | 503
  | 504
  | FaultResponse;

export interface FaultHandlerOptions {
  /** Defaults to `DEFAULT_BASE_URL`. */
  baseUrl?: string;
  /** Fail only the next request, then let the regular handlers answer again (to test retries). */
  once?: boolean;
}

/** What a fault can target: an operation, or the capabilities and live-updates routes. */
export type FaultTarget = InviteClientOperation | 'capabilities' | 'events';

function endpoint(target: FaultTarget): { method: HttpMethod; path: string } {
  if (target === 'capabilities') return { method: 'GET', path: CAPABILITIES_PATH };
  if (target === 'events') return { method: 'GET', path: EVENTS_PATH };
  return ROUTES[target];
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

export function faultResponse(fault: Exclude<InviteKitFault, 'network-error' | 'timeout' | 'malformed-body'>): Response {
  const spelled: FaultResponse = typeof fault === 'number' ? { status: fault } : fault;
  const code = spelled.code ?? codeForStatus(spelled.status) ?? 'unknown';
  const retryAfter = spelled.retryAfter ?? (spelled.status === 429 ? 30 : undefined);
  const headers = new Headers();
  if (retryAfter !== undefined) headers.set('Retry-After', String(retryAfter));
  const error = {
    code,
    message: spelled.message ?? `Injected fault: ${spelled.status}.`,
    ...(spelled.fieldErrors ? { fieldErrors: spelled.fieldErrors } : {}),
  };
  return HttpResponse.json({ error }, { status: spelled.status, headers });
}

export function faultHandler(target: FaultTarget, fault: InviteKitFault, options: FaultHandlerOptions = {}): HttpHandler {
  const { method, path } = endpoint(target);
  // The same matching as the regular handlers, so a fault covers exactly the requests they would answer.
  return METHOD_HANDLERS[method](
    routeMatcher(options.baseUrl ?? DEFAULT_BASE_URL, path),
    async ({ request }) => {
      if (fault === 'network-error') return HttpResponse.error();
      if (fault === 'timeout') {
        await untilAborted(request.signal);
        return HttpResponse.error();
      }
      if (fault === 'malformed-body') return HttpResponse.json({ unexpected: 'not what the contract promises' });
      return faultResponse(fault);
    },
    { once: options.once ?? false },
  );
}
