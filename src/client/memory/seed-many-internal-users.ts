/**
 * Fills a portal with thousands of generated internal users, for stories and benchmarks of
 * the Admin Portal's list. Plain loops, so a story can build a 10,000-user portal on every render.
 */
import { generatedPerson, generatedPhone } from './generated-people.js';
import type { MemorySeed, StoredInternalUser } from './records.js';

const HOUR = 60 * 60 * 1000;

/**
 * Returns a copy of `seed` with `count` more internal users. Every fourth is still invited
 * (invitations sent over the last three weeks, so some have expired after the default seven
 * days), every ninth has a phone number instead of an email address, every twentieth is an
 * Administrator, and every third has a User ID.
 */
export function seedManyInternalUsers(seed: MemorySeed, count: number, now = new Date()): MemorySeed {
  const internalUsers: StoredInternalUser[] = seed.internalUsers.slice();
  // Numbering continues after the users already there, so ids and contacts never collide.
  const start = seed.internalUsers.length;
  for (let n = 0; n < count; n++) {
    const i = start + n;
    const { fullName, email } = generatedPerson(i, 'u');
    const user: StoredInternalUser = {
      id: `u-gen-${i}`,
      fullName,
      isAdministrator: i % 20 === 0,
      status: i % 4 === 0 ? 'invited' : 'active',
    };
    if (i % 9 === 0) user.phone = generatedPhone(i);
    else user.email = email;
    if (i % 3 === 0) user.userId = `emp-${i}`;
    if (user.status === 'invited') {
      const sent = now.getTime() - ((i * 7) % (21 * 24)) * HOUR;
      const sentAt = new Date(sent).toISOString();
      user.invitation = { sentAt, lastSentAt: sentAt, expiresAt: new Date(sent + 7 * 24 * HOUR).toISOString() };
    }
    internalUsers.push(user);
  }
  return { ...seed, internalUsers };
}
