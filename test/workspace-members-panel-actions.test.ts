import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { MutationOptions } from '../src/client/invite-client.js';
import type { MemberAddition, WorkspaceMember } from '../src/client/types.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { waitUntil } from './fixtures/wait.js';
import { all, deepActive, q, textOf, typeInto } from './fixtures/dom.js';
import { panelFixture, rowByName, rows } from './fixtures/panel.js';

const { flowWorkspaceId, groupWorkspaceId, nonAdminId } = DEMO_IDS;

/** The panel, once its Workspace Link shows the link (the copy field is the panel's own). */
async function shareLink(el: WorkspaceMembersPanel): Promise<WorkspaceMembersPanel> {
  await waitUntil(() => q(el, '[part="workspace-link"] [part~="copy-button"]'), 'the workspace link shows');
  await el.updateComplete;
  return el;
}

function requestItem(el: WorkspaceMembersPanel, name: string): HTMLElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="join-request"]')].find((item) => item.textContent!.includes(name));
}

describe('<workspace-members-panel>: join requests', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient();
  });

  it('lists pending requests at the top with who asked and when', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    expect(textOf(el, '[part="join-requests"] h3')).to.equal('Requests to join');
    const tomas = requestItem(el, 'Tomás Silva')!;
    expect(textOf(tomas, '[part="details"]')).to.equal('tomas.silva@example.org · Asked 2 hours ago');
    expect(textOf(tomas, '[part="approve-internal-button"]')).to.equal('Approve as Internal User');
    expect(textOf(tomas, '[part="approve-client-button"]')).to.equal('Approve as Client');
    expect(textOf(tomas, '[part="decline-button"]')).to.equal('Decline');
    expect(q(el, '[part="join-requests-note"]'), 'a portal admin is not told to ask one').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('approves as an internal user: the request leaves at once and the member appears', async () => {
    client.setLatency(40);
    const el = await panelFixture(client, flowWorkspaceId);
    const event = oneEvent(el, 'join-request-approved');
    q<HTMLButtonElement>(requestItem(el, 'Tomás Silva')!, '[part="approve-internal-button"]')!.click();
    await el.updateComplete;
    expect(requestItem(el, 'Tomás Silva'), 'optimistic').to.equal(undefined);
    const { detail } = await event;
    expect(detail.as).to.equal('internal');
    expect(detail.member.person.type).to.equal('internal');
    await waitUntil(() => rowByName(el, 'Tomás Silva'));
    expect(textOf(rowByName(el, 'Tomás Silva')!, '[part~="type-badge"]')).to.equal('Internal');
  });

  it('approves as a client', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const event = oneEvent(el, 'join-request-approved');
    q<HTMLButtonElement>(requestItem(el, 'Ngozi Eze')!, '[part="approve-client-button"]')!.click();
    const { detail } = await event;
    expect(detail.as).to.equal('client');
    await waitUntil(() => rowByName(el, 'Ngozi Eze'));
    expect(textOf(rowByName(el, 'Ngozi Eze')!, '[part~="type-badge"]')).to.equal('Client');
  });

  it('declines, and hides the section when no request is left', async () => {
    const el = await panelFixture(client, groupWorkspaceId);
    const event = oneEvent(el, 'join-request-declined');
    q<HTMLButtonElement>(requestItem(el, 'Sipho Dlamini')!, '[part="decline-button"]')!.click();
    const { detail } = await event;
    expect(detail.request.fullName).to.equal('Sipho Dlamini');
    await waitUntil(() => q(el, '[part="join-requests"]') === null);
    expect(rowByName(el, 'Sipho Dlamini')).to.equal(undefined);
  });

  it('rolls an approval back with a clear message when the client fails, then retries with the same key', async () => {
    const keys: string[] = [];
    const approve = client.approveJoinRequest.bind(client);
    client.approveJoinRequest = (workspaceId, requestId, as, options) => {
      keys.push(options?.idempotencyKey ?? '');
      return approve(workspaceId, requestId, as, options);
    };
    client.setLatency(20);
    client.failNext('approveJoinRequest', 'permission');
    const el = await panelFixture(client, flowWorkspaceId);
    q<HTMLButtonElement>(requestItem(el, 'Tomás Silva')!, '[part="approve-internal-button"]')!.click();
    await el.updateComplete;
    expect(requestItem(el, 'Tomás Silva')).to.equal(undefined);
    await waitUntil(() => requestItem(el, 'Tomás Silva'), 'the request comes back');
    expect(textOf(el, '[part="join-request-error"]')).to.equal(
      'Tomás Silva wasn’t approved, so their request is back in the list. You don’t have permission to do this.',
    );
    expect(
      [...el.shadowRoot!.querySelectorAll('[part="join-request"]')].map((item) => item.querySelector('[part="name"]')!.textContent),
    ).to.deep.equal(['Tomás Silva', 'Ngozi Eze']);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(requestItem(el, 'Tomás Silva')!, '[part="approve-internal-button"]')!.click();
    await waitUntil(() => rowByName(el, 'Tomás Silva'));
    expect(q(el, '[part="join-request-error"]')).to.equal(null);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('rolls a decline back when the client fails', async () => {
    client.failNext('declineJoinRequest', 'network');
    const el = await panelFixture(client, groupWorkspaceId);
    q<HTMLButtonElement>(requestItem(el, 'Sipho Dlamini')!, '[part="decline-button"]')!.click();
    await waitUntil(() => q(el, '[part="join-request-error"]'));
    expect(textOf(el, '[part="join-request-error"]')).to.contain('The request from Sipho Dlamini wasn’t declined');
    expect(requestItem(el, 'Sipho Dlamini')).to.exist;
  });

  it('throws nothing and emits nothing when removed while approving', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    client.setLatency(40);
    let fired = false;
    el.addEventListener('join-request-approved', () => (fired = true));
    q<HTMLButtonElement>(requestItem(el, 'Tomás Silva')!, '[part="approve-internal-button"]')!.click();
    el.remove();
    await aTimeout(100);
    expect(fired).to.equal(false);
  });

  it('shows a viewer who is not a portal admin who is waiting, says an admin approves, and offers only "Decline"', async () => {
    const memory = createMemoryClient({ viewerId: nonAdminId });
    const el = await panelFixture(memory, flowWorkspaceId);
    expect(textOf(el, '[part="join-requests-note"]')).to.equal('Only a portal admin can approve these requests.');
    const tomas = requestItem(el, 'Tomás Silva')!;
    expect(textOf(tomas, '[part="details"]')).to.equal('tomas.silva@example.org · Asked 2 hours ago');
    expect(requestItem(el, 'Ngozi Eze')).to.exist;
    expect(q(el, '[part="approve-internal-button"], [part="approve-client-button"]'), 'no approve buttons').to.equal(null);
    expect(textOf(tomas, '[part="decline-button"]')).to.equal('Decline');
    await expect(el).to.be.accessible();
    // The adapter contract lets any portal member decline, so the button works for them.
    const event = oneEvent(el, 'join-request-declined');
    q<HTMLButtonElement>(tomas, '[part="decline-button"]')!.click();
    await event;
    expect((await memory.listJoinRequests(flowWorkspaceId)).map((request) => request.fullName)).to.deep.equal(['Ngozi Eze']);
    expect(q(el, '[part="join-request-error"]')).to.equal(null);
    expect(memory.callCount('approveJoinRequest')).to.equal(0);
  });

  it('moves focus to the next request’s first action after deciding, for either viewer', async () => {
    for (const [viewerId, first] of [
      [undefined, 'approve-internal-button'],
      [nonAdminId, 'decline-button'],
    ] as const) {
      const el = await panelFixture(createMemoryClient(viewerId ? { viewerId } : {}), flowWorkspaceId);
      q<HTMLButtonElement>(requestItem(el, 'Tomás Silva')!, '[part="decline-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requestItem(el, 'Tomás Silva') === undefined);
      await waitUntil(() => deepActive()?.getAttribute('part') === first, `focus on ${first}`);
      expect(deepActive()!.closest('[part="join-request"]')!.textContent).to.contain('Ngozi Eze');
      el.remove();
    }
  });
});

