/** Search the way people type: without caring about case or accents ("ines" finds "Inês"). */

export function fold(text: string): string {
  // Most names and nearly all addresses are plain ASCII: skip the costly normalisation for them.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Searchable {
  fullName: string;
  email?: string;
  phone?: string;
  userId?: string;
}

// Names and addresses of a stored record never change, so each is folded once, not on every keystroke.
const folded = new WeakMap<Searchable, string>();

function searchText(person: Searchable): string {
  let text = folded.get(person);
  if (text === undefined) {
    text = fold(person.fullName);
    if (person.email) text += `\n${fold(person.email)}`;
    if (person.userId) text += `\n${fold(person.userId)}`;
    folded.set(person, text);
  }
  return text;
}

/**
 * A test for whether a person matches what was typed: a part of their name, email address
 * or User ID, or — when the query looks like a phone number — a part of their phone number
 * however it was spaced. The query is folded once, not once per person.
 */
export function personMatcher(query: string): (person: Searchable) => boolean {
  const wanted = fold(query.trim());
  if (!wanted) return () => true;
  const digits = /^[+\d\s().\-/]+$/u.test(query.trim()) ? query.replace(/\D/gu, '') : '';
  return (person) =>
    searchText(person).includes(wanted) || (digits.length >= 3 && (person.phone?.replace(/\D/gu, '') ?? '').includes(digits));
}

const sortKeys = new WeakMap<object, string>();

/**
 * Alphabetical by name, ignoring case and accents, then by id so equal names keep a stable
 * order across pages. Compares cached folded keys: an `Intl.Collator` is several times slower
 * on a 100,000-person directory, for differences people rarely notice in a list of names.
 */
export function compareNames(a: { fullName: string; id: string }, b: { fullName: string; id: string }): number {
  const ak = sortKey(a);
  const bk = sortKey(b);
  return ak < bk ? -1 : ak > bk ? 1 : 0;
}

/** Sorts by name in one pass over precomputed keys: the fast way to order a whole directory. */
export function sortByName<T>(items: T[], nameOf: (item: T) => { fullName: string; id: string }): T[] {
  const keyed = items.map((item): [string, T] => [sortKey(nameOf(item)), item]);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, item]) => item);
}

function sortKey(person: { fullName: string; id: string }): string {
  let key = sortKeys.get(person);
  if (key === undefined) {
    key = `${fold(person.fullName)}\u0000${person.id}`;
    sortKeys.set(person, key);
  }
  return key;
}
