import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { InviteKitError } from '../src/client/errors.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-profile-menu/define.js';
import type { InviteProfileMenu } from '../src/invite-profile-menu/define.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/define.js';
import { gated, holdable } from './fixtures/clients.js';
import { deepActive, shadow } from './fixtures/dom.js';
import { isCutOff } from './fixtures/layout.js';
import { waitUntil } from './fixtures/wait.js';

const button = (el: InviteProfileMenu) => shadow(el).querySelector<HTMLButtonElement>('#button')!;
const panel = (el: InviteProfileMenu) => shadow(el).querySelector<HTMLElement>('#panel')!;
const label = (el: InviteProfileMenu) => shadow(el).querySelector('#button-label')!.textContent!.trim();
const inviteItem = (el: InviteProfileMenu) => shadow(el).querySelector<HTMLElement>('#invite-item');

/** The menu in a page header, with the host's two items unless `items` is false. */
async function mountMenu(client: MemoryClient, items = true) {
  const wrapper = await fixture<HTMLElement>(html`<header style="display:flex;justify-content:flex-end;padding:8px">
    <invite-profile-menu .client=${client}>
      ${
        items
          ? html`<a slot="item" href="#settings" data-value="settings">Settings</a>
            <button slot="item" data-value="sign-out">Sign out</button>`
          : ''
      }
    </invite-profile-menu>
    <button id="after">After the menu</button>
  </header>`);
  return wrapper.querySelector('invite-profile-menu')!;
}

/** The menu once its viewer has loaded. */
async function renderMenu(client: MemoryClient = createMemoryClient(), items = true) {
  const el = await mountMenu(client, items);
  await waitUntil(() => label(el) !== 'Profile', 'the viewer loads');
  return el;
}