describe('<workspace-members-panel>: Workspace Link', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient();
  });

  it('is at the bottom of flow workspaces only, and explains the viewing switch', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const link = await shareLink(el);
    const section = q(el, '[part="workspace-link"]')!;
    expect(section.contains(q(el, '[part~="workspace-link-input"]')), 'the link is in the section').to.equal(true);
    expect(q(el, '[part="list"]')!.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the list').to.not.equal(0);
    const heading = q(link, '[part~="workspace-link-title"]')!;
    expect(textOf(link, '[part~="workspace-link-title"]')).to.equal('Workspace Link');
    expect(heading.localName).to.equal('h3');
    const input = q<HTMLInputElement>(link, '[part~="workspace-link-input"]')!;
    const { url } = await client.getWorkspaceLink(flowWorkspaceId);
    expect(input.value).to.equal(url);
    expect(input.value).to.match(/^https:\/\/portal\.example\.com\//u);
    expect(input.labels![0]!.textContent!.trim()).to.equal('Workspace link');
    expect(textOf(link, '[part~="copy-button"]')).to.equal('Copy Link');
    // Not the portal's link: no Refresh Link, no portal link settings, no "sign up on your portal" note.
    expect(q(link, '[part~="refresh-button"], [part~="settings"], [part~="note"]') === null, 'none of the portal link’s').to.equal(true);
    expect(textOf(el, '[part="workspace-link"]')).not.to.contain('sign up themselves');
    expect(textOf(el, '[part="viewing-hint"]')).to.contain('Either way, anyone with the link can request to join.');
    expect(q(el, '[part="viewing-switch"]')!.getAttribute('aria-describedby')).to.equal('viewing-hint');
    expect(client.callCount('getInviteLink'), 'the portal invite link is not loaded').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps its documented parts styleable from the page', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const link = await shareLink(el);
    const parts = [
      'workspace-link',
      'workspace-link-title',
      'workspace-link-input',
      'copy-button',
      'workspace-link-copy-status',
      'viewing-switch',
      'viewing-hint',
    ];
    const style = document.createElement('style');
    style.textContent = parts
      .map((part, index) => `workspace-members-panel::part(${part}) { scroll-margin-top: ${index + 1}px; }`)
      .join('\n');
    document.head.append(style);
    try {
      const pieces = [
        q(el, '[part="workspace-link"]'),
        q(link, '[part~="workspace-link-title"]'),
        q(link, '[part~="workspace-link-input"]'),
        q(link, '[part~="copy-button"]'),
        q(link, '[part~="workspace-link-copy-status"]'),
        q(el, '[part="viewing-switch"]'),
        q(el, '[part="viewing-hint"]'),
      ];
      expect(pieces.map((piece) => getComputedStyle(piece!).scrollMarginTop)).to.deep.equal(parts.map((_, index) => `${index + 1}px`));
    } finally {
      style.remove();
    }
  });

  it('is not shown in group workspaces', async () => {
    const el = await panelFixture(client, groupWorkspaceId);
    expect(q(el, '[part="workspace-link"]')).to.equal(null);
  });

  it('copies the link, says so, and fires workspace-link-copied (not the portal link’s event)', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const link = await shareLink(el);
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    let portalEvents = 0;
    const countPortalEvents = () => (portalEvents += 1);
    document.addEventListener('invite-link-copied', countPortalEvents);
    try {
      const event = oneEvent(el, 'workspace-link-copied');
      q<HTMLButtonElement>(link, '[part~="copy-button"]')!.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({
        workspaceId: flowWorkspaceId,
        url: (await client.getWorkspaceLink(flowWorkspaceId)).url,
        method: 'clipboard',
      });
      expect(copied).to.equal(detail.url);
      await link.updateComplete;
      expect(textOf(link, '[part~="workspace-link-copy-status"]')).to.equal('✓ Copied');
      expect(portalEvents).to.equal(0);
    } finally {
      clipboard.writeText = original;
      document.removeEventListener('invite-link-copied', countPortalEvents);
    }
  });

  it('selects the link for a manual copy when the clipboard is unavailable', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const link = await shareLink(el);
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      q<HTMLButtonElement>(link, '[part~="copy-button"]')!.click();
      await waitUntil(() => textOf(link, '[part~="workspace-link-copy-status"]').includes('press Ctrl+C'));
      const input = q<HTMLInputElement>(link, '[part~="workspace-link-input"]')!;
      expect(input.selectionEnd! - input.selectionStart!).to.equal(input.value.length);
      // Copying the selected text by hand counts as a copy too.
      const event = oneEvent(el, 'workspace-link-copied');
      input.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, composed: true }));
      expect((await event).detail.method).to.equal('manual');
    } finally {
      clipboard.writeText = original;
    }
  });

  it('says when the link could not be loaded and loads it on retry', async () => {
    client.failNext('getWorkspaceLink', 'unavailable');
    const el = await panelFixture(client, flowWorkspaceId);
    await waitUntil(() => textOf(el, '[part="workspace-link"]').includes('The workspace link couldn’t be loaded.'));
    expect(textOf(el, '[part="workspace-link-title"]')).to.equal('Workspace Link');
    expect(q(el, '[part~="workspace-link-input"]')).to.equal(null);
    await expect(el).to.be.accessible();
    // The kit's error alert, with the parts every element's has.
    const alert = q(el, '[part="workspace-link"] [part~="alert"][part~="workspace-link-load-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    q<HTMLButtonElement>(alert, '[part~="retry-button"]')!.click();
    const link = await shareLink(el);
    expect(q<HTMLInputElement>(link, '[part~="workspace-link-input"]')!.value).to.match(/^https:\/\/portal\.example\.com\//u);
  });

  it('switches viewing permissions at once and fires workspace-link-changed', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    await waitUntil(() => q(el, '[part="viewing-switch"]'));
    const toggle = q<HTMLButtonElement>(el, '[part="viewing-switch"]')!;
    const before = toggle.getAttribute('aria-checked') === 'true';
    const event = oneEvent(el, 'workspace-link-changed');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-checked')).to.equal(String(!before));
    const { detail } = await event;
    expect(detail.link.includesViewing).to.equal(!before);
  });

  it('puts the switch back with a message when saving fails', async () => {
    client.setLatency(20);
    client.failNext('setWorkspaceLinkViewing', 'unavailable');
    const el = await panelFixture(client, flowWorkspaceId);
    await waitUntil(() => q(el, '[part="viewing-switch"]'));
    const toggle = q<HTMLButtonElement>(el, '[part="viewing-switch"]')!;
    const before = toggle.getAttribute('aria-checked');
    toggle.click();
    await waitUntil(() => q(el, '[part="workspace-link-error"]'));
    expect(toggle.getAttribute('aria-checked')).to.equal(before);
    expect(textOf(el, '[part="workspace-link-error"]')).to.contain('The link setting wasn’t changed.');
  });
});

