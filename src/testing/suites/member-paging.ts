import type { InviteClient } from '../../client/invite-client.js';
import { WorkspaceMembersSchema } from '../../client/schemas.js';
import type { MemberStatusFilter, WorkspaceMember, WorkspaceMembersQuery } from '../../client/types.js';
import { check, checkDeepEqual, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

const PAGE = 2;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Skips the test on a backend that answers every member at once. */
function requirePaging(client: InviteClient): void {
  if (!client.capabilities.memberPaging) skip('the backend answers every member at once (capabilities.memberPaging)');
}

/** Every page of a query, following `nextCursor`; checks each page's shape, size and `total` on the way. */
async function walk(client: InviteClient, workspaceId: string, query: WorkspaceMembersQuery = {}): Promise<WorkspaceMember[]> {
  const members: WorkspaceMember[] = [];
  let cursor: string | undefined;
  let total: number | undefined;
  for (let page = 0; page < 1000; page++) {
    const what = `listWorkspaceMembers(${JSON.stringify({ ...query, limit: PAGE, ...(cursor ? { cursor } : {}) })})`;
    const answer = checkSchema(
      WorkspaceMembersSchema,
      await client.listWorkspaceMembers(workspaceId, { ...query, limit: PAGE, cursor }),
      what,
    );
    check(answer.members.length <= PAGE, `${what} answers at most ${PAGE} members (got ${answer.members.length})`);
    check(answer.total !== undefined, `${what} carries total`);
    if (total !== undefined) checkEqual(answer.total, total, `${what}: total stays the same from page to page`);
    total = answer.total;
    members.push(...answer.members);
    if (answer.nextCursor === undefined) {
      checkEqual(members.length, total, `${what}: the pages together hold total members`);
      return members;
    }
    check(answer.members.length > 0, `${what}: a page with a nextCursor is not empty`);
    cursor = answer.nextCursor;
  }
  throw new Error('listWorkspaceMembers: more than 1000 pages of 2 for a seeded workspace; is nextCursor ever absent?');
}

function statusOf(member: WorkspaceMember, now: number): MemberStatusFilter {
  if (member.status === 'joined') return 'joined';
  const expiresAt = member.invitation?.expiresAt;
  return expiresAt && Date.parse(expiresAt) <= now ? 'expired' : 'not_joined';
}

const idsOf = (members: WorkspaceMember[]) => members.map((member) => member.id);

export function memberPagingTests({ describe, it }: SuiteTools): void {
  describe('listWorkspaceMembers, a page at a time', () => {
    it('answers every member at once when asked for no page (with or without paging)', async ({ admin, ids }) => {
      const answer = checkSchema(WorkspaceMembersSchema, await admin.listWorkspaceMembers(ids.groupWorkspaceId), 'listWorkspaceMembers()');
      checkEqual(answer.nextCursor, undefined, 'nextCursor of an answer with every member');
      if (answer.total !== undefined) checkEqual(answer.total, answer.members.length, 'total of an answer with every member');
    });

    it('pages cover every member exactly once, in one stable order', async ({ admin, ids }) => {
      requirePaging(admin);
      const everyone = idsOf((await admin.listWorkspaceMembers(ids.groupWorkspaceId)).members);
      check(everyone.length > PAGE, `the group workspace has more than ${PAGE} members, so it takes several pages`);
      const paged = idsOf(await walk(admin, ids.groupWorkspaceId));
      checkEqual(new Set(paged).size, paged.length, 'no member on two pages');
      checkDeepEqual([...paged].sort(), [...everyone].sort(), 'the members of every page together');
      checkDeepEqual(idsOf(await walk(admin, ids.groupWorkspaceId)), paged, 'the same pages, asked again');
    });

    it('an offset starts where the pages before it end', async ({ admin, ids }) => {
      requirePaging(admin);
      const paged = idsOf(await walk(admin, ids.groupWorkspaceId));
      const answer = await admin.listWorkspaceMembers(ids.groupWorkspaceId, { offset: 1, limit: PAGE });
      checkDeepEqual(idsOf(answer.members), paged.slice(1, 1 + PAGE), 'listWorkspaceMembers({ offset: 1, limit: 2 })');
      checkEqual(answer.total, paged.length, 'its total');
    });

    it('filters by name text on the server, and total counts the matches', async ({ admin, ids }) => {
      requirePaging(admin);
      const everyone = (await admin.listWorkspaceMembers(ids.groupWorkspaceId)).members;
      const someone = everyone.find((member) => member.person.fullName.includes(' '))!;
      const text = someone.person.fullName.split(' ').at(-1)!.slice(0, 4).toUpperCase();
      const found = await walk(admin, ids.groupWorkspaceId, { query: text });
      check(idsOf(found).includes(someone.id), `filtering “${text}” finds ${someone.person.fullName}`);
      for (const member of found) {
        const { fullName, email, phone } = member.person;
        check(fold([fullName, email, phone].join(' ')).includes(fold(text)), `${fullName} matches “${text}”`);
      }
      for (const member of everyone.filter((candidate) => fold(candidate.person.fullName).includes(fold(text)))) {
        check(idsOf(found).includes(member.id), `filtering “${text}” finds ${member.person.fullName} too`);
      }
      const none = await admin.listWorkspaceMembers(ids.groupWorkspaceId, { query: 'zzqx-nobody-matches', limit: PAGE });
      checkEqual(none.members.length, 0, 'members matching nonsense');
      checkEqual(none.total, 0, 'total for nonsense');
      checkEqual(none.nextCursor, undefined, 'nextCursor for nonsense');
    });

    it('filters by status (joined, not joined, expired) on the server', async ({ admin, ids }) => {
      requirePaging(admin);
      const everyone = (await admin.listWorkspaceMembers(ids.flowWorkspaceId)).members;
      const now = Date.now();
      let counted = 0;
      for (const status of ['joined', 'not_joined', 'expired'] as const) {
        const found = await walk(admin, ids.flowWorkspaceId, { status });
        for (const member of found) checkEqual(statusOf(member, now), status, `the status of ${member.person.fullName}`);
        checkEqual(found.length, everyone.filter((member) => statusOf(member, now) === status).length, `how many are ${status}`);
        counted += found.length;
      }
      checkEqual(counted, everyone.length, 'the three statuses together');
      check(
        everyone.some((member) => statusOf(member, now) === 'not_joined'),
        'the flow workspace has a pending invitation',
      );
    });

    it('leaves out the members of listed teams when asked', async ({ admin, ids }) => {
      requirePaging(admin);
      const { members, teams } = await admin.listWorkspaceMembers(ids.team.workspaceId);
      const teamIds = new Set(teams.map((team) => team.id));
      const outside = members.filter((member) => !member.teamId || !teamIds.has(member.teamId));
      check(outside.length < members.length, 'the workspace has members who came in with a team');
      const found = await walk(admin, ids.team.workspaceId, { excludeTeamMembers: true });
      checkDeepEqual([...idsOf(found)].sort(), [...idsOf(outside)].sort(), 'the members outside teams');
      const page = await admin.listWorkspaceMembers(ids.team.workspaceId, { excludeTeamMembers: true, limit: PAGE });
      checkDeepEqual(
        page.teams.map((team) => team.id),
        teams.map((team) => team.id),
        'every team is listed on a page',
      );
    });

    it('refuses a cursor it never issued with validation', async ({ admin, ids }) => {
      requirePaging(admin);
      await rejectsWith(
        admin.listWorkspaceMembers(ids.groupWorkspaceId, { cursor: 'not-a-cursor', limit: PAGE }),
        'validation',
        'listWorkspaceMembers() with a made-up cursor',
      );
      await rejectsWith(admin.listWorkspaceMembers(ids.groupWorkspaceId, { limit: 0 }), 'validation', 'listWorkspaceMembers({ limit: 0 })');
    });
  });
}
