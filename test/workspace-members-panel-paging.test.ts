/**
 * The members panel on a backend that pages (`capabilities.memberPaging`): the first page is
 * painted before any other is asked for, the window asks for the pages it approaches (with
 * placeholder rows in their place meanwhile), the filters go to the server, live updates
 * refresh the pages held, and a failed page offers "Try again" in place. Over the memory client
 * and over the fetch client through msw.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFetchClient } from '../src/client/fetch/index.js';
import type { InviteClient } from '../src/client/invite-client.js';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { WorkspaceMember, WorkspaceMembersQuery } from '../src/client/types.js';
import { createInviteKitHandlers } from '../src/msw/index.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { deepActive, q, typeInto } from './fixtures/dom.js';
import { useMswWorker } from './fixtures/msw.js';
import { rowByName, rows } from './fixtures/panel.js';
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

/**
 * Holds back the answers to `listWorkspaceMembers` while held: each is worked out when asked (the
 * list as it was then) and delivered on release, as a slow network would.
 */
function holding(client: MemoryClient): { hold(): void; release(): void } {
  const original = client.listWorkspaceMembers.bind(client);
  let gate: Promise<void> | undefined;
  let open = () => {};
  client.listWorkspaceMembers = async (workspaceId, query, options) => {
    const answer = await original(workspaceId, query, options);
    if (gate) await gate;
    return answer;
  };
  return {
    hold: () => (gate = new Promise((resolve) => (open = resolve))),
    release: () => {
      gate = undefined;
      open();
    },
  };
}

/** Everyone in the large workspace, in the server's order (the same seed as `large()`). */
async function everyone(): Promise<WorkspaceMember[]> {
  return (await large().listWorkspaceMembers(WORKSPACE)).members;
}

/** Each member row on screen shows the member `order` has at its place. */
function expectPlaces(el: WorkspaceMembersPanel, order: WorkspaceMember[], total: number) {
  const shown = rows(el).filter((row) => !row.matches('[part~="placeholder-row"]'));
  expect(shown.length).to.be.above(3);
  for (const row of shown) {
    const index = Number(row.dataset.index);
    expect(row.dataset.key, `row ${index}`).to.equal(`member:${order[index]!.id}`);
    expect(row.getAttribute('aria-posinset')).to.equal(String(index + 1));
    expect(row.getAttribute('aria-setsize')).to.equal(String(total));
  }
}

async function revoke(el: WorkspaceMembersPanel, row: HTMLElement) {
  q<HTMLButtonElement>(row, '[part~="status-button"]')!.click();
  await waitUntil(() => q(el, '[part="revoke-button"]'), 'the menu opens');
  q<HTMLButtonElement>(el, '[part="revoke-button"]')!.click();
  await waitUntil(() => q(el, '[part="revoke-confirm-button"]'));
  const revoked = oneEvent(el, 'invitation-revoked');
  q<HTMLButtonElement>(el, '[part="revoke-confirm-button"]')!.click();
  await revoked;
  await el.updateComplete;
}

const countText = (el: WorkspaceMembersPanel) => q(el, '[part="count"]')!.textContent!;
const notJoined = (el: WorkspaceMembersPanel) => rows(el).find((row) => row.textContent!.includes('Not Joined'))!;

