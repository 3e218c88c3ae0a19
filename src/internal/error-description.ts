/**
 * How the kit puts an adapter error into words — one rule for every element:
 *
 * 1. A host's own describer (`<invite-kit-provider>.errorDescriber`, or an element's
 *    `errorDescriber` property) is asked first; whatever it returns is shown as it is.
 * 2. A 429 counts down its `Retry-After` ("Try again in 3 seconds."), then says a retry is
 *    possible.
 * 3. For `validation`, `conflict` and `permission` the backend knows which rule failed, so its
 *    `message` matters. It leads when it is in the page's language (the client's
 *    `messagesLocale`, English unless the adapter says otherwise); otherwise the kit's own
 *    sentence for the code leads, in the page's language, and the backend's text follows as a
 *    detail (shown apart, with its own direction), so an Arabic page never leads with English.
 * 4. Every other code: the kit's sentence for it (`error.<code>`).
 */
import { createContext } from '@lit/context';
import type { InviteKitError } from '../client/errors.js';

/** What a host's describer is told about the error it may put into words. */
export interface ErrorDescriptionContext {
  /** The locale the element speaks. */
  locale: string;
  /** The element showing the error (its `localName` says which one). */
  element: HTMLElement;
  /** What the kit would say. */
  message: string;
  /** The backend's text the kit would show under it, if any. */
  detail: string | undefined;
}

/**
 * A host's way of describing errors: return a sentence to show instead of the kit's, or
 * `undefined` to keep the kit's (`{ message, detail }` to set both).
 */
export type ErrorDescriber = (
  error: InviteKitError,
  context: ErrorDescriptionContext,
) => string | { message: string; detail?: string } | undefined;

export interface ErrorDescription {
  message: string;
  detail?: string;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

const BACKEND_WORDED: ReadonlySet<string> = new Set(['validation', 'conflict', 'permission']);

/** Whether two locales share a language (`es-MX` and `es` do; `en` and `ar` don't). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split(/[-_]/u)[0] === b.toLowerCase().split(/[-_]/u)[0];
}

export function describeErrorFor(
  error: InviteKitError,
  options: {
    t: Translate;
    locale: string;
    element: HTMLElement;
    /** Seconds left before a 429 may be retried. */
    waitSeconds: number;
    /** The language of the backend's own messages (default English). */
    messagesLocale?: string | undefined;
    describer?: ErrorDescriber | undefined;
  },
): ErrorDescription {
  const { t } = options;
  let own: ErrorDescription;
  if (error.code === 'rate_limited' && error.retryAfter) {
    own = {
      message: options.waitSeconds > 0 ? t('error.rate_limited_seconds', { count: options.waitSeconds }) : t('error.rate_limited_now'),
    };
  } else if (BACKEND_WORDED.has(error.code) && error.message.trim()) {
    own = sameLanguage(options.locale, options.messagesLocale ?? 'en')
      ? { message: error.message }
      : { message: t(`error.${error.code}`), detail: error.message };
  } else {
    own = { message: t(`error.${error.code}`) };
  }
  const custom = options.describer?.(error, { locale: options.locale, element: options.element, message: own.message, detail: own.detail });
  if (custom === undefined) return own;
  return typeof custom === 'string' ? { message: custom } : custom;
}

/** A host's error describer, given by `<invite-kit-provider>.errorDescriber` to every element below it. */
export const errorDescriberContext = createContext<ErrorDescriber | undefined>(Symbol.for('invite-kit/error-describer'));
