/**
 * Popovers' positioning code (Floating UI, src/internal/floating-position.ts) is fetched when a
 * popover is first wanted — pointer or focus on what opens one, or the opening itself — so a
 * page that shows a profile menu or a members panel and never opens a menu does not pay for it.
 * Runs in its own page: the first test sees the module not yet loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import '../src/invite-profile-menu/define.js';
import type { InviteProfileMenu } from '../src/invite-profile-menu/define.js';
import { PopoverController } from '../src/internal/popover-controller.js';
import { shadow } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

// Past the default 250 entries a browser stops recording resource timings (the test runner
// serves every module on its own): room for all, so what is fetched here is seen.
performance.setResourceTimingBufferSize(100_000);

const positioningFetched = () =>
  performance.getEntriesByType('resource').some((entry) => /floating-position|@floating-ui/.test(entry.name));

describe('lazy popover positioning', () => {
  it('is not fetched with the menu; a first open before it arrives keeps the menu transparent, focused, then places it under the button', async () => {
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${createMemoryClient()}></invite-profile-menu>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('#button')!;
    const panel = shadow(el).querySelector<HTMLElement>('#panel')!;
    await waitUntil(() => shadow(el).querySelector('#button-label')!.textContent!.trim() !== 'Profile', 'the viewer loads');
    expect(positioningFetched(), 'not fetched with the menu').to.equal(false);

    // click() alone: no pointer or focus on the button beforehand, so nothing was preloaded.
    button.click();
    await el.updateComplete;
    expect(panel.matches(':popover-open')).to.equal(true);
    expect(panel.style.opacity, 'not shown in a corner before it is placed').to.equal('0');
    expect(shadow(el).activeElement?.id, 'focus is in the menu at once').to.equal('invite-item');

    await waitUntil(() => panel.style.top !== '', 'the menu is positioned');
    expect(positioningFetched()).to.equal(true);
    expect(panel.getBoundingClientRect().top, 'under its button').to.be.at.least(button.getBoundingClientRect().bottom);
    expect(panel.style.opacity, 'shown once placed').to.equal('');
    expect(panel.dataset.placement).to.match(/^bottom/);
  });

  it('starts the fetch as the pointer or focus reaches the menu button', async () => {
    const preloads = { count: 0 };
    const original = PopoverController.prototype.preload;
    PopoverController.prototype.preload = function (this: PopoverController) {
      preloads.count++;
      original.call(this);
    };
    try {
      const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${createMemoryClient()}></invite-profile-menu>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('#button')!;
      button.focus();
      expect(preloads.count, 'focus').to.equal(1);
      button.dispatchEvent(new PointerEvent('pointerenter'));
      expect(preloads.count, 'pointer').to.equal(2);
    } finally {
      PopoverController.prototype.preload = original;
    }
  });
});
