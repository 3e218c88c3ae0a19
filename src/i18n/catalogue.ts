/**
 * The message catalogue. Each element declares its English messages in its own
 * `*.messages.ts` file and registers them with `defineMessages`; translations and host
 * overrides are layered on top per locale. A message is a string with `{name}`
 * placeholders, or plural forms chosen with `Intl.PluralRules` by the `count` parameter:
 *
 *   'members.notJoined': { one: '{count} member has not joined', other: '{count} members have not joined' }
 *
 * Numbers in parameters are formatted with `Intl.NumberFormat` for the locale.
 *
 * This module is the store, which the drop-in loader shares with every element (so it stays
 * small and imports nothing); filling messages in and formatting numbers, dates and client text
 * is `./format.ts`.
 */

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
export type MessageParams = Record<string, string | number>;

const english: Messages = {};
const translations = new Map<string, Messages>();
const overrides = new Map<string, Messages>();
const listeners = new Set<() => void>();

/** Fired (through `onCatalogueChange`) when messages are added or overridden, so elements re-render. */
function changed() {
  for (const listener of listeners) listener();
}

export function onCatalogueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers English defaults; returns them typed, so elements get their keys checked. */
export function defineMessages<const T extends Messages>(messages: T): T {
  Object.assign(english, messages);
  return messages;
}

/** Adds (or extends) a translation. `locale` is a BCP 47 tag such as `es` or `pt-BR`. */
export function registerTranslation(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  translations.set(key, { ...translations.get(key), ...messages });
  changed();
}

/** Lets a host replace any message for a locale (use `en` to change the English wording). */
export function overrideMessages(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...messages });
  changed();
}

/** Removes every override (for tests and for hosts that switch brands). */
export function clearMessageOverrides(): void {
  overrides.clear();
  changed();
}

/** Locales that have a translation registered, English included. */
export function availableLocales(): string[] {
  return ['en', ...translations.keys()];
}

const chains = new Map<string, string[]>();

/** `pt-BR` → [`pt-br`, `pt`]: the lookup order for one locale (kept: every string looked up asks for it). */
function lookupChain(locale: string): string[] {
  let chain = chains.get(locale);
  if (chain) return chain;
  const parts = locale.toLowerCase().split('-');
  chain = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  chains.set(locale, chain);
  return chain;
}

export function hasMessage(key: string): boolean {
  return key in english;
}

export function englishMessages(): Readonly<Messages> {
  return english;
}

/** The message for `key` in `locale` (override, translation, its base language, then English) and the locale it is in. */
export function findMessage(locale: string, key: string): { message: Message; locale: string } | undefined {
  for (const tag of lookupChain(locale)) {
    const override = overrides.get(tag)?.[key];
    if (override !== undefined) return { message: override, locale: tag };
    const translated = translations.get(tag)?.[key];
    if (translated !== undefined) return { message: translated, locale: tag };
  }
  const englishOverride = overrides.get('en')?.[key];
  if (englishOverride !== undefined) return { message: englishOverride, locale: 'en' };
  const message = english[key];
  return message === undefined ? undefined : { message, locale: 'en' };
}
