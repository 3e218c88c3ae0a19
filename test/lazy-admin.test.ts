/**
 * What the Admin Portal shows only on demand is fetched when first wanted:
 * a preload starts as the pointer or focus reaches what opens it, the first open works, and a
 * chunk that fails to arrive shows an error alert whose "Try again" fetches it again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import '../src/internal-users-admin/define.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/define.js';
import { adminChunks } from '../src/internal-users-admin/lazy-pieces.js';
import { shadow } from './fixtures/dom.js';
import { instrumentChunk as instrument, type Chunks } from './fixtures/lazy-chunks.js';
import { waitUntil } from './fixtures/wait.js';

describe('lazy pieces: the Admin Portal', () => {
  for (const [view, chunk, buttonPart, inside] of [
    ['invite', 'inviteForm', 'invite-button', 'invite-user-form'],
    ['share-link', 'shareLink', 'share-link-button', 'share-invite-link'],
  ] as const) {
    it(`fetches the ${view} dialog's code on the pointer; a failure shows Try again, which fetches it again`, async () => {
      const spy = instrument(adminChunks as unknown as Chunks, chunk, 2);
      try {
        const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${createMemoryClient()}></internal-users-admin>`);
        await waitUntil(() => shadow(el).querySelector(`[part="${buttonPart}"]`));
        const button = shadow(el).querySelector<HTMLElement>(`[part="${buttonPart}"]`)!;
        expect(customElements.get(inside), 'not loaded with the list').to.equal(undefined);
        button.dispatchEvent(new PointerEvent('pointerenter'));
        await waitUntil(() => spy.calls.count === 1, 'the pointer starts the fetch');
        // Opening tries again once the first fetch has failed (and fails again here).
        await waitUntil(() => shadow(el).querySelector('dialog') && spy.calls.count === 1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await el.show(view);
        await waitUntil(
          () => shadow(el).querySelector('dialog [part~="retry-button"]') || shadow(el).querySelector(inside),
          'Try again, or the piece',
        );
        const retry = shadow(el).querySelector<HTMLElement>('dialog [part~="retry-button"]');
        if (!retry) throw new Error('expected the failed fetch to show Try again');
        retry.click();
        await waitUntil(() => spy.calls.count === 3, 'Try again fetches again');
        await waitUntil(() => shadow(el).querySelector(inside)?.shadowRoot, `<${inside}> renders`);
      } finally {
        spy.restore();
      }
    });
  }
});
