/**
 * A host page's own CSS does not break the elements: a Tailwind-preflight-style reset plus a
 * soup of utility classes on the elements' ancestors leave buttons with their borders and
 * backgrounds, inputs visible and full height, text un-shouted, and the dialog centred.
 * Each element is measured before the page CSS arrives and again after: nothing that matters
 * may change.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { InviteKitProvider } from '../src/invite-kit-provider/invite-kit-provider.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/invite-user-dialog.js';
import type { InviteUserForm } from '../src/invite-user-form/invite-user-form.js';
import { waitUntil } from './fixtures/wait.js';
import { part, q } from './fixtures/dom.js';

/** Tailwind v3's preflight, abridged to what can reach an element, and the utilities used below. */
const HOST_CSS = `
  *, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; margin: 0; padding: 0; }
  html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4; font-family: ui-sans-serif, system-ui, sans-serif; }
  body { margin: 0; line-height: inherit; }
  h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
  a { color: inherit; text-decoration: inherit; }
  button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; font-weight: inherit; line-height: inherit; color: inherit; margin: 0; padding: 0; }
  button, [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; background-color: transparent; background-image: none; }
  button, input { font: inherit; color: inherit; background: transparent; }
  ol, ul, menu { list-style: none; margin: 0; padding: 0; }
  img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
  [hidden] { display: none; }
  dialog { padding: 0; }
  .uppercase { text-transform: uppercase; }
  .italic { font-style: italic; }
  .font-bold { font-weight: 700; }
  .text-center { text-align: center; }
  .tracking-widest { letter-spacing: 0.1em; }
  .whitespace-nowrap { white-space: nowrap; }
  .leading-none { line-height: 1; }
  .text-xs { font-size: 0.75rem; line-height: 1rem; }
  .indent-8 { text-indent: 2rem; }
  .text-slate-500 { color: #64748b; }
  .p-4 { padding: 1rem; }
`;
/** Utilities on an ancestor: all inherited, none of them the elements' business. */
const SOUP = 'uppercase italic font-bold text-center tracking-widest whitespace-nowrap leading-none text-xs indent-8 text-slate-500';

const PROPERTIES = [
  'color',
  'background-color',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-top-left-radius',
  'padding-left',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-transform',
  'text-align',
  'text-indent',
  'letter-spacing',
  'white-space',
  'box-sizing',
];

/** Computed styles and layout size (offset sizes: the dialog's opening animation scales its box for a moment). */
function snapshot(node: HTMLElement): Record<string, string | number> {
  const style = getComputedStyle(node);
  return {
    ...Object.fromEntries(PROPERTIES.map((property) => [property, style.getPropertyValue(property)])),
    width: node.offsetWidth,
    height: node.offsetHeight,
  };
}

