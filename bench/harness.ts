/**
 * The browser side of `npm run bench`: each function measures one thing on a fresh page
 * and returns numbers. Built with the kit by bench/run.mjs; never part of the package.
 */
import '../src/index.js';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { InviteClient } from '../src/client/invite-client.js';
import type { WorkspaceMembers } from '../src/client/types.js';
import { FILTER_DEBOUNCE_MS } from '../src/workspace-members-panel/members-pager.js';

const WORKSPACE_ID = 'ws-bench';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Resolves after the browser has painted the current DOM: a frame, then a task after it. */
const afterPaint = async () => {
  await nextFrame();
  await nextTask();
};

function deepQueryAll(root: ParentNode, selector: string, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) deepQueryAll(element.shadowRoot, selector, found);
  }
  return found;
}
const deepCount = (root: ParentNode) => deepQueryAll(root, '*').length;

async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 60_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting in the benchmark page.');
    await nextFrame();
  }
}

/**
 * Resolves once `check()` holds and the browser has painted it: checked at the start of each
 * frame (what a frame starts with, it paints), then a task after that frame. The same end
 * point as `afterPaint()` after a synchronous change, without charging an extra frame to a
 * change that lands between frames.
 */
async function paintedWhen(check: () => unknown, timeoutMs = 60_000): Promise<{ frameAt: number }> {
  const start = performance.now();
  let frameAt: number;
  do {
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting in the benchmark page.');
    await nextFrame();
    frameAt = performance.now();
  } while (!check());
  await nextTask();
  return { frameAt };
}

/**
 * Main-thread work from `startAt` to rows painted, without the wait for the frame: building the
 * rows (from `startAt` to the end of the update that renders them, layout included: `builtAt`),
 * then the frame that paints them (from its callbacks, `frameAt`, to the task after its paint, `paintedAt`).
 * The idle time between the two is where in the 16.7 ms frame interval the data happened to
 * arrive; what has to fit in one frame is the work. The scroll measure counts a frame the same way.
 */
const workMs = (startAt: number, builtAt: number, frameAt: number, paintedAt: number) =>
  Math.min(builtAt, frameAt) - startAt + (paintedAt - frameAt);

/**
 * A client whose member list resolution is timed: "data ready" is when the panel gets it.
 * The list arrives after the panel's loading state has been painted, as it does from any
 * real backend (the in-memory one would otherwise answer within the task that created the
 * panel, and the panel's first style pass ever would be charged to rendering the data).
 */
function timedClient(members: number) {
  // Everything at once, as these figures have always measured: paging (capabilities.memberPaging) would answer one page.
  const client = createMemoryClient({
    largeWorkspace: { workspaceId: WORKSPACE_ID, members },
    capabilities: { liveUpdates: false, memberPaging: false },
  });
  const timing = { dataReadyAt: 0, builtAt: 0, members: undefined as WorkspaceMembers | undefined };
  const original = client.listWorkspaceMembers.bind(client);
  client.listWorkspaceMembers = async (...args: Parameters<InviteClient['listWorkspaceMembers']>) => {
    await afterPaint();
    const result = await original(...args);
    timing.members = result;
    timing.dataReadyAt = performance.now();
    return result;
  };
  return { client, timing };
}

async function mountPanel(members: number) {
  const { client, timing } = timedClient(members);
  const panel = document.createElement('workspace-members-panel');
  panel.client = client;
  panel.workspaceId = WORKSPACE_ID;
  // The end of the panel's first update after the data was ready: its rows built and laid out
  // (added after the panel's own controllers, so after the list has measured itself).
  panel.addController({
    hostUpdated: () => {
      if (timing.dataReadyAt && !timing.builtAt) timing.builtAt = performance.now();
    },
  });
  document.body.append(panel);
  const rows = () => deepQueryAll(panel.shadowRoot!, '[role="listitem"]');
  // Frames that started after the data was ready, up to and including the one that shows the rows.
  let frames = 0;
  const { frameAt } = await paintedWhen(() => {
    if (!timing.dataReadyAt) return false;
    frames++;
    return rows().length > 0;
  });
  return { panel, timing, frameAt, paintedAt: performance.now(), rows, frames };
}

export async function panelRender(members: number) {
  const { panel, timing, frameAt, paintedAt, rows, frames } = await mountPanel(members);
  return {
    renderMs: paintedAt - timing.dataReadyAt,
    renderWorkMs: workMs(timing.dataReadyAt, timing.builtAt, frameAt, paintedAt),
    // Painted by the first frame that began after the data was ready: nothing waited a frame longer.
    rowsInFirstFrame: frames === 1,
    elements: deepCount(panel.shadowRoot!),
    rowElements: rows().length,
  };
}

/**
 * Scrolls from top to bottom in 120 steps, one per frame, starting a second after the list
 * appears (as a person would; the panel has finished its idle-time preparations by then).
 * A frame's time is its main-thread work: from the scroll event that starts it (the rows it
 * brings in are built in that event) to the first task after the frame is painted — what has
 * to fit in 16 ms for 60 fps. Intervals between frames are reported too (at 60 Hz they are
 * 16.7 ms at best; 33 ms means a frame was missed).
 */
