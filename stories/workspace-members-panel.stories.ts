import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryClient, DEMO_IDS, seedManyInternalUsers } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { failingNext, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

const { flowWorkspaceId, groupWorkspaceId, nonAdminId, smallWorkspaceId } = DEMO_IDS;

interface Args extends MemoryClientArgs {
  workspaceId: string;
  resendCooldown: number;
  colorScheme?: 'light' | 'dark';
}

function panelIn(canvas: HTMLElement): WorkspaceMembersPanel {
  return canvas.querySelector('workspace-members-panel')!;
}
function inPanel<T extends Element = HTMLElement>(canvas: HTMLElement, selector: string): T | null {
  return panelIn(canvas).shadowRoot?.querySelector<T>(selector) ?? null;
}
const loaded = (canvas: HTMLElement) => until(() => inPanel(canvas, '[role="listitem"], [part="empty"], [part="error"]'));
function rowTrigger(canvas: HTMLElement, name: string) {
  const row = [...panelIn(canvas).shadowRoot!.querySelectorAll('[role="listitem"]')].find((item) => item.textContent!.includes(name));
  return row?.querySelector<HTMLButtonElement>('[part~="status-button"]') ?? null;
}
async function openPicker(canvas: HTMLElement) {
  (await until(() => inPanel<HTMLButtonElement>(canvas, '[part="invite-members-button"]'))).click();
  const picker = await until(() => inPanel(canvas, 'workspace-members-picker'));
  const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  return { picker, search };
}
function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

const meta: Meta<Args> = {
  title: 'Workspaces/Workspace Members Panel',
  component: 'workspace-members-panel',
  args: { workspaceId: flowWorkspaceId, resendCooldown: 60, makeClient: memoryClient() },
  argTypes: { makeClient: makeClientArgType },
  render: (args) => html`<div style="max-width: 34rem">
    <workspace-members-panel
      .client=${args.makeClient()}
      workspace-id=${args.workspaceId}
      resend-cooldown=${args.resendCooldown}
      color-scheme=${args.colorScheme ?? 'light'}
    ></workspace-members-panel>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Without seeds of its own: a copy of the demo portal where one workspace has only what `keep` allows. */
function seedWith(workspaceId: string, keep: (member: { workspaceId: string; status: string }) => boolean) {
  const seed = createMemoryClient().snapshot();
  seed.members = seed.members.filter((member) => member.workspaceId !== workspaceId || keep(member));
  return seed;
}

/** A picture of a flat-coloured circle, inline so the story needs no network. */
const picture = (colour: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2" fill="${colour}"/></svg>`)}`;

/**
 * Members with pictures: shown when the client gives a safe one; a picture that fails to load,
 * or an address the kit refuses (here `http:` to another site), shows the initials instead.
 */
export const MembersWithPictures: Story = {
  args: {
    makeClient: () => {
      const seed = createMemoryClient().snapshot();
      const pictures: Record<string, string> = {
        'u-avery': picture('#c2410c'),
        'u-blake': picture('#0f766e'),
        'u-casey': 'data:image/png;base64,broken',
        'c-olivia': 'http://tracker.example.com/olivia.png',
      };
      for (const person of [...seed.internalUsers, ...seed.clients]) if (pictures[person.id]) person.avatarUrl = pictures[person.id];
      return createMemoryClient({ seed });
    },
  },
};

export const Loading: Story = { args: { makeClient: memoryClient({ latency: 600_000 }) } };

export const FlowWorkspace: Story = {};

export const GroupWorkspace: Story = { args: { workspaceId: groupWorkspaceId } };

export const NonAdminViewer: Story = { args: { workspaceId: groupWorkspaceId, makeClient: memoryClient({ viewerId: nonAdminId }) } };

export const EmptyWorkspace: Story = {
  args: { workspaceId: smallWorkspaceId, makeClient: () => createMemoryClient({ seed: seedWith(smallWorkspaceId, () => false) }) },
};

export const OnlyPendingInvitations: Story = {
  args: { makeClient: () => createMemoryClient({ seed: seedWith(flowWorkspaceId, (member) => member.status === 'not_joined') }) },
};

export const ManyMembers: Story = {
  name: 'Many members (10,000)',
  args: { workspaceId: 'ws-big', makeClient: memoryClient({ largeWorkspace: { workspaceId: 'ws-big', members: 10_000 } }) },
};

/** A backend that pages (`capabilities.memberPaging`), scrolled far: placeholder rows hold the place of members whose page is still on its way. */
export const LoadingPages: Story = {
  name: 'Many members, pages loading',
  args: { workspaceId: 'ws-big', makeClient: memoryClient({ largeWorkspace: { workspaceId: 'ws-big', members: 100_000 } }) },
  play: async ({ canvasElement }) => {
    await until(() => inPanel(canvasElement, '[part~="name"]'));
    (panelIn(canvasElement).client as MemoryClient).setLatency(600_000);
    const list = inPanel(canvasElement, '[part="list"]')!;
    list.scrollTop = list.scrollHeight / 2;
    await until(() => inPanel(canvasElement, '[part~="placeholder-row"]'));
  },
};

export const PendingRequests: Story = {
  args: {
    makeClient: memoryClient({}, (memory) =>
      memory.simulateJoinRequest(flowWorkspaceId, { fullName: 'Aroha Ngata', email: 'aroha@ngata.example' }),
    ),
  },
};

/** A viewer who is not a portal admin sees who is waiting, is told a portal admin approves, and may decline. */
export const PendingRequestsNonAdminViewer: Story = {
  name: 'Pending requests (viewer not a portal admin)',
  args: { makeClient: memoryClient({ viewerId: nonAdminId }) },
};

export const WorkspaceLinkLoadFailure: Story = {
  args: { makeClient: failingNext('getWorkspaceLink', 'unavailable') },
  play: async ({ canvasElement }) => {
    await until(() => inPanel(canvasElement, '[part="workspace-link"] [role="alert"]'));
  },
};

export const WorkspaceLinkSaveFailure: Story = {
  args: { makeClient: failingNext('setWorkspaceLinkViewing', 'network') },
  play: async ({ canvasElement }) => {
    (await until(() => inPanel<HTMLButtonElement>(canvasElement, '[part="viewing-switch"]'))).click();
    await until(() => inPanel(canvasElement, '[part="workspace-link-error"]'));
  },
};

export const NotJoinedMenu: Story = {
  args: { workspaceId: groupWorkspaceId },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    rowTrigger(canvasElement, 'Support Team')!.click();
    await until(() => inPanel(canvasElement, '#invitation-menu resend-invite-button'));
  },
};

export const RevokeConfirmation: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    rowTrigger(canvasElement, 'Rahul Mehta')!.click();
    (await until(() => inPanel<HTMLButtonElement>(canvasElement, '[part="revoke-button"]'))).click();
    await until(() => inPanel(canvasElement, '[part="revoke-confirm-button"]'));
  },
};

export const LoadFailure: Story = {
  args: { makeClient: failingNext('listWorkspaceMembers', 'unavailable') },
};

export const ResendFailure: Story = {
  args: { makeClient: failingNext('resendInvitation', 'network') },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    rowTrigger(canvasElement, 'Sofía Ramírez')!.click();
    const resend = await until(() => inPanel(canvasElement, 'resend-invite-button'));
    (await until(() => resend.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]'))).click();
    await until(() => resend.getAttribute('state') === 'failed');
  },
};

export const ApproveFailure: Story = {
  args: { makeClient: failingNext('approveJoinRequest', 'network') },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    inPanel<HTMLButtonElement>(canvasElement, '[part="approve-internal-button"]')!.click();
    await until(() => inPanel(canvasElement, '[part="join-request-error"]'));
  },
};

export const PermissionFailure: Story = {
  args: { makeClient: failingNext('revokeInvitation', 'permission') },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    rowTrigger(canvasElement, 'Casey Morgan')!.click();
    (await until(() => inPanel<HTMLButtonElement>(canvasElement, '[part="revoke-button"]'))).click();
    (await until(() => inPanel<HTMLButtonElement>(canvasElement, '[part="revoke-confirm-button"]'))).click();
    await until(() => inPanel(canvasElement, '[part="menu-error"]')?.textContent?.trim());
  },
};

export const InvitePicker: Story = {
  args: { workspaceId: groupWorkspaceId },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const { picker, search } = await openPicker(canvasElement);
    typeInto(search, 'Far');
    (await until(() => picker.shadowRoot!.querySelector<HTMLElement>('[role="option"]'))).click();
    typeInto(search, 'Zara');
    await until(() => picker.shadowRoot!.querySelector('[role="option"]')?.textContent?.includes('Zara Ahmed'));
  },
};

/** More matches than one page of the directory: the listbox ends with "Load more results" and the status says how many are shown. */
export const InvitePickerMoreResults: Story = {
  name: 'Invite picker: more results than one page',
  args: { makeClient: () => createMemoryClient({ seed: seedManyInternalUsers(createMemoryClient().snapshot(), 60) }) },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const { picker, search } = await openPicker(canvasElement);
    typeInto(search, 'example.org');
    await until(() => picker.shadowRoot!.querySelector('#option-more'));
  },
};

/** The next page of matches failed: what is shown stays, the status says why and offers Retry. */
export const InvitePickerMoreFailed: Story = {
  name: 'Invite picker: the next page failed',
  args: { makeClient: () => createMemoryClient({ seed: seedManyInternalUsers(createMemoryClient().snapshot(), 60) }) },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const { picker, search } = await openPicker(canvasElement);
    typeInto(search, 'example.org');
    const more = await until(() => picker.shadowRoot!.querySelector<HTMLElement>('#option-more'));
    (panelIn(canvasElement).client as MemoryClient).failNext('searchDirectory', 'unavailable');
    more.click();
    await until(() => picker.shadowRoot!.querySelector('#search-status')?.textContent?.includes('couldn’t be loaded'));
  },
};

export const InviteFailure: Story = {
  args: { makeClient: failingNext('addWorkspaceMembers', 'unavailable') },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const { picker, search } = await openPicker(canvasElement);
    typeInto(search, 'Farid');
    (await until(() => picker.shadowRoot!.querySelector<HTMLElement>('[role="option"]'))).click();
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="invite-button"]')!.click();
    await until(() => picker.shadowRoot!.querySelector('[part="picker-error"]'));
  },
};

export const FlowNewInternalUser: Story = {
  name: 'Flow: a new internal user must be invited to the portal first',
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const { picker, search } = await openPicker(canvasElement);
    typeInto(search, 'Morgan Newhire');
    const action = await until(() =>
      [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((option) =>
        option.textContent!.includes('Internal User'),
      ),
    );
    action.click();
    await until(() => picker.shadowRoot!.querySelector('[part="flow-notice"]'));
  },
};

export const GroupNewInternalUser: Story = {
  name: 'Group: + Invite New Internal User',
  args: { workspaceId: groupWorkspaceId },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const { picker, search } = await openPicker(canvasElement);
    typeInto(search, 'Morgan Newhire');
    const action = await until(() =>
      [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((option) =>
        option.textContent!.includes('Internal User'),
      ),
    );
    action.click();
    await until(() => picker.shadowRoot!.querySelector('[part="new-person-form"]'));
  },
};

/** Adding a new internal user without an email address or phone number: the field says what it needs. */
export const GroupNewInternalUserInvalid: Story = {
  name: 'Group: + Invite New Internal User, details missing',
  args: { workspaceId: groupWorkspaceId },
  play: async (context) => {
    await GroupNewInternalUser.play!(context);
    const picker = inPanel(context.canvasElement, 'workspace-members-picker')!;
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="form-submit"]')!.click();
    await until(() => picker.shadowRoot!.querySelector('[part~="form-error"]'));
  },
};

export const LiveUpdates: Story = {
  args: { workspaceId: groupWorkspaceId },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const memory = panelIn(canvasElement).client as MemoryClient;
    memory.simulateJoinRequest(groupWorkspaceId, { fullName: 'Kai Live', phone: '+14155550199' });
    memory.simulateMemberJoined(groupWorkspaceId, 'm-group-giulia');
    await until(() => inPanel(canvasElement, '[part="join-requests"]')?.textContent?.includes('Kai Live'));
  },
};

/**
 * In a host's 420 px side panel that scrolls: with `list-height="auto"` the list is as tall as
 * its rows and the side panel is the one scroll area. Rows are the narrow kind (the status
 * beside the name, the details under both), and each request's three actions are stacked.
 */
export const SidePanel: Story = {
  name: 'In a 420 px side panel (list-height="auto")',
  render: (args) => html`<div style="width: 420px; height: 640px; overflow: auto; border-inline-start: 1px solid #ccd">
    <workspace-members-panel
      .client=${args.makeClient()}
      workspace-id=${args.workspaceId}
      list-height="auto"
      color-scheme=${args.colorScheme ?? 'light'}
    ></workspace-members-panel>
  </div>`,
};

export const SidePanelDark: Story = { ...SidePanel, name: 'In a 420 px side panel, dark', args: { colorScheme: 'dark' } };

/** A 390 px phone, a group workspace: "7 entries · 12 people" in the header, the team row's details in full. */
export const Phone: Story = {
  name: 'On a 390 px phone (group workspace)',
  args: { workspaceId: groupWorkspaceId },
  render: (args) => html`<div style="width: 390px">
    <workspace-members-panel .client=${args.makeClient()} workspace-id=${args.workspaceId} color-scheme=${args.colorScheme ?? 'light'}></workspace-members-panel>
  </div>`,
};

/** Filtered to people who have not joined: a team row counts its six, so the filter status says "Showing 3 entries · 8 people." */
export const GroupFiltered: Story = {
  name: 'Group workspace, filtered to Not Joined',
  args: { workspaceId: groupWorkspaceId },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const status = inPanel<HTMLSelectElement>(canvasElement, '[part="status-filter"]')!;
    status.value = 'not_joined';
    status.dispatchEvent(new Event('change'));
    await until(() => inPanel(canvasElement, '#showing')?.textContent?.includes('3 entries'));
  },
};

/**
 * Invitations sent a second apart read alike ("Invited now · Expires in 7 days"): the kit has
 * one rule for relative times, with no "1 second ago" beside "now", nor "next week" beside "in 7 days".
 */
export const JustInvited: Story = {
  name: 'Invitations sent moments ago',
  args: {
    makeClient: () => {
      const seed = createMemoryClient().snapshot();
      const now = Date.now();
      const invitation = (ago: number) => {
        const sentAt = new Date(now - ago).toISOString();
        return { sentAt, lastSentAt: sentAt, expiresAt: new Date(now - ago + 7 * 24 * 3600_000).toISOString() };
      };
      seed.members = seed.members.map((member) =>
        member.id === 'm-flow-casey'
          ? { ...member, invitation: invitation(0) }
          : member.id === 'm-flow-rahul'
            ? { ...member, invitation: invitation(1000) }
            : member,
      );
      return createMemoryClient({ seed });
    },
  },
};

/**
 * Names that carry a right-to-left override (U+202E) and right-to-left scripts, in the
 * workspace's name, a request to join and member rows: each is isolated, so "7 members",
 * "Asked 2 hours ago" and the roles after them still read as written.
 */
export const RightToLeftNames: Story = {
  name: 'Right-to-left overrides and names',
  args: {
    makeClient: () => {
      const seed = createMemoryClient().snapshot();
      seed.workspaces = seed.workspaces.map((workspace) =>
        workspace.id === flowWorkspaceId ? { ...workspace, name: `Client Onboarding \u202E` } : workspace,
      );
      seed.joinRequests = seed.joinRequests.map((request, index) =>
        index === 0
          ? { ...request, fullName: 'Bob\u202Egnp.exe', email: '\u202Eadmin@example.com' }
          : { ...request, fullName: 'محمد عبد الرحمن' },
      );
      seed.clients = seed.clients.map((client, index) =>
        index % 2 ? { ...client, fullName: `${client.fullName} \u202E` } : { ...client, fullName: 'ليلى حداد' },
      );
      return createMemoryClient({ seed });
    },
  },
  render: SidePanel.render!,
};

/**
 * The backend answered a Workspace Link that isn't an https: address (or this page's origin): the
 * kit refuses to show or copy it, says why, and fires `invite-kit-unsafe-link`.
 */
export const UnsafeWorkspaceLink: Story = {
  name: 'Workspace Link refused (not https:)',
  args: {
    makeClient: () => {
      const client = createMemoryClient();
      return new Proxy(client, {
        get(target, property, receiver) {
          if (property !== 'getWorkspaceLink') return Reflect.get(target, property, receiver);
          return async (...args: Parameters<MemoryClient['getWorkspaceLink']>) => ({
            ...(await target.getWorkspaceLink(...args)),
            url: 'http://portal.example.com/w/onboarding',
          });
        },
      });
    },
  },
  play: async ({ canvasElement }) => {
    await until(() => inPanel(canvasElement, '[part~="workspace-link-refused"]'));
  },
};

export const Dark: Story = { args: { colorScheme: 'dark' } };

export const DarkGroupWithMenu: Story = {
  args: { colorScheme: 'dark', workspaceId: groupWorkspaceId },
  play: NotJoinedMenu.play!,
};
