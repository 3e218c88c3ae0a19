/**
 * The member list's window (src/workspace-members-panel/member-list.ts) never leaves its box
 * empty: scrolled out of view it renders the rows at its edge nearest the viewport, and printed
 * it renders them all (issue 14 item 5: a full-page screenshot or a print showed an empty box).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { rows } from './fixtures/panel.js';
import { waitUntil } from './fixtures/wait.js';

const client = createMemoryClient({ largeWorkspace: { workspaceId: 'ws-many', members: 300 }, capabilities: { liveUpdates: false } });

async function panelBelowTheFold(listHeight: 'auto' | 'scroll') {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <div style="height: ${3 * innerHeight}px">Above the panel</div>
    <workspace-members-panel .client=${client} workspace-id="ws-many" list-height=${listHeight}></workspace-members-panel>
  </div>`);
  return wrapper.querySelector<WorkspaceMembersPanel>('workspace-members-panel')!;
}

describe('<workspace-members-panel>: the member list window', () => {
  it('renders the first rows of a list below the fold (list-height="auto")', async () => {
    const el = await panelBelowTheFold('auto');
    await waitUntil(() => rows(el).length > 0, 'rows are rendered out of view');
    expect(rows(el)[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(rows(el).length).to.be.below(60);
  });

  it('renders the last rows of a list scrolled past (list-height="auto")', async () => {
    const el = await panelBelowTheFold('auto');
    await waitUntil(() => rows(el).length > 0);
    // The page scrolled far below the list: the rows at its end are the ones nearest the viewport.
    const spacer = document.createElement('div');
    spacer.style.height = `${40 * innerHeight}px`;
    el.after(spacer);
    scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => rows(el).some((row) => row.getAttribute('aria-posinset') === '300'), 'the last row is rendered');
    spacer.remove();
    scrollTo(0, 0);
  });

  it('renders, from its first render on, the rows its list-height token shows and no more', async () => {
    // 12rem shows 2.7 rows of 4.5rem: 3, and the window's 4 beyond them. Before the list is laid out the
    // window reads the token; the viewport (several times taller) would have put twice as many in the DOM.
    const counts: number[] = [];
    const el = await fixture<WorkspaceMembersPanel>(html`<workspace-members-panel
      style="--invite-kit-workspace-members-panel-list-height: 12rem"
      .client=${client}
      workspace-id="ws-many"
    ></workspace-members-panel>`);
    await waitUntil(() => {
      counts.push(rows(el).length);
      return rows(el).length > 0;
    }, 'rows are rendered');
    for (let frame = 0; frame < 3; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      counts.push(rows(el).length);
    }
    expect(counts.filter((count) => count > 0)).to.deep.equal([7, 7, 7, 7]);
  });

  it('renders every row for printing, and the window again after', async () => {
    const el = await panelBelowTheFold('scroll');
    await waitUntil(() => rows(el).length > 0);
    dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => rows(el).length === 300, 'every row is rendered for print');
    dispatchEvent(new Event('afterprint'));
    await waitUntil(() => rows(el).length < 60, 'the window again after printing');
  });
});
