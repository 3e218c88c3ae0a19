/**
 * Every action of every element that talks to the backend, written once as a scenario the
 * fault matrix (fault-suite.ts) runs under every fault, with both harnesses: how to get the
 * element ready, how to act, what a failure must look like (a clear message, what the person
 * entered still there, state rolled back exactly), how to retry, and what the backend's record
 * must show afterwards.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { InviteClientOperation } from '../../src/client/invite-client.js';
import { DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { MemoryClient } from '../../src/client/memory/memory-client.js';
import { translate } from '../../src/i18n/format.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InternalUsersAdmin } from '../../src/internal-users-admin/internal-users-admin.js';
import type { InviteLinkSignUp } from '../../src/invite-link-sign-up/invite-link-sign-up.js';
import type { InviteProfileMenu } from '../../src/invite-profile-menu/invite-profile-menu.js';
import type { InviteUserForm } from '../../src/invite-user-form/invite-user-form.js';
import type { ResendInviteButton } from '../../src/resend-invite-button/resend-invite-button.js';
import type { ShareInviteLink } from '../../src/share-invite-link/share-invite-link.js';
import type { WorkspaceJoinRequest } from '../../src/workspace-join-request/workspace-join-request.js';
import type { WorkspaceMembersPanel } from '../../src/workspace-members-panel/workspace-members-panel.js';
import { all, deepQuery, deepText, q, settle, typeInto } from '../fixtures/dom.js';
import type { StatusElement } from '../fixtures/dom.js';
import { FIELD_MESSAGE, expectedReason, isPermission } from './fault-harness.js';
import type { Fault, Harness } from './fault-harness.js';
import { tick, waitUntil } from '../fixtures/wait.js';

export interface Context {
  h: Harness;
  el: HTMLElement;
  /** Scenario-specific state captured in `setup` (the value before, a chosen person…). */
  memo: Record<string, unknown>;
}

interface ScenarioBase {
  name: string;
  operation: InviteClientOperation;
  /** Who uses the element, when not the portal admin (the invitee pages: someone not signed in). */
  viewerId?: string;
  /** Reads that run as the element appears: the fault is armed before it is created. */
  onConnect?: boolean;
  setup(h: Harness): Promise<Context>;
  act(ctx: Context): Promise<void>;
  /** Asserts the failure is shown clearly and nothing the person entered or saw was lost. */
  failed(ctx: Context, fault: Fault, lost?: boolean): Promise<void>;
  /** Whether the person can try again in the element itself (a viewer refused access cannot). */
  retryable?(fault: Fault): boolean;
  retry(ctx: Context, fault: Fault): Promise<void>;
  succeeded(ctx: Context): Promise<void>;
}

/** A read: what it must show is all `failed` and `succeeded` check. */
export interface ReadScenario extends ScenarioBase {
  mutation?: false;
}

/** A mutation: its effect on the backend's record is counted, and a retry must reuse its idempotency key. */
export interface MutationScenario extends ScenarioBase {
  mutation: true;
  /** Whether the retry after `fault` is the same action (same key); false where the person changed what they send. */
  sameAction?(fault: Fault): boolean;
  /** Fires the action twice at once (a double click, Enter pressed twice). */
  fireTwice?(ctx: Context): void;
  /** A number read from the backend's record that one successful action changes by exactly `delta`. */
  effect(backend: MemoryClient, ctx: Context): Promise<number> | number;
  delta: number;
}

export type Scenario = ReadScenario | MutationScenario;

const until = (predicate: () => unknown, message: string, timeout = 4000) => waitUntil(predicate, message, { timeout });
const update = async (el: Element) => {
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
};

function expectReason(shown: string, fault: Fault, where: string): void {
  expect(shown, `${where} says why (${String(fault)})`).to.include(expectedReason(fault));
}

// ---- <invite-user-form> ------------------------------------------------------------------

const formReady = async (h: Harness) => {
  const el = await fixture<InviteUserForm>(html`<invite-user-form .client=${h.client}></invite-user-form>`);
  await until(() => q(el, '#fullName'), 'the form is ready');
  return el;
};

const formSend: MutationScenario = {
  name: '<invite-user-form> Send Invitation',
  operation: 'inviteInternalUser',
  mutation: true,
  async setup(h) {
    const el = await formReady(h);
    typeInto(q<HTMLInputElement>(el, '#fullName')!, 'Ada Lovelace');
    typeInto(q<HTMLInputElement>(el, '#contact')!, 'ada.faults@example.com');
    typeInto(q<HTMLInputElement>(el, '#userId')!, 'ada.l');
    await update(el);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    (el as InviteUserForm).submit();
    await update(el);
    await until(() => (el as InviteUserForm).status !== 'sending', 'the send finishes');
    await update(el);
  },
  async failed({ el }, fault) {
    const form = el as InviteUserForm;
    // Whatever happened, what the person typed is all still there.
    expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Ada Lovelace');
    expect(q<HTMLInputElement>(el, '#contact')!.value).to.equal('ada.faults@example.com');
    expect(q<HTMLInputElement>(el, '#userId')!.value).to.equal('ada.l');
    if (fault === 409) {
      expect(form.status).to.equal('conflict');
      expect(deepText(q(el, '[part~="conflict"]'))).to.include('ada.faults@example.com');
      return;
    }
    expect(form.status).to.equal('failed');
    expectReason(deepText(q(el, '[part~="failure"]')), fault, 'the failure');
    if (fault === 422) expect(deepText(q(el, '[part~="field-contact"] [part~="error"]'))).to.equal(FIELD_MESSAGE);
    else expect(q(el, '[part~="failure"] [part~="retry-button"]'), 'a retry button').to.exist;
  },
  async retry({ el }, fault) {
    if (fault === 409) {
      q<HTMLButtonElement>(el, '[part~="change-details-button"]')!.click();
      await update(el);
      typeInto(q<HTMLInputElement>(el, '#contact')!, 'ada.other@example.com');
      (el as InviteUserForm).submit();
    } else if (fault === 422) {
      (el as InviteUserForm).submit();
    } else {
      q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    }
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => (el as InviteUserForm).status === 'sent', 'the invitation is sent');
  },
  effect: (backend) => backend.sentInvitations.length,
  delta: 1,
  sameAction: (fault) => fault !== 409,
  fireTwice({ el }) {
    (el as InviteUserForm).submit();
    q<HTMLFormElement>(el, 'form')!.requestSubmit();
  },
};

