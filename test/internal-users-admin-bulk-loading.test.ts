/**
 * `<internal-users-admin>` fetches its Bulk Invite code (the bulk-* modules, their styles) the
 * first time it is wanted, not with the element: when the pointer or focus reaches "Bulk Invite",
 * or when the dialog opens on it. Meanwhile the open dialog says it is loading; a chunk that
 * can't be fetched shows the error with "Try again". This file imports no bulk module itself,
 * so the page's resource timings show what the element fetched, and when.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import { bulkInviteChunk } from '../src/internal-users-admin/bulk-invite-loader.js';
import type { BulkInviteModule } from '../src/internal-users-admin/bulk-invite-loader.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/define.js';
import { deepActive, one, shadow, text } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

// Room for every module the element fetches, so none is missing from the timings below.
performance.setResourceTimingBufferSize(10_000);

/** The bulk-* modules the page has fetched so far, by name (bulk-invite-loader is the element's own). */
const fetchedBulkModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/internal-users-admin\/(bulk-[\w.-]+?)\.[jt]s$/u.exec(new URL(entry.name).pathname)?.[1])
    .filter((name): name is string => Boolean(name) && name !== 'bulk-invite-loader');

const realLoad = bulkInviteChunk.load;

/** Counts the element's requests for the chunk, passing them on to `load`. */
function countLoads(load: () => Promise<BulkInviteModule> = realLoad): { count: number } {
  const calls = { count: 0 };
  bulkInviteChunk.load = () => {
    calls.count++;
    return load();
  };
  return calls;
}

/** A chunk that arrives when the test says so. */
function heldBack(): { release(): void; fail(): void } {
  const waiting: Array<{ resolve(): void; reject(error: Error): void }> = [];
  bulkInviteChunk.load = () => new Promise<void>((resolve, reject) => waiting.push({ resolve, reject })).then(realLoad);
  return {
    release: () => waiting.splice(0).forEach((entry) => entry.resolve()),
    fail: () => waiting.splice(0).forEach((entry) => entry.reject(new TypeError('Failed to fetch dynamically imported module'))),
  };
}

const failing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