describe('<workspace-members-panel> on a backend that pages: changes made in the panel', () => {
  it('takes a revoked member out at once: the rows after move up, the counts go down, no page brings them back', async () => {
    const order = await everyone();
    const client = large();
    const network = holding(client);
    const el = await mount(client);
    const row = notJoined(el);
    const index = Number(row.dataset.index);
    const name = row.querySelector('[part~="name"]')!.textContent!.trim();
    // The second page is asked for before the revocation and answers after it: the list as it was.
    network.hold();
    list(el).scrollTop = Math.round(row.getBoundingClientRect().height * 70);
    await waitUntil(() => client.callCount('listWorkspaceMembers') > 1, 'the next page is asked for');
    list(el).scrollTop = 0;
    await waitUntil(() => rowByName(el, name)?.querySelector('[part~="status-button"]'), 'back at the top');
    await revoke(el, rowByName(el, name)!);
    const after = order.filter((_, at) => at !== index);
    expect(rowByName(el, name) === undefined, 'gone without waiting for the server').to.equal(true);
    expectPlaces(el, after, MEMBERS - 1);
    expect(countText(el)).to.contain('19,999');
    network.release();
    // Focus goes to the row that took the revoked one's place, over a few frames: then the list is scrolled.
    await new Promise((resolve) => setTimeout(resolve, 700));
    // Across the seam of the first two pages: the second, asked for again, fits after the first.
    list(el).scrollTop = Math.round(rows(el)[0]!.getBoundingClientRect().height * 96);
    await waitUntil(() => rows(el).some((candidate) => candidate.dataset.index === '101') && placeholders(el).length === 0, 'page 2');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expectPlaces(el, after, MEMBERS - 1);
    list(el).scrollTop = 0;
    await waitUntil(() => rows(el).some((candidate) => candidate.dataset.index === '0'));
    expect(rowByName(el, name) === undefined).to.equal(true);
    expectPlaces(el, after, MEMBERS - 1);
    expect(countText(el)).to.contain('19,999');
    await expect(el).to.be.accessible();
  });
  async function approve(el: WorkspaceMembersPanel, client: MemoryClient, fullName: string) {
    client.simulateJoinRequest(WORKSPACE, { fullName, email: 'new.person@example.com' });
    await waitUntil(() => q(el, '[part="join-request"] [part="approve-client-button"]'), 'the request shows');
    const approved = oneEvent(el, 'join-request-approved');
    q<HTMLButtonElement>(el, '[part="join-request"] [part="approve-client-button"]')!.click();
    await approved;
    await el.updateComplete;
  }

  it('keeps the header count (everyone) current under a filter as members leave and come, before the server is asked again', async () => {
    const client = large();
    const network = holding(client);
    const el = await mount(client);
    const status = q<HTMLSelectElement>(el, '[part="status-filter"]')!;
    status.value = 'not_joined';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(el).length > 3 && rows(el).every((row) => row.textContent!.includes('Not Joined')), 'filtered');
    const filtered = Number(rows(el)[0]!.getAttribute('aria-setsize'));
    expect(countText(el)).to.contain('20,000');
    network.hold();
    await revoke(el, notJoined(el));
    expect(countText(el)).to.contain('19,999');
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(filtered - 1));
    // Approved as a client: in everyone's count at once, though the filter leaves them out of its rows.
    await approve(el, client, 'Nova Quist');
    expect(countText(el)).to.contain('20,000');
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(countText(el)).to.contain('20,000');
    expect(q(el, '#showing')!.textContent).to.contain((filtered - 1).toLocaleString('en'));
  });

  it('shows members invited from "+ Invite Members" at once at the end of the list, as without paging', async () => {
    const client = large();
    const network = holding(client);
    const el = await mount(client);
    q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
    await waitUntil(() => q<HTMLDialogElement>(el, '[part="picker-dialog"]')!.open && q(el, 'workspace-members-picker')?.shadowRoot);
    const picker = q(el, 'workspace-members-picker')!;
    const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    typeInto(search, 'Farid');
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('[role="option"]').length === 1, 'Farid is suggested');
    picker.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    await waitUntil(() => picker.shadowRoot!.querySelector('[part="chip"]'));
    network.hold();
    const invited = oneEvent(el, 'members-invited');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="invite-button"]')!.click();
    await invited;
    await el.updateComplete;
    expect(countText(el)).to.contain('20,001');
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(MEMBERS + 1));
    await waitUntil(() => !q<HTMLDialogElement>(el, '[part="picker-dialog"]')!.open);
    list(el).scrollTop = list(el).scrollHeight;
    await waitUntil(() => rowByName(el, 'Farid Haddad'), 'the invited member is the last row');
    expect(rowByName(el, 'Farid Haddad')!.getAttribute('aria-posinset')).to.equal(String(MEMBERS + 1));
    network.release();
    await waitUntil(() => placeholders(el).length === 0, 'the last page arrives', { timeout: 5000 });
    expect(rowByName(el, 'Farid Haddad')!.getAttribute('aria-posinset')).to.equal(String(MEMBERS + 1));
  });

  it('shows an approved member at once at the end of the list, where the server puts them', async () => {
    const client = large();
    const network = holding(client);
    const el = await mount(client);
    network.hold();
    await approve(el, client, 'Nova Quist');
    expect(countText(el)).to.contain('20,001');
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(MEMBERS + 1));
    list(el).scrollTop = list(el).scrollHeight;
    await waitUntil(() => rowByName(el, 'Nova Quist'), 'the new member is the last row');
    expect(rowByName(el, 'Nova Quist')!.getAttribute('aria-posinset')).to.equal(String(MEMBERS + 1));
    network.release();
    await waitUntil(() => placeholders(el).length === 0, 'the last page arrives', { timeout: 5000 });
    expect(rowByName(el, 'Nova Quist')!.getAttribute('aria-posinset')).to.equal(String(MEMBERS + 1));
    expect(countText(el)).to.contain('20,001');
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
