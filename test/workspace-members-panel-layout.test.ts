/**
 * The panel in the places it is put: a 420 px side panel, a 390 px phone, a 720 px container
 * and a wide page. Key details are read in full (a second line, never an ellipsis hiding when an
 * invitation expires), the three request actions are one group, the list is exactly as tall as
 * its rows up to its maximum, and `list-height="auto"` lets a scrolling side panel scroll it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/i18n/locales/all.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { ROW_HEIGHT_REM } from '../src/workspace-members-panel/member-list-layout.js';
import { isCutOff, overflowingElements } from './fixtures/layout.js';
import { q } from './fixtures/dom.js';
import { rows } from './fixtures/panel.js';
import { waitUntil } from './fixtures/wait.js';

const { flowWorkspaceId, groupWorkspaceId, smallWorkspaceId } = DEMO_IDS;
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

interface Placement {
  name: string;
  width: number;
  narrow: boolean;
}
const PLACEMENTS: Placement[] = [
  { name: 'a 390 px phone', width: 390, narrow: true },
  { name: 'a 420 px side panel', width: 420, narrow: true },
  { name: 'a 720 px container', width: 720, narrow: false },
  { name: 'a 1280 px page', width: 1280, narrow: false },
];

async function panelIn(width: number, workspaceId: string, options: { lang?: string; client?: MemoryClient } = {}) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <workspace-members-panel
      .client=${options.client ?? createMemoryClient()}
      workspace-id=${workspaceId}
      lang=${options.lang ?? 'en'}
    ></workspace-members-panel>
  </div>`);
  const el = box.querySelector<WorkspaceMembersPanel>('workspace-members-panel')!;
  await waitUntil(() => rows(el).length > 0, 'rows render');
  await el.updateComplete;
  return el;
}

/** Text that is cut off, or pushed out of its row's fixed box. */
function hiddenFacts(el: WorkspaceMembersPanel): string[] {
  const problems: string[] = [];
  for (const row of rows(el)) {
    const box = row.getBoundingClientRect();
    for (const piece of row.querySelectorAll<HTMLElement>('.fact, [part~="invitation"], [part~="details"]')) {
      const rect = piece.getBoundingClientRect();
      const where = `"${piece.textContent!.trim()}" in ${row.querySelector('[part~="name"]')!.textContent}`;
      if (isCutOff(piece)) problems.push(`${where}: cut off`);
      if (rect.bottom > box.bottom + 0.5 || rect.right > box.right + 0.5) problems.push(`${where}: outside its row`);
    }
  }
  return problems;
}

