/**
 * Guarantee: opening and closing the dialog 500 times, the profile menu and the members
 * panel's invitation menu hundreds of times, re-rendering the members panel 100 times (new
 * elements, and one element switching workspaces), and putting each invitee page (sign-up,
 * join request, accept invitation) on the page and off it 100 times and switching its link or
 * token 50 times leave nothing growing behind: the live
 * event listeners, pending timers and animation frames, observed elements and client
 * subscriptions all come back to where they started. (In Chromium the heap size is logged too,
 * as a soft signal: no garbage collection can be forced from the page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import '../../src/index.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InternalUsersAdmin } from '../../src/internal-users-admin/internal-users-admin.js';
import type { InviteLinkSignUp } from '../../src/invite-link-sign-up/invite-link-sign-up.js';
import type { InviteProfileMenu } from '../../src/invite-profile-menu/invite-profile-menu.js';
import type { InviteUserDialog } from '../../src/invite-user-dialog/invite-user-dialog.js';
import type { WorkspaceJoinRequest } from '../../src/workspace-join-request/workspace-join-request.js';
import type { WorkspaceMembersPanel } from '../../src/workspace-members-panel/workspace-members-panel.js';
import { q, settle, textOf } from '../fixtures/dom.js';
import { heapBytes, installLeakMeter, type LeakCounts, type LeakMeter } from '../fixtures/leak-meter.js';
import { tick, waitUntil } from '../fixtures/wait.js';

/** What may differ from the baseline after all the cycles: a timer or frame still on its way, never a trend. */
const SLACK: LeakCounts = { listeners: 2, timeouts: 2, intervals: 0, frames: 2, observations: 1, subscriptions: 0 };

