import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { InviteLink } from '../src/client/types.js';
import type { MutationOptions } from '../src/client/invite-client.js';
import '../src/share-invite-link/define.js';
import type { ShareInviteLink } from '../src/share-invite-link/define.js';
import { deepActive, one, q, textOf, typeInto } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';
import { gated, holdable } from './fixtures/clients.js';

const linkValue = (el: Element) => q<HTMLInputElement>(el, '#link')?.value ?? '';

async function renderLink(client: MemoryClient, template = html`<share-invite-link .client=${client}></share-invite-link>`) {
  const el = await fixture<ShareInviteLink>(template);
  await waitUntil(() => !q(el, '[part~="status"]'), 'the link loads');
  await el.updateComplete;
  return el;
}

/** Replaces navigator.clipboard for one test; headless browsers and insecure pages refuse the real one. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

async function refresh(el: ShareInviteLink) {
  one<HTMLButtonElement>(el, '[part~="refresh-button"]').click();
  await el.updateComplete;
  one<HTMLButtonElement>(el, '[part~="confirm-button"]').click();
  await el.updateComplete;
}

describe('<share-invite-link>', () => {
  let restoreClipboard: (() => void) | undefined;
  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
  });

  it('shows a loading state, then the portal’s link read-only with the note', async () => {
    // The link arrives when the test releases it, not after a latency the checks below could outlast.
    const link = gated(createMemoryClient(), ['getInviteLink']);
    const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${link.client}></share-invite-link>`);
    expect(textOf(el, '[part~="status"]')).to.equal('Loading the invite link…');
    await expect(el).to.be.accessible();
    link.releaseAll();
    await waitUntil(() => linkValue(el) !== '');
    expect(linkValue(el)).to.contain(DEMO_IDS.inviteLinkToken);
    expect(one<HTMLInputElement>(el, '#link').readOnly).to.equal(true);
    expect(textOf(el, '[part~="heading"]')).to.equal('Share Invite Link');
    expect(textOf(el, '[part~="copy-button"]')).to.equal('Copy Link');
    expect(textOf(el, '[part~="refresh-button"]')).to.equal('Refresh Link');
    expect(textOf(el, '[part~="note"]')).to.contain('Any number of people can use it');
    await expect(el).to.be.accessible();
  });

  it('selects the whole link when clicked into', async () => {
    const el = await renderLink(createMemoryClient());
    const input = one<HTMLInputElement>(el, '#link');
    const box = input.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    expect(deepActive()).to.equal(input);
    expect(input.selectionStart).to.equal(0);
    expect(input.selectionEnd).to.equal(input.value.length);
  });

  it('copies the link with Copy Link and confirms it visibly and to screen readers', async () => {
    const written: string[] = [];
    restoreClipboard = stubClipboard(async (value) => void written.push(value));
    const el = await renderLink(createMemoryClient());
    const copied = oneEvent(el, 'invite-link-copied');
    one<HTMLButtonElement>(el, '[part~="copy-button"]').click();
    const { detail } = await copied;
    expect(detail).to.deep.equal({ url: linkValue(el), method: 'clipboard' });
    expect(written).to.deep.equal([linkValue(el)]);
    await el.updateComplete;
    const status = one(el, '[part~="copy-status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Copied');
    await expect(el).to.be.accessible();
  });

  it('selects the link and says how to copy it when the clipboard is refused', async () => {
    restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const el = await renderLink(createMemoryClient());
    let events = 0;
    el.addEventListener('invite-link-copied', () => events++);
    one<HTMLButtonElement>(el, '[part~="copy-button"]').click();
    await waitUntil(() => textOf(el, '[part~="copy-status"]') !== '');
    expect(textOf(el, '[part~="copy-status"]')).to.match(/The link is selected: press (Ctrl\+C|⌘C) to copy it\./);
    const input = one<HTMLInputElement>(el, '#link');
    expect(deepActive()).to.equal(input);
    expect(input.selectionEnd! - input.selectionStart!).to.equal(input.value.length);
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();

    // Copying by hand then is confirmed like a button copy.
    const copied = oneEvent(el, 'invite-link-copied');
    input.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, composed: true }));
    expect((await copied).detail.method).to.equal('manual');
  });

  it('asks before refreshing, and Cancel or Escape keep the current link', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    const before = linkValue(el);
    one<HTMLButtonElement>(el, '[part~="refresh-button"]').click();
    await el.updateComplete;
    expect(textOf(el, '[part~="confirm"]')).to.contain('will stop working for everyone');
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('[part~="cancel-button"]'), 'focus moves to Cancel');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '[part~="confirm"]')).to.equal(null);
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('[part~="refresh-button"]'), 'focus returns to Refresh Link');

    one<HTMLButtonElement>(el, '[part~="refresh-button"]').click();
    await el.updateComplete;
    one<HTMLButtonElement>(el, '[part~="cancel-button"]').click();
    await el.updateComplete;
    expect(linkValue(el)).to.equal(before);
    expect(client.callCount('refreshInviteLink')).to.equal(0);
  });

  it('refreshes the link: shows the new one and says the old one no longer works', async () => {
    const backend = createMemoryClient();
    const refreshing = holdable(backend, ['refreshInviteLink']);
    const client = refreshing.client;
    const el = await renderLink(client);
    const before = linkValue(el);
    const refreshed = oneEvent(el, 'invite-link-refreshed');
    refreshing.hold();
    await refresh(el);
    expect(textOf(el, '[part~="refresh-button"]')).to.equal('Refreshing…');
    refreshing.release();
    const { detail } = await refreshed;
    expect(detail.previousUrl).to.equal(before);
    await el.updateComplete;
    expect(linkValue(el)).to.equal(detail.link.url);
    expect(linkValue(el)).to.not.equal(before);
    expect(textOf(el, '.refresh-status')).to.equal('Here is the new link. The previous link no longer works.');
    expect(one(el, '.refresh-status').getAttribute('role')).to.equal('status');
    expect(await client.checkInviteLink(before)).to.include({ valid: false, reason: 'replaced' });
    await waitUntil(() => deepActive() === one(el, '#link'), 'focus moves to the new link');
    await expect(el).to.be.accessible();
  });

  it('never ends showing the older link when a refresh races an earlier load', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    const oldLink = await client.getInviteLink();
    // A backend that ignores aborts: the earlier load answers late, with the old link.
    let answerLoad!: () => void;
    client.getInviteLink = () => new Promise<InviteLink>((resolve) => (answerLoad = () => resolve(oldLink)));
    void el.reload();
    await refresh(el);
    await waitUntil(() => linkValue(el) !== oldLink.url, 'the new link shows');
    answerLoad();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(linkValue(el)).to.not.equal(oldLink.url);
  });

  it('ignores a load that answers with a link older than the one shown', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    const oldLink = await client.getInviteLink();
    await refresh(el);
    await waitUntil(() => linkValue(el) !== oldLink.url);
    const newUrl = linkValue(el);
    client.getInviteLink = async () => ({ ...oldLink, createdAt: new Date(Date.parse(oldLink.createdAt) - 1000).toISOString() });
    await el.reload();
    await el.updateComplete;
    expect(linkValue(el)).to.equal(newUrl);
  });

  it('keeps the current link visible when a refresh fails, and retries with the same key', async () => {
    const client = createMemoryClient();
    const keys: Array<string | undefined> = [];
    const original = client.refreshInviteLink;
    client.refreshInviteLink = (options?: MutationOptions) => {
      keys.push(options?.idempotencyKey);
      return original(options);
    };
    client.failNext('refreshInviteLink', 'unavailable');
    const el = await renderLink(client);
    const before = linkValue(el);
    await refresh(el);
    await waitUntil(() => q(el, '[part~="alert"][role="alert"]'));
    expect(textOf(el, '[role="alert"]')).to.contain('The link wasn’t refreshed, so the current link still works.');
    expect(linkValue(el)).to.equal(before);
    await expect(el).to.be.accessible();

    one<HTMLButtonElement>(el, '[role="alert"] [part~="retry-button"]').click();
    await waitUntil(() => linkValue(el) !== before);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(q(el, '[role="alert"]')).to.equal(null);
  });

  it('shows an error with a retry when the link fails to load', async () => {
    const client = createMemoryClient();
    client.failNext('getInviteLink', 'network');
    const el = await renderLink(client);
    expect(textOf(el, '[role="alert"]')).to.contain('Couldn’t load the invite link.');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="retry-button"]').click();
    await waitUntil(() => linkValue(el) !== '');
  });

  it('explains to viewers who are not portal admins', async () => {
    const el = await renderLink(createMemoryClient({ viewerId: DEMO_IDS.nonAdminId }));
    expect(textOf(el, '[part~="alert"]')).to.contain('Only portal admins can share the invite link');
    expect(q(el, '#link')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers "Try again" when refused on the first load (a session that expired), and shows the link once allowed', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'permission');
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">Before</button><share-invite-link .client=${client}></share-invite-link></div>`,
    );
    const el = wrapper.querySelector<ShareInviteLink>('share-invite-link')!;
    await waitUntil(() => q(el, '[part~="forbidden-retry-button"]'), 'the refusal shows');
    expect(textOf(el, '[part~="alert"]')).to.contain('Only portal admins can share the invite link');
    expect(textOf(el, '[part~="alert"]')).to.contain('Ask a portal admin for the link');
    const retry = one<HTMLButtonElement>(el, '[part~="forbidden-retry-button"]');
    expect(retry.getAttribute('part')!.split(' ')).to.include('retry-button');
    expect(textOf(el, '[part~="forbidden-retry-button"]')).to.equal('Try again');
    const describedBy = retry
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim());
    expect(describedBy).to.deep.equal([
      'Only portal admins can share the invite link',
      'Ask a portal admin for the link, or to invite the person for you.',
    ]);
    await expect(el).to.be.accessible();

    // The session was renewed in another tab: Tab reaches "Try again", Enter loads the link.
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(retry);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => linkValue(el).includes(DEMO_IDS.inviteLinkToken), 'the link shows');
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('#link'), 'focus follows to the link');
    expect(q(el, '[part~="forbidden-retry-button"]')).to.equal(null);
  });

  it('keeps the refusal and focus on "Try again" while trying, and says so when refused again', async () => {
    // Refused by the backend (a session that expired), twice: a rule would offer no "Try again" at all.
    const backend = createMemoryClient();
    backend.failNext('getViewer', 'permission', { times: 2 });
    const viewer = holdable(backend, ['getViewer']);
    const client = viewer.client;
    const el = await renderLink(client);
    const retry = one<HTMLButtonElement>(el, '[part~="forbidden-retry-button"]');
    const status = () => textOf(el, '[part~="alert"] [role="status"]');
    expect(status()).to.equal('');
    const calls = client.callCount('getViewer');
    retry.focus();
    // The answer waits for the test: a latency would race the key press and the checks below.
    viewer.hold();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    expect(status()).to.equal('Loading the invite link…');
    expect(textOf(el, '[part~="alert"] .alert-title')).to.equal('Only portal admins can share the invite link');
    await waitUntil(() => viewer.heldCount === 1, 'trying again asks who is looking');
    viewer.release();
    await waitUntil(() => status() === 'Only portal admins can share the invite link', 'the refusal is announced again');
    expect(client.callCount('getViewer')).to.equal(calls + 1);
    expect(retry.isConnected).to.equal(true);
    expect(retry.getAttribute('aria-disabled')).to.equal('false');
    expect(deepActive()).to.equal(retry);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the new error’s retry when trying again fails another way', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'permission');
    const el = await renderLink(client);
    client.failNext('getInviteLink', 'network');
    one<HTMLButtonElement>(el, '[part~="forbidden-retry-button"]').focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => q(el, '[role="alert"]'), 'the failure shows');
    expect(textOf(el, '[role="alert"]')).to.contain('Couldn’t load the invite link.');
    await waitUntil(
      () => deepActive() === el.shadowRoot!.querySelector('[role="alert"] [part~="retry-button"]'),
      'focus moves to its retry',
    );
  });

  it('sets an expiry where the client supports it and shows "expires in …"', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    expect(textOf(el, '[part~="status-badge"]')).to.equal('Never expires');
    one<HTMLElement>(el, '[part~="settings-summary"]').click();
    await el.updateComplete;
    const select = one<HTMLSelectElement>(el, '#expiry');
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'Never',
      'After 1 day',
      'After 7 days',
      'After 30 days',
    ]);
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'invite-link-settings-changed');
    select.value = '7';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await changed).detail.link.expiresInDays).to.equal(7);
    await el.updateComplete;
    expect(textOf(el, '[part~="status-badge"]')).to.equal('Expires in 7 days');
    expect(textOf(el, '.settings-status')).to.equal('Link settings saved.');
  });

  it('shows an expired link as Expired', async () => {
    // The backend's clock runs two days behind: a one-day link it made expired yesterday.
    const client = createMemoryClient({ now: () => new Date(Date.now() - 2 * 24 * 3600 * 1000) });
    await client.updateInviteLinkSettings({ expiresInDays: 1 });
    const el = await renderLink(client);
    expect(textOf(el, '[part~="status-badge"]')).to.equal('Expired');
    expect(textOf(el, '.alert--danger')).to.contain('This link expired yesterday');
    await expect(el).to.be.accessible();
  });

  it('limits sign-ups to allowed email domains, which the backend enforces', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    one<HTMLElement>(el, '[part~="settings-summary"]').click();
    await el.updateComplete;
    expect(textOf(el, '#domains-hint')).to.equal('Anyone can sign up, whatever their email domain.');
    const input = one<HTMLInputElement>(el, '#domain-input');
    const add = async (value: string) => {
      typeInto(input, value, { focus: false });
      one<HTMLButtonElement>(el, '[part~="add-domain-button"]').click();
      await el.updateComplete;
    };

    await add('not a domain');
    expect(textOf(el, '#domain-error')).to.equal('Enter a domain such as example.com.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await add('@Example.COM');
    await waitUntil(() => textOf(el, '.settings-status') === 'Link settings saved.');
    expect(textOf(el, '[part~="domain-list"]')).to.contain('example.com');
    expect(input.value, 'the field empties once saved').to.equal('');
    await add('example.com');
    expect(textOf(el, '#domain-error')).to.equal('example.com is already on the list.');
    await expect(el).to.be.accessible();

    const url = linkValue(el);
    const refused = await client
      .signUpWithInviteLink({ url, fullName: 'Out Sider', email: 'out@elsewhere.org' })
      .catch((error: Error) => error);
    expect(refused).to.be.instanceOf(Error);
    const inside = await client.signUpWithInviteLink({ url, fullName: 'In Sider', email: 'in@example.com' });
    expect(inside.fullName).to.equal('In Sider');

    one<HTMLButtonElement>(el, '[part~="remove-domain-button"]').click();
    await waitUntil(() => !q(el, '[part~="domain-list"]'));
    expect(deepActive()).to.equal(input);
  });

  it('keeps a settings change that failed on screen and retries it', async () => {
    const client = createMemoryClient();
    client.failNext('updateInviteLinkSettings', 'unavailable');
    const el = await renderLink(client);
    one<HTMLElement>(el, '[part~="settings-summary"]').click();
    await el.updateComplete;
    const select = one<HTMLSelectElement>(el, '#expiry');
    select.value = '30';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => q(el, '.settings [role="alert"]'), 'the failure shows', { timeout: 3000 });
    expect(textOf(el, '.settings [role="alert"]')).to.contain('The link settings weren’t saved.');
    expect(one<HTMLSelectElement>(el, '#expiry').value).to.equal('30');
    one<HTMLButtonElement>(el, '.settings [part~="retry-button"]').click();
    await waitUntil(() => textOf(el, '[part~="status-badge"]') === 'Expires in 30 days');
  });

  it('hides the link settings when the client cannot honour them', async () => {
    const el = await renderLink(createMemoryClient({ capabilities: { linkExpiry: false, allowedDomains: false } }));
    expect(q(el, '[part~="settings"]')).to.equal(null);
    expect(q(el, '[part~="status-badge"]')).to.equal(null);
  });

  it('shows a link the host gives it, with its own heading and label, without loading', async () => {
    const client = createMemoryClient();
    const el = await renderLink(
      client,
      html`<share-invite-link .client=${client} url="https://portal.example.com/w/abc" heading="Workspace Link" label="Workspace link">
        <p slot="note">Anyone with the workspace link can request to join.</p>
      </share-invite-link>`,
    );
    expect(linkValue(el)).to.equal('https://portal.example.com/w/abc');
    expect(textOf(el, '[part~="heading"]')).to.equal('Workspace Link');
    expect(textOf(el, 'label[for="link"]')).to.equal('Workspace link');
    expect(q(el, '[part~="refresh-button"]')).to.equal(null);
    expect(client.callCount('getInviteLink')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard: Tab to Copy Link, Enter copies', async () => {
    restoreClipboard = stubClipboard(async () => {});
    const el = await renderLink(createMemoryClient());
    one<HTMLInputElement>(el, '#link').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, '[part~="copy-button"]'));
    const copied = oneEvent(el, 'invite-link-copied');
    await sendKeys({ press: 'Enter' });
    await copied;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, '[part~="refresh-button"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('[part~="cancel-button"]'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, '[part~="confirm-button"]'));
  });

  it('throws nothing when removed mid-request', async () => {
    const client = createMemoryClient({ latency: 60 });
    const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${client}></share-invite-link>`);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const again = await renderLink(client);
    await refresh(again);
    again.remove();
    await new Promise((resolve) => setTimeout(resolve, 120));
  });
});

describe('<share-invite-link>: live updates', () => {
  /** Another admin of the same portal, in another browser. */
  const otherAdmin = (client: MemoryClient) => client.asViewer('u-jamal');

  /** Counts the element's live subscriptions on `client`. */
  function countSubscriptions(client: MemoryClient): { active: () => number; total: () => number } {
    let active = 0;
    let total = 0;
    const subscribe = client.subscribe.bind(client);
    client.subscribe = (listener) => {
      active++;
      total++;
      const stop = subscribe(listener);
      let stopped = false;
      return () => {
        if (!stopped) active--;
        stopped = true;
        stop();
      };
    };
    return { active: () => active, total: () => total };
  }

  it('shows a link refreshed elsewhere at once and politely says the old one no longer works, keeping focus', async () => {
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void written.push(value) },
    });
    try {
      const client = createMemoryClient();
      const el = await renderLink(client);
      const before = linkValue(el);
      const copy = one<HTMLButtonElement>(el, '[part~="copy-button"]');
      copy.focus();
      copy.click();
      await waitUntil(() => textOf(el, '[part~="copy-status"]').includes('Copied'));

      const fresh = await otherAdmin(client).refreshInviteLink();
      await waitUntil(() => linkValue(el) === fresh.url, 'the new link shows without a reload');
      await el.updateComplete;
      expect(textOf(el, '.refresh-status')).to.equal(
        'The link was refreshed elsewhere, perhaps by another admin. Here is the new link: the previous one no longer works.',
      );
      expect(one(el, '.refresh-status').getAttribute('role'), 'announced politely').to.equal('status');
      expect(textOf(el, '[part~="copy-status"]'), 'the old link’s "Copied" is gone').to.equal('');
      expect(deepActive(), 'focus stays where it was').to.equal(copy);
      expect(await client.checkInviteLink(before)).to.include({ valid: false, reason: 'replaced' });
      await expect(el).to.be.accessible();
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('closes the question before refreshing when the link is replaced meanwhile, with focus on Refresh Link', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    one<HTMLButtonElement>(el, '[part~="refresh-button"]').click();
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('[part~="cancel-button"]'), 'focus moves to Cancel');
    const fresh = await otherAdmin(client).refreshInviteLink();
    await waitUntil(() => linkValue(el) === fresh.url, 'the new link shows');
    await el.updateComplete;
    expect(q(el, '[part~="confirm"]'), 'the question was about the old link').to.equal(null);
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('[part~="refresh-button"]'), 'focus moves to Refresh Link');
    expect(textOf(el, '.refresh-status')).to.contain('the previous one no longer works');
    await expect(el).to.be.accessible();
  });

  it('drops a failed refresh’s retry when the link was replaced elsewhere since', async () => {
    const client = createMemoryClient();
    client.failNext('refreshInviteLink', 'unavailable');
    const el = await renderLink(client);
    await refresh(el);
    await waitUntil(() => q(el, '[role="alert"] [part~="retry-button"]'), 'the failure shows');
    const fresh = await otherAdmin(client).refreshInviteLink();
    await waitUntil(() => linkValue(el) === fresh.url, 'the new link shows');
    await el.updateComplete;
    expect(q(el, '[role="alert"]'), 'nothing left to retry').to.equal(null);
  });

  it('shows settings changed elsewhere, and says so', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    const url = linkValue(el);
    await otherAdmin(client).updateInviteLinkSettings({ expiresInDays: 7, allowedDomains: ['example.com'] });
    await waitUntil(() => textOf(el, '[part~="status-badge"]') === 'Expires in 7 days', 'the new expiry shows');
    one<HTMLElement>(el, '[part~="settings-summary"]').click();
    await el.updateComplete;
    expect(one<HTMLSelectElement>(el, '#expiry').value).to.equal('7');
    expect(textOf(el, '[part~="domain-list"]')).to.contain('example.com');
    expect(linkValue(el)).to.equal(url);
    expect(textOf(el, '.refresh-status')).to.equal('The link settings were changed elsewhere. They are shown as they are now.');
    await expect(el).to.be.accessible();
  });

  it('does not claim its own refresh or settings change happened elsewhere', async () => {
    const client = createMemoryClient();
    const el = await renderLink(client);
    const loads = client.callCount('getInviteLink');
    await refresh(el);
    await waitUntil(() => textOf(el, '.refresh-status') === 'Here is the new link. The previous link no longer works.');
    // Its own change comes back as a pushed change: it looks again, and finds nothing new.
    await waitUntil(() => client.callCount('getInviteLink') > loads, 'it looks again');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(textOf(el, '.refresh-status')).to.equal('Here is the new link. The previous link no longer works.');

    one<HTMLElement>(el, '[part~="settings-summary"]').click();
    await el.updateComplete;
    const select = one<HTMLSelectElement>(el, '#expiry');
    select.value = '30';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => textOf(el, '.settings-status') === 'Link settings saved.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(textOf(el, '.refresh-status')).to.not.contain('elsewhere');
  });

  it('never lets a look started before a settings save bring back the settings from before it', async () => {
    // No live updates: only the host's reload and the save race here.
    const client = createMemoryClient({ capabilities: { liveUpdates: false } });
    const el = await renderLink(client);
    const before = await client.getInviteLink();
    const getInviteLink = client.getInviteLink.bind(client);
    let answerOld!: () => void;
    let gated = true;
    client.getInviteLink = (options) => {
      if (!gated) return getInviteLink(options);
      gated = false;
      // A backend that ignores aborts: this look answers late, with the link as it was.
      return new Promise<InviteLink>((resolve) => (answerOld = () => resolve(before)));
    };
    void el.reload();
    one<HTMLElement>(el, '[part~="settings-summary"]').click();
    await el.updateComplete;
    const select = one<HTMLSelectElement>(el, '#expiry');
    select.value = '30';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => textOf(el, '[part~="status-badge"]') === 'Expires in 30 days', 'the saved expiry shows');
    answerOld();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(textOf(el, '[part~="status-badge"]')).to.equal('Expires in 30 days');
    expect(one<HTMLSelectElement>(el, '#expiry').value).to.equal('30');
  });

  it('stops listening when removed, and listens again (with a fresh link) when put back', async () => {
    const client = createMemoryClient();
    const subscriptions = countSubscriptions(client);
    const el = await renderLink(client);
    expect(subscriptions.active()).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(subscriptions.active(), 'no subscription left behind').to.equal(0);
    const whileAway = await otherAdmin(client).refreshInviteLink();
    parent.append(el);
    await waitUntil(() => linkValue(el) === whileAway.url, 'the link changed while away shows');
    expect(subscriptions.active()).to.equal(1);
    const fresh = await otherAdmin(client).refreshInviteLink();
    await waitUntil(() => linkValue(el) === fresh.url, 'changes show again');
    el.remove();
    expect(subscriptions.active()).to.equal(0);
    expect(subscriptions.total(), 'one subscription per time on the page').to.equal(2);
  });

  it('follows the new client’s changes only, and none while showing a host’s link', async () => {
    const first = createMemoryClient();
    const second = createMemoryClient();
    const firstSubscriptions = countSubscriptions(first);
    const secondSubscriptions = countSubscriptions(second);
    const el = await renderLink(first);
    el.client = second;
    await waitUntil(() => secondSubscriptions.active() === 1, 'it follows the new client');
    expect(firstSubscriptions.active()).to.equal(0);
    el.url = 'https://portal.example.com/w/abc';
    await el.updateComplete;
    expect(secondSubscriptions.active()).to.equal(0);
    await otherAdmin(second).refreshInviteLink();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(linkValue(el)).to.equal('https://portal.example.com/w/abc');
  });

  it('loads nothing for pushed changes when the client has no live updates', async () => {
    const client = createMemoryClient({ capabilities: { liveUpdates: false } });
    const subscriptions = countSubscriptions(client);
    const el = await renderLink(client);
    const before = linkValue(el);
    await otherAdmin(client).refreshInviteLink();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(linkValue(el)).to.equal(before);
    expect(subscriptions.total()).to.equal(0);
  });
});
