/**
 * The memory client's accept-invitation rules beyond the conformance suite: who gets a token,
 * signed-out callers, the accept URL option, the outbox, persistence and idempotency.
 */
import { expect } from '@open-wc/testing';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { MemoryClient } from '../../src/client/memory/memory-client.js';
import { rejection } from '../fixtures/clients.js';

const invite = (client: MemoryClient, email: string, delivery: 'contacts' | 'contacts-quietly' = 'contacts') =>
  client.inviteInternalUser({ fullName: 'Tess Token', email, delivery: { method: delivery } });

describe('memory client: accept-invitation', () => {
  it('answers a signed-out visitor: reading and accepting need no viewer', async () => {
    const admin = createMemoryClient();
    const visitor = admin.asViewer('nobody-signed-in');
    const { token, user } = await invite(admin, 'tess@example.com');
    const details = await visitor.getInvitation(token!);
    expect(details).to.include({ status: 'pending', portalName: 'Acme Portal', fullName: 'Tess Token', email: 'tess@example.com' });
    expect(details.invitedBy).to.deep.equal({ fullName: 'Avery Chen' });
    expect((await visitor.acceptInvitation({ token: token!, fullName: 'Tess Token' })).status).to.equal('active');
    expect((await admin.listInternalUsers({ query: 'tess@' })).items.map((found) => [found.id, found.status])).to.deep.equal([
      [user.id, 'active'],
    ]);
  });

  it('builds acceptUrl from the acceptUrl option, by default on linkOrigin with ?token=', async () => {
    const plain = createMemoryClient({ linkOrigin: 'https://team.example.org/' });
    const sent = await invite(plain, 'a@example.com');
    expect(sent.acceptUrl).to.equal(`https://team.example.org/accept?token=${sent.token}`);
    const custom = createMemoryClient({ acceptUrl: (token) => `https://host.example/invitations/${token}` });
    const other = await invite(custom, 'b@example.com');
    expect(other.acceptUrl).to.equal(`https://host.example/invitations/${other.token}`);
    expect(custom.sentInvitations.at(-1)).to.include({ token: other.token, acceptUrl: other.acceptUrl });
  });

  it('gives tokens to new internal users only: not to quiet invitations, clients or people already in the portal', async () => {
    const client = createMemoryClient();
    const quiet = await invite(client, 'quiet@example.com', 'contacts-quietly');
    expect(quiet).not.to.have.property('token');
    expect(quiet).not.to.have.property('expiresAt');
    const before = client.sentInvitations.length;
    await client.addWorkspaceMembers(DEMO_IDS.groupWorkspaceId, [
      { type: 'new-internal', fullName: 'Nia New', email: 'nia@example.com' },
      { type: 'new-client', fullName: 'Cleo Client', email: 'cleo@example.org' },
      { type: 'existing', personId: DEMO_IDS.activeUserId },
    ]);
    const sent = client.sentInvitations.slice(before);
    expect(sent.map((entry) => [entry.fullName, typeof entry.token])).to.deep.equal([
      ['Nia New', 'string'],
      ['Cleo Client', 'undefined'],
      ['Farid Haddad', 'undefined'],
    ]);
    const details = await client.getInvitation(sent[0]!.token!);
    expect(details.workspace).to.deep.include({ id: DEMO_IDS.groupWorkspaceId });
  });

  it('a resend to a member replaces that member’s token and keeps the workspace', async () => {
    const client = createMemoryClient();
    const first = await client.inviteInternalUser({
      fullName: 'Wes Workspace',
      email: 'wes@example.com',
      delivery: { method: 'workspace', workspaceId: DEMO_IDS.flowWorkspaceId },
    });
    const { members } = await client.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId);
    const wes = members.find((found) => found.person.id === first.user.id)!;
    const resend = await client.resendInvitation({ type: 'member', workspaceId: DEMO_IDS.flowWorkspaceId, memberId: wes.id });
    const fresh = resend.recipients[0]!;
    expect(fresh.token).to.be.a('string').and.not.equal(first.token);
    expect(fresh.acceptUrl).to.equal(`https://portal.example.com/accept?token=${fresh.token}`);
    expect((await client.getInvitation(first.token!)).status).to.equal('replaced');
    expect((await client.getInvitation(fresh.token!)).workspace?.id).to.equal(DEMO_IDS.flowWorkspaceId);
    // Resending from the Admin Portal keeps it a workspace invitation too.
    const again = await client.resendInvitation({ type: 'internal-user', userId: first.user.id });
    expect((await client.getInvitation(fresh.token!)).status).to.equal('replaced');
    await client.acceptInvitation({ token: again.recipients[0]!.token!, fullName: 'Wes Workspace' });
    const after = await client.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId);
    expect(after.members.find((found) => found.id === wes.id)?.status).to.equal('joined');
  });

  it('a client’s resend carries no token', async () => {
    const client = createMemoryClient();
    const result = await client.resendInvitation({
      type: 'member',
      workspaceId: DEMO_IDS.flowWorkspaceId,
      memberId: DEMO_IDS.notJoinedMemberId,
    });
    expect(result.recipients[0]).to.deep.equal({ id: DEMO_IDS.notJoinedMemberId, fullName: 'Rahul Mehta' });
  });

  it('revoking a member’s invitation withdraws its token', async () => {
    const client = createMemoryClient();
    await client.addWorkspaceMembers(DEMO_IDS.groupWorkspaceId, [
      { type: 'new-internal', fullName: 'Rae Revoked', email: 'rae@example.com' },
    ]);
    const { token, targetId } = client.sentInvitations.at(-1)!;
    await client.revokeInvitation({ type: 'member', workspaceId: DEMO_IDS.groupWorkspaceId, memberId: targetId });
    expect((await client.getInvitation(token!)).status).to.equal('revoked');
    expect((await rejection(client.acceptInvitation({ token: token!, fullName: 'Rae' }))).code).to.equal('permission');
  });

  it('reads accepted when the person came in another way', async () => {
    const client = createMemoryClient();
    const { token, user } = await invite(client, 'other-way@example.com');
    client.simulateInternalUserAccepted(user.id);
    expect((await client.getInvitation(token!)).status).to.equal('accepted');
    expect((await rejection(client.acceptInvitation({ token: token!, fullName: 'Again' }))).code).to.equal('conflict');
  });

  it('accepts once per idempotency key: a retried accept answers the first result', async () => {
    const client = createMemoryClient();
    const { token } = await invite(client, 'twice@example.com');
    const options = { idempotencyKey: 'accept-1' };
    const [first, second] = await Promise.all([
      client.acceptInvitation({ token: token!, fullName: 'Twice Clicked' }, options),
      client.acceptInvitation({ token: token!, fullName: 'Twice Clicked' }, options),
    ]);
    expect(second).to.deep.equal(first);
    expect(client.callCount('acceptInvitation')).to.equal(2);
  });

  it('keeps tokens across snapshot and storage', async () => {
    let stored: string | null = null;
    const storage = { load: () => stored, save: (json: string) => void (stored = json) };
    const client = createMemoryClient({ storage });
    const { token } = await invite(client, 'kept@example.com');
    const fromSnapshot = createMemoryClient({ seed: client.snapshot() });
    expect((await fromSnapshot.getInvitation(token!)).status).to.equal('pending');
    const reloaded = createMemoryClient({ storage });
    await reloaded.acceptInvitation({ token: token!, fullName: 'Kept Person' });
    expect((await createMemoryClient({ storage }).getInvitation(token!)).status).to.equal('accepted');
  });

  it('the outbox lists sent messages newest first with their invitation’s status', async () => {
    const client = createMemoryClient();
    const first = await invite(client, 'one@example.com');
    await client.resendInvitation({ type: 'internal-user', userId: first.user.id });
    await invite(client, 'two@example.com');
    const outbox = client.outbox();
    expect(outbox.map((entry) => [entry.to, entry.kind, entry.status])).to.deep.equal([
      ['two@example.com', 'portal', 'pending'],
      ['one@example.com', 'resend', 'pending'],
      ['one@example.com', 'portal', 'replaced'],
    ]);
    expect(outbox[0]!.acceptUrl).to.equal(`https://portal.example.com/accept?token=${outbox[0]!.token}`);
    expect(() => (outbox as unknown[]).push({})).to.throw(TypeError);
  });

  it('takes the accepted name, normalised, and refuses a blank one without changing anything', async () => {
    const client = createMemoryClient();
    const { token } = await invite(client, 'named@example.com');
    const before = client.snapshot();
    const error = await rejection(client.acceptInvitation({ token: token!, fullName: '  ' }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.property('fullName');
    expect(client.snapshot()).to.deep.equal(before);
    const user = await client.acceptInvitation({ token: token!, fullName: '  Named   Person ' });
    expect(user.fullName).to.equal('Named Person');
  });
});
