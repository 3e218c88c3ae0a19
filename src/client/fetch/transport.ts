/**
 * One HTTP exchange of the REST contract: headers, timeout, abort, status → error code, and
 * the schema check of the answer. The fetch client and `fetchCapabilities` both go through
 * it, so every call fails in the same, documented ways.
 */
import * as z from 'zod/mini';
import type { MutationOptions } from '../invite-client.js';
import { abortError, InviteKitError, isAbortError } from '../errors.js';
import { errorFromResponse } from './http-errors.js';
import { fillPath, joinUrl, type HttpMethod, type RequestParts } from './routes.js';

export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface TransportOptions {
  /** Where the REST contract is served, absolute or relative to the page: `https://api.example.com/invite-kit`, `/api/invite-kit`. */
  baseUrl: string;
  /** The `fetch` to use; defaults to the global one (looked up on every call, so test doubles installed later apply). */
  fetch?: typeof fetch;
  /** Extra request headers, or a function returning them (sync or async) — for auth tokens that change. */
  headers?: HeadersOption;
  /** Passed to `fetch`; `'include'` also opens the live-updates stream with credentials. */
  credentials?: RequestCredentials;
  /** Milliseconds before a request gives up with a `network` error; 30 000 by default, 0 for never. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The part of a route an exchange needs. */
export interface Endpoint {
  method: HttpMethod;
  path: string;
  mutation: boolean;
  /** `null`: the answer has no body (204). */
  response: z.ZodMiniType | null;
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

export function createTransport(options: TransportOptions) {
  const { baseUrl, credentials } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function headersFailed(error: unknown): InviteKitError {
    // Typically a token refresh that failed: the call fails the way every call fails.
    if (error instanceof InviteKitError) return error;
    return new InviteKitError('unknown', `The request headers could not be prepared: ${(error as Error)?.message ?? error}`, {
      cause: error,
    });
  }

  /**
   * The request's headers. Only a function (a token refresh, say) is waited for: with fixed
   * headers a read goes out in the task that made it, so it is on its way while the element
   * that asked goes on rendering.
   */
  function resolveHeaders(): Headers | Promise<Headers> {
    const { headers } = options;
    if (typeof headers === 'function') {
      return (async () => new Headers(await headers()))().catch((error: unknown) => {
        throw headersFailed(error);
      });
    }
    try {
      return new Headers(headers);
    } catch (error) {
      throw headersFailed(error);
    }
  }

  return async function send(
    endpoint: Endpoint,
    parts: Partial<RequestParts>,
    { signal, idempotencyKey }: MutationOptions = {},
  ): Promise<unknown> {
    const what = `${endpoint.method} ${endpoint.path}`;
    if (signal?.aborted) throw abortError();

    const url = joinUrl(baseUrl, fillPath(endpoint.path, parts.params), parts.query);
    const resolved = resolveHeaders();
    // A read goes out at once (aborting it changes nothing); a mutation waits a microtask, so a
    // caller that aborts it in the same task it was made in has sent nothing at all.
    const headers = resolved instanceof Headers && !endpoint.mutation ? resolved : await resolved;
    if (signal?.aborted) throw abortError();
    headers.set('Accept', 'application/json');
    const hasBody = parts.body !== undefined;
    if (hasBody) headers.set('Content-Type', 'application/json');
    if (endpoint.mutation && idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);

    // One controller for the whole exchange (status line, then body), aborted by the caller or the timer.
    const controller = new AbortController();
    let timedOut = false;
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;

    const failure = (error: unknown): Error => {
      if (signal?.aborted) return abortError();
      if (timedOut) {
        return new InviteKitError('network', `${what} timed out after ${timeoutMs / 1000} s without an answer.`, { cause: error });
      }
      if (error instanceof TypeError || isAbortError(error)) {
        return new InviteKitError('network', `${what} could not reach the server.`, { cause: error });
      }
      return new InviteKitError('unknown', `${what} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    };

    try {
      let response: Response;
      let text: string;
      try {
        response = await doFetch(url, {
          method: endpoint.method,
          headers,
          ...(hasBody ? { body: JSON.stringify(parts.body) } : {}),
          ...(credentials ? { credentials } : {}),
          signal: controller.signal,
        });
        text = await response.text();
      } catch (error) {
        throw failure(error);
      }

      let body: unknown;
      let isJson = true;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        isJson = false;
      }

      if (!response.ok) throw errorFromResponse(response.status, response.headers, body, what);
      if (endpoint.response === null) {
        // The contract answers 204: a body means something else answered (a proxy's page, another API), not a done action.
        if (text.trim() !== '') {
          throw new InviteKitError('unknown', `${what} answered ${response.status} with a body where the REST contract has none.`, {
            status: response.status,
          });
        }
        return undefined;
      }
      if (!isJson || body === undefined) {
        throw new InviteKitError('unknown', `${what} answered ${response.status} without a JSON body.`, { status: response.status });
      }
      const parsed = endpoint.response.safeParse(body);
      if (!parsed.success) {
        // Malformed data never reaches the elements: it would fail later, somewhere less clear.
        throw new InviteKitError(
          'unknown',
          `${what} answered with a body that does not match the REST contract (${describeIssues(parsed.error.issues)}).`,
          { status: response.status, cause: parsed.error },
        );
      }
      return parsed.data;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  };
}
