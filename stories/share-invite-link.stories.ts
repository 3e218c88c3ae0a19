import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { InviteKitError } from '../src/client/errors.js';
import { DEMO_IDS } from '../src/client/memory/memory-client.js';
import '../src/i18n/locales/es.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/share-invite-link/define.js';
import type { ShareInviteLink } from '../src/share-invite-link/define.js';
import { cardBackground, colorSchemeArgType, failingNext, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

interface Args extends MemoryClientArgs {
  heading?: string;
  colorScheme: 'light' | 'dark';
}

/** The element once its link shows, with the client it renders with. */
async function ready(
  canvas: HTMLElement,
): Promise<{ el: ShareInviteLink; client: MemoryClient; find: <T extends HTMLElement>(selector: string) => T | null }> {
  const el = canvas.querySelector<ShareInviteLink>('share-invite-link')!;
  await until(() => el.shadowRoot?.querySelector<HTMLInputElement>('#link')?.value);
  const find = <T extends HTMLElement>(selector: string) => el.shadowRoot!.querySelector<T>(selector);
  return { el, client: el.client as MemoryClient, find };
}

async function askToRefresh(canvas: HTMLElement) {
  const { el, find } = await ready(canvas);
  find('[part~="refresh-button"]')!.click();
  await el.updateComplete;
  return ready(canvas);
}

async function openSettings(canvas: HTMLElement) {
  const found = await ready(canvas);
  found.find<HTMLDetailsElement>('[part~="settings"]')!.open = true;
  await found.el.updateComplete;
  return found;
}

/** Changes the link's settings the way another admin would, then shows the result. */
async function withSettings(canvas: HTMLElement, settings: Parameters<MemoryClient['updateInviteLinkSettings']>[0]) {
  const { el, client } = await ready(canvas);
  await client.updateInviteLinkSettings(settings);
  await el.reload();
  return openSettings(canvas);
}

const meta: Meta<Args> = {
  title: 'Portal/Share Invite Link',
  component: 'share-invite-link',
  args: { colorScheme: 'light', makeClient: memoryClient() },
  argTypes: {
    colorScheme: colorSchemeArgType,
    makeClient: makeClientArgType,
  },
  // The element draws no background of its own: it sits on the host's card, which the dark story paints dark.
  render: (args) => html`<div style="max-width: 34rem; padding: 1rem; border-radius: 12px; background: ${cardBackground(args.colorScheme)}">
    <share-invite-link heading=${ifDefined(args.heading)} color-scheme=${args.colorScheme} .client=${args.makeClient()}></share-invite-link>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Dark: Story = { args: { colorScheme: 'dark' } };

export const Loading: Story = { args: { makeClient: memoryClient({ latency: 600_000 }) } };

export const LoadFailed: Story = {
  args: { makeClient: failingNext('getInviteLink', 'unavailable') },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShareInviteLink>('share-invite-link')!;
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
  },
};

/** No client anywhere: the element falls back to the embedded demo portal and says so ("Demo data"). */
export const DemoData: Story = {
  name: 'No client given (demo data)',
  render: (args) => html`<share-invite-link color-scheme=${args.colorScheme}></share-invite-link>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShareInviteLink>('share-invite-link')!;
    await until(() => el.shadowRoot!.querySelector('[part~="demo-badge"]'));
  },
};

export const NotAllowed: Story = {
  args: { makeClient: memoryClient({ viewerId: DEMO_IDS.nonAdminId }) },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShareInviteLink>('share-invite-link')!;
    await until(() => el.shadowRoot!.querySelector('.alert--warning'));
  },
};

/** "Try again" under the refusal, pressed: the refusal stays, the button busy, until the answer comes. */
export const NotAllowedTryingAgain: Story = {
  name: 'Refused by the backend, trying again',
  // A backend's refusal (a session that expired) can change on a retry; a portal rule can't, so it offers none.
  args: { makeClient: failingNext('getViewer', 'permission', { times: 2 }) },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShareInviteLink>('share-invite-link')!;
    const retry = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="forbidden-retry-button"]'));
    (el.client as MemoryClient).setLatency(600_000);
    retry.click();
    await until(() => retry.getAttribute('aria-disabled') === 'true');
  },
};

/** "Copied", shown and announced; copying the selected link by hand confirms the same way. */
export const Copied: Story = {
  play: async ({ canvasElement }) => {
    const { el, find } = await ready(canvasElement);
    find('#link')!.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, composed: true }));
    await el.updateComplete;
  },
};

/** The browser refused the Clipboard API: the link is selected and the page says how to copy it. */
export const CopyRefused: Story = {
  play: async ({ canvasElement }) => {
    const { el, find } = await ready(canvasElement);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) },
    });
    try {
      find('[part~="copy-button"]')!.click();
      await until(() => find('[part~="copy-status"]')?.textContent?.trim());
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    await el.updateComplete;
  },
};

