/**
 * How `InviteKitError` codes travel over HTTP, in both directions: the fetch client reads
 * statuses into codes, the msw handlers write codes as statuses. Keeping both directions in
 * one file is what makes an error survive the round trip unchanged.
 */
import { ERROR_TEXTS, InviteKitError, type InviteKitErrorCode } from '../errors.js';
import { ErrorBodySchema } from '../schemas.js';

/** The status a backend answers with for each code. `network` has none: it is the absence of an answer. */
export const STATUS_FOR_CODE: Readonly<Record<Exclude<InviteKitErrorCode, 'network'>, number>> = {
  validation: 422,
  permission: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unknown: 500,
  unavailable: 503,
};

const CODE_FOR_STATUS: Readonly<Record<number, InviteKitErrorCode>> = {
  400: 'validation',
  422: 'validation',
  401: 'permission',
  403: 'permission',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
  500: 'unknown',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

/** The code for a status; statuses outside the contract are `unknown` unless the body names a code. */
export function codeForStatus(status: number): InviteKitErrorCode | undefined {
  return CODE_FOR_STATUS[status];
}

/**
 * `Retry-After` as whole seconds from now: either delay-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The error a failed answer stands for. The status decides the code (proxies and gateways
 * speak in statuses, not in our bodies); a well-formed error body adds the message, the field
 * errors and `retryAfter`. A `retryAfter` in the body wins over the header because it is exact.
 */
export function errorFromResponse(status: number, headers: Headers, body: unknown, what: string): InviteKitError {
  const parsed = ErrorBodySchema.safeParse(body);
  const detail = parsed.success ? parsed.data.error : undefined;
  const code = codeForStatus(status) ?? detail?.code ?? 'unknown';
  // 503 answers may carry Retry-After too, so it is read whatever the status.
  const retryAfter = detail?.retryAfter ?? parseRetryAfter(headers.get('Retry-After'));
  const message = detail?.message || `${what} failed with status ${status}: ${ERROR_TEXTS[code]}`;
  return new InviteKitError(code, message, {
    status,
    ...(detail?.fieldErrors ? { fieldErrors: detail.fieldErrors } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

/** The JSON body that describes an error on the wire. */
export function errorBody(error: InviteKitError): { error: ReturnType<InviteKitError['toJSON']> } {
  return { error: error.toJSON() };
}
