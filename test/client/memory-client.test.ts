/**
 * What the conformance suite cannot see from the contract alone: the memory client's own
 * controls (failure injection, latency, storage, the sent log, reset, simulations), the
 * demo seed the stories rely on, and the large generated workspace.
 */
import { expect } from '@open-wc/testing';
import { ERROR_TEXTS, INVITE_KIT_ERROR_CODES, InviteKitError } from '../../src/client/errors.js';
import { englishMessages } from '../../src/i18n/catalogue.js';
import '../../src/i18n/common.messages.js';
import { INVITE_CLIENT_OPERATIONS } from '../../src/client/invite-client.js';
import { WorkspaceMemberSchema } from '../../src/client/schemas.js';
import type { ChangeEvent } from '../../src/client/types.js';
import { createMemoryClient, DEMO_IDS, demoSeed, seedManyInternalUsers, seedManyMembers } from '../../src/client/memory/memory-client.js';
import type { MemoryClient, MemorySeed } from '../../src/client/memory/memory-client.js';
import { rejection } from '../fixtures/clients.js';

const DAY = 24 * 60 * 60 * 1000;

const invite = (client: MemoryClient, email: string, options = {}) =>
  client.inviteInternalUser({ fullName: 'Test Person', email, delivery: { method: 'contacts' } }, options);

/** A storage like localStorage's, in memory. */
function memoryStorage(initial: string | null = null) {
  const storage = {
    value: initial,
    saves: 0,
    load: () => storage.value,
    save: (json: string) => {
      storage.value = json;
      storage.saves += 1;
    },
  };
  return storage;
}

