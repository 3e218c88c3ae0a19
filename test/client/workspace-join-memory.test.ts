/**
 * The memory client's rules for the page a workspace link opens, beyond what the conformance
 * suite can see through the contract: a signed-out visitor, ids nobody can guess, outcomes
 * that survive a snapshot, live changes, and the replaced-link simulation.
 */
import { expect } from '@open-wc/testing';
import type { ChangeEvent } from '../../src/client/types.js';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import { rejection } from '../fixtures/clients.js';

const GROUP = DEMO_IDS.groupWorkspaceId;

function portal() {
  const admin = createMemoryClient();
  return { admin, visitor: admin.asViewer('nobody-signed-in') };
}

describe('memory client: workspace join requests', () => {
  it('answers a signed-out visitor: details without viewerStatus, a request, and its status', async () => {
    const { admin, visitor } = portal();
    const { url } = await admin.getWorkspaceLink(GROUP);
    const details = await visitor.getWorkspaceLinkDetails(url);
    expect(details).to.deep.equal({
      valid: true,
      portalName: 'Acme Portal',
      workspace: { id: GROUP, name: 'Design Team', kind: 'group' },
      includesViewing: true,
    });
    const request = await visitor.requestToJoinWorkspace({ url, fullName: 'Ada Lovelace', email: 'ADA@example.org' });
    expect(request.status).to.equal('pending');
    expect(request.workspaceName).to.equal('Design Team');
    expect((await visitor.getJoinRequestStatus(request.id)).status).to.equal('pending');
    // The same person asking again, by the same address in another case: the same request.
    expect((await visitor.requestToJoinWorkspace({ url, fullName: 'Ada Lovelace', email: 'ada@example.org' })).id).to.equal(request.id);
  });

  it('gives requests made through a link ids nobody can guess', async () => {
    const { admin, visitor } = portal();
    const { url } = await admin.getWorkspaceLink(GROUP);
    const first = await visitor.requestToJoinWorkspace({ url, fullName: 'Ada Lovelace', email: 'ada@example.org' });
    const second = await visitor.requestToJoinWorkspace({ url, fullName: 'Grace Hopper', email: 'grace@example.org' });
    expect(first.id).to.match(/^jr-[A-Za-z0-9]{12}$/u);
    expect(second.id).to.not.equal(first.id);
  });

  it('keeps an answered request’s outcome in a snapshot, so a stored demo portal still knows it', async () => {
    const { admin, visitor } = portal();
    const { url } = await admin.getWorkspaceLink(GROUP);
    const request = await visitor.requestToJoinWorkspace({ url, fullName: 'Ada Lovelace', phone: '+1 415 555 0100' });
    await admin.approveJoinRequest(GROUP, request.id, 'client');
    const restored = createMemoryClient({ seed: admin.snapshot() });
    expect(await restored.getJoinRequestStatus(request.id)).to.include({ status: 'approved', approvedAs: 'client' });
    // Seeded requests answered in the panel are kept too.
    await admin.declineJoinRequest(GROUP, DEMO_IDS.groupJoinRequestId);
    expect((await visitor.getJoinRequestStatus(DEMO_IDS.groupJoinRequestId)).status).to.equal('declined');
  });

  it('announces a new request to the workspace’s listeners (the Members panel)', async () => {
    const { admin, visitor } = portal();
    const { url } = await admin.getWorkspaceLink(GROUP);
    const changes: ChangeEvent[] = [];
    const stop = admin.subscribe((change) => changes.push(change));
    await visitor.requestToJoinWorkspace({ url, fullName: 'Ada Lovelace', email: 'ada@example.org' });
    stop();
    expect(changes).to.deep.include({ type: 'join-requests-changed', workspaceId: GROUP });
  });

  it('a replaced link says so, names its workspace, and refuses requests', async () => {
    const { admin, visitor } = portal();
    const { url } = await admin.getWorkspaceLink(GROUP);
    const changes: ChangeEvent[] = [];
    const stop = admin.subscribe((change) => changes.push(change));
    const fresh = admin.simulateWorkspaceLinkReplaced(GROUP);
    stop();
    expect(fresh.url).to.not.equal(url);
    expect(changes).to.deep.include({ type: 'workspace-link-changed', workspaceId: GROUP });
    expect(await visitor.getWorkspaceLinkDetails(url)).to.deep.equal({
      valid: false,
      reason: 'replaced',
      portalName: 'Acme Portal',
      workspace: { id: GROUP, name: 'Design Team', kind: 'group' },
    });
    expect((await rejection(visitor.requestToJoinWorkspace({ url, fullName: 'Ada', email: 'ada@example.org' }))).code).to.equal(
      'permission',
    );
    expect((await visitor.getWorkspaceLinkDetails(fresh.url)).valid).to.equal(true);
    // And the replaced link survives a snapshot.
    expect((await createMemoryClient({ seed: admin.snapshot() }).getWorkspaceLinkDetails(url)).reason).to.equal('replaced');
  });

  it('reads pasted links with tracking parameters, and never throws on a malformed one', async () => {
    const { admin, visitor } = portal();
    const { url } = await admin.getWorkspaceLink(GROUP);
    expect((await visitor.getWorkspaceLinkDetails(`${url}?utm_source=mail#top`)).valid).to.equal(true);
    for (const wrong of [
      '',
      'https://portal.example.com/w/%E0%A4%A/join/x',
      'https://portal.example.com/w/ws-group',
      42 as unknown as string,
    ]) {
      expect(await visitor.getWorkspaceLinkDetails(wrong)).to.deep.equal({ valid: false, reason: 'unknown' });
    }
  });

  it('someone whose email belongs to a member is told they are one (a conflict), signed in or not', async () => {
    const { admin, visitor } = portal();
    const { url } = await admin.getWorkspaceLink(GROUP);
    const error = await rejection(visitor.requestToJoinWorkspace({ url, fullName: 'Avery Chen', email: 'avery.chen@example.com' }));
    expect(error.code).to.equal('conflict');
    expect((await admin.listJoinRequests(GROUP)).some((request) => request.fullName === 'Avery Chen')).to.equal(false);
  });
});
