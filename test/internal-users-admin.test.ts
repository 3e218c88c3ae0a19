import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS, demoSeed, seedManyInternalUsers } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { InternalUsersQuery } from '../src/client/types.js';
import { clearMessageOverrides, registerTranslation } from '../src/i18n/catalogue.js';
import '../src/internal-users-admin/define.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/define.js';
import type { InviteUserForm } from '../src/invite-user-form/define.js';
import type { ShareInviteLink } from '../src/share-invite-link/define.js';
import { holdable } from './fixtures/clients.js';
import { all, deepActive, one, shadow, tabTo, text, typeInto } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

const names = (el: Element) => all(el, '[part~="row"] [part~="name"]').map(text);

async function renderAdmin(client: MemoryClient, template?: ReturnType<typeof html>): Promise<InternalUsersAdmin> {
  const el = await fixture<InternalUsersAdmin>(template ?? html`<internal-users-admin .client=${client}></internal-users-admin>`);
  await waitUntil(
    () => shadow(el).querySelector('[part~="row"], [part~="forbidden"], [part~="empty"], [role="alert"]'),
    'the list settles',
  );
  await el.updateComplete;
  return el;
}

/** Waits until the list has answered the latest request. */
async function settled(el: InternalUsersAdmin): Promise<void> {
  await waitUntil(
    () => shadow(el).querySelector('table')?.getAttribute('aria-busy') !== 'true' && !shadow(el).querySelector('.updating'),
    'the list settles',
  );
  await el.updateComplete;
}

function row(el: InternalUsersAdmin, userId: string): HTMLElement {
  return one(el, `[part~="row"][data-user-id="${userId}"]`);
}

async function openInvite(el: InternalUsersAdmin): Promise<InviteUserForm> {
  one(el, '[part~="invite-button"]').click();
  const form = await waitUntil(() => shadow(el).querySelector<InviteUserForm>('invite-user-form'), 'the form renders').then(() =>
    one<InviteUserForm>(el, 'invite-user-form'),
  );
  await waitUntil(() => form.status !== 'checking', 'the form is ready');
  await form.updateComplete;
  return form;
}

/** Presses Tab until `matches` holds for the focused element (keyboard-only navigation). */
const partIs = (part: string) => (active: Element | null) => active?.getAttribute('part')?.split(' ').includes(part) ?? false;