describe('<workspace-members-panel>: live updates', () => {
  it('shows a join request that arrives, without a reload', async () => {
    const client = createMemoryClient();
    const el = await panelFixture(client, groupWorkspaceId);
    client.simulateJoinRequest(groupWorkspaceId, { fullName: 'Kai Live', email: 'kai.live@example.org' });
    await waitUntil(() => requestItem(el, 'Kai Live'));
    expect(client.callCount('getWorkspace')).to.equal(1);
  });

  it('marks a member joined while keeping the filter and focus', async () => {
    const client = createMemoryClient();
    const el = await panelFixture(client, flowWorkspaceId);
    const filter = q<HTMLInputElement>(el, '[part="filter-input"]')!;
    filter.value = 'example.org';
    filter.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => rows(el).length === 2);
    const focused = rowByName(el, 'Sofía Ramírez')!;
    focused.focus();
    client.simulateMemberJoined(flowWorkspaceId, DEMO_IDS.notJoinedMemberId);
    await waitUntil(() => textOf(rowByName(el, 'Rahul Mehta')!, '[part~="status-badge"]') === 'Joined');
    expect(filter.value).to.equal('example.org');
    expect(rows(el)).to.have.length(2);
    expect(deepActive()).to.equal(rowByName(el, 'Sofía Ramírez'));
  });
});