const formAccess: ReadScenario = {
  name: '<invite-user-form> checking the viewer',
  operation: 'getViewer',
  onConnect: true,
  async setup(h) {
    const el = await fixture<InviteUserForm>(html`<invite-user-form .client=${h.client}></invite-user-form>`);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    await until(() => (el as InviteUserForm).status !== 'checking', 'the check finishes');
    await update(el);
  },
  async failed({ el }, fault) {
    if (isPermission(fault)) {
      expect((el as InviteUserForm).status).to.equal('forbidden');
      expect(deepText(q(el, '[part~="forbidden"]'))).to.include(translate('en', 'inviteForm.forbiddenTitle'));
      return;
    }
    expect((el as InviteUserForm).status).to.equal('unavailable');
    expectReason(deepText(q(el, '[part~="alert"]')), fault, 'the notice');
  },
  retryable: (fault) => !isPermission(fault),
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => q(el, '#fullName'), 'the form appears');
  },
};

const formWorkspaces: ReadScenario = {
  name: '<invite-user-form> loading workspaces for "Add to Workspace"',
  operation: 'listWorkspaces',
  async setup(h) {
    const el = await formReady(h);
    typeInto(q<HTMLInputElement>(el, '#fullName')!, 'Grace Hopper');
    typeInto(q<HTMLInputElement>(el, '#contact')!, '+44 20 7946 0958');
    await update(el);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    q<HTMLInputElement>(el, 'input[value="workspace"]')!.click();
    await update(el);
    await until(() => q(el, '[part~="workspace-error"], #workspaceId'), 'the workspaces answer');
  },
  async failed({ el }, fault) {
    expectReason(deepText(q(el, '[part~="workspace-error"]')), fault, 'the workspace notice');
    expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Grace Hopper');
    expect(q<HTMLInputElement>(el, '#contact')!.value).to.equal('+44 20 7946 0958');
  },
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="workspace-error"] [part~="retry-button"]')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => q(el, '#workspaceId'), 'the workspace choice appears');
  },
};

// ---- <share-invite-link> -----------------------------------------------------------------

const linkReady = async (h: Harness) => {
  const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${h.client}></share-invite-link>`);
  await until(() => q<HTMLInputElement>(el, '#link')?.value, 'the link loads');
  return el;
};

const linkLoad: ReadScenario = {
  name: '<share-invite-link> loading the link',
  operation: 'getInviteLink',
  onConnect: true,
  async setup(h) {
    const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${h.client}></share-invite-link>`);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    await until(() => !q(el, '[part~="status"]'), 'the load finishes');
    await update(el);
  },
  async failed({ el }, fault) {
    if (isPermission(fault)) {
      expect(deepText(el)).to.include(translate('en', 'shareLink.forbiddenTitle'));
      return;
    }
    const alert = deepText(q(el, '[part~="alert"]'));
    expect(alert).to.include(translate('en', 'shareLink.loadFailed', { reason: '' }).trim());
    expectReason(alert, fault, 'the alert');
  },
  retryable: (fault) => !isPermission(fault),
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => q<HTMLInputElement>(el, '#link')?.value, 'the link shows');
  },
};

const linkRefresh: MutationScenario = {
  name: '<share-invite-link> Refresh Link',
  operation: 'refreshInviteLink',
  mutation: true,
  async setup(h) {
    const el = await linkReady(h);
    return { h, el, memo: { before: q<HTMLInputElement>(el, '#link')!.value } };
  },
  async act({ el }) {
    q<HTMLButtonElement>(el, '[part~="refresh-button"]')!.click();
    await update(el);
    q<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
    await update(el);
    await until(
      () => !deepText(q(el, '[part~="refresh-button"]')).includes(translate('en', 'shareLink.refreshing')),
      'the refresh finishes',
    );
    await update(el);
  },
  async failed({ el, memo }, fault) {
    const alert = deepText(
      el.shadowRoot!.querySelectorAll('[part~="alert"]')[0] ? [...el.shadowRoot!.querySelectorAll('[part~="alert"]')].at(-1) : null,
    );
    expect(alert).to.include(translate('en', 'shareLink.refreshFailed', { reason: '' }).trim());
    expectReason(alert, fault, 'the alert');
    // The link that still works is still the one shown.
    expect(q<HTMLInputElement>(el, '#link')!.value).to.equal(memo.before);
  },
  async retry({ el }) {
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="retry-button"]')].at(-1)!.click();
    await update(el);
  },
  async succeeded({ el, memo }) {
    await until(
      () => q<HTMLInputElement>(el, '#link')!.value !== memo.before && deepText(el).includes(translate('en', 'shareLink.refreshed')),
      'the new link shows',
    );
  },
  effect: (backend) => backend.snapshot().inviteLink.replacedTokens.length,
  delta: 1,
  fireTwice({ el }) {
    q<HTMLButtonElement>(el, '[part~="refresh-button"]')!.click();
    void update(el).then(() => {
      const confirm = q<HTMLButtonElement>(el, '[part~="confirm-button"]')!;
      confirm.click();
      confirm.click();
    });
  },
};