describe('host page CSS', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());

  it('a preflight reset and utility classes on ancestors change nothing inside the elements', async () => {
    const client = createMemoryClient();
    const provider = await fixture<InviteKitProvider>(html`<invite-kit-provider .client=${client}>
      <div id="soup" style="width: 44rem">
        <workspace-members-panel workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>
        <share-invite-link></share-invite-link>
        <resend-invite-button workspace-id=${DEMO_IDS.flowWorkspaceId} member-id=${DEMO_IDS.notJoinedMemberId}></resend-invite-button>
        <invite-user-dialog></invite-user-dialog>
      </div>
    </invite-kit-provider>`);
    const link = provider.querySelector('share-invite-link')!;
    const resend = provider.querySelector('resend-invite-button')!;
    const panel = provider.querySelector('workspace-members-panel')!;
    const dialog = provider.querySelector<InviteUserDialog>('invite-user-dialog')!;
    await dialog.show();
    const form = dialog.shadowRoot!.querySelector<InviteUserForm>('invite-user-form')!;
    const loaded = () => ({
      form: form.status,
      link: Boolean(q(link, '[part~="copy-button"]')),
      panel: Boolean(panel.shadowRoot?.querySelector('[part~="row"]')),
    });
    await waitUntil(() => Object.values(loaded()).every((value) => value === true || value === 'editing'), undefined, {
      timeout: 6000,
    }).catch(() => {
      throw new Error(`the elements did not load: ${JSON.stringify(loaded())}`);
    });
    await form.updateComplete;

    const watched: Record<string, HTMLElement> = {
      'link heading': part(link, 'heading'),
      'link input': part(link, 'link-input'),
      'copy button (primary)': part(link, 'copy-button'),
      'refresh button': part(link, 'refresh-button'),
      'link note': part(link, 'note'),
      'resend button': part(resend, 'button'),
      'panel title': part(panel, 'title'),
      'invite members button': part(panel, 'invite-members-button'),
      'member row': part(panel, 'row'),
      'status badge': part(panel, 'status-badge'),
      'filter input': part(panel, 'filter-input'),
      'dialog title': part(dialog, 'title'),
      'dialog tab': part(dialog, 'tab'),
      'close button': part(dialog, 'close-button'),
      'form label': part(form, 'label'),
      'form input': part(form, 'input'),
      'form hint': part(form, 'hint'),
      'delivery option': part(form, 'delivery-option'),
      'submit button': part(form, 'submit-button'),
    };
    const before = Object.fromEntries(Object.entries(watched).map(([name, node]) => [name, snapshot(node)]));
    const dialogWidth = part(dialog, 'base').offsetWidth;

    style = document.createElement('style');
    style.textContent = HOST_CSS;
    document.head.append(style);
    provider.querySelector('#soup')!.className = SOUP;
    await new Promise((resolve) => requestAnimationFrame(resolve));

    const changed: string[] = [];
    for (const [name, node] of Object.entries(watched)) {
      const after = snapshot(node);
      for (const [property, value] of Object.entries(before[name]!)) {
        if (after[property] !== value) changed.push(`${name}: ${property} ${value} → ${after[property]}`);
      }
    }
    expect(changed).to.deep.equal([]);

    // Spelled out, for the reader: buttons keep borders and backgrounds, inputs are visible, the dialog is centred.
    expect(getComputedStyle(part(form, 'submit-button')).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(part(resend, 'button')).borderTopStyle).to.equal('solid');
    expect(part(form, 'input').getBoundingClientRect().height).to.be.at.least(36);
    await Promise.all(
      part(dialog, 'base')
        .getAnimations()
        .map((animation) => animation.finished),
    );
    const box = part(dialog, 'base').getBoundingClientRect();
    expect(Math.abs(box.left - (document.documentElement.clientWidth - box.right))).to.be.below(2);
    expect(part(dialog, 'base').offsetWidth).to.equal(dialogWidth);
    await dialog.hide();
  });

  it('hosts with utility classes of their own still lay out', async () => {
    style = document.createElement('style');
    style.textContent = HOST_CSS;
    document.head.append(style);
    const form = await fixture<InviteUserForm>(
      html`<invite-user-form class="${SOUP} p-4" .client=${createMemoryClient()}></invite-user-form>`,
    );
    await waitUntil(() => form.status === 'editing', 'the form did not load', { timeout: 4000 });
    await form.updateComplete;
    // The element's box is the host's to lay out (its padding applies)…
    expect(getComputedStyle(form).paddingTop).to.equal('16px');
    // …but the kit's typography sits on its inner root, so classes on the host don't reach the words.
    expect(getComputedStyle(part(form, 'label')).textTransform).to.equal('none');
    expect(getComputedStyle(part(form, 'label')).fontStyle).to.equal('normal');
    expect(getComputedStyle(part(form, 'submit-button')).borderTopStyle).to.equal('solid');
    expect(part(form, 'input').getBoundingClientRect().width).to.be.above(200);
  });

  it('a page reset that reaches the host itself (* { all: unset }) leaves the kit one typeface', async () => {
    const client = createMemoryClient();
    const form = await fixture<InviteUserForm>(html`<invite-user-form .client=${client}></invite-user-form>`);
    await waitUntil(() => form.status === 'editing', 'the form did not load', { timeout: 4000 });
    const before = getComputedStyle(part(form, 'label')).fontFamily;
    const inputBefore = getComputedStyle(part(form, 'input')).fontFamily;
    style = document.createElement('style');
    style.textContent = `* { all: unset; display: revert; } body { font-family: 'Courier New', monospace; font-size: 30px; }`;
    document.head.append(style);
    expect(getComputedStyle(part(form, 'label')).fontFamily).to.equal(before);
    expect(getComputedStyle(part(form, 'input')).fontFamily).to.equal(inputBefore);
    expect(getComputedStyle(part(form, 'label')).fontFamily).not.to.include('Courier');
    expect(getComputedStyle(part(form, 'base')).fontSize).not.to.equal('30px');
  });

  it('an element that forces a colour scheme paints the surface of that scheme', async () => {
    document.documentElement.style.colorScheme = 'light';
    try {
      const form = await fixture<InviteUserForm>(
        html`<invite-user-form color-scheme="dark" .client=${createMemoryClient()}></invite-user-form>`,
      );
      await waitUntil(() => form.status === 'editing', 'the form did not load', { timeout: 4000 });
      const surface = getComputedStyle(part(form, 'base')).backgroundColor;
      expect(surface, 'the dark surface is painted').not.to.equal('rgba(0, 0, 0, 0)');
      // Dark surface, light text: the label reads.
      const luminance = (rgb: string) => {
        const [r, g, b] = rgb.match(/\d+/gu)!.map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      expect(luminance(surface)).to.be.below(80);
      expect(luminance(getComputedStyle(part(form, 'label')).color)).to.be.above(170);
      // Without forcing a scheme, the element stays transparent on the page's own background.
      const plain = await fixture<InviteUserForm>(html`<invite-user-form .client=${createMemoryClient()}></invite-user-form>`);
      await waitUntil(() => plain.status === 'editing', 'the form did not load', { timeout: 4000 });
      expect(getComputedStyle(part(plain, 'base')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('a forced scheme reaches the kit elements inside, with no attribute passed on', async () => {
    const dialog = await fixture<InviteUserDialog>(
      html`<invite-user-dialog color-scheme="dark" .client=${createMemoryClient()}></invite-user-dialog>`,
    );
    await dialog.show();
    const form = dialog.shadowRoot!.querySelector('invite-user-form')!;
    expect(form.hasAttribute('color-scheme')).to.equal(false);
    expect(getComputedStyle(form).colorScheme).to.equal('dark');
    await dialog.hide();
  });

  it('the Admin Portal and the profile menu pass no scheme attribute to the kit elements they render either', async () => {
    const admin = await fixture<HTMLElement>(
      html`<internal-users-admin color-scheme="dark" .client=${createMemoryClient()}></internal-users-admin>`,
    );
    await waitUntil(() => admin.shadowRoot!.querySelector('resend-invite-button'), 'an invited user’s resend button');
    const resend = admin.shadowRoot!.querySelector('resend-invite-button')!;
    expect(resend.hasAttribute('color-scheme')).to.equal(false);
    expect(getComputedStyle(resend).colorScheme).to.equal('dark');
    const menu = await fixture<HTMLElement & { openInviteDialog(): Promise<void> }>(
      html`<invite-profile-menu color-scheme="dark" .client=${createMemoryClient()}></invite-profile-menu>`,
    );
    await menu.openInviteDialog();
    const dialog = menu.shadowRoot!.querySelector('invite-user-dialog')!;
    expect(dialog.hasAttribute('color-scheme')).to.equal(false);
    expect(getComputedStyle(dialog).colorScheme).to.equal('dark');
  });
});