/** A menu whose viewer failed to load, opened (opening tries again, and that fails too) with its retry item focused. */
async function renderMenuFailing(client: MemoryClient) {
  const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${client}></invite-profile-menu>`);
  await waitUntil(() => shadow(el).querySelector('#retry-item'), 'the failure shows');
  button(el).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(
    () => client.callCount('getViewer') === 2 && deepActive() === shadow(el).querySelector('#retry-item[aria-disabled="false"]'),
    'trying again fails too',
  );
  return el;
}

async function openWithClick(el: InviteProfileMenu) {
  button(el).click();
  await el.updateComplete;
  await waitUntil(() => panel(el).style.top !== '', 'the menu is positioned');
}

describe('<invite-profile-menu>', () => {
  it('shows the viewer’s initials on a labelled menu button', async () => {
    const el = await renderMenu();
    expect(label(el)).to.equal('Profile: Avery Chen');
    expect(button(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('[part~="avatar"]')!.textContent!.trim()).to.equal('AC');
    await expect(el).to.be.accessible();
  });

  it('shows the viewer’s picture when there is one, and initials when it fails to load', async () => {
    const client = createMemoryClient();
    const viewer = await client.getViewer();
    const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
    client.getViewer = async () => ({ ...viewer, avatarUrl: pixel });
    const el = await renderMenu(client);
    expect(shadow(el).querySelector<HTMLImageElement>('[part~="avatar-image"]')!.src).to.equal(pixel);
    client.getViewer = async () => ({ ...viewer, avatarUrl: 'data:image/png;base64,broken' });
    el.client = createMemoryClient();
    el.client = client;
    await waitUntil(() => shadow(el).querySelector('[part~="avatar"]')!.textContent!.trim() === 'AC', 'falls back to initials');
  });

  it('opens on click, positioned under the button, with the kit’s item first', async () => {
    const el = await renderMenu();
    await openWithClick(el);
    expect(el.open).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el).matches(':popover-open')).to.equal(true);
    const buttonBox = button(el).getBoundingClientRect();
    const panelBox = panel(el).getBoundingClientRect();
    expect(panelBox.top).to.be.at.least(buttonBox.bottom);
    expect(panelBox.right).to.be.at.most(window.innerWidth);
    expect(deepActive()).to.equal(inviteItem(el));
    expect(inviteItem(el)!.textContent!.trim()).to.equal('Invite Internal User');
    expect(shadow(el).querySelector('[part~="viewer-name"]')!.textContent).to.equal('Avery Chen');
    await expect(el).to.be.accessible();
  });

  describe('with a long name or address', () => {
    const EMAIL_66 = 'alexandra.konstantinopoulou-van.der.westhuizen@example-holdings.co';
    const EMAIL_300 = `${'a'.repeat(140)}.${'b'.repeat(100)}@${'c'.repeat(46)}.example.com`;
    const RTL_NAME = 'عبد الرحمن بن محمد بن عبد العزيز آل سعود الفيصل القحطاني الدوسري';

    /** The menu, opened, for a viewer with this name and address. */
    async function openFor(changes: { fullName?: string; email?: string }) {
      const client = createMemoryClient();
      const viewer = await client.getViewer();
      client.getViewer = async () => ({ ...viewer, ...changes });
      const el = await renderMenu(client);
      await openWithClick(el);
      return el;
    }

    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 390, height: 720 },
    ]) {
      it(`keeps the menu its width at ${viewport.width} px, cutting the text off with all of it in the tooltip and the menu’s name`, async () => {
        await setViewport(viewport);
        const plain = await openFor({});
        const plainButton = button(plain).getBoundingClientRect().width;
        const cap = Math.min(320, window.innerWidth - 16);
        for (const changes of [{ email: EMAIL_66 }, { email: EMAIL_300 }, { fullName: RTL_NAME, email: EMAIL_66 }]) {
          const el = await openFor(changes);
          const box = panel(el).getBoundingClientRect();
          const which = JSON.stringify(changes).slice(0, 40);
          expect(box.width, `${which}: the menu is capped`).to.be.at.most(cap + 0.5);
          expect(box.left, which).to.be.at.least(0);
          expect(box.right, which).to.be.at.most(window.innerWidth);
          expect(button(el).getBoundingClientRect().width, `${which}: the button doesn’t grow`).to.equal(plainButton);
          const email = shadow(el).querySelector<HTMLElement>('[part~="viewer-email"]')!;
          expect(isCutOff(email), `${which}: the address is cut off`).to.equal(true);
          expect(email.textContent).to.equal(changes.email);
          expect(email.title).to.equal(changes.email);
          const name = shadow(el).querySelector<HTMLElement>('[part~="viewer-name"]')!;
          expect(name.title).to.equal(changes.fullName ?? 'Avery Chen');
          if (changes.fullName) expect(isCutOff(name), `${which}: the name is cut off`).to.equal(true);
          const menuName = shadow(el)
            .querySelector('[role="menu"]')!
            .getAttribute('aria-labelledby')!
            .split(' ')
            .map((id) => shadow(el).getElementById(id)!.textContent!.trim())
            .join(' ');
          expect(menuName).to.contain(changes.email);
          expect(menuName).to.contain(changes.fullName ?? 'Avery Chen');
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  it('flips above the button near the bottom of the viewport and follows scrolling', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="height:300vh">
      <div style="position:absolute;top:calc(100vh - 60px);left:8px">
        <invite-profile-menu .client=${createMemoryClient()}></invite-profile-menu>
      </div>
    </div>`);
    const el = wrapper.querySelector('invite-profile-menu')!;
    await waitUntil(() => inviteItem(el) || label(el) !== 'Profile');
    await openWithClick(el);
    await waitUntil(() => panel(el).dataset.placement?.startsWith('top'), 'flipped to the top');
    expect(panel(el).getBoundingClientRect().bottom).to.be.at.most(button(el).getBoundingClientRect().top);
    expect(panel(el).getBoundingClientRect().left, 'shifted inside the viewport').to.be.at.least(0);

    const before = panel(el).getBoundingClientRect().top;
    window.scrollBy(0, 40);
    await waitUntil(
      () => Math.abs(panel(el).getBoundingClientRect().top - (before - 40)) < 2 || panel(el).dataset.placement?.startsWith('bottom'),
      'follows the scroll',
    );
    window.scrollTo(0, 0);
  });

  it('moves with the arrow keys, Home and End, wrapping around', async () => {
    const el = await renderMenu();
    button(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const items = () => [inviteItem(el), el.querySelector('[data-value="settings"]'), el.querySelector('[data-value="sign-out"]')];
    expect(deepActive()).to.equal(items()[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(items()[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(items()[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive(), 'wraps to the first').to.equal(items()[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive(), 'wraps to the last').to.equal(items()[2]);
    await sendKeys({ press: 'Home' });
    expect(deepActive()).to.equal(items()[0]);
    await sendKeys({ press: 'End' });
    expect(deepActive()).to.equal(items()[2]);
    expect(el.querySelector('[data-value="settings"]')!.getAttribute('role')).to.equal('menuitem');
  });

  it('opens on ArrowUp with the last item focused', async () => {
    const el = await renderMenu();
    button(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(deepActive()).to.equal(el.querySelector('[data-value="sign-out"]'));
  });

  it('jumps to an item by typing its first letters', async () => {
    const el = await renderMenu();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()).to.equal(inviteItem(el));
    await sendKeys({ press: 's' });
    expect(deepActive()).to.equal(el.querySelector('[data-value="settings"]'));
    await sendKeys({ press: 's' });
    expect(deepActive(), 'the same letter again goes to the next match').to.equal(el.querySelector('[data-value="sign-out"]'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await sendKeys({ type: 'inv' });
    expect(deepActive()).to.equal(inviteItem(el));
  });

  it('closes on Escape and returns focus to the button', async () => {
    const el = await renderMenu();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(panel(el).matches(':popover-open')).to.equal(false);
    expect(deepActive()).to.equal(button(el));
  });

  it('closes on a click outside', async () => {
    const el = await renderMenu();
    await openWithClick(el);
    await sendMouse({ type: 'click', position: [5, window.innerHeight - 5] });
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('closes when Tab takes focus away', async () => {
    const el = await renderMenu();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(el.parentElement!.querySelector('#after'));
  });

  it('offers "Invite Internal User" only to portal admins', async () => {
    const el = await renderMenu(createMemoryClient({ viewerId: DEMO_IDS.nonAdminId }));
    await openWithClick(el);
    expect(inviteItem(el)).to.equal(null);
    expect(deepActive()).to.equal(el.querySelector('[data-value="settings"]'));
    await expect(el).to.be.accessible();
  });

  it('says there is nothing to choose rather than open an empty menu', async () => {
    const el = await renderMenu(createMemoryClient({ viewerId: DEMO_IDS.nonAdminId }), false);
    await openWithClick(el);
    const item = shadow(el).querySelector('[role="menuitem"]')!;
    expect(item.getAttribute('aria-disabled')).to.equal('true');
    expect(item.textContent).to.contain('Nothing to do here yet');
    await expect(el).to.be.accessible();
  });

  it('keeps focus in the menu when the viewer arrives while it is open', async () => {
    // The viewer arrives when the test releases it, after the menu opened (a latency would race the key press).
    const gate = gated(createMemoryClient(), ['getViewer']);
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${gate.client}></invite-profile-menu>`);
    await waitUntil(() => gate.calls('getViewer').length === 1, 'the viewer is asked for');
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="menuitem"]')!.textContent).to.contain('Loading your profile');
    gate.releaseAll();
    await waitUntil(() => inviteItem(el), 'the viewer arrives');
    await el.updateComplete;
    expect(deepActive()).to.equal(inviteItem(el));
  });

  it('offers a retry when the viewer fails to load', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'network');
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${client}></invite-profile-menu>`);
    await waitUntil(() => shadow(el).querySelector('#retry-item'));
    button(el).click();
    await el.updateComplete;
    await waitUntil(() => inviteItem(el), 'opening the menu tries again');
  });

  it('says in the panel why the viewer failed to load, with a retry item the arrow keys reach', async () => {
    const client = createMemoryClient();
    // The first load fails, and so does the one opening the menu starts.
    client.failNext('getViewer', 'network', { times: 2 });
    const el = await mountMenu(client);
    const retryItem = () => shadow(el).querySelector<HTMLElement>('#retry-item');
    await waitUntil(retryItem, 'the failure shows');
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => client.callCount('getViewer') === 2 && deepActive() === retryItem(),
      'trying again fails too, and its item has focus',
    );

    const reason = shadow(el).querySelector<HTMLElement>('[part~="viewer-error"]')!;
    expect(reason.textContent!.trim()).to.equal('Couldn’t reach the server. Check your connection and try again.');
    expect(panel(el).contains(reason)).to.equal(true);
    expect(reason.closest('[role="menu"]') === null, 'the reason is not an item').to.equal(true);
    expect(reason.getAttribute('role'), 'announced politely').to.equal('status');
    const item = retryItem()!;
    expect(item.getAttribute('role')).to.equal('menuitem');
    expect(item.getAttribute('part')!.split(' ')).to.include.members(['menu-item', 'retry-item']);
    expect(shadow(el).getElementById(item.getAttribute('aria-describedby')!) === reason, 'the item is described by the reason').to.equal(
      true,
    );
    await expect(el).to.be.accessible();

    // The arrow keys move between it and the host's items.
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive() === el.querySelector('[data-value="settings"]'), 'ArrowDown reaches the host’s first item').to.equal(true);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive() === retryItem(), 'wraps to the retry item').to.equal(true);

    // Enter tries again; once the viewer loads, the reason goes and focus stays in the menu.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inviteItem(el), 'the viewer loads');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="viewer-error"]') === null, 'the reason is gone').to.equal(true);
    expect(shadow(el).querySelector('[part~="viewer-name"]')!.textContent).to.equal('Avery Chen');
    expect(el.open).to.equal(true);
    await waitUntil(() => deepActive() === inviteItem(el), 'focus moves to the item that replaced the retry');
  });

  it('moves focus to the retry item when the first load fails while the menu is open, unless the person moved on', async () => {
    const open = async (moveFirst: boolean) => {
      // The failure arrives when the test says, after its key presses: a latency would race them (a slow
      // key round trip let the failure arrive before Enter, or between Enter and ArrowDown).
      const backend = createMemoryClient();
      backend.failNext('getViewer', 'network');
      const gate = gated(backend, ['getViewer']);
      const el = await mountMenu(gate.client);
      await waitUntil(() => gate.calls('getViewer').length === 1, 'the viewer is asked for');
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActive() === el.querySelector('[data-value="settings"]'), 'while loading, the host’s first item has focus').to.equal(true);
      if (moveFirst) await sendKeys({ press: 'ArrowDown' });
      gate.releaseAll();
      await waitUntil(() => shadow(el).querySelector('#retry-item'), 'the failure shows');
      await el.updateComplete;
      return el;
    };
    const untouched = await open(false);
    expect(deepActive() === shadow(untouched).querySelector('#retry-item'), 'focus moves to the retry item').to.equal(true);
    const moved = await open(true);
    expect(deepActive() === moved.querySelector('[data-value="sign-out"]'), 'focus stays where the person put it').to.equal(true);
  });

  it('gives the backend’s own words for a refusal as the reason', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', new InviteKitError('permission', 'Your session has expired. Sign in again.'), { times: 2 });
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${client}></invite-profile-menu>`);
    await waitUntil(() => shadow(el).querySelector('#retry-item'), 'the failure shows');
    await openWithClick(el);
    await waitUntil(
      () => client.callCount('getViewer') === 2 && shadow(el).querySelector('[part~="viewer-error"]'),
      'trying again is refused too',
    );
    expect(shadow(el).querySelector('[part~="viewer-error"]')!.textContent!.trim()).to.equal('Your session has expired. Sign in again.');
    expect(deepActive() === shadow(el).querySelector('#retry-item'), 'the retry item has focus').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the retry item while trying again, and announces how it went', async () => {
    const backend = createMemoryClient();
    backend.failNext('getViewer', 'unavailable', { times: 3 });
    const viewer = holdable(backend, ['getViewer']);
    const client = viewer.client;
    const el = await renderMenuFailing(client);
    const item = shadow(el).querySelector<HTMLElement>('#retry-item')!;
    const reason = () => shadow(el).querySelector('[part~="viewer-error"]')!.textContent!.trim();
    expect(deepActive() === item, 'the retry item has focus').to.equal(true);
    // The answer waits for the test: a latency would race the key press and the checks below.
    viewer.hold();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive() === item, 'focus stays on it').to.equal(true);
    expect(item.getAttribute('aria-disabled')).to.equal('true');
    expect(reason()).to.equal('Loading your profile…');
    // Choosing it again meanwhile asks nothing more.
    item.click();
    await waitUntil(() => viewer.heldCount > 0, 'trying again asks the backend');
    viewer.release();
    await waitUntil(() => item.getAttribute('aria-disabled') === 'false', 'the answer comes');
    expect(viewer.heldCount, 'one request while trying again').to.equal(1);
    expect(client.callCount('getViewer')).to.equal(3);
    expect(reason()).to.equal('The service is unavailable right now. Try again in a moment.');
    expect(deepActive() === item, 'focus is still on it').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens the invite dialog from "Invite Internal User" and returns focus to the button after', async () => {
    const el = await renderMenu();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const selected = oneEvent(el, 'invite-profile-menu-select');
    const opened = oneEvent(el, 'invite-dialog-open');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.value).to.equal('invite-internal-user');
    await opened;
    const dialog = shadow(el).querySelector<InviteUserDialog>('invite-user-dialog')!;
    expect(dialog.open).to.equal(true);
    expect(el.open).to.equal(false);
    await expect(el).to.be.accessible();
    const closed = oneEvent(el, 'invite-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(deepActive()).to.equal(button(el));
  });

  it('tells the host which of its items was chosen, once per choice', async () => {
    const el = await renderMenu();
    await openWithClick(el);
    let choices = 0;
    el.addEventListener('invite-profile-menu-select', () => choices++);
    const selected = oneEvent(el, 'invite-profile-menu-select');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: ' ' });
    const { detail } = await selected;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(choices).to.equal(1);
    expect(detail.value).to.equal('sign-out');
    expect(detail.item).to.equal(el.querySelector('[data-value="sign-out"]'));
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(deepActive()).to.equal(button(el));
  });

  it('lets the host open its own dialog by cancelling the selection', async () => {
    const el = await renderMenu();
    el.addEventListener('invite-profile-menu-select', (event) => event.preventDefault());
    await openWithClick(el);
    inviteItem(el)!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('invite-user-dialog')).to.equal(null);
  });

  it('throws nothing when removed while open or loading', async () => {
    const client = createMemoryClient({ latency: 50 });
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${client}></invite-profile-menu>`);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 80));
    const again = await renderMenu(createMemoryClient());
    await openWithClick(again);
    again.remove();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(again.open).to.equal(false);
  });
});
