import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import '../src/invite-kit-provider/define.js';
import '../src/share-invite-link/define.js';
import '../src/resend-invite-button/define.js';
import '../src/i18n/locales/all.js';
import { cardBackground } from './support/story-setup.js';

// <invite-kit-provider> draws nothing: it hands one client, viewer, locale and colour scheme
// to every kit element inside it. Here it holds two elements; its controls change both.

interface Args {
  lang?: string;
  colorScheme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Portal/Invite Kit Provider',
  component: 'invite-kit-provider',
  args: {},
  argTypes: {
    lang: { control: 'select', options: [undefined, 'en', 'es', 'de', 'ja', 'ar'] },
    colorScheme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => {
    const client = createMemoryClient();
    return html`<invite-kit-provider .client=${client} lang=${ifDefined(args.lang)} color-scheme=${ifDefined(args.colorScheme)}>
      <div style="display: grid; gap: 1.5rem; max-width: 34rem; padding: 1rem; border-radius: 12px; background: ${cardBackground(args.colorScheme)}">
        <share-invite-link heading="Share Invite Link"></share-invite-link>
        <resend-invite-button user-id=${DEMO_IDS.pendingUserId}></resend-invite-button>
      </div>
    </invite-kit-provider>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const OneClientForEveryElement: Story = {};

/** `lang="es"` on the provider: every element inside speaks Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** `lang="ar"`: Arabic, laid out right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** `color-scheme="dark"` on the provider: every element inside is dark. */
export const Dark: Story = { args: { colorScheme: 'dark' } };
