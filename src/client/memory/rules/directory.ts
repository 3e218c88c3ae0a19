/**
 * Finding people: the directory the "+ Invite Members" picker searches, and the Admin
 * Portal's list of internal users.
 */
import { InviteKitError } from '../../errors.js';
import { DirectoryQuerySchema, InternalUsersQuerySchema } from '../../schemas.js';
import type { DirectoryPage, InternalUsersPage, Person } from '../../types.js';
import type { MemoryPortal, StoredPerson } from '../portal.js';
import type { StoredInternalUser } from '../records.js';
import { compareNames, personMatcher, sortByName } from '../text-search.js';
import { internalUserView, personView } from '../views.js';
import { parseOrThrow, requireAdmin, requireViewer, requireWorkspace } from './checks.js';
import type { Scope } from './checks.js';

const DIRECTORY_PAGE_SIZE = 20;
const INTERNAL_USERS_PAGE_SIZE = 50;

export function searchDirectory(scope: Scope, input: unknown): DirectoryPage {
  requireViewer(scope);
  const { portal } = scope;
  const query = parseOrThrow(DirectoryQuerySchema, input);
  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor);
  const types = new Set(query.types ?? ['internal', 'client']);
  const matches = personMatcher(query.query);
  const excluded = new Set<string>();
  if (query.excludeWorkspaceId !== undefined) {
    requireWorkspace(portal, query.excludeWorkspaceId);
    for (const member of portal.membersOf(query.excludeWorkspaceId)) excluded.add(member.personId);
  }

  const wanted = (person: StoredPerson) => types.has(person.type) && !excluded.has(person.record.id);
  // A blank query lists everyone: that order is kept between calls. A typed query sorts only its matches.
  const people = query.query.trim()
    ? sortByName(
        everyone(portal).filter((person) => wanted(person) && matches(person.record)),
        (person) => person.record,
      )
    : everyoneByName(portal).filter(wanted);
  const limit = query.limit ?? DIRECTORY_PAGE_SIZE;
  const items: Person[] = people.slice(offset, offset + limit).map(personView);
  return { items, nextCursor: offset + limit < people.length ? encodeCursor(offset + limit) : null, total: people.length };
}

const directoryCache = new WeakMap<MemoryPortal, { revision: number; people: StoredPerson[] }>();

function everyone(portal: MemoryPortal): StoredPerson[] {
  const people: StoredPerson[] = [];
  for (const record of portal.internalUsers.values()) people.push({ type: 'internal', record });
  for (const record of portal.clients.values()) people.push({ type: 'client', record });
  return people;
}

/** Everyone in the portal in name order, sorted once per change rather than once per page. */
function everyoneByName(portal: MemoryPortal): StoredPerson[] {
  const cached = directoryCache.get(portal);
  if (cached?.revision === portal.revision) return cached.people;
  const sorted = sortByName(everyone(portal), (person) => person.record);
  directoryCache.set(portal, { revision: portal.revision, people: sorted });
  return sorted;
}

export function listInternalUsers(scope: Scope, input: unknown): InternalUsersPage {
  requireAdmin(scope, 'see the list of internal users');
  const query = parseOrThrow(InternalUsersQuerySchema, input ?? {});
  const matching = [...scope.portal.internalUsers.values()].filter(personMatcher(query.query ?? ''));
  const direction = query.direction === 'desc' ? -1 : 1;
  let users: StoredInternalUser[];
  if (query.sort === 'invited') {
    users = matching.sort(byLastInvitation(direction));
  } else {
    users = sortByName(matching, (user) => user);
    if (direction === -1) users.reverse();
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? INTERNAL_USERS_PAGE_SIZE;
  return { items: users.slice(offset, offset + limit).map(internalUserView), total: users.length };
}

/** By when they were last sent an invitation; people never invited (signed up, added quietly) come last either way. */
function byLastInvitation(direction: 1 | -1) {
  return (a: StoredInternalUser, b: StoredInternalUser): number => {
    const at = a.invitation ? Date.parse(a.invitation.lastSentAt) : null;
    const bt = b.invitation ? Date.parse(b.invitation.lastSentAt) : null;
    if (at === null || bt === null) return at === bt ? compareNames(a, b) : at === null ? 1 : -1;
    return direction * (at - bt) || compareNames(a, b);
  };
}

/** Cursors are opaque to callers; inside they are an offset, tagged so a stray string is not mistaken for one. */
function encodeCursor(offset: number): string {
  return btoa(`directory:${offset}`);
}

function decodeCursor(cursor: string): number {
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    // Not base64: reported below like any other cursor this backend never issued.
  }
  const match = /^directory:(\d+)$/u.exec(decoded);
  if (!match)
    throw new InviteKitError('validation', 'This page cursor is not one this portal issued.', {
      fieldErrors: { cursor: 'validation.required' },
    });
  return Number(match[1]);
}
