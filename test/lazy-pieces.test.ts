/**
 * What the members panel shows only on demand is fetched when first wanted:
 * a preload starts as the pointer or focus reaches what opens it, the first open works, and a
 * chunk that fails to arrive shows an error alert whose "Try again" fetches it again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { panelChunks } from '../src/workspace-members-panel/lazy-pieces.js';
import { shadow } from './fixtures/dom.js';
import { instrumentChunk as instrument, type Chunks } from './fixtures/lazy-chunks.js';
import { waitUntil } from './fixtures/wait.js';

describe('lazy pieces: the members panel', () => {
  it('fetches the picker on focus of "+ Invite Members", and the first open shows it with focus in it', async () => {
    const spy = instrument(panelChunks as unknown as Chunks, 'picker');
    try {
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${createMemoryClient()} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part="invite-members-button"]'));
      expect(customElements.get('workspace-members-picker'), 'not loaded with the panel').to.equal(undefined);
      const button = shadow(el).querySelector<HTMLElement>('[part="invite-members-button"]')!;
      button.focus();
      await waitUntil(() => spy.calls.count === 1, 'focus starts the fetch');
      button.click();
      await waitUntil(() => shadow(el).querySelector('workspace-members-picker')?.shadowRoot, 'the picker renders');
      const picker = shadow(el).querySelector('workspace-members-picker')!;
      await waitUntil(() => el.shadowRoot!.activeElement === picker, 'focus goes into the picker');
      expect(spy.calls.count, 'fetched once').to.equal(1);
    } finally {
      spy.restore();
    }
  });

  it('fetches the resend button as the pointer reaches a "Not Joined" box, and the menu shows it', async () => {
    const spy = instrument(panelChunks as unknown as Chunks, 'resendButton');
    try {
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${createMemoryClient()} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
      );
      await waitUntil(() => shadow(el).querySelector('[data-menu-trigger]'), 'a Not Joined box');
      const box = shadow(el).querySelector<HTMLElement>('[data-menu-trigger]')!;
      box.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitUntil(() => spy.calls.count === 1, 'the pointer starts the fetch');
      box.click();
      await waitUntil(() => shadow(el).querySelector('#invitation-menu resend-invite-button')?.shadowRoot, 'the menu shows Resend');
    } finally {
      spy.restore();
    }
  });
});
