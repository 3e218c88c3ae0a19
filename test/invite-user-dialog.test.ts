import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { InviteKitError } from '../src/client/errors.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-user-dialog/define.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/define.js';
import type { InviteUserForm } from '../src/invite-user-form/define.js';
import type { ShareInviteLink } from '../src/share-invite-link/define.js';
import { deepActive, shadow, tabTo, typeInto } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

const nativeDialog = (el: InviteUserDialog) => shadow(el).querySelector('dialog')!;
const form = (el: InviteUserDialog) => shadow(el).querySelector<InviteUserForm>('invite-user-form')!;
const formPart = <T extends HTMLElement = HTMLElement>(el: InviteUserDialog, selector: string) =>
  shadow(form(el)).querySelector<T>(selector);

/** Whether focus is somewhere inside the dialog, through nested shadow roots. */
function focusInside(el: InviteUserDialog): boolean {
  let node: Node | null = deepActive();
  while (node) {
    if (node === el) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

async function setup(client: MemoryClient = createMemoryClient()) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="opener">Invite someone</button>
    <invite-user-dialog .client=${client}></invite-user-dialog>
  </div>`);
  const el = wrapper.querySelector('invite-user-dialog')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  return { el, opener, client };
}

async function openFrom(opener: HTMLButtonElement, el: InviteUserDialog) {
  opener.focus();
  const opened = oneEvent(el, 'invite-dialog-open');
  await el.show();
  await opened;
  await waitUntil(() => form(el).status !== 'checking', 'the form is ready');
}

async function fill(el: InviteUserDialog, id: string, value: string) {
  typeInto(formPart<HTMLInputElement>(el, `#${id}`)!, value, { focus: false });
  await form(el).updateComplete;
}

describe('<invite-user-dialog>', () => {
  it('opens as a modal with its title and tabs, focusing Full Name', async () => {
    const { el, opener } = await setup();
    expect(nativeDialog(el).open).to.equal(false);
    await openFrom(opener, el);
    expect(nativeDialog(el).open).to.equal(true);
    expect(nativeDialog(el).matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(shadow(el).querySelector('[part~="title"]')!.textContent).to.equal('Invite Internal User');
    const tabs = [...shadow(el).querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
    expect(tabs).to.deep.equal(['Invite', 'Share Invite Link']);
    await waitUntil(() => deepActive() === formPart(el, '#fullName'), 'Full Name takes focus');
    await expect(el).to.be.accessible();
  });

  it('closes on Escape and gives focus back to what opened it', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    const closed = oneEvent(el, 'invite-dialog-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.reason).to.equal('escape');
    expect(nativeDialog(el).open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('closes with the close button and gives focus back', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    const close = shadow(el).querySelector<HTMLButtonElement>('[part~="close-button"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const closed = oneEvent(el, 'invite-dialog-close');
    close.click();
    expect((await closed).detail.reason).to.equal('close-button');
    expect(document.activeElement).to.equal(opener);
  });

  it('opens and closes through the open attribute and hide()', async () => {
    const client = createMemoryClient();
    const el = await fixture<InviteUserDialog>(html`<invite-user-dialog open .client=${client}></invite-user-dialog>`);
    await el.updateComplete;
    expect(nativeDialog(el).open).to.equal(true);
    const closed = oneEvent(el, 'invite-dialog-close');
    await el.hide();
    expect((await closed).detail.reason).to.equal('method');
    expect(el.hasAttribute('open')).to.equal(false);
    el.setAttribute('open', '');
    await el.updateComplete;
    expect(nativeDialog(el).open).to.equal(true);
  });

  it('stays open when hidden and shown again at once', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    let closes = 0;
    el.addEventListener('invite-dialog-close', () => closes++);
    await el.hide();
    await el.show();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(nativeDialog(el).open).to.equal(true);
    expect(el.open).to.equal(true);
    expect(closes).to.equal(1);
  });

  it('keeps focus inside while tabbing, forwards and back', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    let insideCount = 0;
    for (let press = 0; press < 14; press++) {
      await sendKeys({ press: 'Tab' });
      // Browsers may pass through their own UI at the end of the cycle; the page behind stays out of reach.
      expect(deepActive(), 'the page behind is inert').to.not.equal(opener);
      if (focusInside(el)) insideCount++;
    }
    await sendKeys({ down: 'Shift' });
    for (let press = 0; press < 4; press++) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.not.equal(opener);
      if (focusInside(el)) insideCount++;
    }
    await sendKeys({ up: 'Shift' });
    expect(insideCount, 'most stops are inside the dialog').to.be.at.least(10);
  });

  it('switches tabs with the arrow keys, Home and End, showing the same share-invite-link element', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    const tab = (name: string) => shadow(el).querySelector<HTMLElement>(`#tab-${name}`)!;
    tab('invite').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.tab).to.equal('share-link');
    expect(deepActive()).to.equal(tab('share-link'));
    expect(tab('share-link').getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).querySelector<HTMLElement>('#panel-invite')!.hidden).to.equal(true);
    const link = shadow(el).querySelector<ShareInviteLink>('share-invite-link')!;
    expect(link).to.be.instanceOf(customElements.get('share-invite-link')!);
    await waitUntil(() => shadow(link).querySelector<HTMLInputElement>('#link')?.value, 'the link loads');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.tab).to.equal('invite');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.tab).to.equal('share-link');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.tab, 'wraps around').to.equal('invite');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.tab).to.equal('share-link');
  });

  it('loads the link only once its tab is shown', async () => {
    const { el, opener, client } = await setup();
    await openFrom(opener, el);
    expect(client.callCount('getInviteLink')).to.equal(0);
    shadow(el).querySelector<HTMLElement>('#tab-share-link')!.click();
    await el.updateComplete;
    await waitUntil(() => client.callCount('getInviteLink') === 1);
  });

  it('keeps an unsent draft when closed and reopened, and clears it after sending', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    await fill(el, 'fullName', 'Draft Keeper');
    await fill(el, 'contact', 'draft@example.com');
    await el.hide();
    await openFrom(opener, el);
    expect(formPart<HTMLInputElement>(el, '#fullName')!.value).to.equal('Draft Keeper');
    expect(formPart<HTMLInputElement>(el, '#contact')!.value).to.equal('draft@example.com');

    const sent = oneEvent(el, 'invite-sent');
    formPart<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    expect((await sent).detail.result.user.fullName).to.equal('Draft Keeper');
    await form(el).updateComplete;
    expect(form(el).status).to.equal('sent');
    await expect(el).to.be.accessible();
    await el.hide();
    await openFrom(opener, el);
    expect(form(el).status).to.equal('editing');
    expect(formPart<HTMLInputElement>(el, '#fullName')!.value).to.equal('');
  });

  it('lets Escape answer the refresh question without closing the dialog', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    el.tab = 'share-link';
    await el.updateComplete;
    const link = shadow(el).querySelector<ShareInviteLink>('share-invite-link')!;
    await waitUntil(() => shadow(link).querySelector('[part~="refresh-button"]'));
    shadow(link).querySelector<HTMLButtonElement>('[part~="refresh-button"]')!.click();
    await waitUntil(() => deepActive() === shadow(link).querySelector('[part~="cancel-button"]'));
    await sendKeys({ press: 'Escape' });
    await link.updateComplete;
    expect(shadow(link).querySelector('[part~="confirm"]')).to.equal(null);
    expect(nativeDialog(el).open).to.equal(true);
  });

  it('explains to viewers who may not invite internal users', async () => {
    const { el, opener } = await setup(createMemoryClient({ viewerId: DEMO_IDS.nonAdminId }));
    await openFrom(opener, el);
    expect(form(el).status).to.equal('forbidden');
    expect(shadow(form(el)).textContent).to.contain('Only portal admins can invite internal users');
    await expect(el).to.be.accessible();
  });

  it('shows the adapter’s failure inside the dialog and keeps what was typed', async () => {
    const client = createMemoryClient();
    client.failNext('inviteInternalUser', 'unavailable');
    const { el, opener } = await setup(client);
    await openFrom(opener, el);
    await fill(el, 'fullName', 'Down Time');
    await fill(el, 'contact', 'down@example.com');
    formPart<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await waitUntil(() => form(el).status === 'failed');
    expect(formPart(el, '[part~="failure"]')!.textContent).to.contain('The service is unavailable right now.');
    expect(formPart<HTMLInputElement>(el, '#fullName')!.value).to.equal('Down Time');
    await expect(el).to.be.accessible();
  });

  describe('sending again after the backend refused a field in a whole sentence', () => {
    // Wrapped over lines under the field in the dialog's narrow column, so taking it away
    // (leaving the field did) reflowed the form while "Send Invitation" was being pressed.
    const REFUSED =
      'This address can’t receive invitations: the mail server at example.com turned our last three messages away as undeliverable, so ask the person for another address, or invite them by phone instead.';

    /** The dialog after a 422 on the email address, the whole dialog on screen (its footer is what gets pressed). */
    async function refusedOnce() {
      await setViewport({ width: 1280, height: 1000 });
      const client = createMemoryClient();
      client.failNext(
        'inviteInternalUser',
        new InviteKitError('validation', 'The mail server refused the address, so nothing was sent.', { fieldErrors: { email: REFUSED } }),
      );
      const { el, opener } = await setup(client);
      await openFrom(opener, el);
      await fill(el, 'fullName', 'Ada Lovelace');
      await fill(el, 'contact', 'ada@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => form(el).status === 'failed', 'the backend refuses the address');
      await form(el).updateComplete;
      expect(formPart(el, '#contact-error')!.textContent).to.equal(REFUSED);
      // The opening animation scales the dialog: measure where the button really is.
      await Promise.all(
        nativeDialog(el)
          .getAnimations()
          .map((animation) => animation.finished),
      );
      return { el, client };
    }

    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('sends on the next click of Send Invitation, nothing moving under the pointer', async () => {
      const { el, client } = await refusedOnce();
      const button = () => formPart(el, '[part~="submit-button"]')!;
      const before = button().getBoundingClientRect();
      // Low on the button, where the pointer stays on it only if nothing moves between mousedown and mouseup.
      await sendMouse({ type: 'move', position: [Math.round(before.left + before.width / 2), Math.round(before.bottom - 5)] });
      await sendMouse({ type: 'down' });
      await form(el).updateComplete;
      expect(button().getBoundingClientRect().top, 'the button stays where it was pressed').to.be.closeTo(before.top, 0.5);
      await sendMouse({ type: 'up' });
      await waitUntil(() => form(el).status === 'sent', 'the second press sends');
      expect(client.callCount('inviteInternalUser')).to.equal(2);
    });

    it('keeps the backend’s words on the field while the keyboard moves on, and sends on Enter', async () => {
      const { el, client } = await refusedOnce();
      const submit = formPart(el, '[part~="submit-button"]');
      await tabTo((active) => active === submit);
      expect(formPart(el, '#contact-error')?.textContent, 'the message stays on the unchanged field').to.equal(REFUSED);
      expect(formPart(el, '[part~="failure"]')!.textContent).to.contain('Fix the marked fields');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => form(el).status === 'sent', 'Enter sends');
      expect(client.callCount('inviteInternalUser')).to.equal(2);
    });
  });

  it('lets the host style the parts of the form and the link inside it', async () => {
    const { el, opener } = await setup();
    const style = document.createElement('style');
    style.textContent = `
      invite-user-dialog::part(title) { letter-spacing: 3px; }
      invite-user-dialog::part(form-submit-button) { letter-spacing: 4px; }
      invite-user-dialog::part(link-copy-button) { letter-spacing: 5px; }`;
    document.head.append(style);
    try {
      await openFrom(opener, el);
      el.tab = 'share-link';
      await el.updateComplete;
      const link = shadow(el).querySelector<ShareInviteLink>('share-invite-link')!;
      await waitUntil(() => shadow(link).querySelector('[part~="copy-button"]'));
      expect(getComputedStyle(shadow(el).querySelector('[part~="title"]')!).letterSpacing).to.equal('3px');
      expect(getComputedStyle(formPart(el, '[part~="submit-button"]')!).letterSpacing).to.equal('4px');
      expect(getComputedStyle(shadow(link).querySelector('[part~="copy-button"]')!).letterSpacing).to.equal('5px');
    } finally {
      style.remove();
    }
  });

  it('throws nothing when removed while open', async () => {
    const { el, opener } = await setup(createMemoryClient({ latency: 50 }));
    await openFrom(opener, el);
    el.tab = 'share-link';
    await el.updateComplete;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
});
