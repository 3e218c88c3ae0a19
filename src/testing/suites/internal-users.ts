import { InternalUsersPageSchema } from '../../client/schemas.js';
import type { InternalUser } from '../../client/types.js';
import { check, checkDeepEqual, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import type { SuiteTools } from '../runner.js';

const idsOf = (users: InternalUser[]) => users.map((user) => user.id);

export function internalUsersTests({ describe, it }: SuiteTools): void {
  describe('listInternalUsers', () => {
    it('is for portal admins only', async ({ nonAdmin }) => {
      await rejectsWith(nonAdmin.listInternalUsers(), 'permission', 'a non-admin listing internal users');
    });

    it('lists internal users with a total', async ({ admin, ids }) => {
      const page = checkSchema(InternalUsersPageSchema, await admin.listInternalUsers({ limit: 500 }), 'listInternalUsers()');
      check(page.total >= page.items.length && page.items.length > 0, 'total counts at least the listed users');
      const invited = page.items.find((user) => user.id === ids.invitedUserId);
      check(invited, `the invited user ${ids.invitedUserId} is listed`);
      checkEqual(invited.status, 'invited', 'the invited user’s status');
      check(invited.invitation, 'an invited user carries their invitation');
    });

    it('sorts by name in either direction', async ({ admin }) => {
      const ascending = (await admin.listInternalUsers({ sort: 'name', direction: 'asc', limit: 500 })).items;
      const descending = (await admin.listInternalUsers({ sort: 'name', direction: 'desc', limit: 500 })).items;
      checkDeepEqual(idsOf(descending), idsOf(ascending).reverse(), 'descending order is ascending order reversed');
      const first = ascending[0]!.fullName.toLowerCase();
      const last = ascending.at(-1)!.fullName.toLowerCase();
      check(first.localeCompare(last) <= 0, `ascending starts with the alphabet (“${first}” before “${last}”)`);
    });

    it('sorts by the last invitation, newest or oldest first', async ({ admin }) => {
      for (const direction of ['desc', 'asc'] as const) {
        const { items } = await admin.listInternalUsers({ sort: 'invited', direction, limit: 500 });
        const times = items.filter((user) => user.invitation).map((user) => Date.parse(user.invitation!.lastSentAt));
        check(times.length >= 2, 'the portal has at least two invited users');
        const ordered = times.every(
          (time, index) => index === 0 || (direction === 'desc' ? time <= times[index - 1]! : time >= times[index - 1]!),
        );
        check(ordered, `invited users in ${direction} order of their last invitation`);
      }
    });

    it('pages with offset and limit', async ({ admin }) => {
      const whole = await admin.listInternalUsers({ sort: 'name', limit: 500 });
      const pages: InternalUser[] = [];
      for (let offset = 0; offset < whole.total; offset += 4) {
        const page = await admin.listInternalUsers({ sort: 'name', offset, limit: 4 });
        checkEqual(page.total, whole.total, `total on the page at offset ${offset}`);
        check(page.items.length <= 4, 'a page holds at most `limit` users');
        pages.push(...page.items);
      }
      checkDeepEqual(idsOf(pages), idsOf(whole.items), 'the users in pages of 4 and in one page');
    });

    it('searches by name and email', async ({ admin, ids }) => {
      const { items } = await admin.listInternalUsers({ limit: 500 });
      const invited = items.find((user) => user.id === ids.invitedUserId)!;
      const byName = await admin.listInternalUsers({ query: invited.fullName.toUpperCase() });
      check(idsOf(byName.items).includes(invited.id), `searching “${invited.fullName.toUpperCase()}” finds them`);
      check(byName.total < items.length, 'a search narrows the list');
      const nobody = await admin.listInternalUsers({ query: 'zzqx-nobody-has-this-name' });
      checkDeepEqual(nobody, { items: [], total: 0 }, 'a search without matches');
    });
  });
}