/** Waits until the virtualizer has measured what it shows and the scroll position holds still. */
async function scrollSettled(list: HTMLElement): Promise<void> {
  let last = -1;
  let still = 0;
  await waitUntil(
    () => {
      still = list.scrollTop === last ? still + 1 : 0;
      last = list.scrollTop;
      return still >= 5;
    },
    'the scroll position settles',
    { interval: 20, timeout: 3000 },
  );
}

describe('<workspace-members-panel>: 10,000 members', () => {
  let client: MemoryClient;
  before(() => {
    client = createMemoryClient({ largeWorkspace: { workspaceId: 'ws-big', members: 10_000 } });
  });

  it('keeps only what is on screen in the DOM and the full size in ARIA', async () => {
    const el = await panelFixture(client, 'ws-big');
    await waitUntil(() => rows(el).length > 3);
    expect(rows(el).length).to.be.below(60);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
    await expect(el).to.be.accessible();
  });

  it('reaches the last row with End and keeps its scroll position through a live update', async () => {
    const el = await panelFixture(client, 'ws-big');
    await waitUntil(() => rows(el).length > 3);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '10000', 'the last row takes focus', { timeout: 3000 });
    expect(rows(el).length).to.be.below(60);
    const list = q(el, '[part="list"]')!;
    await scrollSettled(list);
    const scrollTop = list.scrollTop;
    expect(scrollTop).to.be.above(1000);
    const { members } = await client.listWorkspaceMembers('ws-big');
    const pending = members.find((member: { status: string }) => member.status === 'not_joined')!;
    client.simulateMemberJoined('ws-big', pending.id);
    await waitUntil(() => client.callCount('listWorkspaceMembers') >= 3, 'the panel refetches the members');
    await scrollSettled(list);
    expect(Math.abs(list.scrollTop - scrollTop)).to.be.below(2);
    expect(deepActive()?.getAttribute('aria-posinset')).to.equal('10000');
  });
});

