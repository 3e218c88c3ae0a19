/**
 * Guarantees: answers arriving out of order never show stale data (a refresh against a load,
 * typing in a search, changing sort or client), and an element taken off the page while a
 * request is in flight throws nothing and updates nothing — and works again when put back.
 *
 * The backend here answers whenever the test says (`gated`), in any order, and keeps answering
 * requests the page gave up on, as real servers do.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { MemoryClient } from '../../src/client/memory/memory-client.js';
import '../../src/index.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InternalUsersAdmin } from '../../src/internal-users-admin/internal-users-admin.js';
import type { InviteLinkSignUp } from '../../src/invite-link-sign-up/invite-link-sign-up.js';
import type { InviteProfileMenu } from '../../src/invite-profile-menu/invite-profile-menu.js';
import type { InviteUserForm } from '../../src/invite-user-form/invite-user-form.js';
import type { ResendInviteButton } from '../../src/resend-invite-button/resend-invite-button.js';
import type { ShareInviteLink } from '../../src/share-invite-link/share-invite-link.js';
import type { WorkspaceJoinRequest } from '../../src/workspace-join-request/workspace-join-request.js';
import type { WorkspaceMembersPanel } from '../../src/workspace-members-panel/workspace-members-panel.js';
import { gated } from '../fixtures/clients.js';
import { all, deepText, q, settle, textOf, typeInto } from '../fixtures/dom.js';
import { scriptTrapForEachTest } from '../fixtures/script-trap.js';
import { tick, waitUntil } from '../fixtures/wait.js';

const until = (predicate: () => unknown, message: string, timeout = 4000) => waitUntil(predicate, message, { timeout });
const names = (el: Element) => all(el, '[role="listitem"] [part~="name"]').map((node) => node.textContent);

/** Records every update (render) `el` goes through from now on, with the properties that changed. */
function watchUpdates(el: HTMLElement): { updates: string[]; restore(): void } {
  const updates: string[] = [];
  const host = el as unknown as { update(changed: Map<PropertyKey, unknown>): void };
  const original = host.update;
  host.update = function (this: unknown, changed: Map<PropertyKey, unknown>) {
    updates.push(`update of ${[...changed.keys()].map(String).join(', ')}`);
    return original.call(this, changed);
  };
  return { updates, restore: () => void (host.update = original) };
}

