import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-user-dialog/define.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/define.js';
import type { InviteFormStatus, InviteUserForm } from '../src/invite-user-form/define.js';
import { colorSchemeArgType, failingNext, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

interface Args extends MemoryClientArgs {
  open: boolean;
  tab: 'invite' | 'share-link';
  colorScheme: 'light' | 'dark';
}

/** The form inside the dialog (or on its own), once it has checked the viewer. */
async function readyForm(canvas: HTMLElement): Promise<InviteUserForm> {
  const dialog = canvas.querySelector<InviteUserDialog>('invite-user-dialog');
  const form = dialog
    ? await until(() => dialog.shadowRoot?.querySelector<InviteUserForm>('invite-user-form'))
    : await until(() => canvas.querySelector<InviteUserForm>('invite-user-form'));
  await until(() => form.status !== 'checking');
  await form.updateComplete;
  return form;
}

async function type(form: InviteUserForm, values: { fullName?: string; contact?: string; userId?: string }) {
  for (const [id, value] of Object.entries(values)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}

function choose(form: InviteUserForm, method: string) {
  form.shadowRoot!.querySelector<HTMLInputElement>(`input[name="delivery"][value="${method}"]`)!.click();
}

async function send(form: InviteUserForm, until_: InviteFormStatus) {
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await until(() => form.status === until_);
  await form.updateComplete;
}

const ada = { fullName: 'Ada Lovelace', contact: 'ada@example.com' };

const meta: Meta<Args> = {
  title: 'Portal/Invite User Dialog',
  component: 'invite-user-dialog',
  args: { open: true, tab: 'invite', colorScheme: 'light', makeClient: memoryClient() },
  argTypes: {
    tab: { control: 'inline-radio', options: ['invite', 'share-link'] },
    colorScheme: colorSchemeArgType,
    makeClient: makeClientArgType,
  },
  parameters: {
    // Each story is a modal in the top layer: give it its own frame in the docs page.
    docs: { story: { inline: false, iframeHeight: 720 } },
  },
  render: (args) => html`<invite-user-dialog
    ?open=${args.open}
    tab=${args.tab}
    color-scheme=${args.colorScheme}
    .client=${args.makeClient()}
  ></invite-user-dialog>`,
};
export default meta;
type Story = StoryObj<Args>;

/** What an admin sees after choosing "Invite Internal User": the empty Invite tab. */
export const Empty: Story = {};

export const Dark: Story = { args: { colorScheme: 'dark' } };

/** A button opens it; closing returns focus to the button. */
export const OpenedByAButton: Story = {
  args: { open: false },
  render: (args) => html`
    <button
      type="button"
      @click=${(event: Event) => ((event.target as HTMLElement).nextElementSibling as InviteUserDialog).show()}
    >
      Invite Internal User
    </button>
    <invite-user-dialog .client=${args.makeClient()} color-scheme=${args.colorScheme}></invite-user-dialog>
  `,
};

/** Sent empty: each field says what it needs, and focus is on the first. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, { contact: 'ada.example.com', userId: 'has spaces' });
    form.submit();
    await until(() => form.status === 'invalid');
  },
};

/** Phone numbers show the E.164 form that will be used. */
export const PhoneNumber: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, { fullName: 'Casey Fischer', contact: '+49 (0)30 901820' });
  },
};

export const AddToWorkspace: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, ada);
    choose(form, 'workspace');
    await until(() => form.shadowRoot!.querySelector('#workspaceId'));
  },
};

/** While the form checks that the viewer may invite internal users. */
export const CheckingAccess: Story = { args: { makeClient: memoryClient({ latency: 600_000 }) } };

/** "Add to Workspace" when the workspaces could not be loaded: the reason and a retry, in place of the list. */
export const WorkspacesFailed: Story = {
  args: { makeClient: failingNext('listWorkspaces', 'unavailable') },
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    choose(form, 'workspace');
    await until(() => form.shadowRoot!.querySelector('[part~="workspace-error"]'));
  },
};

