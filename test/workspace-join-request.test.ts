import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import { InviteKitError } from '../src/client/errors.js';
import type { MutationOptions } from '../src/client/invite-client.js';
import '../src/workspace-join-request/define.js';
import { WorkspaceJoinRequest } from '../src/workspace-join-request/define.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { deepActive, deepText, q, textOf, typeInto } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';
import { gated, holdable } from './fixtures/clients.js';

const SIGNED_OUT = 'nobody-signed-in';
const GROUP = DEMO_IDS.groupWorkspaceId;

/** The demo portal, as a signed-out visitor sees it (and its admin, to answer requests). */
function portal(options: Parameters<typeof createMemoryClient>[0] = {}) {
  const admin = createMemoryClient(options);
  return { admin, visitor: admin.asViewer(SIGNED_OUT) };
}

async function linkOf(client: MemoryClient, workspaceId: string = GROUP) {
  return (await client.getWorkspaceLink(workspaceId)).url;
}

async function render(client: MemoryClient, link: string) {
  const el = await fixture<WorkspaceJoinRequest>(html`<workspace-join-request .client=${client} link=${link}></workspace-join-request>`);
  await waitUntil(() => el.status !== 'loading', 'the link loads');
  await el.updateComplete;
  return el;
}

function fill(el: WorkspaceJoinRequest, fullName: string, contact: string) {
  typeInto(q<HTMLInputElement>(el, '#fullName')!, fullName);
  typeInto(q<HTMLInputElement>(el, '#contact')!, contact);
}

const submit = (el: WorkspaceJoinRequest) => q<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();