describe('reliability: races and lifecycle', () => {
  const trap = scriptTrapForEachTest();

  describe('answers out of order never show stale data', () => {
    it('<share-invite-link>: a slow load answering after a refresh never brings the old link back', async () => {
      const base = createMemoryClient();
      const oldUrl = (await base.getInviteLink()).url;
      const gate = gated(base, ['getInviteLink']);
      const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${gate.client}></share-invite-link>`);
      await until(() => gate.calls('getInviteLink').length === 1, 'the link is asked for');
      gate.calls('getInviteLink')[0]!.release();
      await until(() => q<HTMLInputElement>(el, '#link')?.value === oldUrl, 'the link loads');
      // A reload starts and hangs; meanwhile the person refreshes the link.
      void el.reload();
      await until(() => gate.calls('getInviteLink').length === 2, 'the reload is in flight');
      q<HTMLButtonElement>(el, '[part~="refresh-button"]')!.click();
      await el.updateComplete;
      q<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
      await until(() => q<HTMLInputElement>(el, '#link')!.value !== oldUrl, 'the new link shows');
      const newUrl = q<HTMLInputElement>(el, '#link')!.value;
      // The reload answers now — with what the backend said before the refresh.
      gate.calls('getInviteLink')[1]!.release();
      await gate.calls('getInviteLink')[1]!.settled;
      await tick(20);
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '#link')!.value).to.equal(newUrl);
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('<workspace-members-panel>: an older refresh answering last never replaces a newer one, nor lands in another workspace', async () => {
      // No live updates: the refreshes below are the only ones.
      const base = createMemoryClient({ capabilities: { liveUpdates: false } });
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${base} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
      );
      await until(() => names(el).length > 0, 'the panel loads');
      const gate = gated(base, ['listWorkspaceMembers']);
      // Two live refreshes: the first sees the portal before Rahul joins, the second after.
      (el as unknown as { data: { client: unknown } }).data.client = gate.client;
      const data = (el as unknown as { data: { reloadMembers(): Promise<void>; members: Array<{ id: string; status: string }> } }).data;
      void data.reloadMembers();
      base.simulateMemberJoined(DEMO_IDS.flowWorkspaceId, DEMO_IDS.notJoinedMemberId);
      void data.reloadMembers();
      const [older, newer] = gate.calls('listWorkspaceMembers');
      // The older request was asked first but the backend answers it from its state now...
      newer!.release();
      await newer!.settled;
      await tick(10);
      const joined = () => data.members.find((member) => member.id === DEMO_IDS.notJoinedMemberId)?.status;
      expect(joined()).to.equal('joined');
      // ...and a stale answer for the older request (captured before the join) arrives last.
      older!.release();
      await older!.settled;
      await tick(10);
      expect(joined(), 'still the newer answer').to.equal('joined');

      // Switching workspace: a refresh for the previous one must not land in the new one.
      void data.reloadMembers();
      const pending = gate.calls('listWorkspaceMembers').at(-1)!;
      (el as unknown as { data: { client: unknown } }).data.client = base;
      el.workspaceId = DEMO_IDS.groupWorkspaceId;
      await until(
        () => (el as unknown as { data: { workspace?: { id: string } } }).data.workspace?.id === DEMO_IDS.groupWorkspaceId,
        'the other workspace loads',
      );
      await until(() => names(el).length > 0, 'its members show');
      const groupNames = names(el);
      pending.release();
      await pending.settled;
      await tick(20);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(groupNames);
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('the "+ Invite Members" search: the answer for what was typed last wins, whatever order answers come in', async () => {
      const base = createMemoryClient();
      const gate = gated(base, ['searchDirectory']);
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${gate.client} workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>`,
      );
      await until(() => q(el, '[part="invite-members-button"]'), 'the panel loads');
      q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
      await settle(el);
      const picker = q(el, 'workspace-members-picker')!;
      const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
      typeInto(search, 'O');
      await until(() => gate.calls('searchDirectory').length === 1, 'the first search is asked');
      typeInto(search, 'Olivia');
      await until(() => gate.calls('searchDirectory').length === 2, 'the second search is asked');
      const [first, second] = gate.calls('searchDirectory');
      second!.release();
      await second!.settled;
      await tick(10);
      first!.release();
      await first!.settled;
      await tick(20);
      await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const options = [...picker.shadowRoot!.querySelectorAll('[part~="option"]:not([part~="option-action"])')].map((node) =>
        deepText(node),
      );
      expect(options.length).to.be.greaterThan(0);
      for (const option of options) expect(option).to.include('Olivia');
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('<internal-users-admin>: searching and re-sorting show the last choice, whatever order answers come in', async () => {
      const base = createMemoryClient();
      const gate = gated(base, ['listInternalUsers']);
      const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${gate.client}></internal-users-admin>`);
      await until(() => gate.calls('listInternalUsers').length === 1, 'the list is asked for');
      gate.calls('listInternalUsers')[0]!.release();
      await until(() => q(el, '[part~="table"]'), 'the list shows');
      const list = (el as unknown as { list: { search(text: string, now?: boolean): void; sortBy(sort: string): void } }).list;
      list.search('a', true);
      list.search('dana', true);
      await until(() => gate.calls('listInternalUsers').length === 3, 'both searches are asked');
      const [, forA, forDana] = gate.calls('listInternalUsers');
      forDana!.release();
      await forDana!.settled;
      forA!.release();
      await forA!.settled;
      await tick(20);
      await el.updateComplete;
      const rowNames = () => [...el.shadowRoot!.querySelectorAll('[part~="row"] [part~="name"]')].map((node) => node.textContent);
      expect(rowNames()).to.deep.equal(['Dana Okafor']);
      list.search('', true);
      list.sortBy('invited');
      list.sortBy('name');
      await until(() => gate.calls('listInternalUsers').length === 6, 'every change is asked');
      const calls = gate.calls('listInternalUsers');
      const [cleared, byInvited, byName] = calls.slice(-3);
      byName!.release();
      await byName!.settled;
      byInvited!.release();
      cleared!.release();
      await Promise.all([byInvited!.settled, cleared!.settled]);
      await tick(20);
      await el.updateComplete;
      const sorted = [...rowNames()].sort((a, b) => a!.localeCompare(b!));
      expect(rowNames(), 'sorted by name, as chosen last').to.deep.equal(sorted);
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('<invite-profile-menu>: a slow viewer from a replaced client never shows', async () => {
      const slow = createMemoryClient();
      const gate = gated(slow, ['getViewer']);
      const other = createMemoryClient({ viewerId: DEMO_IDS.nonAdminId });
      const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${gate.client}></invite-profile-menu>`);
      await until(() => gate.calls('getViewer').length === 1, 'the viewer is asked for');
      el.client = other;
      await until(() => q(el, '[part~="viewer-name"]'), 'the other viewer shows');
      gate.releaseAll();
      await gate.calls('getViewer')[0]!.settled;
      await tick(20);
      await el.updateComplete;
      expect(q(el, '[part~="viewer-name"]')!.textContent).to.equal('Blake Rivera');
      expect(trap.check(el)).to.deep.equal([]);
    });
  });

  describe('the invitee pages: an answer about the link or token they no longer show never lands', () => {
    /** Someone who opened the link signed out. */
    const VISITOR = 'signed-out-visitor';

    it('<invite-link-sign-up>: the check of the old link, answering last, never turns the page to "replaced"', async () => {
      const admin = createMemoryClient({ capabilities: { liveUpdates: false } });
      const oldUrl = (await admin.getInviteLink()).url;
      const newUrl = (await admin.refreshInviteLink()).url;
      const gate = gated(admin.asViewer(VISITOR), ['checkInviteLink']);
      const el = await fixture<InviteLinkSignUp>(html`<invite-link-sign-up .client=${gate.client} link=${oldUrl}></invite-link-sign-up>`);
      await until(() => gate.calls('checkInviteLink').length === 1, 'the old link is checked');
      // The host corrects the link while the first check is out.
      el.link = newUrl;
      await until(() => gate.calls('checkInviteLink').length === 2, 'the new link is checked');
      const [older, newer] = gate.calls('checkInviteLink');
      newer!.release();
      await until(() => el.status === 'ready', 'the new link opens the form');
      older!.release();
      await older!.settled;
      await tick(20);
      await el.updateComplete;
      expect(el.status, 'still the new link’s answer').to.equal('ready');
      expect(q(el, '[part~="link-problem"]')).to.equal(null);
      expect(q(el, '#fullName')).to.exist;
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('<workspace-join-request>: the details of the previous link, answering last, never name the wrong workspace', async () => {
      const admin = createMemoryClient({ capabilities: { liveUpdates: false } });
      const groupUrl = (await admin.getWorkspaceLink(DEMO_IDS.groupWorkspaceId)).url;
      const flowUrl = (await admin.getWorkspaceLink(DEMO_IDS.flowWorkspaceId)).url;
      const gate = gated(admin.asViewer(VISITOR), ['getWorkspaceLinkDetails']);
      const el = await fixture<WorkspaceJoinRequest>(
        html`<workspace-join-request .client=${gate.client} link=${groupUrl}></workspace-join-request>`,
      );
      await until(() => gate.calls('getWorkspaceLinkDetails').length === 1, 'the first link is asked about');
      el.link = flowUrl;
      await until(() => gate.calls('getWorkspaceLinkDetails').length === 2, 'the second link is asked about');
      const [older, newer] = gate.calls('getWorkspaceLinkDetails');
      newer!.release();
      await until(() => el.status === 'editing', 'the form for the second link');
      older!.release();
      await older!.settled;
      await tick(20);
      await el.updateComplete;
      expect(textOf(el, '[part~="heading"]')).to.equal('Join Client Onboarding');
      expect(textOf(el, '[part~="workspace-kind"]')).to.include('flow');
      expect(el.includesViewing, 'the flow link’s viewing, not the group link’s').to.equal(false);
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('<accept-invitation>: the lookup of the previous token, answering last, never shows the other invitation', async () => {
      const admin = createMemoryClient({ capabilities: { liveUpdates: false } });
      const first = await admin.inviteInternalUser({
        fullName: 'Ana First',
        email: 'ana.race@example.com',
        delivery: { method: 'contacts' },
      });
      const second = await admin.inviteInternalUser({
        fullName: 'Bo Second',
        email: 'bo.race@example.com',
        delivery: { method: 'workspace', workspaceId: DEMO_IDS.groupWorkspaceId },
      });
      const gate = gated(admin.asViewer(VISITOR), ['getInvitation']);
      const el = await fixture<AcceptInvitation>(
        html`<accept-invitation .client=${gate.client} token=${first.token!}></accept-invitation>`,
      );
      await until(() => gate.calls('getInvitation').length === 1, 'the first invitation is looked up');
      el.token = second.token!;
      await until(() => gate.calls('getInvitation').length === 2, 'the second invitation is looked up');
      const [older, newer] = gate.calls('getInvitation');
      newer!.release();
      await until(
        () => el.status === 'pending' && q<HTMLInputElement>(el, '#fullName')?.value === 'Bo Second',
        'the second invitation shows',
      );
      older!.release();
      await older!.settled;
      await tick(20);
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Bo Second');
      expect(textOf(el, '[part~="heading"]')).to.equal('Join Design Team on Acme Portal');
      expect(textOf(el, '[part~="sent-to"]')).to.include('bo.race@example.com');
      // Back to the first token: while it is looked up, nothing of the second invitation is shown, let alone offered to accept.
      el.token = first.token!;
      await until(() => gate.calls('getInvitation').length === 3, 'the first invitation is looked up again');
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect(q(el, '[part~="accept-button"]')).to.equal(null);
      gate.calls('getInvitation')[2]!.release();
      await until(
        () => el.status === 'pending' && q<HTMLInputElement>(el, '#fullName')?.value === 'Ana First',
        'the first invitation shows',
      );
      // Accepting accepts the invitation shown.
      q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
      await until(() => el.status === 'accepted-now', 'accepted');
      const users = admin.snapshot().internalUsers;
      expect(users.find((user) => user.email === 'ana.race@example.com')?.status).to.equal('active');
      expect(users.find((user) => user.email === 'bo.race@example.com')?.status).to.equal('invited');
      expect(trap.check(el)).to.deep.equal([]);
    });
  });

  describe('an element taken off the page mid-request throws nothing, updates nothing, and works when put back', () => {
    interface Case {
      name: string;
      operations: Parameters<typeof gated>[1];
      create(client: MemoryClient): Promise<HTMLElement>;
      /** Starts the request that will be in flight (when it is not the element's first load). */
      start?(el: HTMLElement): Promise<void>;
      /** What working again looks like once it is back. */
      works(el: HTMLElement, backend: MemoryClient): Promise<void>;
    }

    const cases: Case[] = [
      {
        name: '<share-invite-link> loading',
        operations: ['getInviteLink'],
        create: (client) => fixture(html`<share-invite-link .client=${client}></share-invite-link>`),
        works: (el) => until(() => q<HTMLInputElement>(el, '#link')?.value, 'the link shows'),
      },
      {
        name: '<share-invite-link> refreshing',
        operations: ['refreshInviteLink'],
        create: async (client) => {
          const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${client}></share-invite-link>`);
          await until(() => q<HTMLInputElement>(el, '#link')?.value, 'the link shows');
          return el;
        },
        start: async (el) => {
          q<HTMLButtonElement>(el, '[part~="refresh-button"]')!.click();
          await (el as ShareInviteLink).updateComplete;
          q<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
        },
        works: (el) =>
          until(() => q<HTMLInputElement>(el, '#link')?.value && q(el, '[part~="refresh-button"]'), 'the link and its refresh show'),
      },
      {
        name: '<invite-user-form> sending',
        operations: ['inviteInternalUser'],
        create: async (client) => {
          const el = await fixture<InviteUserForm>(html`<invite-user-form .client=${client}></invite-user-form>`);
          await until(() => q(el, '#fullName'), 'the form shows');
          typeInto(q<HTMLInputElement>(el, '#fullName')!, 'Ada Lovelace');
          typeInto(q<HTMLInputElement>(el, '#contact')!, 'ada.race@example.com');
          return el;
        },
        start: async (el) => (el as InviteUserForm).submit(),
        works: async (el, backend) => {
          // What was typed is still there, and sending again sends one invitation only.
          await until(() => q<HTMLInputElement>(el, '#fullName')?.value === 'Ada Lovelace', 'the draft is kept');
          expect(q<HTMLInputElement>(el, '#contact')!.value).to.equal('ada.race@example.com');
          const before = backend.sentInvitations.filter((sent) => sent.to === 'ada.race@example.com').length;
          (el as InviteUserForm).submit();
          await until(() => (el as InviteUserForm).status === 'sent', 'sent');
          expect(backend.sentInvitations.filter((sent) => sent.to === 'ada.race@example.com').length).to.equal(Math.max(before, 1));
        },
      },
      {
        name: '<resend-invite-button> resending',
        operations: ['resendInvitation'],
        create: (client) =>
          fixture(html`<resend-invite-button .client=${client} user-id=${DEMO_IDS.pendingUserId} cooldown="0"></resend-invite-button>`),
        start: async (el) => q<HTMLButtonElement>(el, 'button')!.click(),
        works: async (el) => {
          await until(() => (el as ResendInviteButton).state !== 'sending', 'the button is usable');
          q<HTMLButtonElement>(el, 'button')!.click();
          await until(() => deepText(q(el, '[part~="status"]')!).includes('Casey Morgan'), 'sent');
        },
      },
      {
        name: '<workspace-members-panel> loading',
        operations: ['listWorkspaceMembers'],
        create: (client) =>
          fixture(html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`),
        works: (el) => until(() => names(el).length > 0, 'the members show'),
      },
      {
        name: '<workspace-members-panel> approving a request',
        operations: ['approveJoinRequest'],
        create: async (client) => {
          const el = await fixture<WorkspaceMembersPanel>(
            html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
          );
          await until(() => q(el, '[part~="approve-internal-button"]'), 'the requests show');
          return el;
        },
        start: async (el) => q<HTMLButtonElement>(el, '[part~="approve-internal-button"]')!.click(),
        works: (el) => until(() => names(el).length > 0, 'the members show'),
      },
      {
        name: '<internal-users-admin> loading',
        operations: ['listInternalUsers'],
        create: (client) => fixture(html`<internal-users-admin .client=${client}></internal-users-admin>`),
        works: (el) => until(() => q(el, '[part~="table"]'), 'the list shows'),
      },
      {
        name: '<invite-link-sign-up> checking the link',
        operations: ['checkInviteLink'],
        create: async (client) =>
          fixture(html`<invite-link-sign-up .client=${client} link=${(await client.getInviteLink()).url}></invite-link-sign-up>`),
        works: (el) => until(() => (el as InviteLinkSignUp).status === 'ready' && q(el, '#fullName'), 'the form shows'),
      },
      {
        name: '<invite-link-sign-up> signing up',
        operations: ['signUpWithInviteLink'],
        create: async (client) => {
          const el = await fixture<InviteLinkSignUp>(
            html`<invite-link-sign-up .client=${client} link=${(await client.getInviteLink()).url}></invite-link-sign-up>`,
          );
          await until(() => el.status === 'ready', 'the form shows');
          typeInto(q<HTMLInputElement>(el, '#fullName')!, 'Mae Jemison');
          typeInto(q<HTMLInputElement>(el, '#contact')!, 'mae.race@example.com');
          return el;
        },
        start: async (el) => (el as InviteLinkSignUp).submit(),
        works: async (el, backend) => {
          // What was typed is still there, and signing up again makes one account.
          await until(() => (el as InviteLinkSignUp).status === 'ready', 'back to the form');
          expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Mae Jemison');
          expect(q<HTMLInputElement>(el, '#contact')!.value).to.equal('mae.race@example.com');
          (el as InviteLinkSignUp).submit();
          await until(() => (el as InviteLinkSignUp).status === 'signed-up', 'signed up');
          expect(backend.snapshot().internalUsers.filter((user) => user.email === 'mae.race@example.com')).to.have.lengthOf(1);
        },
      },
      {
        name: '<workspace-join-request> loading the link',
        operations: ['getWorkspaceLinkDetails'],
        create: async (client) =>
          fixture(
            html`<workspace-join-request .client=${client} link=${(await client.getWorkspaceLink(DEMO_IDS.smallWorkspaceId)).url}></workspace-join-request>`,
          ),
        works: (el) => until(() => (el as WorkspaceJoinRequest).status === 'editing' && q(el, '#fullName'), 'the form shows'),
      },
      {
        name: '<workspace-join-request> requesting to join',
        operations: ['requestToJoinWorkspace'],
        create: async (client) => {
          // Signed in as the admin, who is not in Marketing: the form is prefilled with who they are.
          const el = await fixture<WorkspaceJoinRequest>(
            html`<workspace-join-request .client=${client} link=${(await client.getWorkspaceLink(DEMO_IDS.smallWorkspaceId)).url}></workspace-join-request>`,
          );
          await until(() => el.status === 'editing' && q<HTMLInputElement>(el, '#fullName')?.value, 'the prefilled form shows');
          return el;
        },
        start: async (el) => q<HTMLButtonElement>(el, '[part~="submit-button"]')!.click(),
        works: async (el, backend) => {
          await until(() => (el as WorkspaceJoinRequest).status === 'editing', 'back to the form');
          expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Avery Chen');
          q<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
          await until(() => (el as WorkspaceJoinRequest).status === 'pending', 'the request is pending');
          const asked = (await backend.listJoinRequests(DEMO_IDS.smallWorkspaceId)).filter((request) => request.fullName === 'Avery Chen');
          expect(asked).to.have.lengthOf(1);
        },
      },
      {
        name: '<accept-invitation> looking the invitation up',
        operations: ['getInvitation'],
        create: async (client) => {
          const { token } = await client.inviteInternalUser({
            fullName: 'Ines Race',
            email: 'ines.race@example.com',
            delivery: { method: 'contacts' },
          });
          return fixture(html`<accept-invitation .client=${client} token=${token!}></accept-invitation>`);
        },
        works: (el) => until(() => (el as AcceptInvitation).status === 'pending' && q(el, '#fullName'), 'the invitation shows'),
      },
      {
        name: '<accept-invitation> accepting',
        operations: ['acceptInvitation'],
        create: async (client) => {
          const { token } = await client.inviteInternalUser({
            fullName: 'Ines Race',
            email: 'ines.race@example.com',
            delivery: { method: 'contacts' },
          });
          const el = await fixture<AcceptInvitation>(html`<accept-invitation .client=${client} token=${token!}></accept-invitation>`);
          await until(() => el.status === 'pending', 'the invitation shows');
          typeInto(q<HTMLInputElement>(el, '#fullName')!, 'Inès Race');
          return el;
        },
        start: async (el) => q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click(),
        works: async (el, backend) => {
          await until(() => (el as AcceptInvitation).status === 'pending', 'back to the invitation');
          expect(q<HTMLInputElement>(el, '#fullName')!.value, 'the name typed').to.equal('Inès Race');
          q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();
          await until(() => (el as AcceptInvitation).status === 'accepted-now', 'accepted');
          const user = backend.snapshot().internalUsers.find((candidate) => candidate.email === 'ines.race@example.com');
          expect(user).to.include({ status: 'active', fullName: 'Inès Race' });
        },
      },
      {
        name: '<invite-profile-menu> loading the viewer',
        operations: ['getViewer'],
        create: (client) => fixture(html`<invite-profile-menu .client=${client}></invite-profile-menu>`),
        works: async (el) => {
          (el as InviteProfileMenu).show();
          await until(() => q(el, '[part~="invite-item"]'), 'the menu works');
          (el as InviteProfileMenu).close(false);
        },
      },
      {
        name: '<invite-user-dialog> checking the viewer',
        operations: ['getViewer'],
        create: (client) => fixture(html`<invite-user-dialog .client=${client} open></invite-user-dialog>`),
        works: async (el) => {
          const form = q(el, 'invite-user-form')!;
          await until(() => form.shadowRoot!.querySelector('#fullName'), 'the form shows');
          expect(q<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog opened again').to.equal(true);
          await (el as unknown as { hide(): Promise<void> }).hide();
        },
      },
    ];

    for (const testCase of cases) {
      it(testCase.name, async () => {
        const backend = createMemoryClient({ capabilities: { liveUpdates: false } });
        const gate = gated(backend, testCase.operations);
        const el = await testCase.create(gate.client);
        if (!testCase.start) {
          // Its first load holds: let the earlier ones (if any) through only.
        } else {
          await testCase.start(el);
        }
        await until(() => gate.held.length > 0, 'a request is in flight');
        const parent = el.parentElement!;
        el.remove();
        await tick(0);
        const updates = watchUpdates(el);
        const shadow = el.shadowRoot!.innerHTML;
        gate.releaseAll();
        await Promise.all(gate.held.map((entry) => entry.settled));
        await tick(50);
        expect(updates.updates, 'no updates after leaving the page').to.deep.equal([]);
        expect(el.shadowRoot!.innerHTML, 'nothing rendered after leaving the page').to.equal(shadow);
        expect(trap.errors, 'nothing thrown').to.deep.equal([]);
        updates.restore();
        // Back on the page: it loads again and works (its requests now answer at once).
        const answered = gate.held.length;
        const release = setInterval(() => gate.held.slice(answered).forEach((entry) => entry.release()), 5);
        try {
          parent.append(el);
          await testCase.works(el, backend);
        } finally {
          clearInterval(release);
        }
        expect(trap.check(el)).to.deep.equal([]);
      });
    }
  });
});
