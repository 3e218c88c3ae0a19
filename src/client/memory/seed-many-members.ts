/**
 * Fills one workspace with thousands of generated members, for stories and benchmarks of
 * long member lists. Plain loops over small name tables: 100,000 members take a few tens
 * of milliseconds, so a story can build its portal on every render.
 */
import { generatedPerson } from './generated-people.js';
import type { MemorySeed, StoredClient, StoredInternalUser, StoredMember } from './records.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Returns a copy of `seed` with `count` generated members in `workspaceId` (created as a
 * group workspace called "All Hands" if the seed has no such workspace). Every seventh
 * member is an internal user, the rest are clients; every fifth has not joined yet, and
 * some of those invitations have expired.
 */
export function seedManyMembers(seed: MemorySeed, workspaceId: string, count: number, now = new Date()): MemorySeed {
  const workspaces = seed.workspaces.some((workspace) => workspace.id === workspaceId)
    ? seed.workspaces
    : [...seed.workspaces, { id: workspaceId, name: 'All Hands', kind: 'group' as const }];
  const workspaceLinks = seed.workspaceLinks.some((link) => link.workspaceId === workspaceId)
    ? seed.workspaceLinks
    : [...seed.workspaceLinks, { workspaceId, token: `AllHands${seed.workspaceLinks.length}`, includesViewing: true }];

  const internalUsers: StoredInternalUser[] = seed.internalUsers.slice();
  const clients: StoredClient[] = seed.clients.slice();
  const members: StoredMember[] = seed.members.slice();
  // Ids start after what is already there so two calls on one seed never collide.
  const start = seed.members.length;
  // Invitations were sent between 0 and 12 days ago: anything older than a week has expired.
  const invitations = Array.from({ length: 13 }, (_, days) => {
    const sent = now.getTime() - days * DAY;
    return { sentAt: new Date(sent).toISOString(), expiresAt: new Date(sent + 7 * DAY).toISOString() };
  });

  for (let n = 0; n < count; n++) {
    const i = start + n;
    const personId = `${workspaceId}-p${i}`;
    const { fullName, email } = generatedPerson(i, 'm');
    if (i % 7 === 0) {
      internalUsers.push({ id: personId, fullName, email, isAdministrator: false, status: 'active' });
    } else {
      clients.push({ id: personId, fullName, email });
    }
    const member: StoredMember = {
      id: `${workspaceId}-m${i}`,
      workspaceId,
      personId,
      role: i % 50 === 0 ? 'owner' : i % 3 === 0 ? 'editor' : 'viewer',
      status: i % 5 === 0 ? 'not_joined' : 'joined',
    };
    if (member.status === 'not_joined') {
      const { sentAt, expiresAt } = invitations[i % 13]!;
      member.invitation = { sentAt, lastSentAt: sentAt, expiresAt };
    }
    members.push(member);
  }

  return { ...seed, workspaces, workspaceLinks, internalUsers, clients, members };
}
