import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/i18n/locales/es.js';
import { InviteKitError } from '../src/client/errors.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-link-sign-up/define.js';
import type { InviteLinkSignUp } from '../src/invite-link-sign-up/define.js';
import { cardBackground, colorSchemeArgType, makeClientArgType, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

interface Args extends MemoryClientArgs {
  link: string;
  colorScheme: 'light' | 'dark';
}

/** The demo portal's current invite link. */
const DEMO_LINK = `https://portal.example.com/join/${DEMO_IDS.inviteLinkToken}`;
/** Someone who is not signed in: who opens a shared link. */
const SIGNED_OUT = 'signed-out-visitor';

/** A `makeClient` for a signed-out visitor of the demo portal, set up further by `prepare` (as its admin). */
function visitorClient(prepare?: (admin: MemoryClient) => void, options: Parameters<typeof createMemoryClient>[0] = {}) {
  return () => {
    const admin = createMemoryClient(options);
    prepare?.(admin);
    return admin.asViewer(SIGNED_OUT);
  };
}

async function ready(canvas: HTMLElement) {
  const el = canvas.querySelector<InviteLinkSignUp>('invite-link-sign-up')!;
  await until(() => el.status === 'ready');
  await el.updateComplete;
  const find = <T extends HTMLElement>(selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
  return { el, find, client: el.client as MemoryClient };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fills the form and presses Sign Up. */
async function signUp(canvas: HTMLElement, fullName: string, contact: string) {
  const found = await ready(canvas);
  type(found.find('#fullName'), fullName);
  type(found.find('#contact'), contact);
  found.find('[part~="submit-button"]').click();
  await found.el.updateComplete;
  return found;
}

const meta: Meta<Args> = {
  title: 'Invited people/Invite Link Sign Up',
  component: 'invite-link-sign-up',
  args: { colorScheme: 'light', link: DEMO_LINK, makeClient: visitorClient() },
  argTypes: { colorScheme: colorSchemeArgType, makeClient: makeClientArgType },
  render: (args) => html`<div style="max-width: 34rem; padding: 1rem; border-radius: 12px; background: ${cardBackground(args.colorScheme)}">
    <invite-link-sign-up link=${args.link} color-scheme=${args.colorScheme} .client=${args.makeClient()}></invite-link-sign-up>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Ready to sign up: "Join Acme Portal", Full Name and Email Address or Phone Number. */
export const Ready: Story = {};

export const Dark: Story = { args: { colorScheme: 'dark' } };

/** While the link is checked. */
export const Checking: Story = { args: { makeClient: visitorClient(undefined, { latency: 600_000 }) } };

/** The check failed: an error with Try again. */
export const CheckFailed: Story = {
  args: {
    makeClient: () => {
      const client = visitorClient()();
      client.failNext('checkInviteLink', 'network');
      return client;
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InviteLinkSignUp>('invite-link-sign-up')!;
    await until(() => el.status === 'check-failed');
  },
};

/** "Refresh Link" was pressed after the link was shared: "This link is no longer active…". */
export const Replaced: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InviteLinkSignUp>('invite-link-sign-up')!;
    await until(() => el.status === 'ready');
    // The admin refreshes the link while the person is on the page: it turns without a reload.
    await createAdminOf(el).refreshInviteLink();
    await until(() => el.status === 'replaced');
  },
};

/** The link ran out. */
export const Expired: Story = {
  args: {
    makeClient: () => {
      let now = Date.now();
      const admin = createMemoryClient({ now: () => new Date(now) });
      void admin.updateInviteLinkSettings({ expiresInDays: 1 }).then(() => (now += 2 * 24 * 60 * 60 * 1000));
      return admin.asViewer(SIGNED_OUT);
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InviteLinkSignUp>('invite-link-sign-up')!;
    await until(() => el.status !== 'checking');
    if (el.status !== 'expired') await el.recheck();
    await until(() => el.status === 'expired');
  },
};

/** A link that was never issued, or copied in part: "This link isn't valid…". */
export const Unknown: Story = { args: { link: 'https://portal.example.com/join/Hq7mT2' } };

/** The portal takes email addresses at some domains only: said before the person types. */
export const DomainRule: Story = {
  args: { makeClient: visitorClient((admin) => void admin.updateInviteLinkSettings({ allowedDomains: ['example.org', 'acme.example'] })) },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InviteLinkSignUp>('invite-link-sign-up')!;
    await until(() => el.status === 'ready');
    await el.recheck();
    await until(() => el.shadowRoot!.querySelector('[part~="domain-rule"]'));
  },
};

/** A phone number where the portal limits domains: refused on the field, with the rule. */
export const DomainPhoneRefused: Story = {
  args: DomainRule.args!,
  play: async (context) => {
    await DomainRule.play!(context);
    await signUp(context.canvasElement, 'Grace Hopper', '+1 202 555 0143');
  },
};

/** Sign Up pressed with nothing typed: each field says what it needs. */
export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    const { el, find } = await ready(canvasElement);
    find('[part~="submit-button"]').click();
    await el.updateComplete;
  },
};

/** While signing up: the button busy, the fields read-only. */
export const SigningUp: Story = {
  play: async ({ canvasElement }) => {
    const { client } = await ready(canvasElement);
    client.setLatency(600_000);
    await signUp(canvasElement, 'Katherine Johnson', 'katherine@example.com');
  },
};

/** The sign-up failed: the reason and Try again; what was typed is kept. */
export const Failed: Story = {
  play: async ({ canvasElement }) => {
    const { el, client } = await ready(canvasElement);
    client.failNext('signUpWithInviteLink', 'unavailable');
    await signUp(canvasElement, 'Katherine Johnson', 'katherine@example.com');
    await until(() => el.status === 'failed');
  },
};

/**
 * On a Spanish page, the backend refuses in its own words, in English: the kit's sentence leads in
 * Spanish and the backend's words follow as a detail (`alert-detail`).
 */
export const FailedOtherLanguage: Story = {
  name: 'Refused, the backend’s words in another language',
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    const { el, client } = await ready(canvasElement);
    client.failNext('signUpWithInviteLink', new InviteKitError('validation', 'Sign-up is paused while the portal is migrated.'));
    await signUp(canvasElement, 'Katherine Johnson', 'katherine@example.com');
    await until(() => el.shadowRoot!.querySelector('[part~="alert-detail"]'));
  },
};

/** No client anywhere: the element falls back to the embedded demo portal and says so ("Demo data"). */
export const EmbeddedDemo: Story = {
  name: 'No client: the embedded demo portal',
  render: () => html`<invite-link-sign-up></invite-link-sign-up>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<InviteLinkSignUp>('invite-link-sign-up')!;
    await until(() => el.shadowRoot!.querySelector('[part~="demo-badge"]'));
  },
};

/** Already in the portal: "An account with this email address already exists…", with Sign in. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const { el } = await signUp(canvasElement, 'Avery Chen', 'avery.chen@example.com');
    await until(() => el.status === 'conflict');
  },
};

/** Signed up: what happens next. */
export const SignedUp: Story = {
  play: async ({ canvasElement }) => {
    const { el } = await signUp(canvasElement, 'Mae Jemison', 'mae.jemison@example.com');
    await until(() => el.status === 'signed-up');
  },
};

/** A long right-to-left portal name, in Arabic, on a narrow phone. */
export const RightToLeft: Story = {
  args: {
    makeClient: visitorClient(undefined, {
      seed: { ...createMemoryClient().snapshot(), portalName: 'بوابة شركة أكمي للخدمات الاستشارية والتقنية في الشرق الأوسط' },
    }),
  },
  render: (args) => html`<div dir="rtl" lang="ar" style="max-width: 390px; padding: 1rem">
    <invite-link-sign-up lang="ar" link=${args.link} color-scheme=${args.colorScheme} .client=${args.makeClient()}></invite-link-sign-up>
  </div>`,
};

/** The admin of the portal the element's visitor client is on (a second browser, signed in). */
function createAdminOf(el: InviteLinkSignUp): MemoryClient {
  return (el.client as MemoryClient).asViewer(DEMO_IDS.adminId);
}