/** Waits for timers the elements set for themselves (a "Copied" that fades, a coalesced reload) to run out. */
async function quiet(): Promise<void> {
  await tick(350);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function expectBackToBaseline(meter: LeakMeter, baseline: LeakCounts, label: string): void {
  const now = meter.counts();
  for (const key of Object.keys(baseline) as (keyof LeakCounts)[]) {
    expect(
      now[key],
      `${label}: ${key} grew from ${baseline[key]} to ${now[key]}${key === 'listeners' ? `\n${meter.listenerReport().join('\n')}` : key === 'timeouts' ? `\n${meter.timeoutReport().join('\n')}` : ''}`,
    ).to.be.at.most(baseline[key] + SLACK[key]);
  }
}

function logHeap(label: string, before: number | undefined): void {
  const after = heapBytes();
  if (before !== undefined && after !== undefined)
    console.log(`${label}: heap ${Math.round(before / 1e6)} MB → ${Math.round(after / 1e6)} MB`);
}

describe('reliability: nothing grows when elements open, close and re-render', () => {
  let meter: LeakMeter;
  beforeEach(() => {
    meter = installLeakMeter();
  });
  afterEach(() => {
    meter.uninstall();
  });

  it('<invite-user-dialog> opened and closed 500 times, on both tabs', async function () {
    this.timeout(120_000);
    const client = meter.countSubscriptions(createMemoryClient());
    const el = await fixture<InviteUserDialog>(html`<invite-user-dialog .client=${client}></invite-user-dialog>`);
    // Once through everything first, so what loads once (the form's viewer, the link) is in the baseline.
    await el.show();
    await settle(el);
    el.tab = 'share-link';
    await settle(el);
    await waitUntil(() => q(el, 'share-invite-link')?.shadowRoot?.querySelector<HTMLInputElement>('#link')?.value, 'the link loads');
    el.tab = 'invite';
    await el.hide();
    await quiet();
    const baseline = meter.counts();
    const heap = heapBytes();
    for (let cycle = 0; cycle < 500; cycle++) {
      if (cycle % 50 === 0) el.tab = cycle % 100 === 0 ? 'share-link' : 'invite';
      await el.show();
      expect(q<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      await el.hide();
    }
    // The Escape key and the close button close it too.
    for (let cycle = 0; cycle < 20; cycle++) {
      await el.show();
      q<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      await el.updateComplete;
    }
    await quiet();
    expectBackToBaseline(meter, baseline, 'after 520 openings');
    logHeap('dialog × 520', heap);
  });

  it('<invite-profile-menu> opened and closed 500 times', async function () {
    this.timeout(60_000);
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${createMemoryClient()}></invite-profile-menu>`);
    el.show();
    await waitUntil(() => q(el, '[part~="invite-item"]'), 'the viewer loads');
    el.close(false);
    await quiet();
    const baseline = meter.counts();
    for (let cycle = 0; cycle < 500; cycle++) {
      el.show();
      await el.updateComplete;
      el.close(false);
      await el.updateComplete;
    }
    await quiet();
    expectBackToBaseline(meter, baseline, 'after 500 openings');
  });

  it('<workspace-members-panel> re-rendered 100 times as new elements, and switching workspaces 100 times', async function () {
    this.timeout(120_000);
    const client = meter.countSubscriptions(createMemoryClient());
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const mount = async (workspaceId: string) => {
      render(html`<workspace-members-panel .client=${client} workspace-id=${workspaceId}></workspace-members-panel>`, host);
      const panel = host.querySelector<WorkspaceMembersPanel>('workspace-members-panel')!;
      await waitUntil(() => panel.shadowRoot?.querySelector('[role="listitem"]'), 'the panel loads');
      return panel;
    };
    const unmount = () => render(html``, host);
    await mount(DEMO_IDS.flowWorkspaceId);
    unmount();
    await quiet();
    const baseline = meter.counts();
    const heap = heapBytes();
    for (let cycle = 0; cycle < 100; cycle++) {
      await mount(cycle % 2 ? DEMO_IDS.groupWorkspaceId : DEMO_IDS.flowWorkspaceId);
      unmount();
    }
    await quiet();
    expectBackToBaseline(meter, baseline, 'after 100 new panels');
    logHeap('panel × 100', heap);

    const panel = await mount(DEMO_IDS.flowWorkspaceId);
    await settle(panel);
    await quiet();
    const withPanel = meter.counts();
    for (let cycle = 0; cycle < 100; cycle++) {
      panel.workspaceId = cycle % 2 ? DEMO_IDS.flowWorkspaceId : DEMO_IDS.groupWorkspaceId;
      await waitUntil(
        () => (panel as unknown as { data: { workspace?: { id: string } } }).data.workspace?.id === panel.workspaceId,
        'the workspace loads',
      );
      panel.requestUpdate();
      await panel.updateComplete;
    }
    await waitUntil(() => panel.shadowRoot!.querySelector('[role="listitem"]'), 'the last workspace shows');
    await settle(panel);
    await quiet();
    expectBackToBaseline(meter, withPanel, 'after 100 workspace switches');
    expect(meter.counts().subscriptions, 'one live subscription for the one panel').to.equal(1);
    unmount();
    await quiet();
    expect(meter.counts().subscriptions, 'none once it is gone').to.equal(0);
  });

  it('the members panel’s "Not Joined" menu opened and closed 200 times', async function () {
    this.timeout(60_000);
    const el = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${createMemoryClient()} workspace-id=${DEMO_IDS.flowWorkspaceId} resend-cooldown="0"></workspace-members-panel>`,
    );
    const trigger = () =>
      el.shadowRoot!.querySelector<HTMLElement>(`[data-key="member:${DEMO_IDS.notJoinedMemberId}"] [data-menu-trigger]`);
    await waitUntil(trigger, 'the row shows');
    trigger()!.click();
    await settle(el);
    trigger()!.click();
    await settle(el);
    await quiet();
    const baseline = meter.counts();
    for (let cycle = 0; cycle < 200; cycle++) {
      trigger()!.click();
      await el.updateComplete;
      await waitUntil(() => q(el, '#invitation-menu resend-invite-button'), 'the menu opens');
      trigger()!.click();
      await el.updateComplete;
    }
    await settle(el);
    await quiet();
    expectBackToBaseline(meter, baseline, 'after 200 openings');
  });

  describe('the invitee pages, put on the page and taken off 100 times, and switching link or token 50 times', () => {
    interface Page {
      name: string;
      /** The page for cycle `n` (links and tokens alternate, so re-rendering one element switches it). */
      template(client: unknown, n: number): unknown;
      /** Shows what cycle `n` asked for, and is ready to use. */
      ready(el: HTMLElement, n: number): unknown;
    }

    async function pages(): Promise<{ admin: ReturnType<typeof createMemoryClient>; list: Page[] }> {
      const admin = createMemoryClient();
      const signUpUrl = (await admin.getInviteLink()).url;
      // The same link with a tracking parameter: another `link` for the element, the same link for the portal.
      const signUpUrls = [signUpUrl, `${signUpUrl}?utm_source=leaks`];
      const workspaces = [
        { url: (await admin.getWorkspaceLink(DEMO_IDS.groupWorkspaceId)).url, name: 'Design Team' },
        { url: (await admin.getWorkspaceLink(DEMO_IDS.smallWorkspaceId)).url, name: 'Marketing' },
      ];
      const invitations: Array<{ token: string; fullName: string }> = [];
      for (const fullName of ['Ines Leak', 'Oskar Leak']) {
        const { token } = await admin.inviteInternalUser({
          fullName,
          email: `${fullName.split(' ')[0]!.toLowerCase()}.leak@example.com`,
          delivery: { method: 'contacts' },
        });
        invitations.push({ token: token!, fullName });
      }
      const list: Page[] = [
        {
          name: '<invite-link-sign-up>',
          template: (client, n) => html`<invite-link-sign-up .client=${client} link=${signUpUrls[n % 2]!}></invite-link-sign-up>`,
          ready: (el, n) => (el as InviteLinkSignUp).status === 'ready' && (el as InviteLinkSignUp).effectiveLink === signUpUrls[n % 2],
        },
        {
          name: '<workspace-join-request>',
          template: (client, n) => html`<workspace-join-request .client=${client} link=${workspaces[n % 2]!.url}></workspace-join-request>`,
          ready: (el, n) =>
            (el as WorkspaceJoinRequest).status === 'editing' && textOf(el, '[part~="heading"]') === `Join ${workspaces[n % 2]!.name}`,
        },
        {
          name: '<accept-invitation>',
          template: (client, n) => html`<accept-invitation .client=${client} token=${invitations[n % 2]!.token}></accept-invitation>`,
          ready: (el, n) =>
            (el as AcceptInvitation).status === 'pending' && q<HTMLInputElement>(el, '#fullName')?.value === invitations[n % 2]!.fullName,
        },
      ];
      return { admin, list };
    }

    for (const index of [0, 1, 2]) {
      it(['<invite-link-sign-up>', '<workspace-join-request>', '<accept-invitation>'][index]!, async function () {
        this.timeout(120_000);
        const { admin, list } = await pages();
        const page = list[index]!;
        // Someone who opened the link signed out; the page follows the portal's changes while it is shown.
        const client = meter.countSubscriptions(admin.asViewer('signed-out-visitor'));
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const mount = async (n: number) => {
          render(page.template(client, n), host);
          const el = host.firstElementChild as HTMLElement;
          await waitUntil(() => page.ready(el, n), `${page.name} is ready (${n})`);
          return el;
        };
        const unmount = () => render(html``, host);
        await mount(0);
        unmount();
        await quiet();
        const baseline = meter.counts();
        const heap = heapBytes();
        for (let cycle = 0; cycle < 100; cycle++) {
          await mount(cycle);
          unmount();
        }
        await quiet();
        expectBackToBaseline(meter, baseline, `${page.name}: after 100 new pages`);
        expect(meter.counts().subscriptions, 'no live subscription once they are gone').to.equal(0);
        logHeap(`${page.name} × 100`, heap);

        const el = await mount(0);
        await settle(el);
        await quiet();
        const withPage = meter.counts();
        expect(withPage.subscriptions, 'one live subscription for the one page').to.equal(1);
        for (let cycle = 1; cycle <= 50; cycle++) await mount(cycle);
        await settle(el);
        await quiet();
        expectBackToBaseline(meter, withPage, `${page.name}: after 50 switches`);
        expect(meter.counts().subscriptions, 'still one live subscription').to.equal(1);
        unmount();
        await quiet();
        expect(meter.counts().subscriptions, 'none once it is gone').to.equal(0);
      });
    }
  });

  it('<internal-users-admin> dialogs opened and closed 100 times', async function () {
    this.timeout(60_000);
    const client = meter.countSubscriptions(createMemoryClient());
    const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
    await waitUntil(() => q(el, '[part~="table"]'), 'the list loads');
    for (const view of ['invite', 'bulk-invite', 'share-link'] as const) {
      await el.show(view);
      await settle(el);
      await el.hide();
    }
    await quiet();
    const baseline = meter.counts();
    for (let cycle = 0; cycle < 100; cycle++) {
      await el.show((['invite', 'bulk-invite', 'share-link'] as const)[cycle % 3]!);
      await el.hide();
    }
    await settle(el);
    await quiet();
    expectBackToBaseline(meter, baseline, 'after 100 openings');
  });
});