describe('<workspace-join-request>', () => {
  it('shows loading, then the workspace’s name, kind and the form, for a signed-out visitor', async () => {
    const { admin, visitor } = portal();
    const url = await linkOf(admin);
    const gate = gated(visitor, ['getWorkspaceLinkDetails']);
    const el = await fixture<WorkspaceJoinRequest>(
      html`<workspace-join-request .client=${gate.client} link=${url}></workspace-join-request>`,
    );
    expect(el.status).to.equal('loading');
    expect(textOf(el, '[part~="status"]')).to.equal('Loading the workspace link…');
    await expect(el).to.be.accessible();
    await waitUntil(() => gate.calls('getWorkspaceLinkDetails').length === 1);
    gate.releaseAll();
    await waitUntil(() => el.status === 'editing');
    expect(textOf(el, '[part~="heading"]')).to.equal('Join Design Team');
    expect(textOf(el, '[part~="workspace-kind"]')).to.equal('A group workspace in Acme Portal');
    expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('');
    expect(textOf(el, '[part~="submit-button"]')).to.equal('Request to Join');
    await expect(el).to.be.accessible();
  });

  it('says whether the link includes viewing: a reflected property and an event the host can act on', async () => {
    const { admin, visitor } = portal();
    const viewing = await linkOf(admin, GROUP);
    const listener = oneEvent(document.body, 'workspace-view-available');
    const el = await render(visitor, viewing);
    const event = await listener;
    expect(event.detail.workspace.id).to.equal(GROUP);
    expect(el.includesViewing).to.equal(true);
    expect(el.hasAttribute('includes-viewing')).to.equal(true);
    expect(textOf(el, '[part~="viewing"]')).to.contain('includes viewing permissions');

    // The flow workspace's link does not include viewing: the person sees only the request.
    let fired = false;
    const flow = await render(visitor, await linkOf(admin, DEMO_IDS.flowWorkspaceId));
    flow.addEventListener('workspace-view-available', () => (fired = true));
    expect(flow.includesViewing).to.equal(false);
    expect(flow.hasAttribute('includes-viewing')).to.equal(false);
    expect(textOf(flow, '[part~="workspace-kind"]')).to.equal('A flow workspace in Acme Portal');
    expect(textOf(flow, '[part~="viewing"]')).to.contain('doesn’t include viewing permissions');
    expect(fired).to.equal(false);
  });

  it('reads the link from the page’s address (?link=) when none is given, by a rule a host can replace', async () => {
    const { admin, visitor } = portal();
    const url = await linkOf(admin);
    const original = WorkspaceJoinRequest.fromLocation;
    try {
      WorkspaceJoinRequest.fromLocation = () => url;
      const el = await fixture<WorkspaceJoinRequest>(html`<workspace-join-request .client=${visitor}></workspace-join-request>`);
      await waitUntil(() => el.status === 'editing');
      expect(el.currentLink).to.equal(url);
    } finally {
      WorkspaceJoinRequest.fromLocation = original;
    }
    // The default: the `link` query parameter, else the whole address (which is no workspace link here).
    const fallback = await fixture<WorkspaceJoinRequest>(html`<workspace-join-request .client=${visitor}></workspace-join-request>`);
    expect(fallback.currentLink).to.equal(location.href);
    await waitUntil(() => fallback.status === 'unknown');
    fallback.fromLocation = () => url;
    expect(fallback.currentLink).to.equal(url);
  });

  it('sends the request, shows it pending and in the Members panel at once, and turns approved live', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    const panel = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${admin} workspace-id=${GROUP}></workspace-members-panel>`,
    );
    await waitUntil(() => deepText(panel).includes('Sipho Dlamini'), 'the panel loads');
    fill(el, '  Ada   Lovelace ', 'ada@example.org');
    const requested = oneEvent(el, 'workspace-join-requested');
    submit(el);
    const { detail } = await requested;
    expect(detail.request.status).to.equal('pending');
    await waitUntil(() => el.status === 'pending');
    expect(textOf(el, '[part~="pending"]')).to.contain('Your request to join Design Team was sent. A member will approve it.');
    expect(textOf(el, '[part~="pending-note"]')).to.contain('changes as soon as a member answers');
    expect(q(el, '[part~="check-again-button"]')).to.equal(null);
    expect(deepActive()).to.equal(q(el, '#heading'));
    await expect(el).to.be.accessible();
    await waitUntil(() => deepText(panel).includes('Ada Lovelace'), 'the panel lists the request');

    const settled = oneEvent(el, 'workspace-join-settled');
    await admin.approveJoinRequest(GROUP, detail.request.id, 'internal');
    expect((await settled).detail.request.approvedAs).to.equal('internal');
    await waitUntil(() => el.status === 'approved');
    expect(textOf(el, '[part~="heading"]')).to.equal('Request approved');
    expect(textOf(el, '[part~="approved"]')).to.equal('You joined Design Team as an internal user.');
    await expect(el).to.be.accessible();
  });

  it('says "as a client" and "declined" in their own words', async () => {
    const { admin, visitor } = portal();
    const url = await linkOf(admin);
    const client = await render(visitor, url);
    fill(client, 'Grace Hopper', 'grace@example.org');
    submit(client);
    await waitUntil(() => client.status === 'pending');
    const declined = await render(visitor, url);
    fill(declined, 'Hedy Lamarr', '+1 415 555 0999');
    submit(declined);
    await waitUntil(() => declined.status === 'pending');
    const requests = await admin.listJoinRequests(GROUP);
    await admin.approveJoinRequest(GROUP, requests.find((r) => r.fullName === 'Grace Hopper')!.id, 'client');
    await admin.declineJoinRequest(GROUP, requests.find((r) => r.fullName === 'Hedy Lamarr')!.id);
    await waitUntil(() => client.status === 'approved' && declined.status === 'declined');
    expect(textOf(client, '[part~="approved"]')).to.equal('You joined Design Team as a client.');
    expect(textOf(declined, '[part~="heading"]')).to.equal('Request declined');
    expect(textOf(declined, '[part~="declined"]')).to.contain('Your request to join Design Team was declined.');
    await expect(declined).to.be.accessible();
  });

  it('without live updates offers "Check again", which asks getJoinRequestStatus', async () => {
    const { admin, visitor } = portal({ capabilities: { liveUpdates: false } });
    const el = await render(visitor, await linkOf(admin));
    fill(el, 'Ada Lovelace', 'ada@example.org');
    submit(el);
    await waitUntil(() => el.status === 'pending');
    expect(textOf(el, '[part~="pending-note"]')).to.contain('Check again later');
    const check = q<HTMLButtonElement>(el, '[part~="check-again-button"]')!;
    check.click();
    await waitUntil(() => visitor.callCount('getJoinRequestStatus') === 1 && textOf(el, '[part~="announcer"]') !== '');
    expect(textOf(el, '[part~="announcer"]')).to.contain('still waiting');
    const [request] = (await admin.listJoinRequests(GROUP)).filter((r) => r.fullName === 'Ada Lovelace');
    await admin.approveJoinRequest(GROUP, request!.id, 'client');
    expect(el.status).to.equal('pending');
    q<HTMLButtonElement>(el, '[part~="check-again-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'approved');
    expect(deepActive()).to.equal(q(el, '#heading'));
  });

  it('a failed check says so with Try again, and the request stays shown', async () => {
    const { admin, visitor } = portal({ capabilities: { liveUpdates: false } });
    const el = await render(visitor, await linkOf(admin));
    fill(el, 'Ada Lovelace', 'ada@example.org');
    submit(el);
    await waitUntil(() => el.status === 'pending');
    visitor.failNext('getJoinRequestStatus', 'network');
    q<HTMLButtonElement>(el, '[part~="check-again-button"]')!.click();
    await waitUntil(() => q(el, '[part~="alert"]'));
    expect(textOf(el, '[part~="alert"]')).to.contain('Couldn’t check your request.');
    expect(el.status).to.equal('pending');
    q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => !q(el, '[part~="alert"]'));
  });

  it('prefills from the signed-in viewer, and shows an existing request when they come back', async () => {
    const admin = createMemoryClient();
    const blake = admin.asViewer(DEMO_IDS.nonAdminId);
    const url = await linkOf(admin);
    const el = await render(blake, url);
    expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Blake Rivera');
    expect(q<HTMLInputElement>(el, '#contact')!.value).to.equal('blake.rivera@example.com');
    submit(el);
    await waitUntil(() => el.status === 'pending');
    el.remove();
    const again = await render(blake, url);
    expect(again.status).to.equal('pending');
    expect(textOf(again, '[part~="heading"]')).to.equal('You’ve already asked to join');
    expect(textOf(again, '[part~="pending"]')).to.contain('Design Team');
    await expect(again).to.be.accessible();
  });

  it('never overwrites what was typed with the viewer', async () => {
    const admin = createMemoryClient();
    const blake = admin.asViewer(DEMO_IDS.nonAdminId);
    const el = await fixture<WorkspaceJoinRequest>(
      html`<workspace-join-request .client=${blake} link=${await linkOf(admin)} .draft=${{ fullName: 'Someone Else', contact: '' }}></workspace-join-request>`,
    );
    await waitUntil(() => el.status === 'editing');
    expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Someone Else');
  });

  it('a signed-in member sees "already a member"', async () => {
    const admin = createMemoryClient();
    const el = await render(admin, await linkOf(admin));
    expect(el.status).to.equal('member');
    expect(textOf(el, '[part~="member"]')).to.contain('You’re already a member of Design Team.');
    expect(q(el, '[part~="sign-in-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a signed-out member gets "already a member" with Sign in (event and slot), and can go back with what they typed', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    fill(el, 'Avery Chen', 'avery.chen@example.com');
    submit(el);
    await waitUntil(() => el.status === 'member');
    expect(textOf(el, '[part~="member"]')).to.contain('You’re already a member of Design Team.');
    await expect(el).to.be.accessible();
    const signIn = oneEvent(el, 'sign-in-requested');
    q<HTMLButtonElement>(el, '[part~="sign-in-button"]')!.click();
    expect((await signIn).detail).to.deep.equal({ email: 'avery.chen@example.com' });
    expect(q<HTMLSlotElement>(el, 'slot[name="sign-in"]')).to.not.equal(null);
    q<HTMLButtonElement>(el, '[part~="change-details-button"]')!.click();
    await waitUntil(() => el.status === 'editing');
    expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Avery Chen');
    expect(deepActive()).to.equal(q(el, '#contact'));
  });

  it('an unknown link and a replaced one each have their own sentence', async () => {
    const { admin, visitor } = portal();
    const url = await linkOf(admin);
    const unknown = await render(visitor, `${url}-typo`);
    expect(unknown.status).to.equal('unknown');
    expect(textOf(unknown, '[part~="unknown"]')).to.equal('This link isn’t valid. Check that you copied all of it.');
    await expect(unknown).to.be.accessible();
    admin.simulateWorkspaceLinkReplaced(GROUP);
    const replaced = await render(visitor, url);
    expect(replaced.status).to.equal('replaced');
    expect(textOf(replaced, '[part~="heading"]')).to.equal('This link is no longer active');
    expect(textOf(replaced, '[part~="replaced"]')).to.equal(
      'Design Team has a newer link. Ask the person who shared this one for the new link.',
    );
    await expect(replaced).to.be.accessible();
  });

  it('a link replaced while the form is open turns into "no longer active", live', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    fill(el, 'Ada Lovelace', 'ada@example.org');
    admin.simulateWorkspaceLinkReplaced(GROUP);
    await waitUntil(() => el.status === 'replaced');
    expect(el.draft.fullName).to.equal('Ada Lovelace');
  });

  it('checks the fields with the shared rules before sending, and focuses the first to fix', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    fill(el, '', 'not an address');
    submit(el);
    await waitUntil(() => q(el, '[part~="error"]'));
    expect(visitor.callCount('requestToJoinWorkspace')).to.equal(0);
    expect(q<HTMLInputElement>(el, '#fullName')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q<HTMLInputElement>(el, '#contact')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()).to.equal(q(el, '#fullName'));
    await expect(el).to.be.accessible();
  });

  it('puts the backend’s field errors on the field, whatever the code', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    fill(el, 'Ada Lovelace', 'ada@example.org');
    visitor.failNext(
      'requestToJoinWorkspace',
      new InviteKitError('rate_limited', 'Slow down.', { fieldErrors: { email: 'That address is blocked.' } }),
    );
    submit(el);
    await waitUntil(() => textOf(el, '#contact-error') !== '');
    expect(textOf(el, '#contact-error')).to.equal('That address is blocked.');
  });

  it('a failed send keeps what was typed and retries with the same idempotency key, never twice at once', async () => {
    const { admin, visitor } = portal();
    const keys: Array<string | undefined> = [];
    const original = visitor.requestToJoinWorkspace;
    visitor.requestToJoinWorkspace = (input, options?: MutationOptions) => {
      keys.push(options?.idempotencyKey);
      return original(input, options);
    };
    const held = holdable(visitor, ['requestToJoinWorkspace']);
    const el = await render(held.client, await linkOf(admin));
    fill(el, 'Ada Lovelace', 'ada@example.org');
    visitor.failNext('requestToJoinWorkspace', 'unavailable');
    submit(el);
    await waitUntil(() => el.status === 'failed');
    expect(textOf(el, '[part~="alert"]')).to.contain('Your request wasn’t sent.');
    expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Ada Lovelace');
    held.hold();
    q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => el.status === 'sending');
    submit(el);
    submit(el);
    held.release();
    await waitUntil(() => el.status === 'pending');
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
    expect((await admin.listJoinRequests(GROUP)).filter((r) => r.fullName === 'Ada Lovelace').length).to.equal(1);
  });

  it('a 429 holds Try again and counts down', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    fill(el, 'Ada Lovelace', 'ada@example.org');
    visitor.failNext('requestToJoinWorkspace', new InviteKitError('rate_limited', 'Too many requests.', { retryAfter: 30 }));
    submit(el);
    await waitUntil(() => el.status === 'failed');
    const retry = q<HTMLButtonElement>(el, '[part~="retry-button"]')!;
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    expect(retry.textContent).to.match(/\d+/u);
    retry.click();
    submit(el);
    await el.updateComplete;
    expect(visitor.callCount('requestToJoinWorkspace')).to.equal(1);
  });

  it('a failed load says so with Try again', async () => {
    const { admin, visitor } = portal();
    visitor.failNext('getWorkspaceLinkDetails', 'unavailable');
    const el = await render(visitor, await linkOf(admin));
    expect(el.status).to.equal('unavailable');
    expect(textOf(el, '[part~="alert"]')).to.contain('Couldn’t load this workspace link.');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => el.status === 'editing');
  });

  it('is usable by keyboard alone: type, Enter sends', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    q<HTMLInputElement>(el, '#fullName')!.focus();
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.org' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'pending');
    expect(deepActive()).to.equal(q(el, '#heading'));
  });

  it('checks no field on its way off the page: the pending request’s render, blurring the focused input, schedules no other update', async () => {
    const { admin, visitor } = portal();
    const el = await render(visitor, await linkOf(admin));
    fill(el, 'Ada Lovelace', 'ada@example.org');
    q<HTMLInputElement>(el, '#contact')!.focus();
    // Taken as the request is about to render: true when that render set nothing that needs another.
    const alone = new Promise<boolean>((resolve) => {
      el.addEventListener('workspace-join-requested', () => resolve(el.updateComplete), { once: true });
    });
    submit(el);
    expect(await alone).to.equal(true);
    expect(el.status).to.equal('pending');
  });

  it('renders a hostile or right-to-left workspace name as isolated text', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe';
    const admin = createMemoryClient();
    const seed = admin.snapshot();
    seed.workspaces = seed.workspaces.map((w) => (w.id === GROUP ? { ...w, name: hostile } : w));
    const fresh = createMemoryClient({ seed, viewerId: SIGNED_OUT });
    const el = await render(
      fresh,
      await fresh
        .asViewer(DEMO_IDS.adminId)
        .getWorkspaceLink(GROUP)
        .then((l) => l.url),
    );
    expect(q(el, 'img')).to.equal(null);
    const name = q(el, '[part~="heading"] bdi')!;
    expect(name.textContent).to.equal(hostile);
  });
});