describe('<internal-users-admin>: access', () => {
  it('shows a portal admin the list with the article’s labels, and is accessible', async () => {
    const el = await renderAdmin(createMemoryClient());
    expect(text(one(el, '[part~="title"]'))).to.equal('Internal Users');
    expect(one(el, '[part~="title"]').getAttribute('aria-level')).to.equal('2');
    expect(text(one(el, '[part~="invite-button"]'))).to.equal('Invite');
    expect(text(one(el, '[part~="bulk-invite-button"]'))).to.equal('Bulk Invite');
    expect(text(one(el, '[part~="share-link-button"]'))).to.equal('Share Invite Link');
    const headers = all(el, 'thead th').map(text);
    expect(headers).to.deep.equal(['Name↑', 'Email or Phone', 'User ID', 'Status', 'Last Invitation↕', 'Actions']);
    expect(names(el)[0]).to.equal('Avery Chen');
    await expect(el).to.be.accessible();
  });

  it('shows any other viewer that only admins can manage internal users, and nothing of the data', async () => {
    const client = createMemoryClient({ viewerId: DEMO_IDS.nonAdminId });
    const el = await renderAdmin(client);
    expect(text(one(el, '[part~="forbidden"]'))).to.contain('Only admins can manage internal users');
    expect(
      shadow(el).querySelector(
        'table, [part~="invite-button"], [part~="bulk-invite-button"], [part~="share-link-button"], dialog, [part~="search-input"]',
      ),
    ).to.equal(null);
    expect(client.callCount('listInternalUsers')).to.equal(0);
    expect(client.callCount('getInviteLink')).to.equal(0);
    expect(el.shadowRoot!.textContent).not.to.contain('Casey Morgan');
    // A rule, not a temporary error: trying again can't change it, so nothing offers to.
    expect(shadow(el).querySelector('[part~="retry-button"]')).to.equal(null);
    // Asking for a dialog changes nothing.
    await el.show('invite');
    expect(el.view).to.equal(undefined);
    expect(shadow(el).querySelector('invite-user-form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets the host replace the refusal through the forbidden slot', async () => {
    const client = createMemoryClient({ viewerId: DEMO_IDS.nonAdminId });
    const el = await renderAdmin(
      client,
      html`<internal-users-admin .client=${client}><p slot="forbidden">Ask Avery.</p></internal-users-admin>`,
    );
    const slot = one<HTMLSlotElement>(el, 'slot[name="forbidden"]');
    expect(slot.assignedElements().map(text)).to.deep.equal(['Ask Avery.']);
  });

  it('treats a permission answer from the list as a refusal and drops what was shown', async () => {
    const client = createMemoryClient();
    const el = await renderAdmin(client);
    client.failNext('listInternalUsers', 'permission');
    await el.reload();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="forbidden"]')).not.to.equal(null);
    expect(shadow(el).querySelector('table, [part~="invite-button"], dialog')).to.equal(null);
  });

  it('offers "Try again" when the access check is refused (a session that expired), and shows the list once allowed', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'permission');
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">Before</button><internal-users-admin .client=${client}></internal-users-admin></div>`,
    );
    const el = wrapper.querySelector<InternalUsersAdmin>('internal-users-admin')!;
    await waitUntil(() => shadow(el).querySelector('[part~="forbidden-retry-button"]'), 'the refusal shows');
    expect(text(one(el, '[part~="forbidden"]'))).to.contain('Only admins can manage internal users');
    const retry = one<HTMLButtonElement>(el, '[part~="forbidden"] [part~="forbidden-retry-button"]');
    expect(retry.getAttribute('part')!.split(' ')).to.include('retry-button');
    expect(text(retry)).to.equal('Try again');
    const described = retry
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => shadow(el).getElementById(id)!.textContent)
      .join(' ');
    expect(described).to.contain('Only admins can manage internal users');
    await expect(el).to.be.accessible();

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(retry);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('[part~="row"]'), 'the list shows');
    expect(shadow(el).querySelector('[part~="invite-button"]')).not.to.equal(null);
    await waitUntil(() => deepActive() === shadow(el).querySelector('#search'), 'focus moves to the search field');
  });

  it('offers "Try again" when the first list load is refused, and shows the list once allowed', async () => {
    const client = createMemoryClient();
    client.failNext('listInternalUsers', 'permission');
    const el = await renderAdmin(client);
    expect(shadow(el).querySelector('table, [part~="invite-button"]')).to.equal(null);
    one(el, '[part~="forbidden-retry-button"]').click();
    await waitUntil(() => shadow(el).querySelector('[part~="row"]'), 'the list shows');
    expect(client.callCount('listInternalUsers')).to.equal(2);
  });

  it('keeps the refusal and focus on "Try again" while checking, and says so when refused again', async () => {
    // Refused by the backend (a session that expired), twice; the second answer waits for the test.
    const backend = createMemoryClient();
    backend.failNext('getViewer', 'permission', { times: 2 });
    const viewer = holdable(backend, ['getViewer']);
    const client = viewer.client;
    const el = await renderAdmin(client);
    const retry = one<HTMLButtonElement>(el, '[part~="forbidden-retry-button"]');
    const status = () => text(shadow(el).querySelector('.base > [role="status"]'));
    retry.focus();
    viewer.hold();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => status() === 'Checking whether you can manage internal users…', 'trying again is announced');
    expect(shadow(el).querySelector('[part~="invite-button"], table')).to.equal(null);
    await waitUntil(() => viewer.heldCount === 1, 'trying again asks who is looking');
    viewer.release();
    await waitUntil(() => status() === 'Only admins can manage internal users', 'the refusal is announced again');
    expect(client.callCount('getViewer')).to.equal(2);
    expect(retry.isConnected).to.equal(true);
    expect(retry.getAttribute('aria-disabled')).to.equal('false');
    expect(deepActive()).to.equal(retry);
    await expect(el).to.be.accessible();
  });

  it('says when it cannot check the viewer, and tries again', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'network');
    const el = await renderAdmin(client);
    expect(text(one(el, '[role="alert"]'))).to.contain('Couldn’t check whether you can manage internal users');
    await expect(el).to.be.accessible();
    one(el, '[part~="retry-button"]').click();
    await waitUntil(() => shadow(el).querySelector('[part~="row"]'), 'the list loads after retrying');
  });

  it('shows a loading state while the list loads', async () => {
    const client = createMemoryClient({ latency: 150 });
    const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
    expect(text(one(el, '[part~="status"]'))).to.match(/Checking|Loading/u);
    expect(one(el, '[part~="status"]').getAttribute('role')).to.equal('status');
    await waitUntil(() => text(shadow(el).querySelector('[part~="status"]')).includes('Loading internal users'), 'loading the list');
    await expect(el).to.be.accessible();
    await waitUntil(() => shadow(el).querySelector('[part~="row"]'), 'rows arrive');
  });

  it('says when the list failed to load and retries', async () => {
    const client = createMemoryClient();
    client.failNext('listInternalUsers', 'unavailable');
    const el = await renderAdmin(client);
    expect(text(one(el, '[role="alert"]'))).to.contain('Couldn’t load the internal users');
    one(el, '[part~="retry-button"]').click();
    await waitUntil(() => shadow(el).querySelector('[part~="row"]'), 'rows after retry');
  });
});

