import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { waitUntil } from './fixtures/wait.js';
import { deepActive, q } from './fixtures/dom.js';
import { panelFixture, rows } from './fixtures/panel.js';

/** The row whose box holds the list's top edge. */
function topRow(el: WorkspaceMembersPanel, list: HTMLElement): HTMLElement | undefined {
  const top = list.getBoundingClientRect().top + 1;
  return rows(el).find((row) => {
    const box = row.getBoundingClientRect();
    return box.top <= top && box.bottom > top;
  });
}

describe('<workspace-members-panel>: the virtualized list on 100,000 members', () => {
  let client: MemoryClient;
  before(() => {
    client = createMemoryClient({ largeWorkspace: { workspaceId: 'ws-huge', members: 100_000 }, capabilities: { liveUpdates: false } });
  });

  it('shows the row the scrollbar points at after long jumps down and up, with few rows in the DOM', async () => {
    const el = await panelFixture(client, 'ws-huge');
    const list = q(el, '[part="list"]')!;
    await waitUntil(() => rows(el).length > 3);
    const rowHeight = rows(el)[0]!.getBoundingClientRect().height;
    const distance = list.scrollHeight - list.clientHeight;
    // Downwards in big steps (where an estimate that drifts would add up), then back up.
    for (const fraction of [0.05, 0.1, 0.15, 0.2, 0.25, 0.5, 0.75, 0.99, 0.6, 0.3, 0.01]) {
      list.scrollTop = Math.round(distance * fraction);
      const expected = Math.floor(list.scrollTop / rowHeight);
      await waitUntil(() => topRow(el, list)?.dataset.index === String(expected), `row ${expected} is at the top at ${fraction}`, {
        timeout: 3000,
      });
      expect(rows(el).length, 'rows in the DOM').to.be.below(40);
      const row = topRow(el, list)!;
      expect(row.getAttribute('aria-posinset')).to.equal(String(expected + 1));
      expect(row.getAttribute('aria-setsize')).to.equal('100000');
    }
  });

  it('moves by a page with Page Down and reaches both ends with End and Home', async () => {
    const el = await panelFixture(client, 'ws-huge');
    await waitUntil(() => rows(el).length > 3);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => Number(deepActive()?.getAttribute('aria-posinset')) > 2, 'Page Down moves focus down');
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '100000', 'End reaches the last row', { timeout: 3000 });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '99999');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '1', 'Home reaches the first row', { timeout: 3000 });
    await nextFrame();
    expect(rows(el).length).to.be.below(40);
  });
});
