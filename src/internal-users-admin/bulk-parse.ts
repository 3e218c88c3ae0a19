/**
 * Turns pasted text into people to invite. Pure: no DOM, no client, no validation — each
 * entry keeps what was written (the rows editor validates and normalises with the shared
 * rules, so a bad line can be fixed in place rather than lost).
 *
 * Understood, one person per line:
 *   Ada Lovelace <ada@example.com>        "Lovelace, Ada" <ada@example.com>
 *   ada@example.com                       (no name: the row asks for one)
 *   +44 20 7946 0958 Alan Turing          Alan Turing +44 20 7946 0958
 *   Grace Hopper, grace@example.com       grace@example.com, Grace Hopper     (commas, tabs or semicolons)
 * and several addresses on one line as mail programs copy them
 * (`Ada <ada@example.com>, Alan <alan@example.com>`). A CSV (or spreadsheet paste) whose first
 * line names its columns — name / full name / first name + last name, email, phone, contact,
 * user id, administrator — is read by those columns, with quoted fields as RFC 4180 has them.
 */

export interface ParsedEntry {
  /** The 1-based line of the paste the entry came from. */
  line: number;
  /** The text it was read from, for showing next to a row. */
  source: string;
  fullName: string;
  /** The email address or phone number as written; empty when none was found. */
  contact: string;
  userId: string;
  isAdministrator: boolean;
}

type Column = 'name' | 'firstName' | 'lastName' | 'email' | 'phone' | 'contact' | 'userId' | 'administrator';

/** What a header cell may say for each column (lower case, letters only: "E-mail Address" is `emailaddress`). */
const HEADER_WORDS: Record<string, Column> = Object.fromEntries(
  Object.entries({
    name: ['name', 'fullname', 'displayname', 'contactname'],
    firstName: ['firstname', 'givenname', 'first'],
    lastName: ['lastname', 'surname', 'familyname', 'last'],
    email: ['email', 'emailaddress', 'mail'],
    phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'telephone', 'tel'],
    contact: ['contact', 'emailorphone', 'emailaddressorphonenumber'],
    userId: ['userid', 'username', 'login', 'employeeid'],
    administrator: ['administrator', 'admin', 'isadministrator', 'isadmin', 'role'],
  } satisfies Record<Column, string[]>).flatMap(([column, words]) => words.map((word) => [word, column as Column] as const)),
);

const TRUTHY = new Set(['true', 'yes', 'y', '1', 'x', 'on', 'admin', 'administrator', '✓', '✔']);

/** Whether a spreadsheet cell says "this person is an Administrator". */
export function isTruthyFlag(value: string): boolean {
  return TRUTHY.has(value.trim().toLowerCase());
}

const EMAIL_LIKE = /\S@\S/u;
/** A run that reads as a phone number: digits with the separators people type, at least seven digits. */
const PHONE_RUN = /^(?:\+|00)?[\d\s().\-/]+$/u;

function looksLikePhone(text: string): boolean {
  const trimmed = text.trim();
  return PHONE_RUN.test(trimmed) && (trimmed.match(/\d/gu)?.length ?? 0) >= 7;
}

function looksLikeContact(text: string): boolean {
  return EMAIL_LIKE.test(text) || looksLikePhone(text);
}