const linkSettings: MutationScenario = {
  name: '<share-invite-link> adding an allowed domain',
  operation: 'updateInviteLinkSettings',
  mutation: true,
  async setup(h) {
    const el = await linkReady(h);
    q<HTMLDetailsElement>(el, '[part~="settings"]')!.open = true;
    typeInto(q<HTMLInputElement>(el, '#domain-input')!, 'partner.example');
    await update(el);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    q<HTMLButtonElement>(el, '[part~="add-domain-button"]')!.click();
    await update(el);
    await until(() => !deepText(el).includes(translate('en', 'shareLink.saving')), 'the save finishes');
    await update(el);
  },
  async failed({ el, h }, fault, lost) {
    const alert = deepText(q(el, '[part~="settings"] [part~="alert"]'));
    expect(alert).to.include(translate('en', 'shareLink.settingsFailed', { reason: '' }).trim());
    expectReason(alert, fault, 'the alert');
    expect(q<HTMLInputElement>(el, '#domain-input')!.value, 'the domain typed').to.equal('partner.example');
    // Refused: the backend has not added it. Answer lost: it has, though the element can't know.
    expect((await h.backend.getInviteLink()).allowedDomains.includes('partner.example'), 'on the backend').to.equal(Boolean(lost));
  },
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="settings"] [part~="retry-button"]')!.click();
    await update(el);
  },
  async succeeded({ el, h }) {
    await until(() => deepText(el).includes(translate('en', 'shareLink.saved')), 'saved');
    expect((await h.backend.getInviteLink()).allowedDomains).to.include('partner.example');
  },
  effect: async (backend) => (await backend.getInviteLink()).allowedDomains.length,
  delta: 1,
  fireTwice({ el }) {
    const add = q<HTMLButtonElement>(el, '[part~="add-domain-button"]')!;
    add.click();
    add.click();
  },
};

// ---- <resend-invite-button> --------------------------------------------------------------

const resend: MutationScenario = {
  name: '<resend-invite-button> Resend Invitation',
  operation: 'resendInvitation',
  mutation: true,
  async setup(h) {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${h.client} user-id=${DEMO_IDS.pendingUserId} cooldown="0"></resend-invite-button>`,
    );
    return { h, el, memo: {} };
  },
  async act({ el }) {
    q<HTMLButtonElement>(el, 'button')!.click();
    await update(el);
    await until(() => (el as ResendInviteButton).state !== 'sending', 'the resend finishes');
    await update(el);
  },
  async failed({ el }, fault) {
    expectReason(deepText(q(el, '[part~="error"]')), fault, 'the error');
    if (fault === 429) {
      // Retry-After is respected: the button is unavailable meanwhile and says for how long.
      expect(q(el, 'button')!.getAttribute('aria-disabled'), 'unavailable while waiting').to.equal('true');
      expect(deepText(q(el, '[part~="cooldown"]'))).to.equal(translate('en', 'resendInvite.coolingDown', { count: 1 }));
    } else {
      expect(deepText(q(el, 'button'))).to.equal(translate('en', 'common.retry'));
    }
  },
  async retry({ el }, fault) {
    // Retry-After is respected: the button waits it out, then works.
    if (fault === 429) await until(() => (el as ResendInviteButton).state === 'failed', 'the wait is over', 3000);
    q<HTMLButtonElement>(el, 'button')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => deepText(q(el, '[part~="status"]')).includes('Casey Morgan'), 'sent');
  },
  effect: (backend) => backend.sentInvitations.length,
  delta: 1,
  fireTwice({ el }) {
    const button = q<HTMLButtonElement>(el, 'button')!;
    button.click();
    button.click();
  },
};

// ---- <workspace-members-panel> -----------------------------------------------------------

const panelReady = async (h: Harness, workspaceId: string) => {
  const el = await fixture<WorkspaceMembersPanel>(
    html`<workspace-members-panel .client=${h.client} workspace-id=${workspaceId} resend-cooldown="0"></workspace-members-panel>`,
  );
  await until(() => q(el, '[role="listitem"], [part="empty"]'), 'the panel loads');
  await update(el);
  return el;
};

const requestNames = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="join-request"] [part~="name"]')].map((node) => node.textContent);

const panelLoad: ReadScenario = {
  name: '<workspace-members-panel> loading the workspace',
  operation: 'getWorkspace',
  onConnect: true,
  async setup(h) {
    const el = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${h.client} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
    );
    return { h, el, memo: {} };
  },
  async act({ el }) {
    await until(() => q(el, '[role="listitem"], [part~="error"]'), 'the load finishes');
  },
  async failed({ el }, fault) {
    const error = deepText(q(el, '[part~="error"]'));
    expect(error).to.include(translate('en', 'members.loadFailed', { reason: '' }).trim());
    expectReason(error, fault, 'the error');
  },
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="error"] button')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => q(el, '[role="listitem"]'), 'the members show');
  },
};

function joinRequestScenario(decision: 'approve' | 'decline'): MutationScenario {
  const operation = decision === 'approve' ? 'approveJoinRequest' : 'declineJoinRequest';
  const button = decision === 'approve' ? '[part~="approve-internal-button"]' : '[part~="decline-button"]';
  return {
    name: `<workspace-members-panel> ${decision === 'approve' ? 'Approve as Internal User' : 'Decline'} (optimistic)`,
    operation,
    mutation: true,
    async setup(h) {
      const el = await panelReady(h, DEMO_IDS.flowWorkspaceId);
      await until(() => el.shadowRoot!.querySelectorAll('[part~="join-request"]').length === 2, 'two requests');
      const id = (el as unknown as { data: { joinRequests: Array<{ id: string }> } }).data.joinRequests[0]!.id;
      return { h, el, memo: { names: requestNames(el), id } };
    },
    async act({ el }) {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="join-request"] ${button}`)!.click();
      await update(el);
      await until(
        () => requestNames(el).length === 2 || q(el, '[part~="join-request-error"]') || requestNames(el).length === 1,
        'the decision lands',
      );
      await tick(20);
      await until(() => !q(el, '[part~="join-request"][aria-busy="true"]'), 'settled');
      await update(el);
    },
    async failed({ el, memo }, fault) {
      await until(() => q(el, '[part~="join-request-error"]'), 'the error shows');
      expectReason(deepText(q(el, '[part~="join-request-error"]')), fault, 'the error');
      // Rolled back exactly: the same requests in the same order (the backend did nothing, or the element can't know it did).
      expect(requestNames(el)).to.deep.equal(memo.names);
    },
    async retry({ el }) {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="join-request"] ${button}`)!.click();
      await update(el);
    },
    async succeeded({ el, memo }) {
      // The request leaves at once (optimistically): success is the answer arriving with no error.
      // The pieces' request runner (the panel's PanelContext): the approve or decline still in flight.
      const { requests } = (el as unknown as { pieces: { requests: { isRunning(key: string): boolean } } }).pieces;
      await until(
        () =>
          !requests.isRunning(`join-request:${memo.id as string}`) &&
          requestNames(el).length === (memo.names as string[]).length - 1 &&
          !q(el, '[part~="join-request-error"]'),
        'the request leaves for good',
      );
    },
    effect: async (backend) => (await backend.listJoinRequests(DEMO_IDS.flowWorkspaceId)).length,
    delta: -1,
    fireTwice({ el }) {
      const target = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="join-request"] ${button}`)!;
      target.click();
      target.click();
    },
  };
}

