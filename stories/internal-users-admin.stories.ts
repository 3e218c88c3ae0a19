import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { abortError } from '../src/client/errors.js';
import { DEMO_IDS, demoSeed, seedManyInternalUsers } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/internal-users-admin/define.js';
import type { InternalUsersAdmin, InternalUsersAdminView } from '../src/internal-users-admin/define.js';
import { bulkInviteChunk } from '../src/internal-users-admin/bulk-invite-loader.js';
import type { InviteFormStatus, InviteUserForm } from '../src/invite-user-form/define.js';
import { colorSchemeArgType, failingNext, makeClientArgType, memoryClient, until as untilWithin } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

interface Args extends MemoryClientArgs {
  colorScheme: 'light' | 'dark';
  pageSize: number;
}

/** The admin's states (ten thousand users, a bulk paste) may take a while: up to 5 s each. */
const until = <T>(find: () => T | null | undefined | false) => untilWithin(find, 5000);

/** The element, once it has checked the viewer and shown its list. */
async function ready(canvas: HTMLElement): Promise<InternalUsersAdmin> {
  const el = await until(() => canvas.querySelector<InternalUsersAdmin>('internal-users-admin'));
  await until(() => el.shadowRoot?.querySelector('[part~="row"], [part~="forbidden"]'));
  return el;
}

function find<T extends HTMLElement = HTMLElement>(el: Element, selector: string): T {
  return el.shadowRoot!.querySelector<T>(selector)!;
}

/** Opens a dialog the way a person does: by its button. */
async function open(el: InternalUsersAdmin, view: InternalUsersAdminView): Promise<void> {
  find(
    el,
    `[part~="${view === 'invite' ? 'invite-button' : view === 'bulk-invite' ? 'bulk-invite-button' : 'share-link-button'}"]`,
  ).click();
  await until(() => el.view === view);
  await el.updateComplete;
}

async function inviteForm(canvas: HTMLElement): Promise<InviteUserForm> {
  const el = await ready(canvas);
  await open(el, 'invite');
  const form = await until(() => el.shadowRoot!.querySelector<InviteUserForm>('invite-user-form'));
  await until(() => form.status !== 'checking');
  await form.updateComplete;
  return form;
}

async function type(form: InviteUserForm, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}

async function submit(form: InviteUserForm, status: InviteFormStatus): Promise<void> {
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await until(() => form.status === status);
  await form.updateComplete;
}

async function openAdvanced(form: InviteUserForm): Promise<void> {
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="advanced-toggle"]')!.click();
  await form.updateComplete;
}

async function pasteInBulk(canvas: HTMLElement, lines: string[]): Promise<InternalUsersAdmin> {
  const el = await ready(canvas);
  await open(el, 'bulk-invite');
  const area = find<HTMLTextAreaElement>(el, '#bulk-paste');
  area.value = lines.join('\n');
  area.dispatchEvent(new InputEvent('input'));
  find(el, '[part~="add-rows-button"]').click();
  await el.updateComplete;
  // The portal check has answered for every row.
  await until(() => !el.shadowRoot!.querySelector('[part~="bulk-note"]:not([part~="bulk-failure"])'));
  return el;
}

/** A backend whose list of internal users takes `ms` to answer (and stops when aborted). */
function slowList(client: MemoryClient, ms: number): void {
  const list = client.listInternalUsers.bind(client);
  client.listInternalUsers = (query, options) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(list(query, options)), ms);
      options?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(abortError());
      });
    });
}

const MIXED_PASTE = [
  'Ada Lovelace <ada@example.com>',
  '+44 20 7946 0958 Alan Turing',
  'Grace Hopper <grace@example>',
  'ada@example.com',
  'Giulia Rossi <giulia.rossi@example.com>',
  'Katherine Johnson, katherine@example.com',
  'Hedy Lamarr hedy@example.com',
  'Alan Turing 7946 0958',
];