export async function panelScroll(members: number) {
  const { panel, rows } = await mountPanel(members);
  const list = panel.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const frames: number[] = [];
  const intervals: number[] = [];
  const steps = 120;
  const distance = list.scrollHeight - list.clientHeight;
  let scrolledAt = 0;
  const onScroll = () => {
    scrolledAt ||= performance.now();
  };
  list.addEventListener('scroll', onScroll, { capture: true, passive: true });
  let last = await nextFrame();
  await nextTask();
  let maxRows = rows().length;
  for (let step = 1; step <= steps; step++) {
    scrolledAt = 0;
    list.scrollTop = (distance * step) / steps;
    const frameStart = await nextFrame();
    await nextTask();
    frames.push(performance.now() - (scrolledAt || frameStart));
    intervals.push(frameStart - last);
    last = frameStart;
    maxRows = Math.max(maxRows, rows().length);
  }
  list.removeEventListener('scroll', onScroll, { capture: true });
  const at = (values: number[], q: number) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
  return {
    p95FrameMs: at(frames, 0.95),
    medianFrameMs: at(frames, 0.5),
    p95IntervalMs: at(intervals, 0.95),
    maxRowElements: maxRows,
    reachedBottom: Math.abs(list.scrollTop - distance) < 2,
  };
}

export async function panelFilter(members: number) {
  const { panel, rows } = await mountPanel(members);
  const input = panel.shadowRoot!.querySelector<HTMLInputElement>('[part~="filter-input"]')!;
  // A person reads the list before typing: the keystroke comes half a second after it appears.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = rows()
    .map((row) => row.textContent)
    .join();
  const start = performance.now();
  input.value = 'zoë';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'ë' }));
  await paintedWhen(
    () =>
      rows()
        .map((row) => row.textContent)
        .join() !== before,
  );
  return { filterMs: performance.now() - start, rowElements: rows().length };
}

/** The reference: the same rows as one innerHTML string, no framework, no virtualization. */
export async function innerHtmlRender(members: number) {
  const { client } = timedClient(members);
  const data = await client.listWorkspaceMembers(WORKSPACE_ID);
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const start = performance.now();
  const container = document.createElement('div');
  container.setAttribute('role', 'list');
  container.innerHTML = data.members
    .map(
      (member) =>
        `<div role="listitem" class="row"><span class="avatar">${escape(member.person.fullName.slice(0, 1))}</span>` +
        `<span class="name">${escape(member.person.fullName)}</span><span class="badge">${member.person.type}</span>` +
        `<span class="details">${escape(member.person.email ?? member.person.phone ?? '')} · ${member.role}</span>` +
        `<span class="status">${member.status === 'joined' ? 'Joined' : 'Not Joined'}</span></div>`,
    )
    .join('');
  document.body.append(container);
  const builtAt = performance.now();
  const { frameAt } = await paintedWhen(() => true);
  const paintedAt = performance.now();
  return {
    renderMs: paintedAt - start,
    renderWorkMs: workMs(start, builtAt, frameAt, paintedAt),
    elements: container.querySelectorAll('*').length + 1,
  };
}