const openMenu = async (el: WorkspaceMembersPanel, memberId: string) => {
  const row = await until(() => el.shadowRoot!.querySelector(`[data-key="member:${memberId}"]`), 'the row').then(() =>
    el.shadowRoot!.querySelector<HTMLElement>(`[data-key="member:${memberId}"]`)!,
  );
  row.querySelector<HTMLElement>('[data-menu-trigger]')!.click();
  await until(() => q(el, '#invitation-menu resend-invite-button'), 'the menu opens');
  await settle(el);
};

const revoke: MutationScenario = {
  name: '<workspace-members-panel> Revoke Invitation',
  operation: 'revokeInvitation',
  mutation: true,
  async setup(h) {
    const el = await panelReady(h, DEMO_IDS.flowWorkspaceId);
    await openMenu(el, DEMO_IDS.notJoinedMemberId);
    q<HTMLButtonElement>(el, '[part~="revoke-button"]')!.click();
    await update(el);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    q<HTMLButtonElement>(el, '[part~="revoke-confirm-button"]')!.click();
    await update(el);
    await until(
      () => deepText(q(el, '[part~="menu-error"]')) || !el.shadowRoot!.querySelector(`[data-key="member:${DEMO_IDS.notJoinedMemberId}"]`),
      'the revoke lands',
    );
  },
  async failed({ el }, fault) {
    expectReason(deepText(q(el, '[part~="menu-error"]')), fault, 'the error');
    expect(el.shadowRoot!.querySelector(`[data-key="member:${DEMO_IDS.notJoinedMemberId}"]`), 'the member is still listed').to.exist;
  },
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="revoke-confirm-button"]')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => !el.shadowRoot!.querySelector(`[data-key="member:${DEMO_IDS.notJoinedMemberId}"]`), 'the member leaves the list');
  },
  effect: async (backend) => (await backend.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId)).members.length,
  delta: -1,
  fireTwice({ el }) {
    const confirm = q<HTMLButtonElement>(el, '[part~="revoke-confirm-button"]')!;
    confirm.click();
    confirm.click();
  },
};

const viewingSwitch = (el: Element) => deepQuery<HTMLButtonElement>(el, '[part~="viewing-switch"]');

const linkViewing: MutationScenario = {
  name: '<workspace-members-panel> the Workspace Link viewing switch (optimistic)',
  operation: 'setWorkspaceLinkViewing',
  mutation: true,
  async setup(h) {
    const el = await panelReady(h, DEMO_IDS.flowWorkspaceId);
    await until(() => viewingSwitch(el), 'the switch shows');
    const checked = viewingSwitch(el)!.getAttribute('aria-checked');
    // The demo's flow workspace link starts without viewing: switching it on is the `delta` below.
    expect(checked, 'viewing starts off').to.equal('false');
    return { h, el, memo: { checked } };
  },
  async act({ el }) {
    viewingSwitch(el)!.click();
    await update(el);
    await until(
      () => deepQuery(el, '[part~="workspace-link-error"]') || viewingSwitch(el)!.getAttribute('aria-checked') !== null,
      'the switch answers',
    );
    await tick(30);
    await settle(el);
  },
  async failed({ el, memo, h }, fault, lost) {
    await until(() => deepQuery(el, '[part~="workspace-link-error"]'), 'the error shows');
    expectReason(deepText(deepQuery(el, '[part~="workspace-link-error"]')), fault, 'the error');
    // Rolled back exactly.
    expect(viewingSwitch(el)!.getAttribute('aria-checked')).to.equal(memo.checked);
    // Refused: the backend kept it as it was. Answer lost: it switched, though the element can't know.
    expect(String((await h.backend.getWorkspaceLink(DEMO_IDS.flowWorkspaceId)).includesViewing), 'on the backend').to.equal(
      lost ? 'true' : memo.checked,
    );
  },
  async retry({ el }) {
    viewingSwitch(el)!.click();
    await update(el);
  },
  async succeeded({ el, memo, h }) {
    await until(
      () => viewingSwitch(el)!.getAttribute('aria-checked') !== memo.checked && !deepQuery(el, '[part~="workspace-link-error"]'),
      'switched',
    );
    await until(async () => String((await h.backend.getWorkspaceLink(DEMO_IDS.flowWorkspaceId)).includesViewing) !== memo.checked, 'saved');
  },
  effect: async (backend) => Number((await backend.getWorkspaceLink(DEMO_IDS.flowWorkspaceId)).includesViewing),
  delta: 1,
};