async function renderAdmin(): Promise<InternalUsersAdmin> {
  await import('../src/internal-users-admin/define.js');
  const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${createMemoryClient()}></internal-users-admin>`);
  await waitUntil(
    () => shadow(el).querySelector('[part~="bulk-invite-button"]') && shadow(el).querySelector('[part~="row"]'),
    'the list loads',
  );
  await el.updateComplete;
  return el;
}

const dialog = (el: InternalUsersAdmin) => one<HTMLDialogElement>(el, 'dialog');
const bulkButton = (el: InternalUsersAdmin) => one<HTMLButtonElement>(el, '[part~="bulk-invite-button"]');

describe('<internal-users-admin>: Bulk Invite’s code arrives when first wanted', () => {
  afterEach(async () => {
    bulkInviteChunk.load = realLoad;
    // Away from where the next element's Bulk Invite will be: a pointer resting there would fetch the code early.
    await sendMouse({ type: 'move', position: [0, 0] });
    await resetMouse();
  });

  it('fetches none of it with the element, starts when the pointer reaches Bulk Invite, and the click needs no wait', async () => {
    const el = await renderAdmin();
    const timed = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      timed.some((name) => name.includes('/internal-users-admin/internal-users-admin.')),
      'the element’s own modules are in the timings',
    ).to.equal(true);
    // bulk-parse alone comes with the element: define.js exports `parseBulkText` to hosts.
    expect(fetchedBulkModules()).to.deep.equal(['bulk-parse']);

    const loads = countLoads();
    const box = bulkButton(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => loads.count === 1, 'pointing at Bulk Invite starts the fetch');
    await el.updateComplete;
    expect(fetchedBulkModules()).to.include.members([
      'bulk-invite',
      'bulk-invite-controller',
      'bulk-invite-panel',
      'bulk-editor',
      'bulk-editor.styles',
      'bulk-rows',
      'bulk-sender',
    ]);

    bulkButton(el).click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(shadow(el).querySelector('#bulk-paste'), 'the panel shows at once').not.to.equal(null);
    expect(shadow(el).querySelector('[part~="status"]')).to.equal(null);
    expect(deepActive()?.id).to.equal('bulk-paste');
    expect(loads.count, 'fetched once').to.equal(1);
  });

  it('starts the fetch when keyboard focus reaches Bulk Invite', async () => {
    const el = await renderAdmin();
    const loads = countLoads();
    one(el, '[part~="share-link-button"]').focus();
    expect(loads.count).to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(bulkButton(el));
    expect(loads.count).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'bulk-paste', 'focus starts in the paste box');
    expect(loads.count).to.equal(1);
  });

  it('opens at once with a loading line when the code is still on its way; then the panel, styled, takes focus', async () => {
    const el = await renderAdmin();
    const chunk = heldBack();
    const sheetsBefore = shadow(el).adoptedStyleSheets.length;
    bulkButton(el).click();
    await waitUntil(() => dialog(el).open, 'the dialog opens');
    expect(text(one(el, '[part~="dialog-title"]'))).to.equal('Bulk Invite');
    expect(text(one(el, '[part~="dialog-body"] [part~="status"]'))).to.equal('Loading Bulk Invite…');
    expect(one(el, '[part~="dialog-body"] [part~="status"]').getAttribute('role')).to.equal('status');
    expect(deepActive()?.id, 'the title holds focus meanwhile').to.equal('dialog-title');
    await expect(el).to.be.accessible();

    chunk.release();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="dialog-body"] [part~="status"]')).to.equal(null);
    expect(deepActive()?.id).to.equal('bulk-paste');
    // The editor's styles joined the element's own, as a shared sheet: no <style> element (strict CSP).
    expect(shadow(el).adoptedStyleSheets.length).to.equal(sheetsBefore + 1);
    expect(shadow(el).querySelector('style')).to.equal(null);
    expect(getComputedStyle(one(el, '.bulk')).display).to.equal('grid');
    expect(getComputedStyle(one(el, '#bulk-paste')).fontFamily).to.contain('monospace');

    await el.hide();
    await el.show('bulk-invite');
    expect(shadow(el).adoptedStyleSheets.length, 'adopted once').to.equal(sheetsBefore + 1);
  });

  it('leaves focus where the person moved it while the code was on its way', async () => {
    const el = await renderAdmin();
    const chunk = heldBack();
    bulkButton(el).click();
    await waitUntil(() => deepActive()?.id === 'dialog-title', 'the dialog opens');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, '[part~="close-button"]'));
    chunk.release();
    await el.updateComplete;
    expect(shadow(el).querySelector('#bulk-paste')).not.to.equal(null);
    expect(deepActive()).to.equal(one(el, '[part~="close-button"]'));
  });

  it('says when the code can’t be fetched, and Try again brings it, keeping focus in place meanwhile', async () => {
    const el = await renderAdmin();
    countLoads(failing);
    await el.show('bulk-invite');
    expect(dialog(el).open).to.equal(true);
    const alert = one(el, '[part~="dialog-body"] [part~="alert"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Couldn’t reach the server. Check your connection and try again.');
    const retry = one<HTMLButtonElement>(el, '[part~="dialog-body"] [part~="retry-button"]');
    expect(text(retry)).to.equal('Try again');
    await waitUntil(() => deepActive() === retry, 'focus goes to Try again');
    await expect(el).to.be.accessible();

    // Still offline: the same button stays, focused, and the alert says so again.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(one(el, '[part~="dialog-body"] [part~="retry-button"]')).to.equal(retry);
    expect(deepActive()).to.equal(retry);
    expect(text(one(el, '[part~="dialog-body"] [part~="alert"]'))).to.contain('Couldn’t reach the server.');

    // Back online, slowly: the button waits, unavailable, then the panel takes focus.
    const chunk = heldBack();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => retry.getAttribute('aria-disabled') === 'true', 'Try again is busy');
    expect(text(one(el, '[part~="dialog-body"] [part~="alert"] p'))).to.equal('Loading Bulk Invite…');
    expect(deepActive()).to.equal(retry);
    await sendKeys({ press: 'Enter' });
    chunk.release();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="dialog-body"] [part~="alert"]')).to.equal(null);
    expect(deepActive()?.id).to.equal('bulk-paste');
  });

  it('tries again by itself when the dialog is opened again after a failure', async () => {
    const el = await renderAdmin();
    countLoads(failing);
    await el.show('bulk-invite');
    expect(shadow(el).querySelector('[part~="dialog-body"] [part~="retry-button"]')).not.to.equal(null);
    await el.hide();
    const loads = countLoads();
    await el.show('bulk-invite');
    expect(loads.count).to.equal(1);
    expect(shadow(el).querySelector('#bulk-paste')).not.to.equal(null);
    await waitUntil(() => deepActive()?.id === 'bulk-paste', 'focus starts in the paste box');
  });

  it('opens from the `view` property: `updateComplete` waits for the code', async () => {
    const el = await renderAdmin();
    const loads = countLoads();
    el.view = 'bulk-invite';
    await el.updateComplete;
    expect(loads.count).to.equal(1);
    expect(dialog(el).open).to.equal(true);
    expect(shadow(el).querySelector('[part~="paste-input"]')).not.to.equal(null);
  });
});
