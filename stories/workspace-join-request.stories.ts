import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/i18n/locales/es.js';
import { DEMO_IDS, demoSeed } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import { InviteKitError } from '../src/client/errors.js';
import '../src/workspace-join-request/define.js';
import type { WorkspaceJoinRequest } from '../src/workspace-join-request/define.js';
import { cardBackground, colorSchemeArgType, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

interface Args extends MemoryClientArgs {
  link: string;
  colorScheme: 'light' | 'dark';
}

/** The demo portal's workspace links (`<linkOrigin>/w/<workspace>/join/<token>`). */
const GROUP_LINK = 'https://portal.example.com/w/ws-group/join/Gr5tY1mK';
const FLOW_LINK = 'https://portal.example.com/w/ws-flow/join/Fw3nB8qZ';
/** Nobody is signed in: the person who opened the link has no account yet. */
const SIGNED_OUT = { viewerId: 'signed-out-visitor' };

/** The demo portal with the group workspace renamed: long, and right-to-left. */
function longRtlNameSeed() {
  const seed = demoSeed(new Date());
  seed.workspaces = seed.workspaces.map((w) =>
    w.id === DEMO_IDS.groupWorkspaceId ? { ...w, name: 'فريق التصميم والتجربة الرقمية للعملاء في منطقة الشرق الأوسط وشمال أفريقيا' } : w,
  );
  return seed;
}

const element = (canvas: HTMLElement) => canvas.querySelector<WorkspaceJoinRequest>('workspace-join-request')!;
const find = <T extends HTMLElement>(canvas: HTMLElement, selector: string) => element(canvas).shadowRoot!.querySelector<T>(selector);

/** Types into a field as a person would. */
function type(canvas: HTMLElement, id: string, value: string): void {
  const input = find<HTMLInputElement>(canvas, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fills the form and presses Request to Join; resolves once the element reaches `status`. */
async function request(
  canvas: HTMLElement,
  status: WorkspaceJoinRequest['status'],
  fullName = 'Ada Lovelace',
  contact = 'ada@example.org',
) {
  const el = element(canvas);
  await until(() => el.status === 'editing');
  type(canvas, 'fullName', fullName);
  type(canvas, 'contact', contact);
  find<HTMLButtonElement>(canvas, '[part~="submit-button"]')!.click();
  await until(() => el.status === status);
  return el;
}

/** A member answers the request in the Members panel (here: through the same memory portal). */
async function answer(canvas: HTMLElement, outcome: 'internal' | 'client' | 'decline') {
  const el = element(canvas);
  const admin = (el.client as MemoryClient).asViewer(DEMO_IDS.adminId);
  const [pending] = (await admin.listJoinRequests(DEMO_IDS.groupWorkspaceId)).filter((r) => r.fullName === 'Ada Lovelace');
  if (outcome === 'decline') await admin.declineJoinRequest(DEMO_IDS.groupWorkspaceId, pending!.id);
  else await admin.approveJoinRequest(DEMO_IDS.groupWorkspaceId, pending!.id, outcome);
  await until(() => el.status === (outcome === 'decline' ? 'declined' : 'approved'));
}

const meta: Meta<Args> = {
  title: 'Invited people/Workspace Join Request',
  component: 'workspace-join-request',
  args: { link: GROUP_LINK, colorScheme: 'light', makeClient: memoryClient(SIGNED_OUT) },
  argTypes: {
    colorScheme: colorSchemeArgType,
    makeClient: makeClientArgType,
  },
  render: (args) => html`<div style="max-width: 32rem; padding: 1rem; border-radius: 12px; background: ${cardBackground(args.colorScheme)}">
    <workspace-join-request link=${args.link} color-scheme=${args.colorScheme} .client=${args.makeClient()}></workspace-join-request>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A signed-out visitor opens a group workspace's link, which includes viewing permissions. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await until(() => element(canvasElement).status === 'editing');
  },
};

export const Dark: Story = { ...Ready, args: { colorScheme: 'dark' } };

/** A flow workspace's link without viewing permissions: the person sees only the request. */
export const WithoutViewing: Story = { ...Ready, args: { link: FLOW_LINK } };

/** Someone signed in who isn't a member yet: the form is filled in from who they are. */
export const SignedInPrefilled: Story = { ...Ready, args: { makeClient: memoryClient({ viewerId: DEMO_IDS.nonAdminId }) } };

export const Loading: Story = { args: { makeClient: memoryClient({ ...SIGNED_OUT, latency: 600_000 }) } };

export const LoadFailed: Story = {
  args: { makeClient: memoryClient(SIGNED_OUT, (client) => client.failNext('getWorkspaceLinkDetails', 'unavailable')) },
  play: async ({ canvasElement }) => {
    await until(() => element(canvasElement).status === 'unavailable');
  },
};

export const LinkUnknown: Story = {
  args: { link: 'https://portal.example.com/w/ws-group/join/not-the-token' },
  play: async ({ canvasElement }) => {
    await until(() => element(canvasElement).status === 'unknown');
  },
};

/** The workspace has a newer link: this one no longer works. */
export const LinkReplaced: Story = {
  args: { makeClient: memoryClient(SIGNED_OUT, (client) => client.simulateWorkspaceLinkReplaced(DEMO_IDS.groupWorkspaceId)) },
  play: async ({ canvasElement }) => {
    await until(() => element(canvasElement).status === 'replaced');
  },
};

/** A signed-in member opens their own workspace's link. */
export const AlreadyMember: Story = {
  args: { makeClient: memoryClient({ viewerId: DEMO_IDS.adminId }) },
  play: async ({ canvasElement }) => {
    await until(() => element(canvasElement).status === 'member');
  },
};

/** Signed out, with the email address of a member: "already a member", with Sign in. */
export const AlreadyMemberSignedOut: Story = {
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'member', 'Avery Chen', 'avery.chen@example.com');
  },
};

/** Someone signed in who asked before comes back: their pending request shows. */
export const AlreadyRequested: Story = {
  args: {
    makeClient: memoryClient({ viewerId: DEMO_IDS.nonAdminId }, (client) => {
      void client.requestToJoinWorkspace({ url: GROUP_LINK, fullName: 'Blake Rivera', email: 'blake.rivera@example.com' });
    }),
  },
  play: async ({ canvasElement }) => {
    await until(() => element(canvasElement).status === 'pending');
  },
};

export const InvalidFields: Story = {
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await until(() => el.status === 'editing');
    type(canvasElement, 'contact', 'not an address');
    find<HTMLButtonElement>(canvasElement, '[part~="submit-button"]')!.click();
    await until(() => find(canvasElement, '[part~="error"]'));
  },
};

export const Sending: Story = {
  args: { makeClient: memoryClient(SIGNED_OUT) },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await until(() => el.status === 'editing');
    (el.client as MemoryClient).setLatency(600_000);
    type(canvasElement, 'fullName', 'Ada Lovelace');
    type(canvasElement, 'contact', 'ada@example.org');
    find<HTMLButtonElement>(canvasElement, '[part~="submit-button"]')!.click();
    await until(() => el.status === 'sending');
  },
};

export const SendFailed: Story = {
  args: { makeClient: memoryClient(SIGNED_OUT, (client) => client.failNext('requestToJoinWorkspace', 'unavailable')) },
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'failed');
  },
};

/**
 * On a Spanish page, the backend refuses in its own words, in English: the kit's sentence leads in
 * Spanish and the backend's words follow as a detail (`alert-detail`).
 */
export const SendRefusedOtherLanguage: Story = {
  name: 'Refused, the backend’s words in another language',
  args: {
    makeClient: memoryClient(SIGNED_OUT, (client) =>
      client.failNext('requestToJoinWorkspace', new InviteKitError('validation', 'Requests are paused while the workspace is migrated.')),
    ),
  },
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'failed');
    await until(() => find(canvasElement, '[part~="alert-detail"]'));
  },
};

/** "Too many requests": Try again is held, counting down. */
export const RateLimited: Story = {
  args: {
    makeClient: memoryClient(SIGNED_OUT, (client) =>
      client.failNext('requestToJoinWorkspace', new InviteKitError('rate_limited', 'Too many requests.', { retryAfter: 600 })),
    ),
  },
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'failed');
  },
};

/** Sent: the page turns by itself when a member answers (live updates). */
export const Pending: Story = {
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'pending');
  },
};

/** Sent to a backend without live updates: "Check again". */
export const PendingCheckAgain: Story = {
  args: { makeClient: memoryClient({ ...SIGNED_OUT, capabilities: { liveUpdates: false } }) },
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'pending');
  },
};

export const ApprovedAsInternalUser: Story = {
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'pending');
    await answer(canvasElement, 'internal');
  },
};

export const ApprovedAsClient: Story = {
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'pending');
    await answer(canvasElement, 'client');
  },
};

export const Declined: Story = {
  play: async ({ canvasElement }) => {
    await request(canvasElement, 'pending');
    await answer(canvasElement, 'decline');
  },
};

/** A right-to-left page with a long workspace name. */
export const RightToLeft: Story = {
  args: { makeClient: () => memoryClient({ ...SIGNED_OUT, seed: longRtlNameSeed() })() },
  render: (args) => html`<div dir="rtl" lang="ar" style="max-width: 26rem; padding: 1rem">
    <workspace-join-request lang="ar" link=${args.link} .client=${args.makeClient()}></workspace-join-request>
  </div>`,
  play: Ready.play,
};

/** No client given: the embedded demo portal, with its "Demo data" badge. */
export const EmbeddedDemo: Story = {
  render: (args) => html`<workspace-join-request link=${args.link}></workspace-join-request>`,
  play: async ({ canvasElement }) => {
    await until(() => find(canvasElement, '[part~="demo-badge"]'));
  },
};
