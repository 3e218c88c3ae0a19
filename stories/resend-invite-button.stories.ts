import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/resend-invite-button/define.js';
import type { ResendInviteButton } from '../src/resend-invite-button/define.js';

const { flowWorkspaceId, groupWorkspaceId, supportTeamId, pendingUserId, expiredUserId } = DEMO_IDS;

interface Args {
  workspaceId?: string;
  memberId?: string;
  teamId?: string;
  userId?: string;
  cooldown: number;
  colorScheme?: 'light' | 'dark';
  makeClient: () => MemoryClient;
}

async function until<T>(find: () => T | null | undefined | false, timeout = 4000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error('The story did not reach its state in time.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Clicks the button and waits for the state the story shows. */
async function clickAndWait(canvas: HTMLElement, state: string) {
  const element = canvas.querySelector<ResendInviteButton>('resend-invite-button')!;
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  await until(() => element.state === state);
}

function failing(setup: (client: MemoryClient) => void) {
  return () => {
    const client = createMemoryClient();
    setup(client);
    return client;
  };
}

const meta: Meta<Args> = {
  title: 'Workspaces/Resend Invite Button',
  component: 'resend-invite-button',
  args: { workspaceId: flowWorkspaceId, memberId: 'm-flow-rahul', cooldown: 60, makeClient: () => createMemoryClient() },
  argTypes: { makeClient: { table: { disable: true } } },
  render: (args) => html`<resend-invite-button
    .client=${args.makeClient()}
    workspace-id=${args.workspaceId ?? nothing}
    member-id=${args.memberId ?? nothing}
    team-id=${args.teamId ?? nothing}
    user-id=${args.userId ?? nothing}
    cooldown=${args.cooldown}
    color-scheme=${args.colorScheme ?? 'light'}
  ></resend-invite-button>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Team: Story = { args: { workspaceId: groupWorkspaceId, memberId: undefined, teamId: supportTeamId } };

export const InvitedInternalUser: Story = {
  name: 'Invited internal user (Admin Portal)',
  args: { workspaceId: undefined, memberId: undefined, userId: pendingUserId },
};

export const Sending: Story = {
  args: { memberId: 'm-flow-casey', makeClient: () => createMemoryClient({ latency: 600_000 }) },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'sending'),
};

export const SentAndCoolingDown: Story = {
  name: 'Sent, then cooling down',
  args: { memberId: 'm-flow-sofia', cooldown: 3600 },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'sent'),
};

export const TeamSent: Story = {
  args: { workspaceId: groupWorkspaceId, memberId: undefined, teamId: supportTeamId, cooldown: 3600 },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'sent'),
};

export const Failed: Story = {
  args: { userId: expiredUserId, workspaceId: undefined, memberId: undefined, makeClient: failing((client) => client.failNext('resendInvitation', 'network')) },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'failed'),
};

export const PermissionDenied: Story = {
  args: { memberId: 'm-group-lucas', workspaceId: groupWorkspaceId, makeClient: failing((client) => client.failNext('resendInvitation', 'permission')) },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'failed'),
};

export const RateLimited: Story = {
  args: {
    memberId: 'm-group-giulia',
    workspaceId: groupWorkspaceId,
    makeClient: failing((client) => client.failNext('resendInvitation', 'rate_limited', { retryAfter: 3600 })),
  },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'cooldown'),
};

export const NoTarget: Story = { args: { workspaceId: undefined, memberId: undefined } };

export const Dark: Story = { args: { colorScheme: 'dark' } };