const picker = (el: Element) => q(el, 'workspace-members-picker')!;

const openPicker = async (el: WorkspaceMembersPanel) => {
  q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
  await settle(el);
  return picker(el);
};

const inviteMembers: MutationScenario = {
  name: '<workspace-members-panel> "+ Invite Members" Invite',
  operation: 'addWorkspaceMembers',
  mutation: true,
  async setup(h) {
    const el = await panelReady(h, DEMO_IDS.groupWorkspaceId);
    const person = (await h.backend.searchDirectory({ query: '', excludeWorkspaceId: DEMO_IDS.groupWorkspaceId, types: ['client'] }))
      .items[0]!;
    const p = await openPicker(el);
    typeInto(p.shadowRoot!.querySelector<HTMLInputElement>('#search')!, person.fullName);
    await until(() => p.shadowRoot!.querySelector('[part~="option"]:not([part~="option-action"])'), 'the person is found');
    p.shadowRoot!.querySelector<HTMLElement>('[part~="option"]:not([part~="option-action"])')!.click();
    await update(p);
    return { h, el, memo: { name: person.fullName } };
  },
  async act({ el }) {
    const p = picker(el);
    p.shadowRoot!.querySelector<HTMLButtonElement>('[part~="invite-button"]')!.click();
    await update(p);
    await until(
      () => p.shadowRoot!.querySelector('[part~="picker-error"]') || !p.shadowRoot!.querySelector('[part~="chip"]'),
      'the invite lands',
    );
  },
  async failed({ el, memo }, fault) {
    const p = picker(el);
    expectReason(deepText(p.shadowRoot!.querySelector('[part~="picker-error"]')), fault, 'the error');
    expect(
      [...p.shadowRoot!.querySelectorAll('[part~="chip"]')].map((chip) => chip.textContent),
      'the people chosen',
    ).to.have.lengthOf(1);
    expect(deepText(p.shadowRoot!.querySelector('[part~="chip"]'))).to.include(memo.name as string);
  },
  async retry({ el }) {
    const p = picker(el);
    p.shadowRoot!.querySelector<HTMLButtonElement>('[part~="invite-button"]')!.click();
    await update(p);
  },
  async succeeded({ el }) {
    await until(() => !picker(el).shadowRoot!.querySelector('[part~="chip"]'), 'the picker is done');
  },
  effect: (backend) => backend.sentInvitations.length,
  delta: 1,
  fireTwice({ el }) {
    const invite = picker(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="invite-button"]')!;
    invite.click();
    invite.click();
  },
};

const search: ReadScenario = {
  name: '<workspace-members-panel> "+ Invite Members" search',
  operation: 'searchDirectory',
  async setup(h) {
    const el = await panelReady(h, DEMO_IDS.groupWorkspaceId);
    await openPicker(el);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    const p = picker(el);
    typeInto(p.shadowRoot!.querySelector<HTMLInputElement>('#search')!, 'Olivia');
    await update(p);
    await until(
      () => !deepText(p.shadowRoot!.querySelector('[part~="search-status"]')).includes(translate('en', 'picker.searching')),
      'the search answers',
    );
  },
  async failed({ el }, fault) {
    const p = picker(el);
    expectReason(deepText(p.shadowRoot!.querySelector('[part~="search-status"]')), fault, 'the status');
    expect(p.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value).to.equal('Olivia');
  },
  async retry({ el }) {
    picker(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="search-status"] button')!.click();
  },
  async succeeded({ el }) {
    await until(() => deepText(picker(el).shadowRoot!.querySelector('[part~="listbox"]')).includes('Olivia'), 'Olivia is found');
  },
};

// ---- <internal-users-admin> --------------------------------------------------------------