/** Refresh Link asks first: the current link will stop working for everyone. */
export const ConfirmRefresh: Story = {
  play: async ({ canvasElement }) => {
    await askToRefresh(canvasElement);
  },
};

export const Refreshing: Story = {
  play: async ({ canvasElement }) => {
    const { el, client, find } = await askToRefresh(canvasElement);
    client.setLatency(600_000);
    find('[part~="confirm-button"]')!.click();
    await el.updateComplete;
  },
};

/** The new link, and word that the old one no longer works. */
export const Refreshed: Story = {
  play: async ({ canvasElement }) => {
    const { el, find } = await askToRefresh(canvasElement);
    find('[part~="confirm-button"]')!.click();
    await until(() => el.shadowRoot!.querySelector('.refresh-status .alert'));
  },
};

/** The refresh failed: an error with a retry, and the current link still shown. */
export const RefreshFailed: Story = {
  args: { makeClient: failingNext('refreshInviteLink', 'unavailable') },
  play: async ({ canvasElement }) => {
    const { el, find } = await askToRefresh(canvasElement);
    find('[part~="confirm-button"]')!.click();
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
  },
};

/** Another admin refreshed the link: the new one shows at once, with word that the old one no longer works. */
export const RefreshedElsewhere: Story = {
  play: async ({ canvasElement }) => {
    const { el, client } = await ready(canvasElement);
    await client.asViewer('u-jamal').refreshInviteLink();
    await until(() => el.shadowRoot!.querySelector('.refresh-status .alert'));
  },
};

/** Another admin changed the link's settings: they show as they are now, and the element says so. */
export const SettingsChangedElsewhere: Story = {
  play: async ({ canvasElement }) => {
    const { el, client } = await ready(canvasElement);
    await client.asViewer('u-jamal').updateInviteLinkSettings({ expiresInDays: 7 });
    await until(() => el.shadowRoot!.querySelector('.refresh-status .alert'));
  },
};

export const ExpiresIn7Days: Story = {
  name: 'Expires in 7 days',
  play: async ({ canvasElement }) => {
    await withSettings(canvasElement, { expiresInDays: 7 });
  },
};

/** The backend's clock runs two days behind here, so the one-day link it made expired yesterday. */
export const Expired: Story = {
  args: { makeClient: memoryClient({ now: () => new Date(Date.now() - 2 * 24 * 3600 * 1000) }) },
  play: async ({ canvasElement }) => {
    await withSettings(canvasElement, { expiresInDays: 1 });
  },
};

export const AllowedDomains: Story = {
  play: async ({ canvasElement }) => {
    await withSettings(canvasElement, { allowedDomains: ['example.com', 'acme.co.uk'] });
  },
};

/** A domain that isn't one gets a message at the field. */
export const InvalidDomain: Story = {
  play: async ({ canvasElement }) => {
    const { el, find } = await openSettings(canvasElement);
    const input = find<HTMLInputElement>('#domain-input')!;
    input.value = 'not a domain';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    find('[part~="add-domain-button"]')!.click();
    await el.updateComplete;
  },
};

export const SettingsFailed: Story = {
  play: async ({ canvasElement }) => {
    const { el, client, find } = await openSettings(canvasElement);
    client.failNext('updateInviteLinkSettings', 'unavailable');
    const select = find<HTMLSelectElement>('#expiry')!;
    select.value = '30';
    select.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelector('.settings [role="alert"]'));
  },
};

/**
 * On a Spanish page, the backend refuses a setting in its own words, in English: the kit's sentence
 * leads in Spanish and the backend's words follow as a detail (`alert-detail`).
 */
export const SettingsRefusedOtherLanguage: Story = {
  name: 'Settings refused, the backend’s words in another language',
  render: (args) => html`<div lang="es">
    <share-invite-link color-scheme=${args.colorScheme} .client=${args.makeClient()}></share-invite-link>
  </div>`,
  play: async ({ canvasElement }) => {
    const { el, client, find } = await openSettings(canvasElement);
    client.failNext('updateInviteLinkSettings', new InviteKitError('validation', 'Link expiry is locked by your organisation’s policy.'));
    const select = find<HTMLSelectElement>('#expiry')!;
    select.value = '30';
    select.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelector('[part~="alert-detail"]'));
  },
};

/** A backend without expiry or domain limits: no settings are offered. */
export const WithoutLinkSettings: Story = {
  args: { makeClient: memoryClient({ capabilities: { linkExpiry: false, allowedDomains: false } }) },
};

/** Showing a link the host loads itself (a workspace link), with its own heading, label and note. */
export const HostProvidedLink: Story = {
  render: (args) => html`<div style="max-width: 34rem">
    <share-invite-link
      heading="Workspace Link"
      label="Workspace link"
      url="https://portal.example.com/w/ws-flow/Zq81"
      color-scheme=${args.colorScheme}
      .client=${args.makeClient()}
    >
      <p slot="note" style="margin: 0">Anyone with the workspace link can request to join the workspace.</p>
    </share-invite-link>
  </div>`,
};