/** Removes wrapping quotes and the stray punctuation that copying leaves around names. */
function cleanName(text: string): string {
  let name = text.trim().replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/gu, '');
  const quoted = /^(["'“‘])(.*)(["'”’])$/u.exec(name);
  if (quoted) name = quoted[2]!.replace(/""/gu, '"');
  return name.replace(/\s+/gu, ' ').trim();
}

function cleanContact(text: string): string {
  return text
    .trim()
    .replace(/^(mailto:|tel:)/iu, '')
    .replace(/^[<(["']+|[>)\]"',;:.]+$/gu, '')
    .trim();
}

/** Splits one line (or a whole CSV) into cells, honouring double quotes; quoted newlines stay in the cell. */
export function splitCsv(text: string, delimiter: string): Array<{ cells: string[]; line: number }> {
  const records: Array<{ cells: string[]; line: number }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n') {
      cells.push(cell);
      records.push({ cells, line: recordLine });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  records.push({ cells, line: recordLine });
  return records.filter((record) => record.cells.some((value) => value.trim() !== ''));
}

function headerKey(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z]/gu, '');
}

function pickDelimiter(line: string): string | undefined {
  return ['\t', ',', ';'].find((delimiter) => line.includes(delimiter));
}

/** The columns of a header line, or undefined when the first line is a person rather than a header. */
function readHeader(line: string): { delimiter: string; columns: Array<Column | undefined> } | undefined {
  const delimiter = pickDelimiter(line) ?? ',';
  const cells = splitCsv(line, delimiter)[0]?.cells ?? [];
  if (cells.some(looksLikeContact)) return undefined;
  const columns = cells.map((cell) => HEADER_WORDS[headerKey(cell)]);
  const known = columns.filter(Boolean);
  const hasContact = known.some((column) => column === 'email' || column === 'phone' || column === 'contact');
  const hasName = known.some((column) => column === 'name' || column === 'firstName' || column === 'lastName');
  // One recognised word alone ("Name") could be a person called Name; two, or a contact column, is a header.
  return hasContact || (hasName && known.length >= 2) ? { delimiter, columns } : undefined;
}

function fromColumns(columns: Array<Column | undefined>, cells: string[], line: number): ParsedEntry {
  const value = (column: Column) => {
    const index = columns.indexOf(column);
    return index === -1 ? '' : (cells[index] ?? '').trim();
  };
  const first = value('firstName');
  const last = value('lastName');
  const fullName = cleanName(value('name') || [first, last].filter(Boolean).join(' '));
  const contact = cleanContact(value('email') || value('contact') || value('phone'));
  return {
    line,
    source: cells
      .map((cell) => cell.trim())
      .filter(Boolean)
      .join(', '),
    fullName,
    contact,
    userId: value('userId'),
    isAdministrator: isTruthyFlag(value('administrator')),
  };
}

/** Splits a line holding several addresses (`Ada <a@x.org>, Alan <b@y.org>`) into one piece per address. */
function splitAddressList(line: string): string[] {
  if ((line.match(/@/gu)?.length ?? 0) < 2) return [line];
  const pieces: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '<') depth++;
    else if (!quoted && char === '>') depth = Math.max(0, depth - 1);
    if (!quoted && depth === 0 && (char === ',' || char === ';')) {
      pieces.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  pieces.push(current);
  const parts = pieces.map((piece) => piece.trim()).filter(Boolean);
  // Only a list when every piece carries its own address; otherwise it is `Name, email`.
  return parts.every((piece) => EMAIL_LIKE.test(piece)) ? parts : [line];
}

/** Reads one free-form piece: `Name <contact>`, delimited cells, or words around an email or phone number. */
function parsePiece(piece: string, line: number): ParsedEntry {
  const entry = (fullName: string, contact: string, isAdministrator = false): ParsedEntry => ({
    line,
    source: piece.trim(),
    fullName: cleanName(fullName),
    contact: cleanContact(contact),
    userId: '',
    isAdministrator,
  });

  const angled = /^(.*?)<([^<>]*)>(.*)$/u.exec(piece);
  if (angled) return entry(`${angled[1]} ${angled[3]}`, angled[2]!);

  const delimiter = ['\t', ';', ','].find((candidate) => piece.includes(candidate));
  if (delimiter) {
    const cells = (splitCsv(piece, delimiter)[0]?.cells ?? []).map((cell) => cell.trim()).filter(Boolean);
    const contactIndex = cells.findIndex(looksLikeContact);
    if (contactIndex !== -1) {
      const rest = cells.filter((_, index) => index !== contactIndex);
      const flagged = rest.length > 1 && isTruthyFlag(rest[rest.length - 1]!);
      const names = flagged ? rest.slice(0, -1) : rest;
      return entry(names.join(' '), cells[contactIndex]!, flagged);
    }
  }

  const words = piece.trim().split(/\s+/u);
  const emailAt = words.findIndex((word) => EMAIL_LIKE.test(word));
  if (emailAt !== -1) return entry(words.filter((_, index) => index !== emailAt).join(' '), words[emailAt]!);

  const leadingPhone = /^((?:\+|00)?\d[\d\s().\-/]*\d)\s+(\D.*)$/u.exec(piece.trim());
  if (leadingPhone && looksLikePhone(leadingPhone[1]!)) return entry(leadingPhone[2]!, leadingPhone[1]!);
  const trailingPhone = /^(.*?\D)\s+((?:\+|00)?\d[\d\s().\-/]*\d)$/u.exec(piece.trim());
  if (trailingPhone && looksLikePhone(trailingPhone[2]!)) return entry(trailingPhone[1]!, trailingPhone[2]!);
  if (looksLikePhone(piece)) return entry('', piece);

  // No address found. A single token with a dot or a digit was meant as one (and the row will
  // say what is wrong with it); anything else is a name still waiting for its address.
  const single = words.length === 1 && /[.\d+]/u.test(piece);
  return single ? entry('', piece) : entry(piece, '');
}

/** Reads a paste into entries, in the order they appear; blank lines are skipped. */
export function parseBulkText(text: string): ParsedEntry[] {
  const normalised = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const lines = normalised.split('\n');
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex === -1) return [];

  const header = readHeader(lines[firstIndex]!);
  if (header) {
    const body = lines.slice(firstIndex + 1).join('\n');
    const offset = firstIndex + 1;
    return splitCsv(body, header.delimiter).map((record) => fromColumns(header.columns, record.cells, record.line + offset));
  }

  const entries: ParsedEntry[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    for (const piece of splitAddressList(line)) entries.push(parsePiece(piece, index + 1));
  });
  return entries;
}
