import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_IDS } from '../src/client/memory/memory-client.js';
import '../src/invite-user-form/define.js';
import type { InviteUserForm } from '../src/invite-user-form/define.js';
import { cardBackground, colorSchemeArgType, failingNext, makeClientArgType, memoryClient, until } from './support/story-setup.js';
import type { MemoryClientArgs } from './support/story-setup.js';

// The form on its own, as a host embeds it in its own page or dialog. Every state of the
// form inside the "Invite Internal User" pop-up is in Portal/Invite User Dialog.

interface Args extends MemoryClientArgs {
  submitLabel?: string;
  deliveryOptions: boolean;
  administratorOption: boolean;
  colorScheme: 'light' | 'dark';
}

async function ready(canvas: HTMLElement): Promise<InviteUserForm> {
  const form = await until(() => canvas.querySelector<InviteUserForm>('invite-user-form'));
  await until(() => form.status !== 'checking');
  await form.updateComplete;
  return form;
}

const meta: Meta<Args> = {
  title: 'Portal/Invite User Form',
  component: 'invite-user-form',
  args: { deliveryOptions: true, administratorOption: false, colorScheme: 'light', makeClient: memoryClient() },
  argTypes: {
    colorScheme: colorSchemeArgType,
    makeClient: makeClientArgType,
  },
  render: (args) => html`<div style="max-width: 34rem; padding: 1rem; border-radius: 12px; background: ${cardBackground(args.colorScheme)}">
    <invite-user-form
      submit-label=${ifDefined(args.submitLabel)}
      ?administrator-option=${args.administratorOption}
      .deliveryOptions=${args.deliveryOptions}
      color-scheme=${args.colorScheme}
      .client=${args.makeClient()}
    ></invite-user-form>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Dark: Story = { args: { colorScheme: 'dark' } };

/** `deliveryOptions = false`: every invitation is a plain portal invitation. */
export const WithoutDeliveryChoices: Story = { args: { deliveryOptions: false, submitLabel: 'Send invite' } };

/** The Admin Portal's variant: "+ Advanced Options" with the Administrator switch, and "Invite". */
export const AdminPortal: Story = { args: { administratorOption: true, deliveryOptions: false, submitLabel: 'Invite' } };

export const Sent: Story = {
  args: { deliveryOptions: false },
  play: async ({ canvasElement }) => {
    const form = await ready(canvasElement);
    for (const [id, value] of [
      ['fullName', 'Ada Lovelace'],
      ['contact', 'ada@example.com'],
    ]) {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value!;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await until(() => form.status === 'sent');
    await form.updateComplete;
  },
};

export const NotAllowed: Story = {
  args: { makeClient: memoryClient({ viewerId: DEMO_IDS.nonAdminId }) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
  },
};

/** The backend refused the access check (a session that expired): unlike the rule above, "Try again" can change the answer. */
export const RefusedByBackend: Story = {
  name: 'Refused by the backend (Try again)',
  args: { makeClient: failingNext('getViewer', 'permission') },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
  },
};
