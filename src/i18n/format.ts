/**
 * Filling a message in for a locale, and the formatting every element shares: numbers, relative
 * times, dates, and isolating client text so it cannot reorder the kit's words. The messages
 * themselves are in the store (`./catalogue.ts`), which re-exports these.
 */
import { findMessage } from './catalogue.js';
import type { MessageParams } from './catalogue.js';

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function plural(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** Looks a message up for `locale` and fills in its parameters. Unknown keys show the key, never throw. */
export function translate(locale: string, key: string, params: MessageParams = {}): string {
  const found = findMessage(locale, key);
  if (!found) return key;
  let text: string;
  if (typeof found.message === 'string') {
    text = found.message;
  } else {
    const count = Number(params.count ?? 0);
    text = found.message[plural(found.locale, count)] ?? found.message.other;
  }
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : isolateBidi(value, directionOf(locale));
  });
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * A strong right-to-left character: the Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan and
 * Mandaic blocks and their presentation forms (plus the right-to-left and Arabic letter marks),
 * and the astral right-to-left scripts. A block-based approximation of Bidi_Class R/AL: Arabic
 * digits fall in it too, and they can reorder a sentence just as well.
 */
const STRONG_RTL = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Client text set into a sentence is isolated (FSI … PDI) whenever it could reorder the words
 * around it:
 *
 * - it carries bidirectional controls (a right-to-left override: "Invitation sent to Bob‮gnp.exe
 *   just now");
 * - it holds right-to-left letters (a Hebrew workspace name followed by the kit's own words in an
 *   English sentence);
 * - the sentence is right-to-left (`sentence` is `'rtl'`): there a phone number such as
 *   "+1 555 0100", an email address or a Latin name would otherwise have its neutral characters
 *   (the "+", spaces, "@", dots) taken into the Arabic around it.
 *
 * Isolate closers in the value without an opener are dropped: they could end the isolate early.
 * Anything else — a Latin value in a left-to-right sentence, the empty string — is left exactly
 * as it is, so English output stays byte for byte what it was.
 */
export function isolateBidi(value: string, sentence: 'ltr' | 'rtl' = 'ltr'): string {
  if (value === '' || (sentence !== 'rtl' && !BIDI_CONTROL.test(value) && !STRONG_RTL.test(value))) return value;
  let depth = 0;
  let inner = '';
  for (const char of value) {
    if (char === '\u2066' || char === '\u2067' || char === '\u2068') depth++;
    else if (char === '\u2069') {
      if (depth === 0) continue;
      depth--;
    }
    inner += char;
  }
  return `\u2068${inner}${'\u2069'.repeat(depth + 1)}`;
}

// ---- Dates -------------------------------------------------------------------------------

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The kit's one rule for relative times, the same for the past and the future: the unit is
 * the largest whose rounded count stays under its limit — under a minute is "now", then
 * minutes up to 59, hours up to 23, days up to 59, months up to 11, then years. Weeks are
 * never used: "next week" hides which day an invitation or a link stops working, and days
 * are what expiry settings are chosen in (1, 7, 30).
 */
const STEPS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number, number]> = [
  ['minute', MINUTE, 60],
  ['hour', HOUR, 24],
  ['day', DAY, 60],
  ['month', 30.436875 * DAY, 12],
  ['year', 365.2425 * DAY, Infinity],
];

/**
 * "3 days ago", "in 7 days", "tomorrow", "now" — in the locale's words (`numeric: 'auto'`), by
 * the rule above. Every relative time the kit shows comes from here (elements reach it as
 * `this.localize.relativeTime`), so two dates in one list are never worded by different rules.
 */
export function formatRelativeTime(locale: string, date: Date | string, now: Date = new Date()): string {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  const seconds = (new Date(date).getTime() - now.getTime()) / 1000;
  const sign = seconds < 0 ? -1 : 1;
  const distance = Math.abs(seconds);
  if (distance < MINUTE) return format.format(0, 'second');
  // Rounded as a distance, then signed: Math.round alone takes -1.5 to -1 but 1.5 to 2. Years have no limit, so one is found.
  const [unit, size] = STEPS.find(([, size, limit]) => Math.round(distance / size) < limit)!;
  return format.format(sign * Math.round(distance / size), unit);
}

/** A full date and time for tooltips and `<time>` titles. */
export function formatDateTime(locale: string, date: Date | string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(date));
}

/** Text direction for a locale (Arabic, Hebrew, Persian, Urdu… are right-to-left). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split('-')[0];
  return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug'].includes(language ?? '') ? 'rtl' : 'ltr';
}