describe('<internal-users-admin>: the Internal Users list', () => {
  it('shows name, email or phone, user ID, Administrator badge, status and when the last invitation went out', async () => {
    const el = await renderAdmin(createMemoryClient());
    const avery = row(el, DEMO_IDS.adminId);
    expect(text(avery.querySelector('[part~="administrator-badge"]'))).to.equal('Administrator');
    expect(text(avery.querySelector('[part~="you-badge"]'))).to.equal('You');
    expect(text(avery.querySelector('[part~="user-id"]'))).to.equal('avery');
    expect(text(avery.querySelector('[part~="contact"]'))).to.equal('avery.chen@example.com');
    expect(text(avery.querySelector('[part~="status-badge"]'))).to.equal('Active');
    expect(avery.querySelector('resend-invite-button')).to.equal(null);

    const casey = row(el, DEMO_IDS.pendingUserId);
    expect(text(casey.querySelector('[part~="contact"]'))).to.equal(DEMO_IDS.caseyPhone);
    expect(text(casey.querySelector('[part~="status-badge"]'))).to.equal('Invited');
    expect(text(casey.querySelector('[part~="last-invitation"]'))).to.equal('3 days ago');
    expect(casey.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/u);
    expect(casey.querySelector('[part~="administrator-badge"]')).to.equal(null);
    const resend = casey.querySelector('resend-invite-button')!;
    expect(resend.getAttribute('user-id')).to.equal(DEMO_IDS.pendingUserId);
    expect(text(resend)).to.equal('Resend Invitation to Casey Morgan');

    const dana = row(el, DEMO_IDS.expiredUserId);
    expect(text(dana.querySelector('[part~="status-badge"]'))).to.equal('Invitation expired');
    expect(dana.querySelector('resend-invite-button')).not.to.equal(null);
    expect(text(row(el, 'u-jamal').querySelector('[part~="administrator-badge"]'))).to.equal('Administrator');
    expect(text(one(el, '[part~="count"]'))).to.match(/^\d+ internal users$/u);
  });

  it('searches as people type, once typing pauses, by name, email, phone or User ID', async () => {
    const client = createMemoryClient();
    const el = await renderAdmin(client);
    const before = client.callCount('listInternalUsers');
    const input = one<HTMLInputElement>(el, '[part~="search-input"]');
    input.focus();
    await sendKeys({ type: 'giulia' });
    await waitUntil(() => names(el).length === 1, 'the search narrows the list');
    expect(names(el)).to.deep.equal(['Giulia Rossi']);
    // Six keystrokes, one request.
    expect(client.callCount('listInternalUsers')).to.equal(before + 1);
    expect(text(one(el, '[part~="count"]'))).to.equal('1 internal user matches “giulia”');

    input.select();
    await sendKeys({ type: '4155550123' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(el).join() === 'Casey Morgan', 'finds a phone number');
    input.select();
    await sendKeys({ type: 'blake.r' });
    await waitUntil(() => names(el).join() === 'Blake Rivera', 'finds a User ID');
  });

  it('never lets a slower, older search answer replace a newer one', async () => {
    const client = createMemoryClient();
    const list = client.listInternalUsers.bind(client);
    // A backend that ignores aborts and answers "giu" late.
    client.listInternalUsers = async (query?: InternalUsersQuery) => {
      const page = await list(query);
      if (query?.query === 'giu') await new Promise((resolve) => setTimeout(resolve, 400));
      return page;
    };
    const el = await renderAdmin(client);
    const input = one<HTMLInputElement>(el, '[part~="search-input"]');
    input.focus();
    await sendKeys({ type: 'giu' });
    await sendKeys({ press: 'Enter' });
    input.select();
    await sendKeys({ type: 'hiro' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(el).join() === 'Hiroshi Tanaka', 'the newer search shows');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Hiroshi Tanaka']);
    expect(text(one(el, '[part~="count"]'))).to.contain('“hiro”');
  });

  it('says when nothing matches and clears the search from there', async () => {
    const el = await renderAdmin(createMemoryClient());
    const input = one<HTMLInputElement>(el, '[part~="search-input"]');
    input.focus();
    await sendKeys({ type: 'zzzz' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'the no-match state');
    expect(text(one(el, '[part~="empty"]'))).to.contain('No internal users match “zzzz”.');
    await expect(el).to.be.accessible();
    one(el, '[part~="clear-search-button"]').click();
    await waitUntil(() => names(el).length > 5, 'everyone is back');
    expect(input.value).to.equal('');
    expect(deepActive()).to.equal(input);
  });

  it('sorts by name and by last invitation, both ways, from the column headers', async () => {
    const el = await renderAdmin(createMemoryClient());
    const [nameHeader, , , , invitedHeader] = all(el, 'thead th');
    expect(nameHeader!.getAttribute('aria-sort')).to.equal('ascending');
    const ascending = names(el);
    expect([...ascending].sort((a, b) => a.localeCompare(b))).to.deep.equal(ascending);

    one(el, '[part~="sort-button"]').click();
    await waitUntil(() => shadow(el).querySelector('thead th')!.getAttribute('aria-sort') === 'descending');
    await settled(el);
    expect(names(el)).to.deep.equal([...ascending].reverse());
    expect(text(one(el, 'caption'))).to.equal('Internal users, sorted by name, Z to A');

    all(el, '[part~="sort-button"]')[1]!.click();
    await waitUntil(() => all(el, 'thead th')[4]!.getAttribute('aria-sort') === 'descending');
    await settled(el);
    expect(invitedHeader).to.exist;
    expect(all(el, 'thead th')[0]!.getAttribute('aria-sort')).to.equal('none');
    // Most recent first: Giulia yesterday, Casey three days ago, Kwame five, Dana ten; never-invited after.
    expect(names(el).slice(0, 4)).to.deep.equal(['Giulia Rossi', 'Casey Morgan', 'Kwame Asante', 'Dana Okafor']);

    all(el, '[part~="sort-button"]')[1]!.click();
    await waitUntil(() => all(el, 'thead th')[4]!.getAttribute('aria-sort') === 'ascending');
    await settled(el);
    expect(names(el).slice(0, 4)).to.deep.equal(['Dana Okafor', 'Kwame Asante', 'Casey Morgan', 'Giulia Rossi']);
  });

  it('pages through 10,000 users fast, holding one page at a time', async function () {
    this.timeout(20_000);
    const client = createMemoryClient({ seed: seedManyInternalUsers(demoSeed(new Date()), 10_000) });
    const started = performance.now();
    const el = await renderAdmin(client);
    const firstPaint = performance.now() - started;
    expect(all(el, '[part~="row"]')).to.have.length(50);
    expect(text(one(el, '[part~="count"]'))).to.match(/^10,0\d\d internal users$/u);
    expect(text(one(el, '[part~="range"]'))).to.match(/^Showing 1–50 of 10,0\d\d$/u);
    expect(text(one(el, '[part~="page-status"]'))).to.equal('Page 1 of 201');
    expect(one(el, '[part~="previous-button"]').getAttribute('aria-disabled')).to.equal('true');
    expect(firstPaint, 'first page in well under a second').to.be.below(3000);
    await expect(el).to.be.accessible();

    const next = one(el, '[part~="next-button"]');
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(shadow(el).querySelector('[part~="range"]')).startsWith('Showing 51–100'), 'the second page');
    expect(deepActive()).to.equal(one(el, '[part~="next-button"]'));
    const second = names(el);
    expect(second).to.have.length(50);

    el.pageSize = 500;
    await waitUntil(() => text(shadow(el).querySelector('[part~="page-status"]')) === 'Page 1 of 21', 'a bigger page');
    await settled(el);
    expect(all(el, '[part~="row"]')).to.have.length(500);
  });

  it('resends a pending invitation from its row and shows when it went out', async () => {
    const client = createMemoryClient();
    const el = await renderAdmin(client);
    const sentBefore = client.sentInvitations.length;
    const resend = row(el, DEMO_IDS.expiredUserId).querySelector('resend-invite-button')!;
    const button = resend.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
    // From the search field, Tab along the page to Dana's "Resend Invitation".
    one(el, '[part~="search-input"]').focus();
    await tabTo((active) => active === button);
    const event = oneEvent(el, 'invite-resent');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.target).to.deep.equal({ type: 'internal-user', userId: DEMO_IDS.expiredUserId });
    expect(client.sentInvitations.slice(sentBefore).map((sent) => [sent.kind, sent.targetId])).to.deep.equal([
      ['resend', DEMO_IDS.expiredUserId],
    ]);
    await waitUntil(
      () => text(row(el, DEMO_IDS.expiredUserId).querySelector('[part~="status-badge"]')) === 'Invited',
      'the row is renewed',
    );
    expect(text(row(el, DEMO_IDS.expiredUserId).querySelector('[part~="last-invitation"]'))).to.match(/now|second/u);
  });

  it('follows changes made elsewhere when the client pushes them', async () => {
    const client = createMemoryClient();
    const el = await renderAdmin(client);
    await client
      .asViewer('u-jamal')
      .inviteInternalUser({ fullName: 'Zed Zimmer', email: 'zed@example.com', delivery: { method: 'contacts' } });
    await waitUntil(() => names(el).includes('Zed Zimmer'), 'the new user appears');
  });

  it('tells the only internal user how to invite their team', async () => {
    const el = await renderAdmin(createMemoryClient({ seed: 'empty' }));
    expect(names(el)).to.deep.equal(['Avery Chen']);
    expect(text(one(el, '[part~="empty"]'))).to.contain('You’re the only internal user so far');
    await expect(el).to.be.accessible();
  });
});

describe('<internal-users-admin>: Invite', () => {
  it('invites an internal user by keyboard alone, as a plain portal invitation', async function () {
    this.timeout(20_000);
    const client = createMemoryClient();
    const el = await renderAdmin(client);
    const invite = one(el, '[part~="invite-button"]');
    invite.focus();
    await sendKeys({ press: 'Enter' });
    const form = await waitUntil(() => shadow(el).querySelector<InviteUserForm>('invite-user-form')).then(() =>
      one<InviteUserForm>(el, 'invite-user-form'),
    );
    expect(el.view).to.equal('invite');
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(text(one(el, '[part~="dialog-title"]'))).to.equal('Invite Internal User');
    await waitUntil(() => deepActive()?.id === 'fullName', 'focus starts in Full Name');
    // The Admin Portal's invite is a portal invitation: no delivery choices.
    expect(form.shadowRoot!.querySelector('[part~="delivery"]')).to.equal(null);
    expect(text(form.shadowRoot!.querySelector('[part~="submit-button"]'))).to.equal('Invite');
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.com' });
    const sent = oneEvent(el, 'invite-sent');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.input).to.include({ fullName: 'Ada Lovelace', email: 'ada@example.com', isAdministrator: false });
    expect(detail.input.delivery).to.deep.equal({ method: 'contacts' });
    expect(client.sentInvitations.at(-1)).to.include({ to: 'ada@example.com', kind: 'portal' });
    await waitUntil(() => names(el).includes('Ada Lovelace'), 'the list shows the new user');
    await form.updateComplete;
    expect(text(form.shadowRoot!.querySelector('[part~="result"]'))).to.contain('Invitation sent to Ada Lovelace (ada@example.com).');
    expect(form.shadowRoot!.querySelector('[part~="result-administrator"]')).to.equal(null);
    expect(text(row(el, detail.result.user.id).querySelector('[part~="status-badge"]'))).to.equal('Invited');
    await expect(el).to.be.accessible();

    // Escape closes; focus goes back to "Invite".
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !one<HTMLDialogElement>(el, 'dialog').open, 'the dialog closes');
    expect(el.view).to.equal(undefined);
    expect(deepActive()).to.equal(invite);
  });

  it('invites an Administrator by keyboard, says what it grants, and says so in the confirmation', async function () {
    this.timeout(20_000);
    const client = createMemoryClient();
    const el = await renderAdmin(client);
    one(el, '[part~="invite-button"]').focus();
    await sendKeys({ press: 'Enter' });
    const form = await waitUntil(() => shadow(el).querySelector<InviteUserForm>('invite-user-form')).then(() =>
      one<InviteUserForm>(el, 'invite-user-form'),
    );
    await waitUntil(() => deepActive()?.id === 'fullName');
    await sendKeys({ type: 'Grace Hopper' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '+44 20 7946 0958' });
    await tabTo(partIs('advanced-toggle'));
    expect(text(deepActive())).to.contain('Advanced Options');
    await sendKeys({ press: 'Enter' });
    await tabTo(partIs('administrator-switch'));
    expect(text(form.shadowRoot!.querySelector('#administrator-hint'))).to.equal(
      'Gives access to the Admin Portal and to portal settings, permissions and configuration.',
    );
    await sendKeys({ press: ' ' });
    expect(deepActive()!.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
    await tabTo(partIs('submit-button'));
    const sent = oneEvent(el, 'invite-sent');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.input).to.include({ fullName: 'Grace Hopper', phone: '+442079460958', isAdministrator: true });
    expect(detail.result.user.isAdministrator).to.equal(true);
    await form.updateComplete;
    expect(text(form.shadowRoot!.querySelector('[part~="result-administrator"]'))).to.contain('They are an Administrator');
    await waitUntil(
      () => shadow(el).querySelector(`[data-user-id="${detail.result.user.id}"] [part~="administrator-badge"]`),
      'the badge in the list',
    );
  });

  it('keeps an unsent draft across closing, and starts afresh after a sent invitation', async () => {
    const el = await renderAdmin(createMemoryClient());
    let form = await openInvite(el);
    const name = form.shadowRoot!.querySelector<HTMLInputElement>('#fullName')!;
    name.value = 'Half Typed';
    name.dispatchEvent(new InputEvent('input'));
    await el.hide();
    await el.show('invite');
    form = one<InviteUserForm>(el, 'invite-user-form');
    expect(form.getDraft().fullName).to.equal('Half Typed');
    const contact = form.shadowRoot!.querySelector<HTMLInputElement>('#contact')!;
    contact.value = 'half@example.com';
    contact.dispatchEvent(new InputEvent('input'));
    await form.updateComplete;
    form.submit();
    await waitUntil(() => form.status === 'sent', `sent, not ${form.status}`);
    one(el, '[part~="close-button"]').click();
    await waitUntil(() => !one<HTMLDialogElement>(el, 'dialog').open);
    await el.show('invite');
    expect(form.status).to.equal('editing');
    expect(form.getDraft().fullName).to.equal('');
  });
});