describe('<workspace-members-panel>: layout', () => {
  before(() => setViewport({ width: 1366, height: 768 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { name, width, narrow } of PLACEMENTS) {
    describe(`in ${name}`, () => {
      for (const lang of ['en', 'de', 'es']) {
        for (const workspaceId of [flowWorkspaceId, groupWorkspaceId]) {
          it(`shows every detail of every row in full (${lang}, ${workspaceId})`, async () => {
            const el = await panelIn(width, workspaceId, { lang });
            expect(hiddenFacts(el)).to.deep.equal([]);
            expect(overflowingElements(el)).to.deep.equal([]);
          });
        }
      }

      it(`gives rows the ${narrow ? 'narrow' : 'wide'} height the list is built for`, async () => {
        const el = await panelIn(width, flowWorkspaceId);
        const expected = (narrow ? ROW_HEIGHT_REM.narrow : ROW_HEIGHT_REM.wide) * rem();
        for (const row of rows(el)) expect(row.getBoundingClientRect().height).to.be.closeTo(expected, 0.5);
      });

      it('keeps the three request actions together: one row beside or under who asked, or stacked at full width', async () => {
        const el = await panelIn(width, flowWorkspaceId);
        for (const request of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="join-request"]')) {
          const buttons = [...request.querySelectorAll<HTMLElement>('button')].map((button) => button.getBoundingClientRect());
          const group = request.querySelector('.request-actions')!.getBoundingClientRect();
          expect(buttons).to.have.length(3);
          if (narrow) {
            // Stacked, in order, each as wide as the request's content.
            for (const [index, box] of buttons.entries()) {
              expect(box.width, `button ${index} at full width`).to.be.closeTo(group.width, 1);
              if (index > 0) expect(box.top, `button ${index} under the one before`).to.be.above(buttons[index - 1]!.bottom - 1);
            }
          } else {
            for (const box of buttons) expect(box.top, 'the three in one row').to.be.closeTo(buttons[0]!.top, 1);
          }
        }
        expect(overflowingElements(el)).to.deep.equal([]);
      });

      it('makes a short list exactly as tall as its rows: no space under them, no scrolling inside', async () => {
        const el = await panelIn(width, smallWorkspaceId);
        const list = q(el, '[part="list"]')!;
        const all = rows(el);
        expect(all).to.have.length(2);
        expect(list.scrollHeight, 'nothing to scroll').to.be.at.most(list.clientHeight);
        const inner = list.getBoundingClientRect().top + list.clientTop;
        expect(all.at(-1)!.getBoundingClientRect().bottom - inner, 'the rows fill the list').to.be.closeTo(list.clientHeight, 1);
      });
    });
  }

  it('scrolls a long list inside itself by default, at most --invite-kit-workspace-members-panel-list-height tall', async () => {
    const client = createMemoryClient({ largeWorkspace: { workspaceId: 'ws-many', members: 500 }, capabilities: { liveUpdates: false } });
    const el = await panelIn(420, 'ws-many', { client });
    el.style.setProperty('--invite-kit-workspace-members-panel-list-height', '20rem');
    const list = q(el, '[part="list"]')!;
    await waitUntil(() => list.clientHeight === 20 * rem(), 'the list takes the token’s height');
    expect(list.scrollHeight).to.be.above(list.clientHeight);
  }).timeout(15_000);
});

describe('<workspace-members-panel list-height="auto"> in a scrolling side panel', () => {
  const MEMBERS = 2000;

  async function sidePanel() {
    const client = createMemoryClient({
      largeWorkspace: { workspaceId: 'ws-many', members: MEMBERS },
      capabilities: { liveUpdates: false },
    });
    const side = await fixture<HTMLDivElement>(html`<div style="width: 420px; height: 500px; overflow: auto">
      <workspace-members-panel .client=${client} workspace-id="ws-many" list-height="auto"></workspace-members-panel>
    </div>`);
    const el = side.querySelector<WorkspaceMembersPanel>('workspace-members-panel')!;
    await waitUntil(() => rows(el).length > 0, 'rows render', { timeout: 10_000 });
    return { side, el, list: q(el, '[part="list"]')! };
  }

  it('is as tall as all its rows, so only the side panel scrolls, and keeps few rows in the DOM', async () => {
    const { side, el, list } = await sidePanel();
    const row = ROW_HEIGHT_REM.narrow * rem();
    expect(list.clientHeight).to.be.closeTo(MEMBERS * row, 1);
    expect(list.scrollHeight, 'the list itself never scrolls').to.be.at.most(list.clientHeight);
    expect(side.scrollHeight).to.be.above(MEMBERS * row);
    expect(rows(el).length).to.be.below(60);
  }).timeout(15_000);

  it('shows the rows the side panel scrolls to', async () => {
    const { side, el, list } = await sidePanel();
    const row = ROW_HEIGHT_REM.narrow * rem();
    const listTop = list.getBoundingClientRect().top - side.getBoundingClientRect().top + side.scrollTop + list.clientTop;
    for (const index of [1000, 1500, 10]) {
      side.scrollTop = listTop + index * row;
      await waitUntil(
        () => {
          const top = side.getBoundingClientRect().top + 1;
          const at = rows(el).find((item) => item.getBoundingClientRect().top <= top && item.getBoundingClientRect().bottom > top);
          return at?.dataset.index === String(index);
        },
        `row ${index} is at the top of the side panel`,
        { timeout: 3000 },
      );
      expect(rows(el).length).to.be.below(60);
    }
  }).timeout(20_000);
});