const adminList: ReadScenario = {
  name: '<internal-users-admin> loading the list',
  operation: 'listInternalUsers',
  onConnect: true,
  async setup(h) {
    const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${h.client}></internal-users-admin>`);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    await until(() => q(el, '[part~="table"], [part~="alert"], [part~="forbidden"]'), 'the list answers');
    await update(el);
  },
  async failed({ el }, fault) {
    if (isPermission(fault)) {
      expect(q(el, '[part~="table"]')).to.equal(null);
      expect(deepText(el)).to.include(translate('en', 'usersAdmin.forbiddenTitle'));
      return;
    }
    expectReason(deepText(q(el, '[part~="alert"]')), fault, 'the alert');
  },
  retryable: (fault) => !isPermission(fault),
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="alert"] [part~="retry-button"]')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => q(el, '[part~="table"]'), 'the table shows');
  },
};

const bulkRows = (el: Element) => all(el, '[part~="bulk-row"]');

const bulkSend: MutationScenario = {
  name: '<internal-users-admin> Bulk Invite send',
  operation: 'inviteInternalUser',
  mutation: true,
  async setup(h) {
    const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${h.client}></internal-users-admin>`);
    await until(() => q(el, '[part~="bulk-invite-button"]'), 'the admin loads');
    await (el as InternalUsersAdmin).show('bulk-invite');
    await settle(el);
    const paste = q<HTMLTextAreaElement>(el, '#bulk-paste')!;
    paste.value = 'Lin Ma <lin.ma@example.com>';
    paste.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await update(el);
    q<HTMLButtonElement>(el, '[part~="add-rows-button"]')!.click();
    await until(() => bulkRows(el)[0]?.dataset.status === 'ready', 'the row is ready');
    return { h, el, memo: {} };
  },
  async act({ el }) {
    q<HTMLButtonElement>(el, '[part~="send-button"]')!.click();
    await update(el);
    await until(() => bulkRows(el)[0]?.dataset.status !== 'sending' && q(el, '[part~="bulk-result"]'), 'the send finishes');
  },
  async failed({ el }, fault) {
    await until(() => bulkRows(el)[0]?.dataset.status !== 'sending', 'the row settles');
    const row = bulkRows(el)[0]!;
    // The row and everything in it stays.
    expect(row.querySelector<HTMLInputElement>('[data-field="fullName"]')!.value).to.equal('Lin Ma');
    expect(row.querySelector<HTMLInputElement>('[data-field="contact"]')!.value).to.equal('lin.ma@example.com');
    if (fault === 409) {
      // The portal says the address is someone's already: the row says so instead of failing.
      expect(row.dataset.status).to.equal('exists');
      return;
    }
    expect(row.dataset.status).to.equal('failed');
    if (fault === 422) expect(deepText(row)).to.include(FIELD_MESSAGE);
    else expectReason(deepText(row), fault, 'the row');
  },
  retryable: (fault) => fault !== 409,
  async retry({ el }) {
    q<HTMLButtonElement>(el, '[part~="retry-failed-button"]')!.click();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => bulkRows(el)[0]?.dataset.status === 'sent', 'the row is sent');
  },
  effect: (backend) => backend.sentInvitations.length,
  delta: 1,
  fireTwice({ el }) {
    const send = q<HTMLButtonElement>(el, '[part~="send-button"]')!;
    send.click();
    send.click();
  },
};

// ---- <invite-profile-menu> ---------------------------------------------------------------

const menuViewer: ReadScenario = {
  name: '<invite-profile-menu> loading the viewer',
  operation: 'getViewer',
  onConnect: true,
  async setup(h) {
    const el = await fixture<InviteProfileMenu>(html`<invite-profile-menu .client=${h.client}></invite-profile-menu>`);
    return { h, el, memo: {} };
  },
  async act({ el }) {
    await until(() => q(el, '#retry-item, [part~="invite-item"]'), 'the viewer answers');
    await update(el);
  },
  async failed({ el }) {
    // The menu's only item says so; the button keeps its place with the generic avatar.
    expect(deepText(q(el, '#retry-item'))).to.equal(translate('en', 'profileMenu.loadFailed'));
    expect(q(el, '[part~="button"]')).to.exist;
  },
  async retry({ el }) {
    // Opening the menu tries again (so does choosing its one item).
    (el as InviteProfileMenu).show();
    await update(el);
  },
  async succeeded({ el }) {
    await until(() => q(el, '[part~="invite-item"]') && deepText(q(el, '[part~="viewer-name"]')) === 'Avery Chen', 'the viewer shows');
  },
};

// ---- The invitee pages: <invite-link-sign-up>, <workspace-join-request>, <accept-invitation> ----
//
// The three pages work alike: they look their link or token up as they appear (`pageLoad`), then
// send what the person typed (`pageSend`). Each operation is one row; the builders hold the steps
// and the checks the rows share.

/** Whoever opens an invite link, a workspace link or an invitation: not signed in (an id the portal doesn't know). */
const VISITOR = 'signed-out-visitor';

/** The text of the latest node matching `selector`. */
const latestText = (el: Element, selector: string) => deepText(all(el, selector).at(-1) ?? null);
const prefixOf = (key: string) => translate('en', key, { reason: '' }).trim();

interface PageLoad {
  name: string;
  operation: InviteClientOperation;
  /** Renders the page for the visitor: it looks its link or token up at once. */
  open(h: Harness): Promise<StatusElement>;
  /** Its status while it looks, once the lookup failed, and once it shows the form. */
  loading: string;
  failedStatus: string;
  ready: string;
  /** The message the alert leads with. */
  alertKey: string;
  /** Faults the page takes as "no such link": it says so in its heading (`key`) and offers no retry. */
  unknown?: { faults: readonly Fault[]; key: string };
  expectFailed?(el: StatusElement): void;
  expectLoaded?(el: StatusElement): void;
}

/** A page looking its link or token up: the failure is an alert with "Try again", and the form comes after it. */
function pageLoad(row: PageLoad): ReadScenario {
  const unknown = (fault: Fault) => row.unknown?.faults.includes(fault) ?? false;
  return {
    name: row.name,
    operation: row.operation,
    viewerId: VISITOR,
    onConnect: true,
    ...(row.unknown ? { retryable: (fault: Fault) => !unknown(fault) } : {}),
    async setup(h) {
      return { h, el: await row.open(h), memo: {} };
    },
    async act({ el }) {
      await until(() => (el as StatusElement).status !== row.loading, 'the lookup finishes');
      await update(el);
    },
    async failed({ el }, fault) {
      const page = el as StatusElement;
      if (unknown(fault)) {
        // The backend knows no such link (or refuses it): the page says it isn't valid.
        expect(page.status).to.equal('unknown');
        expect(deepText(q(el, '[part~="heading"]'))).to.equal(translate('en', row.unknown!.key));
        return;
      }
      expect(page.status).to.equal(row.failedStatus);
      row.expectFailed?.(page);
      const alert = latestText(el, '[part~="alert"]');
      expect(alert).to.include(prefixOf(row.alertKey));
      expectReason(alert, fault, 'the alert');
    },
    async retry({ el }) {
      q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await update(el);
    },
    async succeeded({ el }) {
      await until(() => (el as StatusElement).status === row.ready && q(el, '#fullName'), 'the form appears');
      row.expectLoaded?.(el as StatusElement);
    },
  };
}