export async function dialogTimings() {
  const client = createMemoryClient();
  let adapterCalledAt = 0;
  const original = client.inviteInternalUser.bind(client);
  client.inviteInternalUser = (...args: Parameters<InviteClient['inviteInternalUser']>) => {
    adapterCalledAt = performance.now();
    return original(...args);
  };
  const dialog = document.createElement('invite-user-dialog');
  dialog.client = client;
  document.body.append(dialog);
  await dialog.updateComplete;
  const form = deepQueryAll(dialog.shadowRoot!, 'invite-user-form')[0] as HTMLElement & {
    updateComplete: Promise<unknown>;
    status: string;
  };
  const field = (name: string) => deepQueryAll(form.shadowRoot!, `input[name="${name}"]`)[0] as HTMLInputElement;
  // Let the viewer check finish so show() meets a ready form, as a person would; then a quiet frame.
  await waitFor(() => form.status !== 'checking' && field('fullName'));
  await afterPaint();
  // The moment the first field (not the close button or the tab on the way) has focus. Heard in
  // the form's own shadow root: a focus move inside one shadow tree never reaches the document.
  let focusedAt = 0;
  const onFocus = (event: Event) => {
    if (event.composedPath()[0] === field('fullName')) focusedAt ||= performance.now();
  };
  form.shadowRoot!.addEventListener('focusin', onFocus, true);
  const shownAt = performance.now();
  // When the first frame after show() starts running its callbacks (its timestamp argument is
  // the frame's nominal start, which may fall before work already done in this task).
  const frameStart = await new Promise<number>((resolve) => {
    void dialog.show();
    requestAnimationFrame(() => resolve(performance.now()));
  });
  await waitFor(() => focusedAt);
  form.shadowRoot!.removeEventListener('focusin', onFocus, true);
  await form.updateComplete;
  await waitFor(() => field('fullName') && field('contact'));
  for (const [name, value] of [
    ['fullName', 'Bench Mark'],
    ['contact', `bench${Date.now()}@example.com`],
  ] as const) {
    field(name).value = value;
    field(name).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
  const submit = deepQueryAll(form.shadowRoot!, '[part~="submit-button"]')[0] as HTMLButtonElement;
  const clickedAt = performance.now();
  submit.click();
  await waitFor(() => adapterCalledAt);
  return {
    showToFocusMs: focusedAt - shownAt,
    firstFrameMs: frameStart - shownAt,
    focusedBeforeFirstFrame: focusedAt <= frameStart,
    sendToAdapterMs: adapterCalledAt - clickedAt,
  };
}

/** One member-list response as the page's fetch received it: when, and its body's bytes. */
interface MemberListResponse {
  at: number;
  bytes: number;
  filtered: boolean;
}

/**
 * The panel over `createFetchClient`, served by the msw handlers from a memory client with
 * `members` members and `memberPaging` on, as a host develops against the REST contract. The
 * client's `fetch` is wrapped to record each member-list response: when it arrived and its
 * body bytes (the JSON as received, uncompressed: msw answers inside the page).
 */
async function mountPagedPanel(members: number) {
  // Imported here, so the pages of the other measures don't load and parse msw and the fetch client.
  const [{ setupWorker }, { createInviteKitHandlers, DEFAULT_BASE_URL }, { createFetchClient }] = await Promise.all([
    import('msw/browser'),
    import('../src/msw/index.js'),
    import('../src/client/fetch/index.js'),
  ]);
  const memory = createMemoryClient({
    largeWorkspace: { workspaceId: WORKSPACE_ID, members },
    capabilities: { liveUpdates: false, memberPaging: true },
  });
  const worker = setupWorker(...createInviteKitHandlers({ client: memory, baseUrl: DEFAULT_BASE_URL }));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
  const responses: MemberListResponse[] = [];
  const membersPath = `${DEFAULT_BASE_URL}/workspaces/${WORKSPACE_ID}/members`;
  const client = createFetchClient({
    baseUrl: DEFAULT_BASE_URL,
    // Declared, so the client sends no capabilities request: only member-list requests are counted.
    capabilities: { liveUpdates: false, memberPaging: true },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname === membersPath) {
        const bytes = (await response.clone().arrayBuffer()).byteLength;
        responses.push({ at: performance.now(), bytes, filtered: url.searchParams.has('query') });
      }
      return response;
    },
  });
  const panel = document.createElement('workspace-members-panel');
  panel.client = client;
  panel.workspaceId = WORKSPACE_ID;
  const connectedAt = performance.now();
  document.body.append(panel);
  const rows = () => deepQueryAll(panel.shadowRoot!, '[role="listitem"]');
  const named = () => rows().filter((row) => row.querySelector('[part~="name"]'));
  await paintedWhen(() => named().length > 0);
  return { panel, memory, responses, connectedAt, paintedAt: performance.now(), rows, named };
}

/** Connected → first rows painted over fetch + msw, and what was fetched before them. */
export async function pagedFirstRows(members: number) {
  const { memory, responses, connectedAt, paintedAt } = await mountPagedPanel(members);
  const before = responses.filter((response) => response.at <= paintedAt);
  // The whole list as one JSON answer (what a backend without paging sends), to check the share, not assume it.
  const everyone = await memory.listWorkspaceMembers(WORKSPACE_ID);
  const fullListBytes = new TextEncoder().encode(JSON.stringify(everyone)).byteLength;
  return {
    firstRowsMs: paintedAt - connectedAt,
    requestsBeforeFirstRows: before.length,
    bytesBeforeFirstRows: before.reduce((sum, response) => sum + response.bytes, 0),
    fullListBytes,
    fullListMembers: everyone.members.length,
  };
}

/**
 * A filter keystroke to the filtered rows painted, the filtering done by the backend: the
 * panel's debounce, the request through msw and the memory client, and the paint.
 */
export async function pagedFilter(members: number) {
  const { panel, responses, named } = await mountPagedPanel(members);
  const input = panel.shadowRoot!.querySelector<HTMLInputElement>('[part~="filter-input"]')!;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = named()
    .map((row) => row.textContent)
    .join();
  const start = performance.now();
  input.value = 'zoë';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'ë' }));
  await paintedWhen(() => {
    const shown = named();
    return responses.some((response) => response.filtered) && shown.length > 0 && shown.map((row) => row.textContent).join() !== before;
  });
  const answered = responses.find((response) => response.filtered)!;
  return {
    filterRoundTripMs: performance.now() - start,
    filterAnsweredMs: answered.at - start,
    filterRequests: responses.filter((response) => response.filtered).length,
    // The panel's pause for typing before it asks the server: part of the round trip.
    filterDebounceMs: FILTER_DEBOUNCE_MS,
  };
}

Object.assign(window, {
  bench: { panelRender, panelScroll, panelFilter, innerHtmlRender, dialogTimings, pagedFirstRows, pagedFilter },
});
