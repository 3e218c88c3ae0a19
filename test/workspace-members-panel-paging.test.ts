/**
 * The members panel on a backend that pages (`capabilities.memberPaging`): the first page is
 * painted before any other is asked for, the window asks for the pages it approaches (with
 * placeholder rows in their place meanwhile), the filters go to the server, live updates
 * refresh the pages held, and a failed page offers "Try again" in place. Over the memory client
 * and over the fetch client through msw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFetchClient } from '../src/client/fetch/index.js';
import type { InviteClient } from '../src/client/invite-client.js';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { WorkspaceMembersQuery } from '../src/client/types.js';
import { createInviteKitHandlers } from '../src/msw/index.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { deepActive, q, typeInto } from './fixtures/dom.js';
import { useMswWorker } from './fixtures/msw.js';
import { rows } from './fixtures/panel.js';
import { waitUntil } from './fixtures/wait.js';

const WORKSPACE = 'ws-paged';
const MEMBERS = 20_000;

/** Every query the panel sent, in order. */
function recording(client: MemoryClient): { client: MemoryClient; queries: (WorkspaceMembersQuery | undefined)[] } {
  const queries: (WorkspaceMembersQuery | undefined)[] = [];
  const original = client.listWorkspaceMembers.bind(client);
  client.listWorkspaceMembers = (workspaceId, query, options) => {
    queries.push(query);
    return original(workspaceId, query, options);
  };
  return { client, queries };
}

function large(options: { latency?: number } = {}): MemoryClient {
  return createMemoryClient({ largeWorkspace: { workspaceId: WORKSPACE, members: MEMBERS }, ...options });
}

async function mount(client: InviteClient): Promise<WorkspaceMembersPanel> {
  const el = await fixture<WorkspaceMembersPanel>(
    html`<workspace-members-panel .client=${client} workspace-id=${WORKSPACE} resend-cooldown="0"></workspace-members-panel>`,
  );
  await waitUntil(() => rows(el).some((row) => row.querySelector('[part~="name"]')), 'the first rows are painted');
  return el;
}

const placeholders = (el: WorkspaceMembersPanel) => rows(el).filter((row) => row.matches('[part~="placeholder-row"]'));
const names = (el: WorkspaceMembersPanel) =>
  rows(el)
    .map((row) => row.querySelector('[part~="name"]')?.textContent?.trim())
    .filter(Boolean);
const list = (el: WorkspaceMembersPanel) => q(el, '[part="list"]')!;

