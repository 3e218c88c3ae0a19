/**
 * Normalisation rules for the one field that accepts "Email Address or Phone Number".
 *
 * They live apart from the schemas so forms, the memory client and the fetch client all
 * apply the very same rules. Each rejection names a message key of the localization
 * catalogue (see `src/i18n/`) rather than English text, so the form can show it in the
 * viewer's language.
 */

export type ContactKind = 'email' | 'phone';

export type ContactParseResult =
  { ok: true; kind: 'email'; value: string } | { ok: true; kind: 'phone'; value: string } | { ok: false; error: ValidationMessageKey };

/** Message keys the validation rules can produce; each one has text in every catalogue. */
export type ValidationMessageKey =
  | 'validation.required'
  | 'validation.fullNameRequired'
  | 'validation.fullNameTooLong'
  | 'validation.fullNameInvalidCharacters'
  | 'validation.contactRequired'
  | 'validation.contactUnrecognised'
  | 'validation.emailMissingAt'
  | 'validation.emailMissingLocalPart'
  | 'validation.emailInvalidDomain'
  | 'validation.emailInvalidCharacters'
  | 'validation.emailTooLong'
  | 'validation.phoneMissingCountryCode'
  | 'validation.phoneInvalidCharacters'
  | 'validation.phoneTooShort'
  | 'validation.phoneTooLong'
  | 'validation.userIdTooLong'
  | 'validation.userIdInvalid'
  | 'validation.workspaceRequired'
  | 'validation.domainInvalid';

export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const USER_ID_MAX_LENGTH = 64;

// Characters that never belong in a name or address: C0/C1 controls (NUL included),
// bidirectional overrides/isolates, and the zero-width joiners' troublesome cousins.
// ZWJ (U+200D) and ZWNJ (U+200C) stay allowed: emoji sequences and Persian/Indic names need them.
// Exported for docs/rest-api.md, which states the rule from this very pattern.
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\uFEFF]/u;

/** Trims and collapses inner runs of whitespace; NFC-normalises so composed and decomposed marks compare equal. */
export function normaliseName(input: string): string {
  return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function nameProblem(name: string): ValidationMessageKey | null {
  if (name.length === 0) return 'validation.fullNameRequired';
  if ([...name].length > NAME_MAX_LENGTH) return 'validation.fullNameTooLong';
  if (FORBIDDEN_IN_TEXT.test(name) || /[<>]/u.test(name)) return 'validation.fullNameInvalidCharacters';
  return null;
}

/** Converts an internationalized domain to its ASCII (punycode) form using the platform's IDNA. */
function toAsciiDomain(domain: string): string | null {
  try {
    const host = new URL(`http://${domain}/`).hostname;
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/u;
const LOCAL_PART = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+$/u;

export function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && !/^\d+$/u.test(labels.at(-1)!);
}

/**
 * Normalises a domain as typed by a person (for allowed-domains lists): lower case,
 * punycode for internationalized names, no leading "@".
 */
export function normaliseDomain(input: string): string | null {
  const trimmed = input.trim().replace(/^@/u, '').toLowerCase();
  if (!trimmed || FORBIDDEN_IN_TEXT.test(trimmed)) return null;
  const ascii = toAsciiDomain(trimmed);
  return ascii && isValidDomain(ascii) ? ascii : null;
}

export function parseEmail(input: string): ContactParseResult {
  const trimmed = input.normalize('NFC').trim();
  if (!trimmed) return { ok: false, error: 'validation.contactRequired' };
  if (FORBIDDEN_IN_TEXT.test(trimmed) || /\s|[<>()[\]\\,;:"]/u.test(trimmed.replace(/@[^@]*$/u, ''))) {
    return { ok: false, error: 'validation.emailInvalidCharacters' };
  }
  const at = trimmed.lastIndexOf('@');
  if (at === -1) return { ok: false, error: 'validation.emailMissingAt' };
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (!local) return { ok: false, error: 'validation.emailMissingLocalPart' };
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return { ok: false, error: 'validation.emailInvalidCharacters' };
  }
  if (!domain || /\s/u.test(domain)) return { ok: false, error: 'validation.emailInvalidDomain' };
  const asciiDomain = toAsciiDomain(domain);
  if (!asciiDomain || !isValidDomain(asciiDomain)) return { ok: false, error: 'validation.emailInvalidDomain' };
  const value = `${local}@${asciiDomain}`;
  if (value.length > EMAIL_MAX_LENGTH) return { ok: false, error: 'validation.emailTooLong' };
  return { ok: true, kind: 'email', value };
}

/**
 * Normalises a phone number to E.164 (`+` and 8–15 digits). The country code is required:
 * the kit cannot guess a host's default country, and a wrong guess would invite a stranger.
 * Accepts the separators people type (spaces, dots, dashes, brackets), a leading `00`
 * international prefix, and a trunk "(0)" as written in UK and German numbers.
 */
export function parsePhone(input: string): ContactParseResult {
  const trimmed = input.normalize('NFKC').trim();
  if (!trimmed) return { ok: false, error: 'validation.contactRequired' };
  if (!/^[+\d\s().\-/]+$/u.test(trimmed)) return { ok: false, error: 'validation.phoneInvalidCharacters' };
  let compact = trimmed.replace(/\(0\)/gu, '').replace(/[\s().\-/]/gu, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  if (!compact.startsWith('+')) return { ok: false, error: 'validation.phoneMissingCountryCode' };
  const digits = compact.slice(1);
  if (!/^\d+$/u.test(digits) || digits.startsWith('0')) return { ok: false, error: 'validation.phoneInvalidCharacters' };
  if (digits.length < 8) return { ok: false, error: 'validation.phoneTooShort' };
  if (digits.length > 15) return { ok: false, error: 'validation.phoneTooLong' };
  return { ok: true, kind: 'phone', value: `+${digits}` };
}

/** Decides whether a person typed an email address or a phone number, then normalises it. */
export function parseContact(input: string): ContactParseResult {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'validation.contactRequired' };
  if (trimmed.includes('@')) return parseEmail(trimmed);
  const normalised = trimmed.normalize('NFKC');
  if (/^[+\d\s().\-/]+$/u.test(normalised) && /\d/u.test(normalised)) return parsePhone(trimmed);
  if (/[A-Za-z\u0080-\uFFFF]/u.test(trimmed) && /\./u.test(trimmed)) return { ok: false, error: 'validation.emailMissingAt' };
  return { ok: false, error: 'validation.contactUnrecognised' };
}

/** Letters and digits of any script, and `. _ @ -`. */
export const USER_ID_PATTERN = /^[\p{L}\p{N}._@-]+$/u;

export function userIdProblem(userId: string): ValidationMessageKey | null {
  if (userId.length > USER_ID_MAX_LENGTH) return 'validation.userIdTooLong';
  if (!USER_ID_PATTERN.test(userId)) return 'validation.userIdInvalid';
  return null;
}