describe('<internal-users-admin>: Share Invite Link', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('shows the link for clients with Copy, and copies it by keyboard', async () => {
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void copied.push(value) },
    });
    restore = () => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    };
    const el = await renderAdmin(createMemoryClient());
    const trigger = one(el, '[part~="share-link-button"]');
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    const link = await waitUntil(() => shadow(el).querySelector<ShareInviteLink>('share-invite-link')).then(() =>
      one<ShareInviteLink>(el, 'share-invite-link'),
    );
    expect(text(one(el, '[part~="dialog-title"]'))).to.equal('Share Invite Link');
    expect(text(one(el, '[part~="link-note"]'))).to.contain('Share this link with clients');
    await waitUntil(() => partIs('copy-button')(deepActive()), 'focus lands on Copy');
    const event = oneEvent(el, 'invite-link-copied');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.url).to.equal(`https://portal.example.com/join/${DEMO_IDS.inviteLinkToken}`);
    expect(copied).to.deep.equal([detail.url]);
    expect(link.getAttribute('exportparts')).to.contain('copy-button:link-copy-button');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActive() === trigger, 'focus returns to the trigger');
  });
});

describe('<internal-users-admin>: API, events, parts, themes and language', () => {
  afterEach(() => clearMessageOverrides());

  it('offers Bulk Invite only where the backend supports it', async () => {
    const el = await renderAdmin(createMemoryClient({ capabilities: { bulkInvite: false } }));
    expect(shadow(el).querySelector('[part~="bulk-invite-button"]')).to.equal(null);
    await el.show('bulk-invite');
    expect(el.view).to.equal(undefined);
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
  });

  it('opens each dialog from the `view` property and reflects it', async () => {
    const el = await renderAdmin(createMemoryClient());
    el.view = 'bulk-invite';
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('bulk-invite');
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(text(one(el, '[part~="dialog-title"]'))).to.equal('Bulk Invite');
    await waitUntil(() => deepActive()?.id === 'bulk-paste', 'focus starts in the paste box');
    await el.hide();
    expect(el.hasAttribute('view')).to.equal(false);
  });

  it('lets events from inside bubble out of the shadow root, typed for hosts', async () => {
    const client = createMemoryClient();
    const el = await renderAdmin(client);
    const form = await openInvite(el);
    const caught = oneEvent(document, 'invite-sent');
    const input = (id: string, value: string) => typeInto(one<HTMLInputElement>(form, `#${id}`), value, { focus: false });
    input('fullName', 'Hedy Lamarr');
    input('contact', 'hedy@example.com');
    form.submit();
    const event = await caught;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.result.user.fullName).to.equal('Hedy Lamarr');
  });

  it('names a part on every meaningful piece and re-exports the parts of the kit elements inside', async () => {
    const el = await renderAdmin(createMemoryClient());
    for (const part of [
      'base',
      'header',
      'title',
      'actions',
      'invite-button',
      'toolbar',
      'search-input',
      'count',
      'table',
      'column-header',
      'sort-button',
      'row',
      'name',
      'avatar',
      'contact',
      'user-id',
      'status-badge',
      'last-invitation',
      'administrator-badge',
      'dialog',
      'close-button',
    ]) {
      expect(shadow(el).querySelector(`[part~="${part}"]`), part).not.to.equal(null);
    }
    expect(row(el, DEMO_IDS.pendingUserId).querySelector('resend-invite-button')!.getAttribute('exportparts')).to.contain(
      'button:resend-button',
    );
    const form = await openInvite(el);
    expect(form.getAttribute('exportparts')).to.contain('administrator-switch:form-administrator-switch');
  });

  it('is accessible in the dark scheme', async () => {
    const client = createMemoryClient();
    const el = await renderAdmin(client, html`<internal-users-admin color-scheme="dark" .client=${client}></internal-users-admin>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    await openInvite(el);
    await expect(el).to.be.accessible();
  });

  it('speaks the page’s language: messages, plurals and relative dates', async () => {
    registerTranslation('es', {
      'usersAdmin.title': 'Usuarios internos',
      'usersAdmin.count': { one: '{count} usuario interno', other: '{count} usuarios internos' },
    });
    const client = createMemoryClient();
    const el = await renderAdmin(client, html`<internal-users-admin lang="es" .client=${client}></internal-users-admin>`);
    expect(text(one(el, '[part~="title"]'))).to.equal('Usuarios internos');
    expect(text(one(el, '[part~="count"]'))).to.match(/^\d+ usuarios internos$/u);
    expect(text(row(el, DEMO_IDS.pendingUserId).querySelector('[part~="last-invitation"]'))).to.equal('hace 3 días');
  });
});
