/**
 * The profile menu sits in every page's header: it does not bring the invite dialog with it.
 * The dialog is fetched when first wanted, starting as the pointer or focus reaches
 * "Invite Internal User", and opening it waits for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-profile-menu/define.js';
import type { InviteProfileMenu } from '../src/invite-profile-menu/define.js';
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
