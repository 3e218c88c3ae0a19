import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { DEMO_IDS } from '../src/client/memory/memory-client.js';
import '../src/resend-invite-button/define.js';
import type { ResendInviteButton } from '../src/resend-invite-button/define.js';
import { failingNext, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

const { flowWorkspaceId, groupWorkspaceId, supportTeamId, pendingUserId, expiredUserId } = DEMO_IDS;

interface Args extends MemoryClientArgs {
  workspaceId?: string;
  memberId?: string;
  teamId?: string;
  userId?: string;
  cooldown: number;
  colorScheme?: 'light' | 'dark';
}

/** Clicks the button and waits for the state the story shows. */
async function clickAndWait(canvas: HTMLElement, state: string) {
  const element = canvas.querySelector<ResendInviteButton>('resend-invite-button')!;
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  await until(() => element.state === state);
}

const meta: Meta<Args> = {
  title: 'Workspaces/Resend Invite Button',
  component: 'resend-invite-button',
  args: { workspaceId: flowWorkspaceId, memberId: 'm-flow-rahul', cooldown: 60, makeClient: memoryClient() },
  argTypes: { makeClient: makeClientArgType },
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
  args: { memberId: 'm-flow-casey', makeClient: memoryClient({ latency: 600_000 }) },
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
  args: { userId: expiredUserId, workspaceId: undefined, memberId: undefined, makeClient: failingNext('resendInvitation', 'network') },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'failed'),
};

export const PermissionDenied: Story = {
  args: { memberId: 'm-group-lucas', workspaceId: groupWorkspaceId, makeClient: failingNext('resendInvitation', 'permission') },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'failed'),
};

export const RateLimited: Story = {
  args: {
    memberId: 'm-group-giulia',
    workspaceId: groupWorkspaceId,
    makeClient: failingNext('resendInvitation', 'rate_limited', { retryAfter: 3600 }),
  },
  play: ({ canvasElement }) => clickAndWait(canvasElement, 'cooldown'),
};

export const NoTarget: Story = { args: { workspaceId: undefined, memberId: undefined } };

export const Dark: Story = { args: { colorScheme: 'dark' } };
