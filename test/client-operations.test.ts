/**
 * Each element's `clientOperations` is what it really calls: every element is driven through
 * its flows on a client that records each call, and what was called must be among what the
 * element declares, or what the kit elements it holds declare (they list their own); and each
 * operation an element declares must have been called — so a host writing a minimal adapter
 * for one element implements exactly that list.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { InviteClient, InviteClientOperation } from '../src/client/invite-client.js';
import '../src/index.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/internal-users-admin.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/invite-user-dialog.js';
import type { InviteUserForm } from '../src/invite-user-form/invite-user-form.js';
import type { ResendInviteButton } from '../src/resend-invite-button/resend-invite-button.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/workspace-members-panel.js';
import { recording } from './fixtures/clients.js';
import { deepElements, q, typeInto } from './fixtures/dom.js';
import { bulkInviteTwo, refreshAndRestrictLink, sendInviteToWorkspace } from './fixtures/flows.js';
import { tick, waitUntil } from './fixtures/wait.js';

interface Declaring {
  readonly clientOperations: readonly InviteClientOperation[];
}

const declaring = (element: Element): Declaring | undefined => {
  const constructor = element.constructor as Partial<Declaring>;
  return Array.isArray(constructor.clientOperations) ? (constructor as Declaring) : undefined;
};

/** What each element class was seen calling, with the kit elements it held, over every flow it appeared in. */
const seenWith = new Map<Declaring, Set<InviteClientOperation>>();

/**
 * Renders `template` (given the recording client), runs `flow`, and checks the calls against
 * the declarations of the element and of every kit element found inside it.
 */
async function drive<E extends HTMLElement>(
  template: (client: InviteClient) => TemplateResult,
  flow: (el: E) => Promise<void>,
): Promise<{ declared: readonly InviteClientOperation[]; called: Set<InviteClientOperation> }> {
  const recorder = recording(createMemoryClient());
  const el = await fixture<E>(template(recorder.client));
  await flow(el);
  await tick(50);
  const called = new Set(recorder.calls.map((call) => call.operation));
  const own = declaring(el)!;
  const held = new Set<Declaring>([own]);
  for (const inner of deepElements(el.shadowRoot!)) {
    const kind = declaring(inner);
    if (kind) held.add(kind);
  }
  const allowed = new Set([...held].flatMap((kind) => kind.clientOperations));
  const undeclared = [...called].filter((operation) => !allowed.has(operation));
  expect(undeclared, `<${el.localName}> calls operations nobody declared`).to.deep.equal([]);
  for (const kind of held) seenWith.set(kind, new Set([...(seenWith.get(kind) ?? []), ...called]));
  const unreached = own.clientOperations.filter((operation) => !called.has(operation));
  expect(unreached, `<${el.localName}> declares operations its flows never call`).to.deep.equal([]);
  return { declared: own.clientOperations, called };
}

