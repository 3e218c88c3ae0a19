/** The one error type every adapter throws, so elements can react to a `code` rather than a message. */

export type InviteKitErrorCode =
  'validation' | 'permission' | 'not_found' | 'conflict' | 'rate_limited' | 'network' | 'unavailable' | 'unknown';

export const INVITE_KIT_ERROR_CODES: readonly InviteKitErrorCode[] = [
  'validation',
  'permission',
  'not_found',
  'conflict',
  'rate_limited',
  'network',
  'unavailable',
  'unknown',
];

export interface InviteKitErrorOptions {
  /** Per-field messages, keyed by the input's field name (`fullName`, `contact`, `email`, `phone`, `userId`, …). */
  fieldErrors?: Record<string, string>;
  /** Seconds to wait before trying again (from `Retry-After`). */
  retryAfter?: number;
  /** The HTTP status, when the error came over HTTP. */
  status?: number;
  cause?: unknown;
}

export class InviteKitError extends Error {
  override readonly name = 'InviteKitError';
  readonly code: InviteKitErrorCode;
  readonly fieldErrors?: Record<string, string>;
  readonly retryAfter?: number;
  readonly status?: number;

  constructor(code: InviteKitErrorCode, message: string, options: InviteKitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.status !== undefined) this.status = options.status;
  }

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'unavailable' || this.code === 'rate_limited' || this.code === 'unknown';
  }

  toJSON() {
    return {
      code: this.code,
      message: this.message,
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
    };
  }
}

export function isInviteKitError(error: unknown): error is InviteKitError {
  return error instanceof InviteKitError;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : (error as { name?: string })?.name === 'AbortError';
}

/** Wraps anything thrown into an InviteKitError; abort errors pass through untouched. */
export function toInviteKitError(error: unknown): InviteKitError {
  if (error instanceof InviteKitError) return error;
  if (error instanceof TypeError) return new InviteKitError('network', 'The network request failed.', { cause: error });
  return new InviteKitError('unknown', error instanceof Error ? error.message : 'Something went wrong.', { cause: error });
}

export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}