const meta: Meta<Args> = {
  title: 'Admin Portal/Internal Users Admin',
  component: 'internal-users-admin',
  args: { colorScheme: 'light', pageSize: 50, makeClient: memoryClient() },
  argTypes: {
    colorScheme: colorSchemeArgType,
    pageSize: { control: { type: 'number', min: 5, max: 500 } },
    makeClient: makeClientArgType,
  },
  parameters: {
    docs: { story: { inline: false, iframeHeight: 820 } },
  },
  render: (args) => html`<internal-users-admin
    color-scheme=${args.colorScheme}
    page-size=${args.pageSize}
    .client=${args.makeClient()}
  ></internal-users-admin>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Admin Portal's Internal Users: everyone, their status, and the ways to invite more. */
export const Default: Story = {};

export const Dark: Story = { args: { colorScheme: 'dark' } };

/** Waiting for the list. */
export const Loading: Story = {
  args: { makeClient: memoryClient({}, (client) => slowList(client, 3_600_000)) },
};

/** A new portal: only its admin so far. */
export const EmptyPortal: Story = {
  args: { makeClient: memoryClient({ seed: 'empty' }) },
};

/** Ten thousand internal users, a page at a time. */
export const ManyUsers: Story = {
  args: { makeClient: memoryClient({ seed: seedManyInternalUsers(demoSeed(new Date()), 10_000) }) },
};

/** Page three of the many, sorted by the last invitation, newest first. */
export const ManyUsersSortedByInvitation: Story = {
  args: { makeClient: memoryClient({ seed: seedManyInternalUsers(demoSeed(new Date()), 10_000) }) },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="sort-button"]')[1]!.click();
    await until(() => el.shadowRoot!.querySelectorAll('th')[4]?.getAttribute('aria-sort') === 'descending');
    find(el, '[part~="next-button"]').click();
    await until(() => find(el, '[part~="page-status"]')?.textContent?.startsWith('Page 2'));
  },
};

/** Searching narrows the list as people type. */
export const Searched: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const input = find<HTMLInputElement>(el, '[part~="search-input"]');
    input.value = 'example.com';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await until(() => find(el, '[part~="count"]')?.textContent?.includes('match'));
  },
};

export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const input = find<HTMLInputElement>(el, '[part~="search-input"]');
    input.value = 'nobody by this name';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await until(() => find(el, '[part~="clear-search-button"]'));
  },
};

/** A viewer who is not a portal admin sees why, and nothing of the data. */
export const NonAdminViewer: Story = {
  args: { makeClient: memoryClient({ viewerId: DEMO_IDS.nonAdminId }) },
};

/** The backend refused the access check (a session that expired): unlike the rule above, "Try again" can change the answer. */
export const RefusedByBackend: Story = {
  name: 'Refused by the backend (Try again)',
  args: { makeClient: failingNext('getViewer', 'permission') },
  play: async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector<InternalUsersAdmin>('internal-users-admin'));
    await until(() => el.shadowRoot?.querySelector('[part~="forbidden-retry-button"]'));
  },
};

export const LoadFailed: Story = {
  args: { makeClient: failingNext('listInternalUsers', 'unavailable') },
  play: async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector<InternalUsersAdmin>('internal-users-admin'));
    await until(() => el.shadowRoot?.querySelector('[part~="retry-button"]'));
  },
};

/** A pending invitation sent again from its row. */
export const InvitationResent: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const resend = find(el, `[data-user-id="${DEMO_IDS.expiredUserId}"] resend-invite-button`);
    resend.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await until(() => resend.getAttribute('state') === 'sent');
  },
};

/** "Invite": Full Name, Email Address or Phone Number, and "+ Advanced Options". */
export const InviteForm: Story = {
  play: async ({ canvasElement }) => {
    await inviteForm(canvasElement);
  },
};

/** "+ Advanced Options" open: the Administrator switch and what it grants. */
export const AdvancedOptionsOpen: Story = {
  play: async ({ canvasElement }) => {
    const form = await inviteForm(canvasElement);
    await type(form, { fullName: 'Grace Hopper', contact: 'grace@example.com' });
    await openAdvanced(form);
  },
};

export const InviteInvalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await inviteForm(canvasElement);
    await type(form, { contact: 'grace.example.com' });
    await submit(form, 'invalid');
  },
};

export const InviteSending: Story = {
  play: async ({ canvasElement }) => {
    const form = await inviteForm(canvasElement);
    (form.client as MemoryClient).setLatency(3_600_000);
    await type(form, { fullName: 'Grace Hopper', contact: 'grace@example.com' });
    await submit(form, 'sending');
  },
};

export const InviteSent: Story = {
  play: async ({ canvasElement }) => {
    const form = await inviteForm(canvasElement);
    await type(form, { fullName: 'Grace Hopper', contact: 'grace@example.com' });
    await submit(form, 'sent');
  },
};

/** An invitation with Administrator on says so in its confirmation. */
export const InviteSentAsAdministrator: Story = {
  play: async ({ canvasElement }) => {
    const form = await inviteForm(canvasElement);
    await type(form, { fullName: 'Grace Hopper', contact: '+44 20 7946 0958' });
    await openAdvanced(form);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="administrator-switch"]')!.click();
    await submit(form, 'sent');
  },
};

export const InviteFailed: Story = {
  args: { makeClient: failingNext('inviteInternalUser', 'network') },
  play: async ({ canvasElement }) => {
    const form = await inviteForm(canvasElement);
    await type(form, { fullName: 'Grace Hopper', contact: 'grace@example.com' });
    await submit(form, 'failed');
  },
};

/** The address already belongs to someone in the portal. */
export const InviteConflict: Story = {
  play: async ({ canvasElement }) => {
    const form = await inviteForm(canvasElement);
    await type(form, { fullName: 'Giulia R.', contact: 'giulia.rossi@example.com' });
    await submit(form, 'conflict');
  },
};

/** "Share Invite Link" for clients, with Copy. */
export const ShareInviteLink: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await open(el, 'share-link');
    const link = await until(() => el.shadowRoot!.querySelector('share-invite-link'));
    await until(() => link.shadowRoot?.querySelector('[part~="copy-button"]'));
  },
};

/** Bulk Invite before anything is pasted. */
export const BulkInvite: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await open(el, 'bulk-invite');
  },
};

/**
 * Opens Bulk Invite while its code arrives as `load` says (it is fetched the first time it is
 * wanted), then puts the real loader back for every story after this one.
 */
async function openBulkWith(canvas: HTMLElement, load: typeof bulkInviteChunk.load): Promise<InternalUsersAdmin> {
  const el = await ready(canvas);
  const real = bulkInviteChunk.load;
  bulkInviteChunk.load = load;
  try {
    find(el, '[part~="bulk-invite-button"]').click();
    await until(() => el.view === 'bulk-invite');
  } finally {
    bulkInviteChunk.load = real;
  }
  return el;
}

/** Bulk Invite's code couldn't be fetched: the error, with "Try again". */
export const BulkInviteLoadFailed: Story = {
  play: async ({ canvasElement }) => {
    const el = await openBulkWith(canvasElement, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
  },
};

/** A paste with valid lines, lines to fix, a duplicate in the paste and someone already in the portal. */
export const BulkPasteMixed: Story = {
  play: async ({ canvasElement }) => {
    await pasteInBulk(canvasElement, MIXED_PASTE);
  },
};

export const BulkPasteMixedDark: Story = {
  args: { colorScheme: 'dark' },
  play: BulkPasteMixed.play!,
};

/** A CSV with a header row, one person marked Administrator. */
export const BulkPasteCsv: Story = {
  play: async ({ canvasElement }) => {
    await pasteInBulk(canvasElement, [
      'Full Name,Email,Phone,User ID,Administrator',
      'Ada Lovelace,ada@example.com,,ada-l,yes',
      'Alan Turing,,+44 20 7946 0958,,',
      '"Hopper, Grace",grace@example.com,,,no',
    ]);
  },
};

export const BulkSending: Story = {
  play: async ({ canvasElement }) => {
    const el = await pasteInBulk(canvasElement, ['Ada Lovelace <ada@example.com>', 'Katherine Johnson <katherine@example.com>']);
    (el.client as MemoryClient).setLatency(3_600_000);
    find(el, '[part~="send-button"]').click();
    await until(() => el.shadowRoot!.querySelector('[data-status="sending"]'));
  },
};

/** Some rows went out, two failed and stay for a retry; sent rows are locked. */
export const BulkPartialFailure: Story = {
  play: async ({ canvasElement }) => {
    const el = await pasteInBulk(canvasElement, [
      'Ada Lovelace <ada@example.com>',
      'Katherine Johnson <katherine@example.com>',
      'Hedy Lamarr <hedy@example.com>',
      'Margaret Hamilton <margaret@example.com>',
      'Radia Perlman <radia@example.com>',
    ]);
    const client = el.client as MemoryClient;
    client.failNext('inviteInternalUser', 'unavailable');
    client.failNext('inviteInternalUser', 'validation', { fieldErrors: { fullName: 'validation.fullNameInvalidCharacters' } });
    find(el, '[part~="send-button"]').click();
    await until(() => find(el, '[part~="retry-failed-button"]'));
  },
};

export const BulkAllSent: Story = {
  play: async ({ canvasElement }) => {
    const el = await pasteInBulk(canvasElement, ['Ada Lovelace <ada@example.com>', '+44 20 7946 0958 Alan Turing']);
    find(el, '[part~="send-button"]').click();
    await until(() => find(el, '[part~="clear-sent-button"]'));
  },
};

/** A backend without bulk invitations: no Bulk Invite button. */
export const WithoutBulkInvite: Story = {
  args: { makeClient: memoryClient({ capabilities: { bulkInvite: false } }) },
};