interface PageSend {
  name: string;
  operation: InviteClientOperation;
  open(h: Harness): Promise<StatusElement>;
  /** Its status once the form shows, while sending, and once the send took. */
  ready: string;
  sending: string;
  done: string;
  /** What the person types, by field id, in order. */
  typed: Record<string, string>;
  /** Sends as the person does. */
  send(el: StatusElement): void;
  /** Sends twice at once (a double click, Enter pressed twice); default: `send` twice. */
  fireTwice?(el: StatusElement): void;
  /** A 409: what the page shows instead, and how the person goes on from it (without `retry`, they can't here). */
  conflict: { expect(el: StatusElement): void; retry?(el: StatusElement): Promise<void> };
  /** Any other refusal: shown once `shown`, in the latest `selector` (leading with `key`), with "Try again" in it. */
  failure: { shown(el: StatusElement): boolean; selector: string; key: string };
  /**
   * A 422: where its field message shows; `alone` when the page says nothing else; `resend` when the
   * person sends again after correcting (no "Try again" is offered).
   */
  invalid: { selector: string; alone?: boolean; resend?: boolean };
  /** A number read from the backend's record that one accepted send changes by exactly `delta`. */
  effect: MutationScenario['effect'];
  delta: number;
  expectDone?(ctx: Context): void;
}

/** A page sending what the person typed: the typing survives every refusal, and a retry goes out once. */
function pageSend(row: PageSend): MutationScenario {
  const expectTyped = (el: Element) => {
    for (const [id, value] of Object.entries(row.typed))
      expect(q<HTMLInputElement>(el, `#${id}`)!.value, `#${id} as typed`).to.equal(value);
  };
  return {
    name: row.name,
    operation: row.operation,
    viewerId: VISITOR,
    mutation: true,
    ...(row.conflict.retry ? {} : { retryable: (fault: Fault) => fault !== 409 }),
    async setup(h) {
      const el = await row.open(h);
      await until(() => el.status === row.ready, 'the page is ready');
      await update(el);
      for (const [id, value] of Object.entries(row.typed)) typeInto(q<HTMLInputElement>(el, `#${id}`)!, value);
      await update(el);
      return { h, el, memo: {} };
    },
    async act({ el }) {
      row.send(el as StatusElement);
      await update(el);
      await until(() => (el as StatusElement).status !== row.sending, 'the send finishes');
      await update(el);
    },
    async failed({ el }, fault) {
      const page = el as StatusElement;
      if (fault === 409) {
        row.conflict.expect(page);
        return;
      }
      // A refusal naming no field has the page look at its link again: it still works, so the form stays, and says why.
      await until(() => row.failure.shown(page), 'the failure shows');
      expectTyped(el);
      if (fault === 422) {
        expect(deepText(q(el, row.invalid.selector))).to.equal(FIELD_MESSAGE);
        if (row.invalid.alone) return;
      }
      const failure = latestText(el, row.failure.selector);
      expect(failure).to.include(prefixOf(row.failure.key));
      expectReason(failure, fault, 'the failure');
      if (fault !== 422 || !row.invalid.resend) expect(q(el, `${row.failure.selector} [part~="retry-button"]`), 'a retry button').to.exist;
    },
    async retry({ el }, fault) {
      const page = el as StatusElement;
      if (fault === 409) await row.conflict.retry!(page);
      else if (fault === 422 && row.invalid.resend) row.send(page);
      else q<HTMLButtonElement>(el, `${row.failure.selector} [part~="retry-button"]`)!.click();
      await update(el);
    },
    async succeeded(ctx) {
      await until(() => (ctx.el as StatusElement).status === row.done, row.done);
      row.expectDone?.(ctx);
    },
    effect: row.effect,
    delta: row.delta,
    sameAction: (fault) => fault !== 409,
    fireTwice({ el }) {
      if (row.fireTwice) row.fireTwice(el as StatusElement);
      else {
        row.send(el as StatusElement);
        row.send(el as StatusElement);
      }
    },
  };
}

/** After a 409: "Change details", another address, send again; `typed`, when given, must be back in the field first. */
async function changeContact(el: StatusElement, contact: string, send: () => void, typed?: string): Promise<void> {
  q<HTMLButtonElement>(el, '[part~="change-details-button"]')!.click();
  await update(el);
  if (typed !== undefined) expect(q<HTMLInputElement>(el, '#contact')!.value, 'what was typed is back').to.equal(typed);
  typeInto(q<HTMLInputElement>(el, '#contact')!, contact);
  await update(el);
  send();
}

const signUpPage = async (h: Harness) => {
  const url = (await h.backend.getInviteLink()).url;
  return fixture<InviteLinkSignUp>(html`<invite-link-sign-up .client=${h.client} link=${url}></invite-link-sign-up>`);
};
const signUp = (el: StatusElement) => (el as InviteLinkSignUp).submit();

const joinPage = async (h: Harness) => {
  const url = (await h.backend.getWorkspaceLink(DEMO_IDS.groupWorkspaceId)).url;
  return fixture<WorkspaceJoinRequest>(html`<workspace-join-request .client=${h.client} link=${url}></workspace-join-request>`);
};
const requestToJoin = (el: StatusElement) => q<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();

/** A new person invited by email: the token their message carries. */
const invitationToken = async (h: Harness) => {
  const result = await h.backend.inviteInternalUser({
    fullName: 'Ines Invitee',
    email: 'ines.faults@example.com',
    delivery: { method: 'contacts' },
  });
  return result.token!;
};

