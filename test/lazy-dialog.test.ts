/**
 * The profile menu sits in every page's header: it does not bring the invite dialog with it.
 * The dialog is fetched when first wanted, starting as the pointer or focus reaches
 * "Invite Internal User", and opening it waits for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-profile-menu/define.js';
import type { InviteProfileMenu } from '../src/invite-profile-menu/define.js';
import type { InviteUserForm } from '../src/invite-user-form/define.js';
import { shadow } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

describe('invite-profile-menu loads its dialog when first wanted', () => {
  it('defines no dialog up front, preloads it on the pointer, and opens it', async () => {
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${createMemoryClient()}></invite-profile-menu>`);
    el.show();
    await waitUntil(() => shadow(el).querySelector('#invite-item'), 'the admin sees the invite item');
    const item = shadow(el).querySelector<HTMLElement>('#invite-item')!;
    expect(customElements.get('invite-user-dialog'), 'not loaded with the menu').to.equal(undefined);
    item.dispatchEvent(new PointerEvent('pointerenter'));
    await customElements.whenDefined('invite-user-dialog');
    item.click();
    await waitUntil(() => shadow(el).querySelector('invite-user-dialog')?.hasAttribute('open'), 'the dialog opens');
  });
});

// The test runner serves every module on its own: past the default 250 entries a browser stops
// recording resource timings (Firefox reached it here), and the fetch below would go unseen.
performance.setResourceTimingBufferSize(100_000);

/** Whether the page has fetched the invite form's checks (zod and the schemas). */
const rulesFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('invite-draft-rules'));

describe('the invite form fetches its checks when first wanted', () => {
  it('opens without them, fetches them at the first typing and checks a send made at once', async () => {
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${createMemoryClient()}></invite-profile-menu>`);
    el.show();
    await waitUntil(() => shadow(el).querySelector('#invite-item'), 'the admin sees the invite item');
    shadow(el).querySelector<HTMLElement>('#invite-item')!.click();
    await waitUntil(
      () => shadow(el).querySelector('invite-user-dialog')?.shadowRoot?.querySelector('invite-user-form'),
      'the form is there',
    );
    const form = shadow(shadow(el).querySelector('invite-user-dialog')!).querySelector<InviteUserForm>('invite-user-form')!;
    await waitUntil(() => form.status === 'editing', 'the form is ready');
    expect(rulesFetched(), 'not fetched with the dialog').to.equal(false);
    const contact = shadow(form).querySelector<HTMLInputElement>('#contact')!;
    contact.value = 'hello';
    contact.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    form.submit();
    await form.updateComplete;
    expect(rulesFetched(), 'fetched at the first typing').to.equal(true);
    expect(form.status).to.equal('invalid');
    expect(shadow(form).querySelector('#fullName-error')?.textContent?.trim()).to.equal('Enter the person’s full name.');
    expect(shadow(form).querySelector('#contact-error')?.textContent?.trim()).to.equal(
      'This is neither an email address nor a phone number.',
    );
  });
});