describe('<workspace-members-panel> on a backend that pages', () => {
  it('paints the first page before asking for any other, with the whole list in the count and the set size', async () => {
    const { client, queries } = recording(large());
    const el = await mount(client);
    expect(queries[0]).to.include({ limit: 100, excludeTeamMembers: true });
    expect(queries.slice(0, 1).every((query) => query?.offset === undefined && query?.cursor === undefined)).to.equal(true);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(MEMBERS));
    expect(rows(el)[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(q(el, '[part="count"]')!.textContent).to.contain('20,000');
    // Nothing further is needed for the rows on screen: no second page yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(client.callCount('listWorkspaceMembers')).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows placeholders where pages have not arrived, and loads them as the list scrolls there', async () => {
    const client = large();
    const el = await mount(client);
    client.setLatency(300);
    const box = list(el);
    const rowHeight = rows(el)[0]!.getBoundingClientRect().height;
    box.scrollTop = Math.round(rowHeight * 10_000);
    await waitUntil(() => placeholders(el).length > 0, 'placeholders stand in for rows not loaded');
    const placeholder = placeholders(el)[0]!;
    const index = Number(placeholder.dataset.index);
    expect(placeholder.getAttribute('aria-posinset')).to.equal(String(index + 1));
    expect(placeholder.getAttribute('aria-setsize')).to.equal(String(MEMBERS));
    expect(placeholder.hasAttribute('tabindex'), 'a placeholder is not a tab stop').to.equal(false);
    await expect(el).to.be.accessible();
    await waitUntil(() => placeholders(el).length === 0 && names(el).length > 3, 'the page arrives', { timeout: 5000 });
    const shown = rows(el).find((row) => row.dataset.index === String(index))!;
    expect(shown.getAttribute('aria-posinset')).to.equal(String(index + 1));
    // Only the pages near the window were asked for, not the 100 before them.
    expect(client.callCount('listWorkspaceMembers')).to.be.below(6);
  });

  it('sends the filter to the server (debounced), drops stale answers, and filters status there too', async () => {
    const { client, queries } = recording(large());
    const el = await mount(client);
    const everyone = (
      await createMemoryClient({ largeWorkspace: { workspaceId: WORKSPACE, members: MEMBERS } }).listWorkspaceMembers(WORKSPACE)
    ).members;
    const target = everyone[15_000]!.person.fullName;
    const input = q<HTMLInputElement>(el, '[part="filter-input"]')!;
    typeInto(input, target.slice(0, 3));
    typeInto(input, target);
    await waitUntil(
      () => names(el).length > 0 && names(el).every((name) => name!.toLowerCase().includes(target.toLowerCase())),
      'filtered rows',
    );
    const filtered = queries.filter((query) => query?.query);
    expect(filtered.at(-1)!.query).to.equal(target);
    expect(filtered.length, 'typing is debounced, not one request per keystroke').to.be.at.most(3);
    expect(names(el)).to.include(target);
    const status = q<HTMLSelectElement>(el, '[part="status-filter"]')!;
    status.value = 'expired';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => queries.at(-1)?.status === 'expired', 'the status goes to the server');
    await waitUntil(() => rows(el).every((row) => !row.querySelector('[part~="status-badge"]') || row.textContent!.includes('Expired')));
    await expect(el).to.be.accessible();
  });

  it('moves through loaded rows with the arrow keys and brings the next page in (End, ArrowDown)', async () => {
    const el = await mount(large());
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '2', 'ArrowDown moves to row 2');
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === String(MEMBERS), 'End loads and focuses the last row', {
      timeout: 5000,
    });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === String(MEMBERS - 1));
    // Page 199 is loaded (the last rows); the one before it is not: Page Up walks there and loads it.
    for (let step = 0; step < 30; step++) await sendKeys({ press: 'PageUp' });
    await waitUntil(() => Number(deepActive()?.getAttribute('aria-posinset')) < MEMBERS - 100, 'Page Up crosses into an earlier page', {
      timeout: 5000,
    });
    expect(deepActive()?.matches('[part~="placeholder-row"]')).to.equal(false);
  });

  it('refreshes the pages it holds on a live update', async () => {
    const client = large();
    const el = await mount(client);
    const first = rows(el).find((row) => row.textContent!.includes('Not Joined'))!;
    const name = first.querySelector('[part~="name"]')!.textContent!.trim();
    const memberId = first.dataset.key!.replace('member:', '');
    client.simulateMemberJoined(WORKSPACE, memberId);
    await waitUntil(() => {
      const row = rows(el).find((candidate) => candidate.querySelector('[part~="name"]')?.textContent?.trim() === name);
      return row?.querySelector('[part~="status-badge"]')?.textContent?.includes('Joined') && !row.textContent!.includes('Not Joined');
    }, 'the member shows as joined');
  });

  it('shows a failed page in place with "Try again", and the retry loads it', async () => {
    const client = large();
    const el = await mount(client);
    client.failNext('listWorkspaceMembers', 'unavailable');
    list(el).scrollTop = Math.round(rows(el)[0]!.getBoundingClientRect().height * 5_000);
    const retry = () => q<HTMLButtonElement>(el, '[part~="placeholder-row"] [part~="retry-button"]');
    await waitUntil(retry, 'the failed page offers Try again');
    expect(q(el, '[part~="placeholder-row"]')!.textContent).to.contain('couldn’t be loaded');
    await expect(el).to.be.accessible();
    retry()!.click();
    await waitUntil(() => placeholders(el).length === 0 && names(el).length > 3, 'the retried page arrives');
  });

  it('throws nothing when removed while a page is on its way, and loads it when put back', async () => {
    const client = large();
    const el = await mount(client);
    client.setLatency(200);
    list(el).scrollTop = Math.round(rows(el)[0]!.getBoundingClientRect().height * 8_000);
    await waitUntil(() => placeholders(el).length > 0);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    parent.append(el);
    client.setLatency(0);
    await el.updateComplete;
    el.requestUpdate();
    await waitUntil(() => placeholders(el).length === 0 && names(el).length > 3, 'the page loads once back on the page');
  });

  it('behaves as before where the client declares no paging: one request for everyone', async () => {
    const client = createMemoryClient({
      largeWorkspace: { workspaceId: WORKSPACE, members: 2_000 },
      capabilities: { memberPaging: false },
    });
    const { queries } = recording(client);
    const el = await mount(client);
    expect(queries).to.deep.equal([undefined]);
    expect(placeholders(el)).to.have.length(0);
    list(el).scrollTop = Math.round(rows(el)[0]!.getBoundingClientRect().height * 1_500);
    await waitUntil(() => rows(el).some((row) => Number(row.dataset.index) > 1_400));
    expect(placeholders(el)).to.have.length(0);
    expect(client.callCount('listWorkspaceMembers')).to.equal(1);
  });
});

describe('<workspace-members-panel> paging over the fetch client (msw)', () => {
  const BASE = '/test-api/paging';
  let served: MemoryClient;
  let requested: string[] = [];
  const worker = useMswWorker(() => []);

  function fetchClient(): InviteClient {
    served = createMemoryClient({ largeWorkspace: { workspaceId: WORKSPACE, members: MEMBERS }, capabilities: { liveUpdates: false } });
    requested = [];
    worker().resetHandlers(...createInviteKitHandlers({ client: served, baseUrl: BASE }));
    worker().events.on('request:start', ({ request }) => {
      if (request.url.includes('/members')) requested.push(new URL(request.url).search);
    });
    return createFetchClient({ baseUrl: BASE });
  }

  afterEach(() => worker().events.removeAllListeners());

  it('reads the capability from GET /capabilities, asks for one page first, then pages and filters over HTTP', async () => {
    const el = await mount(fetchClient());
    expect(requested).to.have.length(1);
    expect(requested[0]).to.contain('limit=100').and.contain('excludeTeamMembers=true');
    list(el).scrollTop = Math.round(rows(el)[0]!.getBoundingClientRect().height * 12_000);
    await waitUntil(
      () => placeholders(el).length === 0 && rows(el).some((row) => Number(row.dataset.index) > 11_000),
      'a far page arrives',
    );
    expect(requested.some((search) => search.includes('offset='))).to.equal(true);
    typeInto(q<HTMLInputElement>(el, '[part="filter-input"]')!, 'zzqx-nobody');
    await waitUntil(() => q(el, '[part="empty"]'), 'no matches, said by the server');
    expect(requested.at(-1)).to.contain('query=zzqx-nobody');
  });
});