describe('createMemoryClient', () => {
  describe('failNext', () => {
    for (const code of INVITE_KIT_ERROR_CODES) {
      it(`fails the next call with ${code} and leaves the portal untouched`, async () => {
        const client = createMemoryClient();
        const before = client.snapshot();
        client.failNext('inviteInternalUser', code);
        const error = await rejection(invite(client, 'fail@example.com'));
        expect(error).to.be.instanceOf(InviteKitError);
        expect(error.code).to.equal(code);
        expect(error.message).to.be.a('string').and.not.empty;
        expect(client.snapshot()).to.deep.equal(before);
        expect(client.sentInvitations).to.have.length(0);
        // Only the next call: the one after it goes through.
        await invite(client, 'fail@example.com');
      });
    }

    it('says what each code means in the one English text the elements and the fetch client use too', async () => {
      const client = createMemoryClient();
      for (const code of INVITE_KIT_ERROR_CODES) {
        client.failNext('getViewer', code);
        const { message } = await rejection(client.getViewer());
        expect(message, code).to.equal(ERROR_TEXTS[code]);
        expect(englishMessages()[`error.${code}`], code).to.equal(ERROR_TEXTS[code]);
      }
    });

    it('fails `times` calls in a row, with retryAfter and fieldErrors', async () => {
      const client = createMemoryClient();
      client.failNext('listWorkspaces', 'rate_limited', { times: 2, retryAfter: 30 });
      client.failNext('inviteInternalUser', 'validation', { fieldErrors: { userId: 'validation.userIdInvalid' } });
      expect((await rejection(client.listWorkspaces())).retryAfter).to.equal(30);
      expect((await rejection(client.listWorkspaces())).code).to.equal('rate_limited');
      expect(await client.listWorkspaces()).to.have.length(3);
      expect((await rejection(invite(client, 'x@example.com'))).fieldErrors).to.deep.equal({ userId: 'validation.userIdInvalid' });
    });

    it('throws a given error instance as it is, and queues failures in order', async () => {
      const client = createMemoryClient();
      const custom = new InviteKitError('conflict', 'Custom conflict.');
      client.failNext('getViewer', custom);
      client.failNext('getViewer', 'network');
      expect(await rejection(client.getViewer())).to.equal(custom);
      expect((await rejection(client.getViewer())).code).to.equal('network');
      expect((await client.getViewer()).id).to.equal(DEMO_IDS.adminId);
    });

    it('clearFailures forgets every planned failure', async () => {
      const client = createMemoryClient();
      client.failNext('getViewer', 'unknown', { times: 3 });
      client.clearFailures();
      expect((await client.getViewer()).id).to.equal(DEMO_IDS.adminId);
    });

    it('an injected failure is not remembered under the idempotency key, so the retry succeeds', async () => {
      const client = createMemoryClient();
      client.failNext('inviteInternalUser', 'network');
      const options = { idempotencyKey: 'retry-me' };
      expect((await rejection(invite(client, 'retry@example.com', options))).code).to.equal('network');
      const result = await invite(client, 'retry@example.com', options);
      expect(result.user.email).to.equal('retry@example.com');
      expect(client.sentInvitations).to.have.length(1);
    });

    it('works for every operation of the contract', async () => {
      const client = createMemoryClient();
      for (const operation of INVITE_CLIENT_OPERATIONS) client.failNext(operation, 'unavailable');
      const calls: Record<string, () => Promise<unknown>> = {
        getViewer: () => client.getViewer(),
        inviteInternalUser: () => invite(client, 'all@example.com'),
        getInviteLink: () => client.getInviteLink(),
        refreshInviteLink: () => client.refreshInviteLink(),
        updateInviteLinkSettings: () => client.updateInviteLinkSettings({ expiresInDays: 7 }),
        checkInviteLink: () => client.checkInviteLink('https://portal.example.com/join/x'),
        signUpWithInviteLink: () => client.signUpWithInviteLink({ url: 'x', fullName: 'A', email: 'a@example.com' }),
        listWorkspaces: () => client.listWorkspaces(),
        getWorkspace: () => client.getWorkspace(DEMO_IDS.flowWorkspaceId),
        listWorkspaceMembers: () => client.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId),
        getWorkspaceLink: () => client.getWorkspaceLink(DEMO_IDS.flowWorkspaceId),
        setWorkspaceLinkViewing: () => client.setWorkspaceLinkViewing(DEMO_IDS.flowWorkspaceId, true),
        listJoinRequests: () => client.listJoinRequests(DEMO_IDS.flowWorkspaceId),
        approveJoinRequest: () => client.approveJoinRequest(DEMO_IDS.flowWorkspaceId, DEMO_IDS.flowJoinRequestId, 'client'),
        declineJoinRequest: () => client.declineJoinRequest(DEMO_IDS.flowWorkspaceId, DEMO_IDS.flowJoinRequestId),
        searchDirectory: () => client.searchDirectory({ query: '' }),
        addWorkspaceMembers: () =>
          client.addWorkspaceMembers(DEMO_IDS.groupWorkspaceId, [{ type: 'existing', personId: DEMO_IDS.activeUserId }]),
        resendInvitation: () => client.resendInvitation({ type: 'internal-user', userId: DEMO_IDS.pendingUserId }),
        revokeInvitation: () => client.revokeInvitation({ type: 'internal-user', userId: DEMO_IDS.pendingUserId }),
        listInternalUsers: () => client.listInternalUsers(),
        getInvitation: () => client.getInvitation('x'),
        acceptInvitation: () => client.acceptInvitation({ token: 'x', fullName: 'A' }),
        getWorkspaceLinkDetails: () => client.getWorkspaceLinkDetails('https://portal.example.com/w/x'),
        requestToJoinWorkspace: () =>
          client.requestToJoinWorkspace({ url: 'https://portal.example.com/w/x', fullName: 'A', email: 'a@example.com' }),
        getJoinRequestStatus: () => client.getJoinRequestStatus('jr-x'),
      };
      const before = client.snapshot();
      for (const operation of INVITE_CLIENT_OPERATIONS) {
        expect((await rejection(calls[operation]!())).code, operation).to.equal('unavailable');
        expect(client.callCount(operation), operation).to.equal(1);
      }
      expect(client.snapshot()).to.deep.equal(before);
    });
  });

  describe('latency and abort', () => {
    it('waits the latency on real timers', async () => {
      const client = createMemoryClient({ latency: 300 });
      const started = performance.now();
      await client.listWorkspaces();
      expect(performance.now() - started).to.be.at.least(295);
      client.setLatency(0);
      const again = performance.now();
      await client.listWorkspaces();
      // Well under the latency it had: the wait is gone (a loose bound, as machines stall).
      expect(performance.now() - again).to.be.below(150);
    });

    it('draws the latency from a range', async () => {
      const client = createMemoryClient({ latency: { min: 40, max: 60 } });
      const started = performance.now();
      await client.getViewer();
      const took = performance.now() - started;
      expect(took).to.be.at.least(35);
      expect(took).to.be.below(1500);
    });

    it('an abort during the latency rejects at once and changes nothing', async () => {
      const client = createMemoryClient({ latency: 2000 });
      const before = client.snapshot();
      const controller = new AbortController();
      const started = performance.now();
      const call = invite(client, 'slow@example.com', { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      const error = await rejection(call);
      expect(error.name).to.equal('AbortError');
      expect(error).to.be.instanceOf(DOMException);
      expect(performance.now() - started).to.be.below(1000);
      client.setLatency(0);
      expect(client.snapshot()).to.deep.equal(before);
      expect(client.callCount('inviteInternalUser')).to.equal(1);
    });

    it('a shared idempotent call keeps running while one of its callers still waits', async () => {
      const client = createMemoryClient({ latency: 100 });
      const leaving = new AbortController();
      const options = { idempotencyKey: 'shared' };
      const first = invite(client, 'shared@example.com', { ...options, signal: leaving.signal });
      const second = invite(client, 'shared@example.com', options);
      leaving.abort();
      expect((await rejection(first)).name).to.equal('AbortError');
      const result = await second;
      expect(result.user.email).to.equal('shared@example.com');
      expect(client.sentInvitations).to.have.length(1);
    });

    it('a call every caller aborted is forgotten, so the same key can run again', async () => {
      const client = createMemoryClient({ latency: 50 });
      const controller = new AbortController();
      const options = { idempotencyKey: 'abandoned' };
      const call = invite(client, 'again@example.com', { ...options, signal: controller.signal });
      controller.abort();
      expect((await rejection(call)).name).to.equal('AbortError');
      const result = await invite(client, 'again@example.com', options);
      expect(result.user.email).to.equal('again@example.com');
    });
  });

  describe('storage', () => {
    it('saves after every change and starts from what was saved', async () => {
      const storage = memoryStorage();
      const client = createMemoryClient({ storage });
      await client.listWorkspaces();
      expect(storage.saves).to.equal(0);
      const { user } = await invite(client, 'kept@example.com');
      expect(storage.saves).to.equal(1);
      expect(JSON.parse(storage.value!).internalUsers.some((saved: { id: string }) => saved.id === user.id)).to.equal(true);

      const reloaded = createMemoryClient({ storage });
      const { items } = await reloaded.listInternalUsers({ query: 'kept@example.com' });
      expect(items.map((found) => found.id)).to.deep.equal([user.id]);
    });

    for (const [what, stored] of [
      ['not JSON', '{"version": 1, '],
      ['JSON of another shape', '{"version": 2, "people": []}'],
      ['a JSON string', '"hello"'],
    ] as const) {
      it(`ignores stored state that is ${what}`, async () => {
        const client = createMemoryClient({ storage: memoryStorage(stored) });
        expect((await client.listWorkspaces()).map((workspace) => workspace.id)).to.include(DEMO_IDS.flowWorkspaceId);
      });
    }

    it('keeps working when saving fails', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const client = createMemoryClient({
          storage: {
            load: () => null,
            save: () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            },
          },
        });
        const { user } = await invite(client, 'unsaved@example.com');
        expect(user.email).to.equal('unsaved@example.com');
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('reset puts the portal back to the seed and saves that', async () => {
      const storage = memoryStorage();
      const client = createMemoryClient({ storage });
      const initial = client.snapshot();
      await invite(client, 'gone@example.com');
      await client.refreshInviteLink();
      client.reset();
      expect(client.snapshot()).to.deep.equal(initial);
      expect(JSON.parse(storage.value!)).to.deep.equal(JSON.parse(JSON.stringify(initial)));
    });
  });

  describe('sentInvitations', () => {
    it('records each message with its kind, recipient and target', async () => {
      const client = createMemoryClient();
      const portal = await invite(client, 'portal@example.com');
      const workspace = await client.inviteInternalUser({
        fullName: 'Wren Workspace',
        phone: '+1 415 555 0166',
        delivery: { method: 'workspace', workspaceId: DEMO_IDS.groupWorkspaceId },
      });
      await client.inviteInternalUser({ fullName: 'Quinn Quiet', email: 'quiet@example.com', delivery: { method: 'contacts-quietly' } });
      await client.resendInvitation({ type: 'member', workspaceId: DEMO_IDS.flowWorkspaceId, memberId: DEMO_IDS.notJoinedMemberId });
      const { members } = await client.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId);
      const wren = members.find((member) => member.person.id === workspace.user.id)!;

      const log = client.sentInvitations.map(({ at, ...entry }) => {
        expect(Number.isNaN(Date.parse(at))).to.equal(false);
        return entry;
      });
      // Messages to new internal users link to the accept page with the invitation's token; a client's carries none.
      const accept = (token: string | undefined) => ({ token, acceptUrl: `https://portal.example.com/accept?token=${token}` });
      expect(log).to.deep.equal([
        { to: 'portal@example.com', fullName: 'Test Person', kind: 'portal', targetId: portal.user.id, ...accept(portal.token) },
        {
          to: '+14155550166',
          fullName: 'Wren Workspace',
          kind: 'workspace',
          targetId: wren.id,
          workspaceId: DEMO_IDS.groupWorkspaceId,
          ...accept(workspace.token),
        },
        {
          to: 'rahul.mehta@example.org',
          fullName: 'Rahul Mehta',
          kind: 'resend',
          targetId: DEMO_IDS.notJoinedMemberId,
          workspaceId: DEMO_IDS.flowWorkspaceId,
        },
      ]);
    });

    it('is read-only', () => {
      const client = createMemoryClient();
      expect(() => (client.sentInvitations as unknown[]).push({})).to.throw(TypeError);
    });
  });

  describe('seeds', () => {
    it('starts the demo portal described in DEMO_IDS', async () => {
      const now = new Date('2026-03-10T12:00:00.000Z');
      const client = createMemoryClient({ now: () => now });
      expect(await client.getViewer()).to.include({ id: DEMO_IDS.adminId, fullName: 'Avery Chen', isPortalAdmin: true });
      const { items } = await client.listInternalUsers({ limit: 500 });
      const casey = items.find((user) => user.id === DEMO_IDS.pendingUserId)!;
      expect(casey).to.include({ fullName: 'Casey Morgan', phone: '+14155550123', status: 'invited' });
      expect(now.getTime() - Date.parse(casey.invitation!.sentAt)).to.equal(3 * DAY);
      expect(Date.parse(casey.invitation!.expiresAt!)).to.be.above(now.getTime());
      const dana = items.find((user) => user.id === DEMO_IDS.expiredUserId)!;
      expect(now.getTime() - Date.parse(dana.invitation!.sentAt)).to.equal(10 * DAY);
      expect(Date.parse(dana.invitation!.expiresAt!)).to.be.below(now.getTime());
      expect(items.length).to.be.within(10, 16);

      expect(await client.getWorkspace(DEMO_IDS.flowWorkspaceId)).to.deep.equal({ id: 'ws-flow', name: 'Client Onboarding', kind: 'flow' });
      expect(await client.getWorkspace(DEMO_IDS.groupWorkspaceId)).to.deep.equal({ id: 'ws-group', name: 'Design Team', kind: 'group' });
      const group = await client.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId);
      expect(group.teams).to.deep.equal([
        { id: 't-support', workspaceId: 'ws-group', name: 'Support Team', memberCount: 6, notJoinedCount: 2, role: 'editor' },
      ]);
      const flow = await client.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId);
      expect(new Set(flow.members.map((member) => member.role))).to.deep.equal(new Set(['owner', 'editor', 'viewer']));
      expect(new Set(flow.members.map((member) => member.person.type))).to.deep.equal(new Set(['internal', 'client']));
      const sofia = flow.members.find((member) => member.id === DEMO_IDS.expiredMemberId)!;
      expect(Date.parse(sofia.invitation!.expiresAt!)).to.be.below(now.getTime());

      expect(await client.listJoinRequests(DEMO_IDS.flowWorkspaceId)).to.have.length(2);
      expect(await client.listJoinRequests(DEMO_IDS.groupWorkspaceId)).to.have.length(1);
      expect((await client.getInviteLink()).url).to.equal(`https://portal.example.com/join/${DEMO_IDS.inviteLinkToken}`);
      const flowLink = await client.getWorkspaceLink(DEMO_IDS.flowWorkspaceId);
      expect(flowLink.includesViewing).to.equal(false);
      expect(flowLink.url).to.match(/^https:\/\/portal\.example\.com\/w\/ws-flow\/join\/\w+$/);
      expect(await client.asViewer(DEMO_IDS.nonAdminId).getViewer()).to.include({ fullName: 'Blake Rivera', isPortalAdmin: false });
    });

    it('uses only reserved example domains and 555 numbers', () => {
      const json = JSON.stringify(demoSeed(new Date()));
      for (const [, domain] of json.matchAll(/@([\w.-]+)/g)) expect(domain).to.match(/(^|\.)example(\.com|\.org)?$/);
      for (const [phone] of json.matchAll(/\+1\d{10}/g)) expect(phone.slice(5, 8)).to.equal('555');
    });

    it('starts an empty portal with only its admin', async () => {
      const client = createMemoryClient({ seed: 'empty' });
      expect(await client.listWorkspaces()).to.deep.equal([]);
      expect((await client.listInternalUsers()).items.map((user) => user.id)).to.deep.equal([DEMO_IDS.adminId]);
    });

    it('starts from a snapshot', async () => {
      const first = createMemoryClient();
      const { user } = await invite(first, 'snap@example.com');
      const second = createMemoryClient({ seed: first.snapshot() });
      expect((await second.listInternalUsers({ query: 'snap@example.com' })).items[0]!.id).to.equal(user.id);
      // New ids in the copy never collide with the ones the original handed out.
      const next = await invite(second, 'snap2@example.com');
      expect(next.user.id).not.to.equal(user.id);
    });

    it('refuses a seed that is not a portal', () => {
      expect(() => createMemoryClient({ seed: { version: 1 } as unknown as MemorySeed })).to.throw(TypeError);
    });

    // How fast this is belongs to `npm run bench`, not to a unit test on a shared machine.
    it('generates 100,000 distinct, valid members without touching the original seed', async () => {
      const seed = demoSeed(new Date());
      const large = seedManyMembers(seed, 'ws-all-hands', 100_000);
      expect(seed.members.length, 'the original seed is untouched').to.be.below(100);

      const client = createMemoryClient({ seed: large });
      const { members } = await client.listWorkspaceMembers('ws-all-hands');
      expect(members).to.have.length(100_000);
      expect(new Set(members.map((member) => member.id)).size).to.equal(100_000);
      for (const index of [0, 1, 4, 99_999]) WorkspaceMemberSchema.parse(members[index]);
      expect(members.some((member) => member.status === 'not_joined')).to.equal(true);
      expect(members.some((member) => member.person.type === 'internal')).to.equal(true);
      expect((await client.getWorkspace('ws-all-hands')).kind).to.equal('group');
      const page = await client.searchDirectory({ query: 'garcia', limit: 5 });
      expect(page.items).to.have.length(5);
      expect(page.nextCursor).to.be.a('string');
    });

    it('pages a 100,000-member workspace: stable order, opaque cursor, server-side filter and status', async () => {
      const client = createMemoryClient({ largeWorkspace: { workspaceId: 'ws-all-hands', members: 100_000 } });
      const everyone = (await client.listWorkspaceMembers('ws-all-hands')).members;
      const first = await client.listWorkspaceMembers('ws-all-hands', { limit: 100 });
      expect(first.members.map((member) => member.id)).to.deep.equal(everyone.slice(0, 100).map((member) => member.id));
      expect(first.total).to.equal(100_000);
      expect(first.nextCursor).to.be.a('string').and.not.match(/^\d+$/u);
      const second = await client.listWorkspaceMembers('ws-all-hands', { limit: 100, cursor: first.nextCursor });
      expect(second.members[0]!.id).to.equal(everyone[100]!.id);
      const jumped = await client.listWorkspaceMembers('ws-all-hands', { limit: 100, offset: 50_000 });
      expect(jumped.members[0]!.id).to.equal(everyone[50_000]!.id);
      const last = await client.listWorkspaceMembers('ws-all-hands', { limit: 100, offset: 99_950 });
      expect(last.members).to.have.length(50);
      expect(last).not.to.have.property('nextCursor');

      const name = everyone[12_345]!.person.fullName;
      const byName = await client.listWorkspaceMembers('ws-all-hands', { query: name.toUpperCase(), limit: 10 });
      expect(byName.total).to.equal(everyone.filter((member) => member.person.fullName.toLowerCase().includes(name.toLowerCase())).length);
      expect(byName.members.every((member) => member.person.fullName.toLowerCase().includes(name.toLowerCase()))).to.equal(true);
      const joined = await client.listWorkspaceMembers('ws-all-hands', { status: 'joined', limit: 1 });
      expect(joined.total).to.equal(everyone.filter((member) => member.status === 'joined').length);
      const notJoined = await client.listWorkspaceMembers('ws-all-hands', { status: 'not_joined', limit: 1 });
      const expired = await client.listWorkspaceMembers('ws-all-hands', { status: 'expired', limit: 1 });
      expect(notJoined.total! + expired.total!).to.equal(100_000 - joined.total!);
      expect(expired.total).to.be.above(0);

      const error = await rejection(client.listWorkspaceMembers('ws-all-hands', { cursor: btoa('directory:5') }));
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.have.property('cursor');
    });

    it('ignores paging input where memberPaging is off, answering everything as a backend without paging does', async () => {
      const client = createMemoryClient({ capabilities: { memberPaging: false } });
      const all = await client.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId);
      const asked = await client.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId, { limit: 1, query: 'zzz', cursor: 'junk' });
      expect(asked).to.deep.equal(all);
      expect(asked).not.to.have.property('nextCursor');
      expect(asked).not.to.have.property('total');
    });

    it('generates thousands of internal users with contacts nobody else has', async () => {
      const seed = seedManyInternalUsers(seedManyMembers(demoSeed(new Date()), 'ws-all-hands', 5_000), 10_000);
      const contacts = [...seed.internalUsers, ...seed.clients].map((person) => person.email ?? person.phone);
      expect(new Set(contacts).size).to.equal(contacts.length);
      for (const user of seed.internalUsers) if (user.phone) expect(user.phone).to.match(/^\+1\d{3}55501\d{2}$/);

      const client = createMemoryClient({ seed });
      const page = await client.listInternalUsers({ sort: 'invited', direction: 'desc', limit: 50 });
      expect(seed.internalUsers.length).to.be.above(10_000);
      expect(page.total).to.equal(seed.internalUsers.length);
      expect(page.items).to.have.length(50);
    });

    it('fills a large workspace through the largeWorkspace option', async () => {
      const client = createMemoryClient({ largeWorkspace: { workspaceId: DEMO_IDS.groupWorkspaceId, members: 10_000 } });
      const { members, teams } = await client.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId);
      // The demo's twelve members of the Design Team, and ten thousand more.
      expect(members.length).to.equal(10_000 + 12);
      expect(teams[0]!.memberCount).to.equal(6);
    });
  });

  describe('options', () => {
    it('builds links on linkOrigin', async () => {
      const client = createMemoryClient({ linkOrigin: 'https://acme.example.org/portal/' });
      const { url } = await client.getInviteLink();
      expect(url).to.equal(`https://acme.example.org/portal/join/${DEMO_IDS.inviteLinkToken}`);
      expect(await client.checkInviteLink(url)).to.include({ valid: true });
    });

    it('names the portal on a link check, and its allowed domains where it limits them', async () => {
      const client = createMemoryClient();
      const { url } = await client.getInviteLink();
      expect(await client.checkInviteLink(url)).to.deep.equal({ valid: true, portalName: 'Acme Portal' });
      await client.updateInviteLinkSettings({ allowedDomains: ['example.org'] });
      expect(await client.checkInviteLink(url)).to.deep.equal({ valid: true, portalName: 'Acme Portal', allowedDomains: ['example.org'] });
      expect(await client.checkInviteLink('https://elsewhere.example/join/x')).to.deep.equal({ valid: false, reason: 'unknown' });
      const named = createMemoryClient({ seed: { ...client.snapshot(), portalName: 'Northwind Portal' } });
      expect((await named.checkInviteLink(url)).portalName).to.equal('Northwind Portal');
    });

    it('sets how long invitations last with invitationTtlDays', async () => {
      const now = new Date('2026-03-10T12:00:00.000Z');
      const never = createMemoryClient({ now: () => now, invitationTtlDays: null });
      expect((await invite(never, 'never@example.com')).user.invitation!.expiresAt).to.equal(null);
      const oneDay = createMemoryClient({ now: () => now, invitationTtlDays: 1 });
      expect((await invite(oneDay, 'day@example.com')).user.invitation!.expiresAt).to.equal('2026-03-11T12:00:00.000Z');
    });

    it('an invitation expires on the clock and a resend renews it', async () => {
      let now = Date.parse('2026-03-10T12:00:00.000Z');
      const client = createMemoryClient({ now: () => new Date(now) });
      const { user } = await invite(client, 'later@example.com');
      now += 8 * DAY;
      const stale = (await client.listInternalUsers({ query: 'later@example.com' })).items[0]!;
      expect(Date.parse(stale.invitation!.expiresAt!)).to.be.below(now);
      const result = await client.resendInvitation({ type: 'internal-user', userId: user.id });
      expect(Date.parse(result.expiresAt!)).to.equal(now + 7 * DAY);
      const renewed = (await client.listInternalUsers({ query: 'later@example.com' })).items[0]!;
      expect(renewed.invitation).to.deep.equal({ sentAt: user.invitation!.sentAt, lastSentAt: result.sentAt, expiresAt: result.expiresAt });
    });

    it('setViewer and asViewer act as other people on the same portal', async () => {
      const client = createMemoryClient();
      const blake = client.asViewer(DEMO_IDS.nonAdminId);
      expect((await rejection(blake.listInternalUsers())).code).to.equal('permission');
      await blake.setWorkspaceLinkViewing(DEMO_IDS.flowWorkspaceId, true);
      expect((await client.getWorkspaceLink(DEMO_IDS.flowWorkspaceId)).includesViewing).to.equal(true);
      client.setViewer(DEMO_IDS.nonAdminId);
      expect((await rejection(invite(client, 'nope@example.com'))).code).to.equal('permission');
      client.setViewer('u-nobody');
      expect((await rejection(client.getViewer())).code).to.equal('permission');
    });
  });

  describe('rules beyond the contract suite', () => {
    it('adds all or nobody', async () => {
      const client = createMemoryClient();
      const error = await rejection(
        client.addWorkspaceMembers(DEMO_IDS.flowWorkspaceId, [
          { type: 'existing', personId: DEMO_IDS.activeUserId },
          { type: 'existing', personId: DEMO_IDS.clientId },
        ]),
      );
      expect(error.code).to.equal('conflict');
      expect(error.message).to.contain('Olivia Bennett');
      const { members } = await client.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId);
      expect(members.some((member) => member.person.id === DEMO_IDS.activeUserId)).to.equal(false);
    });

    it('names which of several people needs fixing', async () => {
      const client = createMemoryClient();
      const error = await rejection(
        client.addWorkspaceMembers(DEMO_IDS.flowWorkspaceId, [
          { type: 'new-client', fullName: 'Fine Person', email: 'fine@example.com' },
          { type: 'new-client', fullName: 'No Contact' },
        ]),
      );
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.deep.equal({ contact: 'validation.contactRequired' });
      expect(error.message).to.contain('Person 2 of 2');
    });

    it('approving someone already in the portal adds them, without a second account', async () => {
      const client = createMemoryClient();
      const request = await client.simulateJoinRequest(DEMO_IDS.groupWorkspaceId, {
        fullName: 'Rahul M.',
        email: 'rahul.mehta@example.org',
      });
      expect((await rejection(client.approveJoinRequest(DEMO_IDS.groupWorkspaceId, request.id, 'internal'))).code).to.equal('conflict');
      const member = await client.approveJoinRequest(DEMO_IDS.groupWorkspaceId, request.id, 'client');
      expect(member.person).to.include({ id: 'c-rahul', fullName: 'Rahul Mehta' });
    });

    it('revoking an invited internal user removes their workspace memberships too', async () => {
      const client = createMemoryClient();
      await client.revokeInvitation({ type: 'internal-user', userId: DEMO_IDS.pendingUserId });
      const { members } = await client.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId);
      expect(members.some((member) => member.person.id === DEMO_IDS.pendingUserId)).to.equal(false);
      expect(
        (await rejection(client.asViewer(DEMO_IDS.nonAdminId).revokeInvitation({ type: 'internal-user', userId: 'u-giulia' }))).code,
      ).to.equal('permission');
    });

    it('revoking a team withdraws every not-joined member of it', async () => {
      const client = createMemoryClient();
      await client.revokeInvitation({ type: 'team', workspaceId: DEMO_IDS.groupWorkspaceId, teamId: DEMO_IDS.supportTeamId });
      const { teams } = await client.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId);
      expect(teams[0]).to.include({ memberCount: 4, notJoinedCount: 0 });
    });

    it('is a conflict to give a new internal user a User ID someone has', async () => {
      const client = createMemoryClient();
      const error = await rejection(
        client.inviteInternalUser({ fullName: 'B R', email: 'br@example.com', userId: 'BLAKE.R', delivery: { method: 'contacts' } }),
      );
      expect(error.code).to.equal('conflict');
      expect(error.fieldErrors).to.have.property('userId');
    });

    it('returned objects are copies', async () => {
      const client = createMemoryClient();
      const viewer = await client.getViewer();
      viewer.fullName = 'Someone Else';
      const link = await client.getInviteLink();
      link.allowedDomains.push('evil.example');
      expect((await client.getViewer()).fullName).to.equal('Avery Chen');
      expect((await client.getInviteLink()).allowedDomains).to.deep.equal([]);
    });
  });

  describe('live updates', () => {
    it('simulations change the portal and announce it', async () => {
      const client = createMemoryClient();
      const events: ChangeEvent[] = [];
      const stop = client.subscribe((event) => events.push(event));

      client.simulateMemberJoined(DEMO_IDS.flowWorkspaceId, DEMO_IDS.notJoinedMemberId);
      const rahul = (await client.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId)).members.find((m) => m.id === DEMO_IDS.notJoinedMemberId)!;
      expect(rahul.status).to.equal('joined');
      expect(rahul).not.to.have.property('invitation');

      const request = client.simulateJoinRequest(DEMO_IDS.flowWorkspaceId, { fullName: 'Ama Owusu', email: 'ama@example.org' });
      expect((await client.listJoinRequests(DEMO_IDS.flowWorkspaceId)).map((found) => found.id)).to.include(request.id);

      client.simulateInternalUserAccepted(DEMO_IDS.pendingUserId);
      const casey = (await client.listInternalUsers({ query: 'Casey' })).items[0]!;
      expect(casey.status).to.equal('active');

      expect(events).to.deep.equal([
        { type: 'members-changed', workspaceId: DEMO_IDS.flowWorkspaceId },
        { type: 'join-requests-changed', workspaceId: DEMO_IDS.flowWorkspaceId },
        { type: 'internal-users-changed' },
      ]);
      stop();
      client.simulateJoinRequest(DEMO_IDS.flowWorkspaceId, { fullName: 'After Stop' });
      expect(events).to.have.length(3);
    });

    it('a member who joins activates their pending portal invitation', async () => {
      const client = createMemoryClient();
      client.simulateMemberJoined(DEMO_IDS.flowWorkspaceId, 'm-flow-casey');
      const casey = (await client.listInternalUsers({ query: 'Casey' })).items[0]!;
      expect(casey.status).to.equal('active');
    });

    it('simulations of unknown things are not_found', () => {
      const client = createMemoryClient();
      expect(() => client.simulateMemberJoined(DEMO_IDS.flowWorkspaceId, 'm-nobody')).to.throw(InviteKitError);
      expect(() => client.simulateInternalUserAccepted('u-nobody')).to.throw(InviteKitError);
      expect(() => client.simulateJoinRequest('ws-nowhere', { fullName: 'A' })).to.throw(InviteKitError);
    });

    it('reset announces that everything changed', () => {
      const client = createMemoryClient();
      const events: ChangeEvent[] = [];
      client.subscribe((event) => events.push(event));
      client.reset();
      expect(events).to.deep.include({ type: 'invite-link-changed' });
      expect(events).to.deep.include({ type: 'members-changed', workspaceId: DEMO_IDS.groupWorkspaceId });
    });

    it('says nothing when live updates are switched off', async () => {
      const client = createMemoryClient({ capabilities: { liveUpdates: false } });
      const events: ChangeEvent[] = [];
      client.subscribe((event) => events.push(event));
      await invite(client, 'silent@example.com');
      client.simulateJoinRequest(DEMO_IDS.flowWorkspaceId, { fullName: 'Quiet Request' });
      expect(events).to.deep.equal([]);
    });
  });
});
