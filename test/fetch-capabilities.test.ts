/**
 * Elements on `createFetchClient` without a `capabilities` option: they offer what the backend
 * declares at `GET /capabilities`, and nothing it does not (issue 14, item 17).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import { createFetchClient } from '../src/client/fetch/index.js';
import type { InviteClient } from '../src/client/invite-client.js';
import { createMemoryClient, DEMO_IDS, type MemoryClient } from '../src/client/memory/memory-client.js';
import type { Capabilities } from '../src/client/types.js';
import { createInviteKitHandlers } from '../src/msw/index.js';
import '../src/internal-users-admin/define.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/define.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import type { ResendInviteButton } from '../src/resend-invite-button/define.js';
import { q, shadow } from './fixtures/dom.js';
import { useMswWorker } from './fixtures/msw.js';
import { rowByName } from './fixtures/panel.js';
import { waitUntil } from './fixtures/wait.js';

const BASE = '/test-api/capabilities';

let served: MemoryClient;
let streams = 0;
const worker = useMswWorker(() => []);

/** A backend that declares `capabilities`, and a fetch client that is told nothing about them. */
function backend(capabilities: Partial<Capabilities>): InviteClient {
  served = createMemoryClient({ capabilities });
  streams = 0;
  worker().resetHandlers(
    http.get(`${BASE}/events`, () => {
      streams += 1;
      return undefined; // counted, then answered by the handlers below
    }),
    ...createInviteKitHandlers({ client: served, baseUrl: BASE }),
  );
  return createFetchClient({ baseUrl: BASE });
}

async function renderAdmin(client: InviteClient): Promise<InternalUsersAdmin> {
  const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
  await waitUntil(() => shadow(el).querySelector('[part~="row"]'), 'the list loads');
  await el.updateComplete;
  return el;
}

async function openRahulsMenu(client: InviteClient): Promise<WorkspaceMembersPanel> {
  const el = await fixture<WorkspaceMembersPanel>(
    html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
  );
  await waitUntil(() => rowByName(el, 'Rahul Mehta'), 'the list loads');
  q<HTMLButtonElement>(rowByName(el, 'Rahul Mehta')!, '[part~="status-button"]')!.click();
  await waitUntil(() => q(el, '#invitation-menu resend-invite-button'), 'the invitation menu opens');
  await (q(el, 'resend-invite-button') as ResendInviteButton).updateComplete;
  return el;
}

const OFF = { liveUpdates: false, revokeInvitation: false, bulkInvite: false, linkExpiry: false, allowedDomains: false };

describe('elements on a fetch client that reads GET /capabilities', () => {
  it('<internal-users-admin> offers Bulk Invite where the backend declares it', async () => {
    const el = await renderAdmin(backend({ liveUpdates: false }));
    expect(shadow(el).querySelector('[part~="bulk-invite-button"]')).to.exist;
  });

  it('<internal-users-admin> hides Bulk Invite, and opens no stream, where the backend declares neither', async () => {
    const el = await renderAdmin(backend(OFF));
    expect(shadow(el).querySelector('[part~="bulk-invite-button"]')).to.equal(null);
    await el.show('bulk-invite');
    expect(el.view).to.equal(undefined);
    expect(streams, 'no GET /events').to.equal(0);
  });

  it('<workspace-members-panel> offers "Revoke Invitation" where the backend declares it', async () => {
    const el = await openRahulsMenu(backend({ liveUpdates: false }));
    expect(q(el, '[part="revoke-button"]')).to.exist;
  });

  it('<workspace-members-panel> hides "Revoke Invitation" where the backend does not declare it', async () => {
    const el = await openRahulsMenu(backend(OFF));
    expect(q(el, '[part="resend-invite-button"], resend-invite-button')).to.exist;
    expect(q(el, '[part="revoke-button"]')).to.equal(null);
    expect(streams, 'no GET /events').to.equal(0);
  });
});