describe('<workspace-members-panel>: + Invite Members', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient();
  });

  async function openPicker(el: WorkspaceMembersPanel) {
    q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
    const dialog = q<HTMLDialogElement>(el, '[part="picker-dialog"]')!;
    await waitUntil(() => dialog.open);
    const picker = q(el, 'workspace-members-picker')!;
    const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    return { dialog, picker, search };
  }
  const type = (input: HTMLInputElement, value: string) => typeInto(input, value, { focus: false });
  const options = (picker: Element) => all(picker, '[role="option"]');
  async function settled(picker: Element, predicate: () => boolean = () => true) {
    await (picker as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await waitUntil(() => !textOf(picker, '#search-status').includes('Searching') && predicate(), 'search settles');
  }

  it('is a WAI-ARIA combobox: type, arrow to a person, Enter, and a removable chip appears', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    expect(search.getAttribute('role')).to.equal('combobox');
    await waitUntil(() => deepActive() === search, 'focus starts in the search');
    await sendKeys({ type: 'Farid' });
    await settled(picker, () => options(picker).length === 1);
    expect(search.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => search.getAttribute('aria-activedescendant') === 'option-0');
    expect(options(picker)[0]!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('[part="chip"]').length === 1);
    expect(textOf(picker, '[part="chip"]')).to.contain('Farid Haddad');
    expect(search.value).to.equal('');
    expect(textOf(picker, '[part="chip-remove-button"]')).to.equal('×');
    expect(picker.shadowRoot!.querySelector('[part="chip-remove-button"]')!.getAttribute('aria-label')).to.equal('Remove Farid Haddad');
    await expect(el).to.be.accessible();
  });

  it('debounces typing into one search', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    const before = client.callCount('searchDirectory');
    type(search, 'F');
    type(search, 'Fa');
    type(search, 'Far');
    await settled(picker);
    expect(client.callCount('searchDirectory') - before).to.equal(1);
  });

  it('aborts a stale search so a late answer never replaces a newer one', async () => {
    client.setLatency(150);
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    type(search, 'Farid');
    await aTimeout(250);
    type(search, 'Hiro');
    await settled(picker, () => options(picker).length > 0);
    expect(options(picker).map((option) => option.textContent!.includes('Hiroshi'))).to.deep.equal([true]);
    await aTimeout(200);
    expect(options(picker).some((option) => option.textContent!.includes('Farid'))).to.equal(false);
  });

  it('invites several chosen people with "Invite" and shows them at once', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { dialog, picker, search } = await openPicker(el);
    for (const name of ['Farid', 'Hiro']) {
      type(search, name);
      await settled(picker, () => options(picker).length === 1);
      options(picker)[0]!.click();
    }
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('[part="chip"]').length === 2);
    const event = oneEvent(el, 'members-invited');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="invite-button"]')!.click();
    const { detail } = await event;
    expect(detail.added.map((member: WorkspaceMember) => member.person.fullName)).to.have.members(['Farid Haddad', 'Hiroshi Tanaka']);
    await waitUntil(() => !dialog.open);
    await waitUntil(() => rowByName(el, 'Farid Haddad') && rowByName(el, 'Hiroshi Tanaka'));
    expect(textOf(rowByName(el, 'Farid Haddad')!, '[part~="status-button"]')).to.equal('Not Joined');
  });

  it('closes its dialog on "Cancel", and the picker-close event stays inside the panel', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { dialog, picker } = await openPicker(el);
    let heardOutside = 0;
    const listener = () => heardOutside++;
    document.addEventListener('picker-close', listener);
    try {
      const closing = oneEvent(picker, 'picker-close');
      [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
        .find((button) => button.textContent!.trim() === 'Cancel')!
        .click();
      expect((await closing).detail).to.deep.equal({ workspaceId: flowWorkspaceId, reason: 'cancel' });
      await waitUntil(() => !dialog.open);
      expect(heardOutside).to.equal(0);
    } finally {
      document.removeEventListener('picker-close', listener);
    }
  });

  it('on its own, fires picker-close like every kit event (bubbling, composed) for "Cancel" and after inviting', async () => {
    const picker = document.createElement('workspace-members-picker');
    Object.assign(picker, { client, workspaceId: flowWorkspaceId, workspaceKind: 'flow' });
    document.body.append(picker);
    const heard: CustomEvent[] = [];
    const listener = (event: Event) => heard.push(event as CustomEvent);
    document.addEventListener('picker-close', listener);
    try {
      await picker.updateComplete;
      [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
        .find((button) => button.textContent!.trim() === 'Cancel')!
        .click();
      const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
      type(search, 'Farid');
      await settled(picker, () => options(picker).length === 1);
      options(picker)[0]!.click();
      await waitUntil(() => picker.shadowRoot!.querySelector('[part="chip"]'));
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="invite-button"]')!.click();
      await waitUntil(() => heard.length === 2, 'closed after inviting');
      expect(heard.map((event) => [event.bubbles, event.composed, event.detail.reason])).to.deep.equal([
        [true, true, 'cancel'],
        [true, true, 'invited'],
      ]);
    } finally {
      document.removeEventListener('picker-close', listener);
      picker.remove();
    }
  });

  it('keeps the chosen people when inviting fails, and retries with the same idempotency key', async () => {
    const keys: string[] = [];
    const original = client.addWorkspaceMembers.bind(client);
    client.addWorkspaceMembers = (workspaceId: string, additions: MemberAddition[], options?: MutationOptions) => {
      keys.push(options?.idempotencyKey ?? '');
      return original(workspaceId, additions, options);
    };
    client.failNext('addWorkspaceMembers', 'network');
    const el = await panelFixture(client, flowWorkspaceId);
    const { dialog, picker, search } = await openPicker(el);
    type(search, 'Farid');
    await settled(picker, () => options(picker).length === 1);
    options(picker)[0]!.click();
    const invite = () => picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="invite-button"]')!.click();
    invite();
    invite();
    await waitUntil(() => picker.shadowRoot!.querySelector('[part="picker-error"]'));
    expect(textOf(picker, '[part="picker-error"]')).to.contain('Nobody was invited. Couldn’t reach the server');
    expect(picker.shadowRoot!.querySelectorAll('[part="chip"]')).to.have.length(1);
    await expect(el).to.be.accessible();
    invite();
    await waitUntil(() => !dialog.open);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('adds a new client with name plus email or phone, checking what is typed', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    type(search, 'Quinn Newcomer');
    await settled(picker, () => options(picker).length === 2);
    expect(options(picker).map((option) => option.textContent!.trim())).to.deep.equal([
      '+ Invite New Client',
      '+ Invite New Internal User',
    ]);
    options(picker)[0]!.click();
    await waitUntil(() => picker.shadowRoot!.querySelector('[part="new-person-form"]'));
    const root = picker.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#new-fullName')!.value).to.equal('Quinn Newcomer');
    const contact = root.querySelector<HTMLInputElement>('#new-contact')!;
    type(contact, 'quinn.example.com');
    root.querySelector<HTMLButtonElement>('[part="form-submit"]')!.click();
    await waitUntil(() => contact.getAttribute('aria-invalid') === 'true');
    expect(textOf(picker, '#new-contact-error')).to.equal('An email address needs an @, as in name@example.com.');
    await expect(el).to.be.accessible();
    type(contact, 'quinn@example.com');
    root.querySelector<HTMLButtonElement>('[part="form-submit"]')!.click();
    await waitUntil(() => root.querySelectorAll('[part="chip"]').length === 1);
    const event = oneEvent(el, 'members-invited');
    root.querySelector<HTMLButtonElement>('[part="invite-button"]')!.click();
    const { detail } = await event;
    expect(detail.added[0]!.person).to.include({ fullName: 'Quinn Newcomer', email: 'quinn@example.com', type: 'client' });
  });

  it('flow: says a new internal user must first be invited to the portal, and asks the host to open it', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    type(search, 'Quinn Newcomer');
    await settled(picker, () => options(picker).length === 2);
    options(picker)[1]!.click();
    await waitUntil(() => picker.shadowRoot!.querySelector('[part="flow-notice"]'));
    expect(textOf(picker, '[part="flow-notice"]')).to.contain(
      'To add a new internal user, first invite them to join your portal in the Admin Portal.',
    );
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'invite-new-internal-user-requested');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="portal-invite-button"]')!.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ workspaceId: flowWorkspaceId, query: 'Quinn Newcomer' });
    expect(client.callCount('addWorkspaceMembers')).to.equal(0);
  });

  it('group: "+ Invite New Internal User" asks Full Name*, User ID, Email Address or Phone Number*, and "Add Internal User" sends it', async () => {
    const el = await panelFixture(client, groupWorkspaceId);
    const { picker, search } = await openPicker(el);
    type(search, 'Rowan Fresh');
    await settled(picker, () => options(picker).some((option) => option.textContent!.includes('Internal User')));
    options(picker)
      .find((option) => option.textContent!.includes('+ Invite New Internal User'))!
      .click();
    await waitUntil(() => picker.shadowRoot!.querySelector('[part="new-person-form"]'));
    const root = picker.shadowRoot!;
    expect([...root.querySelectorAll('[part="form-label"]')].map((label) => label.textContent!.replace(/\s+/gu, ' ').trim())).to.deep.equal(
      ['Full Name*', 'User ID', 'Email Address or Phone Number*'],
    );
    type(root.querySelector<HTMLInputElement>('#new-userId')!, 'rowan.f');
    type(root.querySelector<HTMLInputElement>('#new-contact')!, '+44 20 7946 0958');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'members-invited');
    root.querySelector<HTMLButtonElement>('[part="form-submit"]')!.click();
    const { detail } = await event;
    expect(detail.added[0]!.person).to.include({ fullName: 'Rowan Fresh', phone: '+442079460958', type: 'internal', userId: 'rowan.f' });
    await waitUntil(() => rowByName(el, 'Rowan Fresh'));
    expect(client.sentInvitations.at(-1)!.fullName).to.equal('Rowan Fresh');
  });

  it('group: keeps what was typed and shows the field error when the client refuses the new internal user', async () => {
    client.failNext('addWorkspaceMembers', 'conflict', { fieldErrors: { email: 'Someone already uses this email address.' } });
    const el = await panelFixture(client, groupWorkspaceId);
    const { picker, search } = await openPicker(el);
    type(search, 'Rowan Fresh');
    await settled(picker, () => options(picker).length === 2);
    options(picker)[1]!.click();
    await waitUntil(() => picker.shadowRoot!.querySelector('[part="new-person-form"]'));
    const root = picker.shadowRoot!;
    type(root.querySelector<HTMLInputElement>('#new-contact')!, 'rowan@example.com');
    root.querySelector<HTMLButtonElement>('[part="form-submit"]')!.click();
    await waitUntil(() => root.querySelector('#new-contact-error'));
    expect(textOf(picker, '#new-contact-error')).to.equal('Someone already uses this email address.');
    expect(root.querySelector<HTMLInputElement>('#new-contact')!.value).to.equal('rowan@example.com');
    expect(root.querySelector<HTMLInputElement>('#new-fullName')!.value).to.equal('Rowan Fresh');
  });

  it('group: a viewer who is not a portal admin is not offered "+ Invite New Internal User"', async () => {
    const el = await panelFixture(createMemoryClient({ viewerId: nonAdminId }), groupWorkspaceId);
    const { picker, search } = await openPicker(el);
    type(search, 'Rowan Fresh');
    await settled(picker, () => options(picker).length > 0);
    expect(options(picker).map((option) => option.textContent!.trim())).to.deep.equal(['+ Invite New Client']);
    expect(textOf(picker, '.picker')).to.contain('Only portal admins can invite new internal users.');
  });

  it('closes on Escape after clearing the search first, and gives focus back', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { dialog, picker, search } = await openPicker(el);
    await waitUntil(() => deepActive() === search);
    await sendKeys({ type: 'Far' });
    await settled(picker);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => search.value === '');
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => deepActive() === q(el, '[part="invite-members-button"]'));
  });

  it('keeps the chosen people when closed and reopened', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { dialog, picker, search } = await openPicker(el);
    type(search, 'Farid');
    await settled(picker, () => options(picker).length === 1);
    options(picker)[0]!.click();
    q<HTMLButtonElement>(el, '[part="picker-dialog"] .dialog-header button')!.click();
    await waitUntil(() => !dialog.open);
    await openPicker(el);
    expect(textOf(picker, '[part="chip"]')).to.contain('Farid Haddad');
  });

  it('shows a search failure with a retry', async () => {
    client.failNext('searchDirectory', 'unavailable');
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    type(search, 'Farid');
    await waitUntil(() => textOf(picker, '#search-status').includes('The search didn’t work.'));
    picker.shadowRoot!.querySelector<HTMLButtonElement>('#search-status button')!.click();
    await settled(picker, () => options(picker).length === 1);
  });
});
