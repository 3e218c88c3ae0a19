/** The one error type every adapter throws, so elements can react to a `code` rather than a message. */

/**
 * Every error code of the contract, once: the `InviteKitErrorCode` type, the wire schema's enum
 * (`ErrorBodySchema`), the statuses (`STATUS_FOR_CODE`) and the English texts below are all
 * derived from this list, so a new code cannot be forgotten in one of them.
 */
export const INVITE_KIT_ERROR_CODES = [
  'validation',
  'permission',
  'not_found',
  'conflict',
  'rate_limited',
  'network',
  'unavailable',
  'unknown',
] as const;

export type InviteKitErrorCode = (typeof INVITE_KIT_ERROR_CODES)[number];

/**
 * The English sentence for each code: what the elements show (as the catalogue's `error.<code>`
 * messages, translated per locale), and what the fetch and memory clients put in an error that
 * came without a message of its own. One table, so the three never disagree.
 */
export const ERROR_TEXTS: Readonly<Record<InviteKitErrorCode, string>> = {
  validation: 'Some details need fixing.',
  permission: 'You don’t have permission to do this.',
  not_found: 'This no longer exists. It may have been removed.',
  conflict: 'This conflicts with something that already exists.',
  rate_limited: 'Too many attempts. Wait a moment and try again.',
  network: 'Couldn’t reach the server. Check your connection and try again.',
  unavailable: 'The service is unavailable right now. Try again in a moment.',
  unknown: 'Something went wrong. Try again.',
};

export interface InviteKitErrorOptions {
  /**
   * Per-field messages, keyed by the name of the request field that is wrong (`fullName`, `email`,
   * `phone`, `userId`, `url`, …): a catalogue key such as `validation.emailMissingAt`, or a sentence.
   */
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
  if (error instanceof TypeError) return new InviteKitError('network', ERROR_TEXTS.network, { cause: error });
  return new InviteKitError('unknown', error instanceof Error ? error.message : ERROR_TEXTS.unknown, { cause: error });
}

export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}
