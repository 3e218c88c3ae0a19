/**
 * Registration hosts can rely on, in a fresh page: `invite-kit/elements` registers nothing, and
 * each class registers itself under a host's own tag name together with the kit elements it
 * renders (`static dependencies`) — even when the host already registered one of those under a
 * name of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import * as elements from '../src/elements.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import { waitUntil } from './fixtures/wait.js';

const KIT_TAGS = [
  'invite-kit-provider',
  'invite-profile-menu',
  'invite-user-dialog',
  'invite-user-form',
  'share-invite-link',
  'resend-invite-button',
  'workspace-members-panel',
  'workspace-members-picker',
  'internal-users-admin',
  'accept-invitation',
  'workspace-join-request',
  'invite-link-sign-up',
];

/** Every kit element class `invite-kit/elements` exports, by the tag the kit gives it. */
const CLASS_FOR_TAG: Record<string, CustomElementConstructor> = {
  'invite-kit-provider': elements.InviteKitProvider,
  'invite-profile-menu': elements.InviteProfileMenu,
  'invite-user-dialog': elements.InviteUserDialog,
  'invite-user-form': elements.InviteUserForm,
  'share-invite-link': elements.ShareInviteLink,
  'resend-invite-button': elements.ResendInviteButton,
  'workspace-members-panel': elements.WorkspaceMembersPanel,
  'workspace-members-picker': elements.WorkspaceMembersPicker,
  'internal-users-admin': elements.InternalUsersAdmin,
  'accept-invitation': elements.AcceptInvitation,
  'workspace-join-request': elements.WorkspaceJoinRequest,
  'invite-link-sign-up': elements.InviteLinkSignUp,
};

describe('registration', () => {
  it('invite-kit/elements registers no tag', () => {
    for (const tag of KIT_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('exports every element a kit element renders, with its dependencies declared', () => {
    for (const [tag, elementClass] of Object.entries(CLASS_FOR_TAG)) {
      const dependencies = (elementClass as unknown as { dependencies?: Record<string, CustomElementConstructor> }).dependencies ?? {};
      for (const [dependencyTag, dependency] of Object.entries(dependencies)) {
        expect(CLASS_FOR_TAG[dependencyTag], `${tag} renders <${dependencyTag}>, which is exported`).to.equal(dependency);
      }
    }
  });

  it('a host registers an element under its own name, and the elements it renders come with it', async () => {
    // The host has its own name for the form already: the dialog must still find <invite-user-form>.
    elements.InviteUserForm.define('acme-invite-form');
    elements.InviteUserDialog.define('acme-invite-dialog');
    expect(customElements.get('acme-invite-dialog')).to.equal(elements.InviteUserDialog);
    expect(customElements.get('invite-user-form'), 'the dialog registered what it renders').to.exist;
    const client = createMemoryClient();
    const dialog = await fixture<InstanceType<typeof elements.InviteUserDialog>>(
      staticHtml`<${unsafeStatic('acme-invite-dialog')} .client=${client}></${unsafeStatic('acme-invite-dialog')}>`,
    );
    await dialog.show();
    const form = dialog.shadowRoot!.querySelector('invite-user-form')!;
    expect(form).to.be.instanceOf(elements.InviteUserForm);
    await waitUntil(() => form.shadowRoot?.querySelector('#fullName'), 'the form inside renders its fields');
    await dialog.hide();
    // And the host's own name for the form works on its own.
    const ownForm = await fixture(html`<acme-invite-form .client=${client}></acme-invite-form>`);
    await waitUntil(() => ownForm.shadowRoot?.querySelector('#fullName'), 'the host-named form renders');
  });

  it('the members panel under another name shows its Workspace Link, and fetches its picker when first wanted', async () => {
    elements.WorkspaceMembersPanel.define('acme-members');
    // Not registered with the panel: fetched when first wanted (src/workspace-members-panel/lazy-pieces.ts).
    expect(customElements.get('workspace-members-picker'), 'the picker').to.equal(undefined);
    const panel = await fixture(
      staticHtml`<${unsafeStatic('acme-members')} workspace-id=${DEMO_IDS.flowWorkspaceId} .client=${createMemoryClient()}></${unsafeStatic('acme-members')}>`,
    );
    await waitUntil(() => panel.shadowRoot?.querySelector('[part~="row"]'), 'rows render');
    await waitUntil(() => panel.shadowRoot?.querySelector<HTMLInputElement>('#workspace-link-input')?.value, 'the Workspace Link shows');
    panel.shadowRoot!.querySelector<HTMLElement>('[part="invite-members-button"]')!.click();
    await waitUntil(() => panel.shadowRoot?.querySelector('workspace-members-picker')?.shadowRoot, 'the picker arrives and renders');
    expect(panel.shadowRoot!.querySelector('workspace-members-picker')).to.be.instanceOf(elements.WorkspaceMembersPicker);
  });

  it('a provider defined after the elements inside it still gives them its client and language', async () => {
    // The drop-in loader defines each tag as its file arrives: here the form's comes first.
    elements.InviteUserForm.define('acme-invite-form');
    const client = createMemoryClient();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <acme-late-provider lang="es" .client=${client}><acme-invite-form></acme-invite-form></acme-late-provider>
    </div>`);
    const form = wrapper.querySelector('acme-invite-form') as HTMLElement & {
      providedClient?: unknown;
      providedLocale?: string;
      updateComplete: Promise<unknown>;
    };
    await form.updateComplete;
    expect(form.providedClient, 'nothing answers before the provider is defined').to.equal(undefined);
    elements.InviteKitProvider.define('acme-late-provider');
    await waitUntil(() => form.providedClient === client, 'the late provider’s client reaches the form');
    expect(form.providedLocale).to.equal('es');
    // Subscribed, not answered once: a later change of language reaches it too.
    wrapper.querySelector('acme-late-provider')!.setAttribute('lang', 'fr');
    await waitUntil(() => form.providedLocale === 'fr', 'the provider’s new language reaches the form');
  });

  it('registering twice, or a tag already taken, is harmless', () => {
    expect(() => elements.InviteUserDialog.define('acme-invite-dialog')).not.to.throw();
    expect(() => elements.InternalUsersAdmin.define('acme-admin')).not.to.throw();
    expect(customElements.get('acme-admin')).to.equal(elements.InternalUsersAdmin);
  });
});
