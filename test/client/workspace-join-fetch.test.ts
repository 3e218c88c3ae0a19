/** The join page's three operations over the REST contract: how each travels, and what comes back. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createFetchClient } from '../../src/client/fetch/index.js';
import { createMemoryClient, DEMO_IDS, type MemoryClient } from '../../src/client/memory/memory-client.js';
import { createInviteKitHandlers } from '../../src/msw/index.js';
import { useMswWorker } from '../fixtures/msw.js';
import { rejection } from '../fixtures/clients.js';

const BASE = '/join-api/invite-kit';
let served: MemoryClient;
beforeEach(() => {
  served = createMemoryClient({ viewerId: 'nobody-signed-in' });
});
const worker = useMswWorker(() => createInviteKitHandlers({ client: served, baseUrl: BASE }));
const client = () => createFetchClient({ baseUrl: BASE, capabilities: served.capabilities });

describe('fetch client: workspace join requests', () => {
  it('sends the link in the query, the request as JSON with an idempotency key, and the id in the path', async () => {
    const seen: Array<{ method: string; url: string; key: string | null }> = [];
    worker().events.on('request:start', ({ request }) => {
      seen.push({ method: request.method, url: request.url, key: request.headers.get('Idempotency-Key') });
    });
    const link = `https://portal.example.com/w/${DEMO_IDS.groupWorkspaceId}/join/Gr5tY1mK`;
    const details = await client().getWorkspaceLinkDetails(link);
    expect(details.workspace?.name).to.equal('Design Team');
    const request = await client().requestToJoinWorkspace(
      { url: link, fullName: 'Ada Lovelace', email: 'ada@example.org' },
      { idempotencyKey: 'k-1' },
    );
    const status = await client().getJoinRequestStatus(request.id);
    expect(status.status).to.equal('pending');
    worker().events.removeAllListeners();
    const [get, post, read] = seen.filter((entry) => entry.url.includes(BASE));
    expect(new URL(get!.url).pathname).to.equal(`${BASE}/workspace-links/details`);
    expect(new URL(get!.url).searchParams.get('url')).to.equal(link);
    expect(post).to.include({ method: 'POST', key: 'k-1' });
    expect(new URL(post!.url).pathname).to.equal(`${BASE}/workspace-links/join-requests`);
    expect(new URL(read!.url).pathname).to.equal(`${BASE}/join-requests/${encodeURIComponent(request.id)}`);
  });

  it('a 409 from the backend is a conflict, a 404 on the status is not_found', async () => {
    const link = `https://portal.example.com/w/${DEMO_IDS.groupWorkspaceId}/join/Gr5tY1mK`;
    const conflict = await rejection(
      client().requestToJoinWorkspace({ url: link, fullName: 'Avery Chen', email: 'avery.chen@example.com' }),
    );
    expect(conflict.code).to.equal('conflict');
    const missing = await rejection(client().getJoinRequestStatus('jr-none'));
    expect(missing.code).to.equal('not_found');
  });

  it('refuses an answer of the wrong shape', async () => {
    worker().use(http.get(`${BASE}/join-requests/:id`, () => HttpResponse.json({ id: 'x', status: 'maybe' })));
    const error = await rejection(client().getJoinRequestStatus('x'));
    expect(error.code).to.not.equal(undefined);
  });
});
