/**
 * One avatar for every element: the person's picture when the client gives a safe one, their
 * initials otherwise — and also underneath the picture, so a picture that fails to load
 * leaves the initials showing instead of a broken image.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

const segmenters = new Map<string, Intl.Segmenter>();

function firstGrapheme(word: string | undefined, locale: string | undefined): string {
  if (!word) return '';
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) segmenters.set(key, (segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' })));
  const segment = segmenter.segment(word)[Symbol.iterator]().next().value;
  return (segment?.segment ?? '').toLocaleUpperCase(locale);
}

/**
 * "Avery Chen" → "AC", "Inês" → "I", "Ｋａｙ" → "Ｋ": the first character of the first and
 * last words, counted in graphemes so accents and emoji stay whole.
 */
export function initials(fullName: string, locale?: string): string {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  return firstGrapheme(words[0], locale) + (words.length > 1 ? firstGrapheme(words.at(-1), locale) : '');
}

function currentOrigin(): string | undefined {
  const origin = (globalThis as { location?: Location }).location?.origin;
  return origin && origin !== 'null' ? origin : undefined;
}

/**
 * The picture address an avatar may load, or `undefined`. A picture cannot run script, but
 * loading one still tells its server who looked at the page and when, and a plain `http:`
 * one is mixed content — so only `https:`, the page's own origin (relative paths included),
 * and pictures the page already holds (`data:image/…`, `blob:`) are loaded. Anything else
 * quietly shows the initials: a list of 10,000 members must not report each one.
 */
export function safeImageUrl(url: string | undefined, pageOrigin: string | undefined = currentOrigin()): string | undefined {
  if (!url?.trim()) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, pageOrigin);
  } catch {
    return undefined;
  }
  if (parsed.username || parsed.password) return undefined;
  if (parsed.protocol === 'https:' && parsed.hostname !== '') return parsed.href;
  if (pageOrigin !== undefined && parsed.origin === pageOrigin) return parsed.href;
  if (parsed.protocol === 'blob:' && pageOrigin !== undefined && parsed.href.startsWith(`blob:${pageOrigin}/`)) return parsed.href;
  if (parsed.protocol === 'data:' && /^data:image\/[a-z0-9.+-]+[;,]/iu.test(parsed.href)) return parsed.href;
  return undefined;
}

const hideBrokenImage = (event: Event) => {
  (event.target as HTMLImageElement).hidden = true;
};

export interface AvatarOptions {
  /** Whose avatar: their initials show when there is no picture. */
  name: string;
  /** The picture from the client; refused unless {@link safeImageUrl} allows it. */
  url?: string | undefined;
  /** For the initials' upper-casing and grapheme rules. */
  locale?: string | undefined;
  /** The CSS part of the circle (none when omitted). */
  part?: string | undefined;
  /** The CSS part of the picture inside it. */
  imagePart?: string | undefined;
  /** Extra classes, e.g. a size. */
  className?: string | undefined;
}

/** The avatar circle. Decorative: the name next to it is what assistive technology reads. */
export function avatar({ name, url, locale, part, imagePart, className }: AvatarOptions): TemplateResult {
  const src = safeImageUrl(url);
  // Keyed by address: a row the virtualizer reuses for someone else gets a fresh <img>, never
  // the previous person's hidden broken one.
  const picture = src ? keyed(src, html`<img part=${imagePart ?? nothing} src=${src} alt="" @error=${hideBrokenImage} />`) : nothing;
  return html`<span part=${part ?? nothing} class="avatar${className ? ` ${className}` : ''}" aria-hidden="true">${initials(name, locale)}${picture}</span>`;
}