/** Waiting for the backend: the button can't send twice. */
export const Sending: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    (form.client as MemoryClient).setLatency(600_000);
    await type(form, ada);
    await send(form, 'sending');
  },
};

export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, ada);
    await send(form, 'sent');
  },
};

export const SentToWorkspace: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, ada);
    choose(form, 'workspace');
    const select = await until(() => form.shadowRoot!.querySelector<HTMLSelectElement>('#workspaceId'));
    select.value = DEMO_IDS.groupWorkspaceId;
    select.dispatchEvent(new Event('change'));
    await send(form, 'sent');
  },
};

export const AddedQuietly: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, ada);
    choose(form, 'contacts-quietly');
    await send(form, 'sent');
  },
};

/** The backend failed: its reason in words, everything typed kept, and a retry. */
export const Failed: Story = {
  args: { makeClient: failingNext('inviteInternalUser', 'unavailable') },
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, { ...ada, userId: 'ada.l' });
    await send(form, 'failed');
  },
};

/** The backend rejected fields: its messages sit on the fields they concern. */
export const FailedOnFields: Story = {
  args: {
    makeClient: failingNext('inviteInternalUser', 'validation', {
      fieldErrors: { email: 'validation.emailInvalidDomain', userId: 'This User ID is already taken in your directory.' },
    }),
  },
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, { ...ada, userId: 'ada' });
    await send(form, 'failed');
  },
};

/**
 * The backend refused the address in a whole sentence, wrapping under the field. Leaving the
 * field (here, on to "Send Invitation") keeps its words there, so the next press sends.
 */
export const RefusedInASentence: Story = {
  args: {
    makeClient: failingNext('inviteInternalUser', 'validation', {
      fieldErrors: {
        email:
          'This address can’t receive invitations: the mail server at example.com turned our last three messages away as undeliverable, so ask the person for another address, or invite them by phone instead.',
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, ada);
    await send(form, 'failed');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.focus();
    await form.updateComplete;
  },
};

/** The address is already someone's in the portal: the backend's words about it, and a way to change it or start over. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, { fullName: 'Blake Rivera', contact: 'blake.rivera@example.com' });
    await send(form, 'conflict');
  },
};

/** The User ID is someone else's: the conflict is on that field, not on the address. */
export const ConflictOnUserId: Story = {
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, { fullName: 'Blake Twin', contact: 'blake.twin@example.com', userId: 'blake.r' });
    await send(form, 'conflict');
  },
};

/** A conflict the backend tied to no field: taken to be the address, so there is nobody new to invite. */
export const ConflictOnNoField: Story = {
  args: { makeClient: failingNext('inviteInternalUser', 'conflict') },
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, ada);
    await send(form, 'conflict');
  },
};

/** Viewers who are not portal admins get an explanation instead of the form. */
export const NotAllowed: Story = {
  args: { makeClient: memoryClient({ viewerId: DEMO_IDS.nonAdminId }) },
};

export const ShareInviteLinkTab: Story = { args: { tab: 'share-link' } };

/** The same form on its own, as the Admin Portal uses it: no delivery choices, the Administrator switch. */
export const AdminPortalForm: Story = {
  render: (args) => html`<invite-user-form
    administrator-option
    delivery-options="false"
    submit-label="Invite"
    color-scheme=${args.colorScheme}
    .client=${args.makeClient()}
  ></invite-user-form>`,
  play: async ({ canvasElement }) => {
    const form = await readyForm(canvasElement);
    await type(form, { fullName: 'Jordan Admin', contact: 'jordan@example.com' });
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="advanced-toggle"]')!.click();
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[role="switch"]')!.click();
    await form.updateComplete;
  },
};

export const AdminPortalFormSent: Story = {
  render: AdminPortalForm.render!,
  play: async (context) => {
    await AdminPortalForm.play!(context);
    await send(await readyForm(context.canvasElement), 'sent');
  },
};