const acceptPage = async (h: Harness) => {
  const token = await invitationToken(h);
  return fixture<AcceptInvitation>(html`<accept-invitation .client=${h.client} token=${token}></accept-invitation>`);
};
const accept = (el: StatusElement) => q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click();

const INVITEE_SCENARIOS: readonly Scenario[] = [
  pageLoad({
    name: '<invite-link-sign-up> checking the invite link',
    operation: 'checkInviteLink',
    open: signUpPage,
    loading: 'checking',
    failedStatus: 'check-failed',
    ready: 'ready',
    alertKey: 'signUp.checkFailed',
    expectFailed: (el) => expect(q(el, 'form'), 'no form for a link nobody checked').to.equal(null),
  }),
  pageSend({
    name: '<invite-link-sign-up> Sign Up',
    operation: 'signUpWithInviteLink',
    open: signUpPage,
    ready: 'ready',
    sending: 'sending',
    done: 'signed-up',
    typed: { fullName: 'Mae Jemison', contact: 'mae.faults@example.com' },
    send: signUp,
    fireTwice(el) {
      signUp(el);
      q<HTMLFormElement>(el, 'form')!.requestSubmit();
    },
    conflict: {
      expect(el) {
        expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Mae Jemison');
        expect(q<HTMLInputElement>(el, '#contact')!.value).to.equal('mae.faults@example.com');
        expect(el.status).to.equal('conflict');
        expect(deepText(q(el, '[part~="conflict"]'))).to.include(translate('en', 'signUp.conflictTitle'));
      },
      retry: (el) => changeContact(el, 'mae.other@example.com', () => signUp(el)),
    },
    failure: { shown: (el) => el.status === 'failed', selector: '[part~="failure"]', key: 'signUp.failed' },
    invalid: { selector: '[part~="field-contact"] [part~="error"]', resend: true },
    effect: (backend) => backend.snapshot().internalUsers.length,
    delta: 1,
  }),
  pageLoad({
    name: '<workspace-join-request> loading the workspace link',
    operation: 'getWorkspaceLinkDetails',
    open: joinPage,
    loading: 'loading',
    failedStatus: 'unavailable',
    ready: 'editing',
    alertKey: 'joinRequest.loadFailed',
    expectLoaded: (el) => expect(deepText(q(el, '[part~="heading"]'))).to.include('Design Team'),
  }),
  pageSend({
    name: '<workspace-join-request> Request to Join',
    operation: 'requestToJoinWorkspace',
    open: joinPage,
    ready: 'editing',
    sending: 'sending',
    done: 'pending',
    typed: { fullName: 'Mae Jemison', contact: 'mae.join@example.com' },
    send: requestToJoin,
    conflict: {
      // The backend says the address belongs to a member: nothing to ask.
      expect(el) {
        expect(el.status).to.equal('member');
        expect(deepText(q(el, '[part~="heading"]'))).to.equal(translate('en', 'joinRequest.memberTitle'));
      },
      retry: (el) => changeContact(el, 'mae.other@example.com', () => requestToJoin(el), 'mae.join@example.com'),
    },
    failure: { shown: (el) => el.status === 'failed', selector: '[part~="alert"]', key: 'joinRequest.sendFailed' },
    invalid: { selector: '[part~="field-contact"] [part~="error"]' },
    effect: async (backend) => (await backend.listJoinRequests(DEMO_IDS.groupWorkspaceId)).length,
    delta: 1,
  }),
  pageLoad({
    name: '<accept-invitation> looking the invitation up',
    operation: 'getInvitation',
    open: acceptPage,
    loading: 'loading',
    failedStatus: 'load-failed',
    ready: 'pending',
    alertKey: 'acceptInvitation.loadFailed',
    unknown: { faults: [404, 422], key: 'acceptInvitation.unknownTitle' },
    expectLoaded: (el) => expect(q<HTMLInputElement>(el, '#fullName')!.value).to.equal('Ines Invitee'),
  }),
  pageSend({
    name: '<accept-invitation> Accept Invitation',
    operation: 'acceptInvitation',
    open: acceptPage,
    ready: 'pending',
    sending: 'accepting',
    done: 'accepted-now',
    typed: { fullName: 'Inès Invitee' },
    send: accept,
    conflict: {
      // The backend says the person is in the portal already: sign in instead.
      expect(el) {
        expect(el.status).to.equal('in-portal');
        expect(deepText(q(el, '[part~="heading"]'))).to.equal(translate('en', 'acceptInvitation.inPortalTitle'));
        expect(q(el, '[part~="sign-in-button"]')).to.exist;
      },
    },
    failure: {
      shown: (el) => el.status === 'pending' && (q(el, '[part~="alert"]') || q(el, '[part~="error"]')) !== null,
      selector: '[part~="alert"]',
      key: 'acceptInvitation.acceptFailed',
    },
    invalid: { selector: '[part~="error"]', alone: true, resend: true },
    effect: (backend) => backend.snapshot().internalUsers.filter((user) => user.status === 'active').length,
    delta: 1,
    expectDone({ h }) {
      const user = h.backend.snapshot().internalUsers.find((candidate) => candidate.email === 'ines.faults@example.com');
      expect(user?.fullName, 'accepted with the name typed').to.equal('Inès Invitee');
    },
  }),
];

export const SCENARIOS: readonly Scenario[] = [
  formSend,
  formAccess,
  formWorkspaces,
  linkLoad,
  linkRefresh,
  linkSettings,
  resend,
  panelLoad,
  joinRequestScenario('approve'),
  joinRequestScenario('decline'),
  revoke,
  linkViewing,
  inviteMembers,
  search,
  adminList,
  bulkSend,
  menuViewer,
  ...INVITEE_SCENARIOS,
];
