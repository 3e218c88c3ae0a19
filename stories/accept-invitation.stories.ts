import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/i18n/locales/es.js';
import { InviteKitError } from '../src/client/errors.js';
import '../src/accept-invitation/define.js';
import type { AcceptInvitation, AcceptInvitationState } from '../src/accept-invitation/accept-invitation.js';
import type { MemoryClientOptions } from '../src/client/memory/memory-client.js';
import { cardBackground, colorSchemeArgType, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';
import { invitationsSeed, STORY_TOKENS } from './support/invitations.js';

interface Args extends MemoryClientArgs {
  token?: string;
  colorScheme: 'light' | 'dark';
  lang?: string;
}

/** A signed-out visitor on the story portal: who opens an invitation. */
const visitor = (options: MemoryClientOptions = {}, prepare?: Parameters<typeof memoryClient>[1]) =>
  memoryClient({ seed: invitationsSeed(), viewerId: 'signed-out', ...options }, prepare);

async function pressAccept(canvas: HTMLElement, state: AcceptInvitationState, name?: string) {
  const element = canvas.querySelector<AcceptInvitation>('accept-invitation')!;
  await until(() => element.status === 'pending');
  await element.updateComplete;
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('#fullName')!;
  if (name !== undefined) {
    input.value = name;
    input.dispatchEvent(new InputEvent('input'));
  }
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
  await until(() => element.status === state);
}

const meta: Meta<Args> = {
  title: 'Invited people/Accept Invitation',
  component: 'accept-invitation',
  args: { token: STORY_TOKENS.portal, colorScheme: 'light', makeClient: visitor() },
  argTypes: { makeClient: makeClientArgType, colorScheme: colorSchemeArgType },
  render: (args) => html`<div style="padding: 16px; background: ${cardBackground(args.colorScheme)}">
    <accept-invitation
      .client=${args.makeClient()}
      token=${args.token ?? nothing}
      lang=${args.lang ?? nothing}
      color-scheme=${args.colorScheme}
    ></accept-invitation>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const PortalInvitation: Story = { name: 'Portal invitation' };

export const WorkspaceInvitation: Story = { name: 'Workspace invitation', args: { token: STORY_TOKENS.workspace } };

export const Dark: Story = { args: { token: STORY_TOKENS.workspace, colorScheme: 'dark' } };

export const Loading: Story = { args: { makeClient: visitor({ latency: 600_000 }) } };

export const LoadFailed: Story = {
  name: 'Couldn’t check the invitation',
  args: { makeClient: visitor({}, (client) => client.failNext('getInvitation', 'unavailable')) },
};

export const Expired: Story = { args: { token: STORY_TOKENS.expired } };

export const Revoked: Story = { name: 'Withdrawn', args: { token: STORY_TOKENS.revoked } };

export const Replaced: Story = { name: 'Replaced by a newer invitation', args: { token: STORY_TOKENS.replaced } };

export const AlreadyAccepted: Story = { name: 'Already accepted', args: { token: STORY_TOKENS.accepted } };

export const Unknown: Story = { name: 'Unknown or malformed link', args: { token: 'not-a-token-we-sent' } };

export const NameMissing: Story = {
  name: 'Full Name missing',
  play: ({ canvasElement }) => pressAccept(canvasElement, 'pending', ' '),
};

export const Accepting: Story = {
  // The answer never comes, so the story stays on the state in between.
  args: { makeClient: visitor({}, (client) => void (client.acceptInvitation = () => new Promise(() => {}))) },
  play: ({ canvasElement }) => pressAccept(canvasElement, 'accepting'),
};

export const Accepted: Story = {
  name: 'Accepted: what happens next',
  args: { token: STORY_TOKENS.workspace },
  play: ({ canvasElement }) => pressAccept(canvasElement, 'accepted-now', 'Giulia Rossi-Bianchi'),
};

export const AcceptFailed: Story = {
  name: 'Accepting failed',
  args: { makeClient: visitor({}, (client) => client.failNext('acceptInvitation', 'network')) },
  play: async ({ canvasElement }) => {
    await pressAccept(canvasElement, 'pending');
    const element = canvasElement.querySelector<AcceptInvitation>('accept-invitation')!;
    await until(() => element.shadowRoot!.querySelector('[part~="retry-button"]'));
  },
};

/**
 * On a Spanish page, the backend refuses in its own words, in English: the kit's sentence leads in
 * Spanish and the backend's words follow as a detail (`alert-detail`).
 */
export const AcceptRefusedOtherLanguage: Story = {
  name: 'Accepting refused, the backend’s words in another language',
  args: {
    makeClient: visitor({}, (client) =>
      client.failNext('acceptInvitation', new InviteKitError('validation', 'Accepting is paused while the portal is migrated.')),
    ),
  },
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    await pressAccept(canvasElement, 'pending');
    const element = canvasElement.querySelector<AcceptInvitation>('accept-invitation')!;
    await until(() => element.shadowRoot!.querySelector('[part~="alert-detail"]'));
  },
};

export const AlreadyInPortal: Story = {
  name: 'Already in the portal',
  args: { makeClient: visitor({}, (client) => client.failNext('acceptInvitation', 'conflict')) },
  play: ({ canvasElement }) => pressAccept(canvasElement, 'in-portal'),
};

export const LongAndRightToLeft: Story = {
  name: 'Long and right-to-left names (Arabic)',
  args: {
    token: STORY_TOKENS.workspace,
    lang: 'ar',
    makeClient: memoryClient({
      viewerId: 'signed-out',
      seed: invitationsSeed(new Date(), (seed) => {
        seed.portalName = 'بوابة شركة الأفق للاستشارات الهندسية والتصميم المعماري';
        seed.workspaces = seed.workspaces.map((workspace) =>
          workspace.name === 'Design Team' ? { ...workspace, name: 'فريق التصميم والتطوير المشترك بين الأقسام الإقليمية' } : workspace,
        );
        seed.internalUsers = seed.internalUsers.map((user) =>
          user.id === 'u-avery' ? { ...user, fullName: 'عبد الرحمن بن عبد العزيز آل سعود' } : user,
        );
      }),
    }),
  },
};

export const EmbeddedDemoPortal: Story = {
  name: 'No client: the embedded demo portal',
  // Without a client the element says it shows demo data; the demo portal knows no story token.
  args: { makeClient: () => undefined as unknown as ReturnType<Args['makeClient']> },
};
