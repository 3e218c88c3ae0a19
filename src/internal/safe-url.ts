/**
 * Links that come from the client — the portal's invite link, a workspace link — are only
 * ever shown, copied or followed when they are `https:` or on the page's own origin. Anything
 * else (`javascript:`, `data:`, plain `http:` elsewhere, credentials in the address, text that
 * is no URL at all) is refused: the element says so in its own words and reports it with an
 * `invite-kit-unsafe-link` event and a console warning that never contains the link itself
 * (links carry sign-up tokens).
 */
import './safe-url.messages.js';

export type UnsafeLinkReason =
  /** Not an absolute URL. */
  | 'not-a-url'
  /** Neither `https:` nor the page's own origin (`javascript:`, `data:`, `http:` elsewhere, …). */
  | 'insecure-scheme'
  /** A user name or password in the address (`https://portal.example.com@evil.example/`). */
  | 'credentials';

export type SafeLink = { ok: true; url: string } | { ok: false; reason: UnsafeLinkReason };

export interface UnsafeLinkDetail {
  /** The link as the client gave it. */
  url: string;
  reason: UnsafeLinkReason;
}

declare global {
  interface HTMLElementEventMap {
    'invite-kit-unsafe-link': CustomEvent<UnsafeLinkDetail>;
  }
}

function currentOrigin(): string | undefined {
  const origin = (globalThis as { location?: Location }).location?.origin;
  return origin && origin !== 'null' ? origin : undefined;
}

/**
 * Checks a link from the client. Returns the URL to show and copy — the parsed, serialised
 * form, so what is shown is exactly what was checked — or why it was refused.
 */
export function safeLinkUrl(url: unknown, pageOrigin: string | undefined = currentOrigin()): SafeLink {
  if (typeof url !== 'string' || url.trim() === '') return { ok: false, reason: 'not-a-url' };
  let parsed: URL;
  try {
    // No base: a relative or scheme-relative link is not something the contract promises.
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (parsed.username || parsed.password) return { ok: false, reason: 'credentials' };
  const secure = parsed.protocol === 'https:' && parsed.hostname !== '';
  const sameOrigin = pageOrigin !== undefined && parsed.origin === pageOrigin;
  if (!secure && !sameOrigin) return { ok: false, reason: 'insecure-scheme' };
  return { ok: true, url: parsed.href };
}

/** The scheme of a refused link, for the console: enough to diagnose, never the token. */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- leading controls are what URL parsers skip, so they are skipped here too
  const match = /^[\s\u0000-\u001F]*([a-z][a-z0-9+.-]{0,20}):/iu.exec(url.replace(/[\t\n\r]/gu, ''));
  return match?.[1]?.toLowerCase();
}

/** Tells the host a link was refused: an event carrying it, and a console warning without it. */
export function reportUnsafeLink(element: HTMLElement, url: string, reason: UnsafeLinkReason): void {
  element.dispatchEvent(
    new CustomEvent<UnsafeLinkDetail>('invite-kit-unsafe-link', { detail: { url, reason }, bubbles: true, composed: true }),
  );
  const scheme = reason === 'insecure-scheme' ? schemeOf(url) : undefined;
  console.warn(
    `invite-kit: <${element.localName}> refused a link from the client (${reason}${scheme ? `, scheme "${scheme}:"` : ''}). ` +
      'Only https: links, or links on this page’s origin, are shown. Listen for "invite-kit-unsafe-link" to see it.',
  );
}