describe('clientOperations: what each element declares is what it calls', function () {
  this.timeout(60_000);

  it('<invite-profile-menu>', async () => {
    await drive(
      (client) => html`<invite-profile-menu .client=${client}></invite-profile-menu>`,
      async (menu) => {
        await waitUntil(() => q(menu, '[part~="invite-item"]'), 'the viewer');
      },
    );
  });

  it('<invite-user-form>: check, workspaces, send', async () => {
    await drive<InviteUserForm>((client) => html`<invite-user-form .client=${client}></invite-user-form>`, sendInviteToWorkspace);
  });

  it('<invite-user-dialog>: both tabs (its form and link call the client)', async () => {
    const { declared } = await drive<InviteUserDialog>(
      (client) => html`<invite-user-dialog .client=${client}></invite-user-dialog>`,
      async (dialog) => {
        await dialog.show();
        await waitUntil(() => q(q(dialog, 'invite-user-form'), '#fullName'), 'the form');
        dialog.tab = 'share-link';
        await dialog.updateComplete;
        await waitUntil(() => q<HTMLInputElement>(q(dialog, 'share-invite-link'), '#link')?.value, 'the link');
        await dialog.hide();
      },
    );
    expect(declared).to.deep.equal([]);
  });

  it('<share-invite-link>: copy, refresh, restrict', async () => {
    await drive(
      (client) => html`<share-invite-link .client=${client}></share-invite-link>`,
      async (link) => {
        await waitUntil(() => q<HTMLInputElement>(link, '#link')?.value, 'the link');
        await refreshAndRestrictLink(link);
      },
    );
  });

  it('<resend-invite-button>', async () => {
    await drive<ResendInviteButton>(
      (client) => html`<resend-invite-button .client=${client} user-id=${DEMO_IDS.pendingUserId}></resend-invite-button>`,
      async (button) => {
        await button.updateComplete;
        q(button, 'button')!.click();
        await waitUntil(() => button.state === 'sent' || button.state === 'cooldown', 'sent');
      },
    );
  });

  it('<workspace-members-panel>: rows, join requests, revoke, viewing, the picker', async () => {
    await drive<WorkspaceMembersPanel>(
      (client) =>
        html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.flowWorkspaceId} resend-cooldown="0"></workspace-members-panel>`,
      async (panel) => {
        await waitUntil(() => q(panel, '[role="listitem"]'), 'rows');
        await waitUntil(() => q(panel, '[part="viewing-switch"]'), 'the workspace link');
        q(panel, '[part="viewing-switch"]')!.click();
        await waitUntil(() => q(panel, '[part="approve-client-button"]'), 'join requests');
        q(panel, '[part="approve-client-button"]')!.click();
        await waitUntil(() => q(panel, '[part="decline-button"]:not([aria-disabled="true"])'), 'the next request');
        q(panel, '[part="decline-button"]')!.click();
        const trigger = `[data-key="member:${DEMO_IDS.notJoinedMemberId}"] [data-menu-trigger]`;
        await waitUntil(() => q(panel, trigger), 'the not-joined row');
        q(panel, trigger)!.click();
        await waitUntil(() => q(panel, '[part="revoke-button"]'), 'the menu');
        q(panel, '[part="revoke-button"]')!.click();
        await waitUntil(() => q(panel, '[part="revoke-confirm-button"]'), 'the confirmation');
        q(panel, '[part="revoke-confirm-button"]')!.click();
        await waitUntil(() => !q(panel, `[data-key="member:${DEMO_IDS.notJoinedMemberId}"]`), 'revoked');
        q(panel, '[part="invite-members-button"]')!.click();
        await waitUntil(() => q(q(panel, 'workspace-members-picker'), '#search'), 'the picker');
        const picker = q(panel, 'workspace-members-picker')!;
        typeInto(q<HTMLInputElement>(picker, '#search')!, 'Farid');
        await waitUntil(() => q(picker, '[part~="option"]'), 'a suggestion');
        q(picker, '[part~="option"]')!.click();
        await waitUntil(() => q(picker, '[part="chip"]'), 'chosen');
        q(picker, '[part="invite-button"]')!.click();
        await waitUntil(() => !q<HTMLDialogElement>(panel, '#picker-dialog')!.open, 'invited');
      },
    );
  });

  it('<internal-users-admin>: list, search, Bulk Invite', async () => {
    await drive<InternalUsersAdmin>(
      (client) => html`<internal-users-admin .client=${client}></internal-users-admin>`,
      async (admin) => {
        await waitUntil(() => q(admin, '[part~="table"]'), 'the list');
        await admin.show('bulk-invite');
        await bulkInviteTwo(admin);
        await admin.hide();
      },
    );
  });

  it('every declared operation of every element held by another was called in a flow that held it', () => {
    expect(seenWith.size, 'the flows above ran').to.be.greaterThan(6);
    for (const [kind, called] of seenWith) {
      const unreached = kind.clientOperations.filter((operation) => !called.has(operation));
      expect(unreached, (kind as unknown as { name: string }).name).to.deep.equal([]);
    }
  });
});
