/**
 * Small steps the conformance tests share: fresh contact details that collide with nothing,
 * and reads that walk every page. Only `InviteClient` calls, so they work on any backend.
 */
import type { InviteClient } from '../client/invite-client.js';
import type { InternalUser, Person, WorkspaceMember } from '../client/types.js';
import type { ConformanceContext, SentMessage } from './context.js';
import { skip } from './runner.js';

let sequence = 0;
const run = Math.floor(Math.random() * 1e6).toString(36);

/** An email address nobody in any seeded portal has. */
export function freshEmail(tag: string, domain = 'example.com'): string {
  sequence += 1;
  return `conformance.${tag}.${run}.${sequence}@${domain}`;
}

/** A North American 555 number (fictional by convention) that no seed uses. */
export function freshPhone(): string {
  sequence += 1;
  return `+1202555${String(1000 + ((sequence * 7919 + Math.floor(Math.random() * 8000)) % 9000)).padStart(4, '0')}`;
}

export async function allInternalUsers(admin: InviteClient, query?: string): Promise<InternalUser[]> {
  const users: InternalUser[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await admin.listInternalUsers({ ...(query !== undefined ? { query } : {}), offset, limit: 500 });
    users.push(...page.items);
    if (page.items.length === 0 || users.length >= page.total) return users;
  }
}

export async function findInternalUser(admin: InviteClient, id: string): Promise<InternalUser | undefined> {
  return (await allInternalUsers(admin)).find((user) => user.id === id);
}

export async function internalUserWithEmail(admin: InviteClient, email: string): Promise<InternalUser[]> {
  const wanted = email.toLowerCase();
  return (await allInternalUsers(admin, email)).filter((user) => user.email?.toLowerCase() === wanted);
}

/** Everyone the directory returns for `query`, following cursors (at most 50 pages). */
export async function wholeDirectory(
  client: InviteClient,
  query = '',
  extra: { types?: Array<'internal' | 'client'>; excludeWorkspaceId?: string; limit?: number } = {},
): Promise<Person[]> {
  const people: Person[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await client.searchDirectory({ query, limit: extra.limit ?? 100, ...extra, ...(cursor ? { cursor } : {}) });
    people.push(...result.items);
    if (!result.nextCursor) return people;
    cursor = result.nextCursor;
  }
  return people;
}

export async function member(client: InviteClient, workspaceId: string, memberId: string): Promise<WorkspaceMember | undefined> {
  return (await client.listWorkspaceMembers(workspaceId)).members.find((found) => found.id === memberId);
}

/**
 * The backend's log of sent messages; skips the test when the adapter offers none
 * (`hooks.sentInvitations`), so a "sent exactly once" check never passes without looking.
 */
export function requireSentLog(context: ConformanceContext): () => Promise<readonly SentMessage[]> {
  const log = context.hooks?.sentInvitations;
  if (!log) skip('counting sent invitations needs hooks.sentInvitations');
  return async () => log();
}

/** Messages sent to `to` so far (skips the test when the adapter offers no log of them). */
export async function messagesTo(context: ConformanceContext, to: string): Promise<SentMessage[]> {
  const log = requireSentLog(context);
  const wanted = to.toLowerCase();
  return (await log()).filter((message) => message.to.toLowerCase() === wanted);
}

/** Someone in the directory with a phone number, or with an email address. */
export async function personWith(
  client: InviteClient,
  field: 'email' | 'phone',
  type?: 'internal' | 'client',
): Promise<Person | undefined> {
  const people = await wholeDirectory(client, '', type ? { types: [type] } : {});
  return people.find((person) => person[field]);
}

export function aborted(): AbortSignal {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
}
