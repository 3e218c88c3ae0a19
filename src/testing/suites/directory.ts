import { DirectoryPageSchema } from '../../client/schemas.js';
import type { Person } from '../../client/types.js';
import { check, checkDeepEqual, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import { wholeDirectory } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

const ids = (people: Person[]) => people.map((person) => person.id);
const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

export function directoryTests({ describe, it }: SuiteTools): void {
  describe('searchDirectory', () => {
    it('returns internal users and clients, a page at a time', async ({ admin }) => {
      const page = checkSchema(DirectoryPageSchema, await admin.searchDirectory({ query: '' }), 'searchDirectory()');
      check(page.items.length > 0, 'an empty query lists people');
      const everyone = await wholeDirectory(admin);
      check(
        everyone.some((person) => person.type === 'internal'),
        'the directory has internal users',
      );
      check(
        everyone.some((person) => person.type === 'client'),
        'the directory has clients',
      );
    });

    it('matches names without regard to case', async ({ admin }) => {
      const someone = (await wholeDirectory(admin))[0]!;
      const part = someone.fullName.split(' ').at(-1)!;
      const found = await wholeDirectory(admin, part.toUpperCase());
      check(ids(found).includes(someone.id), `searching “${part.toUpperCase()}” finds ${someone.fullName}`);
    });

    it('matches names without regard to accents', async ({ admin }) => {
      const accented = (await wholeDirectory(admin)).find((person) => stripAccents(person.fullName) !== person.fullName);
      if (!accented) skip('the seeded directory has no name with accents');
      const query = stripAccents(accented.fullName).toLowerCase();
      check(ids(await wholeDirectory(admin, query)).includes(accented.id), `searching “${query}” finds ${accented.fullName}`);
    });

    it('matches an email address and the digits of a phone number', async ({ admin }) => {
      const everyone = await wholeDirectory(admin);
      const withEmail = everyone.find((person) => person.email)!;
      check(ids(await wholeDirectory(admin, withEmail.email!)).includes(withEmail.id), `searching ${withEmail.email} finds its owner`);
      const withPhone = everyone.find((person) => person.phone);
      if (!withPhone) skip('the seeded directory has nobody with a phone number');
      const digits = withPhone.phone!.replace(/\D/gu, '').slice(-7);
      check(ids(await wholeDirectory(admin, digits)).includes(withPhone.id), `searching ${digits} finds ${withPhone.phone}`);
    });

    it('finds nobody for a query that matches nobody', async ({ admin }) => {
      const page = await admin.searchDirectory({ query: 'zzqx-nobody-has-this-name' });
      checkDeepEqual({ items: page.items, nextCursor: page.nextCursor }, { items: [], nextCursor: null }, 'a search without matches');
      if (page.total !== undefined) checkEqual(page.total, 0, 'the total of a search without matches');
    });

    it('honours types', async ({ admin }) => {
      const clients = await wholeDirectory(admin, '', { types: ['client'] });
      check(clients.length > 0 && clients.every((person) => person.type === 'client'), 'types: ["client"] lists only clients');
      const internal = await wholeDirectory(admin, '', { types: ['internal'] });
      check(internal.length > 0 && internal.every((person) => person.type === 'internal'), 'types: ["internal"] lists only internal users');
    });

    it('leaves out people already in excludeWorkspaceId', async ({ admin, ids: { flowWorkspaceId } }) => {
      const { members } = await admin.listWorkspaceMembers(flowWorkspaceId);
      const inWorkspace = new Set(members.map((member) => member.person.id));
      const outside = await wholeDirectory(admin, '', { excludeWorkspaceId: flowWorkspaceId });
      check(outside.length > 0, 'someone is not yet in the workspace');
      check(!outside.some((person) => inWorkspace.has(person.id)), 'no member of the workspace is offered');
    });

    it('pages with an opaque cursor, without gaps or repeats', async ({ admin }) => {
      const inOnePage = await wholeDirectory(admin, '', { limit: 100 });
      const inSmallPages = await wholeDirectory(admin, '', { limit: 3 });
      checkEqual(new Set(ids(inSmallPages)).size, inSmallPages.length, 'people repeated across pages');
      checkDeepEqual(ids(inSmallPages), ids(inOnePage), 'the people in pages of 3 and in pages of 100');
      const first = await admin.searchDirectory({ query: '', limit: 3 });
      check(first.items.length === 3 && first.nextCursor, 'a first page of 3 has a next cursor');
    });

    it('counts every match in total, when it gives a total', async ({ admin }) => {
      const first = await admin.searchDirectory({ query: '', limit: 3 });
      if (first.total === undefined) skip('this adapter gives no total (it is optional)');
      const everyone = await wholeDirectory(admin, '', { limit: 100 });
      checkEqual(first.total, everyone.length, 'the total on the first page of 3');
      const second = await admin.searchDirectory({ query: '', limit: 3, cursor: first.nextCursor! });
      checkEqual(second.total, everyone.length, 'the same total on the next page');
    });

    it('rejects a page size over 100 with validation', async ({ admin }) => {
      await rejectsWith(admin.searchDirectory({ query: '', limit: 1000 }), 'validation', 'a limit of 1000');
    });
  });
}
