import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-profile-menu/define.js';
import type { InviteProfileMenu } from '../src/invite-profile-menu/define.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/define.js';
import { colorSchemeArgType, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

interface Args extends MemoryClientArgs {
  colorScheme: 'light' | 'dark';
  hostItems: boolean;
}

/** Opens the menu once the viewer is known, as a click on the avatar does. */
async function openMenu(canvas: HTMLElement): Promise<InviteProfileMenu> {
  const menu = canvas.querySelector<InviteProfileMenu>('invite-profile-menu')!;
  await until(() => menu.shadowRoot?.querySelector('#button-label')?.textContent?.includes(':'));
  menu.shadowRoot!.querySelector<HTMLButtonElement>('#button')!.click();
  await until(() => menu.shadowRoot!.querySelector<HTMLElement>('#panel')!.style.top);
  return menu;
}

/** A drawn portrait, inline so the story needs no network. */
const PICTURE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#2f6f5e"/><circle cx="32" cy="25" r="12" fill="#f1c9a5"/><path d="M10 64c2-14 11-21 22-21s20 7 22 21z" fill="#f1c9a5"/></svg>',
)}`;

const hostItems = html`
  <a slot="item" href="#profile" data-value="profile">My Profile</a>
  <button slot="item" value="settings">Settings</button>
  <hr slot="item" role="separator" />
  <button slot="item" value="sign-out">Sign out</button>
`;

const meta: Meta<Args> = {
  title: 'Portal/Invite Profile Menu',
  component: 'invite-profile-menu',
  args: { colorScheme: 'light', hostItems: true, makeClient: memoryClient() },
  argTypes: {
    colorScheme: colorSchemeArgType,
    makeClient: makeClientArgType,
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
  // A portal header: the profile button sits at the top right.
  render: (args) => html`<div
    style="display: flex; align-items: center; justify-content: space-between; padding: 0.5rem 1rem; border-bottom: 1px solid #d5d8e1; font-family: system-ui; background: ${args.colorScheme === 'dark' ? '#1b1d24' : '#ffffff'}; color: ${args.colorScheme === 'dark' ? '#eceef4' : '#1b1e27'}"
  >
    <strong>Acme Portal</strong>
    <invite-profile-menu color-scheme=${args.colorScheme} .client=${args.makeClient()}>${args.hostItems ? hostItems : ''}</invite-profile-menu>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Closed: Story = {};

/** A portal admin's menu: "Invite Internal User", then the host's own items. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

export const OpenDark: Story = {
  args: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** A viewer with a picture: it replaces the initials, in the button and in the menu. */
export const WithPicture: Story = {
  args: {
    makeClient: memoryClient({}, (client) => {
      const getViewer = client.getViewer.bind(client);
      client.getViewer = async (options) => ({ ...(await getViewer(options)), avatarUrl: PICTURE });
    }),
  },
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** A `makeClient` whose viewer has another name or address. */
function viewerWith(changes: { fullName?: string; email?: string }) {
  return memoryClient({}, (client) => {
    const getViewer = client.getViewer.bind(client);
    client.getViewer = async (options) => ({ ...(await getViewer(options)), ...changes });
  });
}

/** A 66-character address: the menu keeps its width and cuts it off; the tooltip and the menu's name carry all of it. */
export const LongAddress: Story = {
  args: { makeClient: viewerWith({ email: 'alexandra.konstantinopoulou-van.der.westhuizen@example-holdings.co' }) },
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** A 300-character address, dark. */
export const VeryLongAddressDark: Story = {
  args: {
    colorScheme: 'dark',
    makeClient: viewerWith({ email: `${'a'.repeat(140)}.${'b'.repeat(100)}@${'c'.repeat(46)}.example.com` }),
  },
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** A long Arabic name in a right-to-left portal: cut off at its own end, the address at its own. */
export const LongArabicName: Story = {
  args: {
    makeClient: viewerWith({
      fullName: 'عبد الرحمن بن محمد بن عبد العزيز آل سعود الفيصل القحطاني الدوسري',
      email: 'alexandra.konstantinopoulou-van.der.westhuizen@example-holdings.co',
    }),
  },
  render: (args) => html`<div
    dir="rtl"
    style="display: flex; align-items: center; justify-content: space-between; padding: 0.5rem 1rem; border-bottom: 1px solid #d5d8e1; font-family: system-ui; background: #ffffff; color: #1b1e27"
  >
    <strong>بوابة أكمي</strong>
    <invite-profile-menu lang="ar" color-scheme=${args.colorScheme} .client=${args.makeClient()}>${hostItems}</invite-profile-menu>
  </div>`,
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** Viewers who are not portal admins don't see "Invite Internal User". */
export const NotAnAdmin: Story = {
  args: { makeClient: memoryClient({ viewerId: DEMO_IDS.nonAdminId }) },
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** Opens the menu of a viewer that failed to load; opening tries again, and that fails too. */
async function openFailedMenu(canvas: HTMLElement): Promise<InviteProfileMenu> {
  const menu = canvas.querySelector<InviteProfileMenu>('invite-profile-menu')!;
  await until(() => menu.shadowRoot?.querySelector('#retry-item'));
  menu.shadowRoot!.querySelector<HTMLButtonElement>('#button')!.click();
  await until(
    () =>
      menu.shadowRoot!.querySelector<HTMLElement>('#panel')!.style.top &&
      menu.shadowRoot!.querySelector('#retry-item[aria-disabled="false"]'),
  );
  return menu;
}

/** The viewer couldn't be loaded: the panel says why, and the first item tries again. */
export const ViewerFailed: Story = {
  args: { makeClient: memoryClient({}, (client) => client.failNext('getViewer', 'network', { times: 2 })) },
  play: async ({ canvasElement }) => {
    await openFailedMenu(canvasElement);
  },
};

/** Trying again: the item stays (unavailable, keeping focus) while the panel says the profile is loading. */
export const ViewerRetrying: Story = {
  args: { makeClient: memoryClient({}, (client) => client.failNext('getViewer', 'network', { times: 2 })) },
  play: async ({ canvasElement }) => {
    const menu = await openFailedMenu(canvasElement);
    (menu.client as MemoryClient).setLatency(600_000);
    menu.shadowRoot!.querySelector<HTMLElement>('#retry-item')!.click();
    await until(() => menu.shadowRoot!.querySelector('#retry-item[aria-disabled="true"]'));
  },
};

export const WithoutHostItems: Story = {
  args: { hostItems: false },
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** Choosing "Invite Internal User" opens the invitation dialog. */
export const InviteDialogOpened: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement);
    menu.shadowRoot!.querySelector<HTMLElement>('#invite-item')!.click();
    const dialog = await until(() => menu.shadowRoot!.querySelector<InviteUserDialog>('invite-user-dialog'));
    await until(() => dialog.open);
  },
};

/** Near the bottom of the window the menu flips above the button. */
export const FlipsAtTheEdge: Story = {
  render: (args) => html`<div style="position: fixed; inset: auto 1rem 1rem auto">
    <invite-profile-menu color-scheme=${args.colorScheme} .client=${args.makeClient()}>${hostItems}</invite-profile-menu>
  </div>`,
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement);
    await until(() => menu.shadowRoot!.querySelector<HTMLElement>('#panel')!.dataset.placement?.startsWith('top'));
  },
};
