import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { ALL_CAPABILITIES, NO_CAPABILITIES } from '../../src/client/capabilities.js';
import { InviteKitError } from '../../src/client/errors.js';
import type { InviteClient } from '../../src/client/invite-client.js';
import type { ChangeEvent } from '../../src/client/types.js';
import { createFetchClient, fetchCapabilities, ROUTES, type FetchClientOptions } from '../../src/client/fetch/index.js';
import { renderRestApiDoc } from '../../scripts/render-rest-api-doc.js';
import { requestFields } from '../../scripts/rest-api-doc-rules.js';
import { createMemoryClient, DEMO_IDS, type MemoryClient } from '../../src/client/memory/memory-client.js';
import { createInviteKitHandlers, DEFAULT_BASE_URL, faultHandler, inviteKitHandlers, type InviteKitFault } from '../../src/msw/index.js';
import { useMswWorker } from '../fixtures/msw.js';
import { rejection } from '../fixtures/clients.js';

const BASE = '/test-api/invite-kit';
const URL_OF = (path: string) => `${BASE}${path}`;
const NOW = new Date('2026-11-20T10:00:00.000Z');

/** The memory client the handlers serve; a fresh portal for every test. */
let served: MemoryClient;
beforeEach(() => {
  served = createMemoryClient({ now: () => NOW });
});
const worker = useMswWorker(() => createInviteKitHandlers({ client: served, baseUrl: BASE }));

const client = (options: Partial<FetchClientOptions> = {}): InviteClient =>
  createFetchClient({ baseUrl: BASE, capabilities: served.capabilities, ...options });

/** What `api` delivers to a listener subscribed just before `act`: once the first change arrives, or after 3 s. */
async function changesAround(api: InviteClient, act: () => Promise<unknown>): Promise<ChangeEvent[]> {
  const changes: ChangeEvent[] = [];
  const unsubscribe = api.subscribe!((change) => changes.push(change));
  await act();
  const deadline = performance.now() + 3000;
  while (changes.length === 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  unsubscribe();
  return changes;
}

/** What a caller can observe of an outcome, so two adapters can be compared call for call. */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { value: await promise };
  } catch (error) {
    const { name, code, message, fieldErrors, retryAfter } = error as InviteKitError;
    return { error: { name, code, message, fieldErrors, retryAfter } };
  }
}

describe('createFetchClient', () => {
  describe('statuses', () => {
    const cases: [InviteKitFault, string][] = [
      [400, 'validation'],
      [401, 'permission'],
      [403, 'permission'],
      [404, 'not_found'],
      [409, 'conflict'],
      [422, 'validation'],
      [429, 'rate_limited'],
      [500, 'unknown'],
      [502, 'unavailable'],
      [503, 'unavailable'],
      [504, 'unavailable'],
    ];
    for (const [status, code] of cases) {
      it(`maps ${status} to ${code}`, async () => {
        worker().use(faultHandler('getViewer', status, { baseUrl: BASE }));
        const error = await rejection(client().getViewer());
        expect(error).to.be.instanceOf(InviteKitError);
        expect(error.code).to.equal(code);
        expect(error.status).to.equal(status);
        expect(error.message).to.equal(`Injected fault: ${status}.`);
      });
    }

    it('lets the body name the code for a status outside the contract, else unknown', async () => {
      worker().use(
        http.get(URL_OF('/viewer'), () => HttpResponse.json({ error: { code: 'conflict', message: 'Teapot.' } }, { status: 418 }), {
          once: true,
        }),
        http.get(URL_OF('/viewer'), () => new HttpResponse('nope', { status: 418 })),
      );
      expect((await rejection(client().getViewer())).code).to.equal('conflict');
      const bare = await rejection(client().getViewer());
      expect(bare.code).to.equal('unknown');
      expect(bare.message).to.contain('418');
    });

    it('keeps the status code when a gateway answers with HTML instead of an error body', async () => {
      worker().use(
        http.get(
          URL_OF('/workspaces'),
          () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
        ),
      );
      const error = await rejection(client().listWorkspaces());
      expect(error.code).to.equal('unavailable');
      expect(error.message).to.equal(
        'GET /workspaces failed with status 502: The service is unavailable right now. Try again in a moment.',
      );
    });

    it('passes field errors of a 422 through', async () => {
      const fieldErrors = { fullName: 'validation.fullNameRequired', contact: 'validation.emailMissingAt' };
      worker().use(faultHandler('inviteInternalUser', { status: 422, fieldErrors, message: 'Fix these.' }, { baseUrl: BASE }));
      const error = await rejection(
        client().inviteInternalUser({ fullName: 'x', email: 'x@example.com', delivery: { method: 'contacts' } }),
      );
      expect(error.code).to.equal('validation');
      expect(error.message).to.equal('Fix these.');
      expect(error.fieldErrors).to.deep.equal(fieldErrors);
    });
  });

  describe('Retry-After', () => {
    it('reads delay-seconds', async () => {
      worker().use(faultHandler('listWorkspaces', { status: 429, retryAfter: 120 }, { baseUrl: BASE }));
      const error = await rejection(client().listWorkspaces());
      expect(error.code).to.equal('rate_limited');
      expect(error.retryAfter).to.equal(120);
    });

    it('reads an HTTP date as seconds from now', async () => {
      const date = new Date(Date.now() + 90_000).toUTCString();
      worker().use(faultHandler('listWorkspaces', { status: 429, retryAfter: date }, { baseUrl: BASE }));
      const { retryAfter } = await rejection(client().listWorkspaces());
      expect(retryAfter).to.be.within(88, 90);
    });

    it('reads a date in the past as 0, and a 503 may carry one too', async () => {
      worker().use(faultHandler('listWorkspaces', { status: 503, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' }, { baseUrl: BASE }));
      const error = await rejection(client().listWorkspaces());
      expect(error.code).to.equal('unavailable');
      expect(error.retryAfter).to.equal(0);
    });

    it('defaults to 30 seconds for the bare 429 fault, and prefers the exact value of the body', async () => {
      worker().use(faultHandler('getViewer', 429, { baseUrl: BASE, once: true }));
      expect((await rejection(client().getViewer())).retryAfter).to.equal(30);
      worker().use(
        http.get(URL_OF('/viewer'), () =>
          HttpResponse.json(
            { error: { code: 'rate_limited', message: 'Slow down.', retryAfter: 2.5 } },
            { status: 429, headers: { 'Retry-After': '3' } },
          ),
        ),
      );
      expect((await rejection(client().getViewer())).retryAfter).to.equal(2.5);
    });
  });

  describe('network, timeout and abort', () => {
    it('turns a failed connection into network', async () => {
      worker().use(faultHandler('getWorkspace', 'network-error', { baseUrl: BASE }));
      const error = await rejection(client().getWorkspace(DEMO_IDS.flowWorkspaceId));
      expect(error.code).to.equal('network');
      expect(error.message).to.equal('GET /workspaces/:workspaceId could not reach the server.');
      expect(error.cause).to.be.instanceOf(TypeError);
    });

    it('gives up after timeoutMs with a network error that says it timed out', async () => {
      worker().use(faultHandler('listWorkspaces', 'timeout', { baseUrl: BASE }));
      const started = performance.now();
      const error = await rejection(client({ timeoutMs: 200 }).listWorkspaces());
      expect(error.code).to.equal('network');
      expect(error.message).to.equal('GET /workspaces timed out after 0.2 s without an answer.');
      expect(performance.now() - started).to.be.below(3000);
    });

    it('rejects with an AbortError without a request when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(client().getViewer({ signal: controller.signal }));
      expect(error.name).to.equal('AbortError');
      expect(served.callCount('getViewer')).to.equal(0);
    });

    it('rejects with an AbortError (not a timeout) when aborted mid-flight', async () => {
      let requested = false;
      worker().use(
        http.get(URL_OF('/viewer'), () => {
          requested = true;
        }),
        faultHandler('getViewer', 'timeout', { baseUrl: BASE }),
      );
      const controller = new AbortController();
      const call = client({ timeoutMs: 5000 }).getViewer({ signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      const error = await rejection(call);
      expect(error.name).to.equal('AbortError');
      expect(error).not.to.be.instanceOf(InviteKitError);
      expect(requested).to.equal(true);
    });

    it('aborts a call that waits on the adapter behind the handlers', async () => {
      served.setLatency(2000);
      const controller = new AbortController();
      const started = performance.now();
      const call = client().listWorkspaceMembers(DEMO_IDS.groupWorkspaceId, undefined, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expect((await rejection(call)).name).to.equal('AbortError');
      expect(performance.now() - started).to.be.below(1500);
    });
  });

  describe('malformed answers', () => {
    for (const [name, call] of [
      ['getViewer', (c: InviteClient) => c.getViewer()],
      ['listWorkspaces', (c: InviteClient) => c.listWorkspaces()],
      ['searchDirectory', (c: InviteClient) => c.searchDirectory({ query: 'a' })],
      [
        'inviteInternalUser',
        (c: InviteClient) => c.inviteInternalUser({ fullName: 'A B', email: 'ab@example.com', delivery: { method: 'contacts' } }),
      ],
      ['approveJoinRequest', (c: InviteClient) => c.approveJoinRequest(DEMO_IDS.flowWorkspaceId, DEMO_IDS.flowJoinRequestId, 'client')],
    ] as const) {
      it(`fails ${name} with unknown instead of passing a body of the wrong shape on`, async () => {
        worker().use(faultHandler(name, 'malformed-body', { baseUrl: BASE }));
        const error = await rejection(call(client()));
        expect(error.code).to.equal('unknown');
        expect(error.status).to.equal(200);
        expect(error.message).to.match(/^(GET|POST) \S+ answered with a body that does not match the REST contract \(.+\)\.$/u);
      });
    }

    it('names the field that is wrong', async () => {
      worker().use(http.get(URL_OF('/viewer'), () => HttpResponse.json({ id: 'u-1', fullName: 'Ann', isPortalAdmin: 'yes' })));
      const error = await rejection(client().getViewer());
      expect(error.code).to.equal('unknown');
      expect(error.message).to.contain('isPortalAdmin');
    });

    it('fails a 200 that is not JSON, or empty, with unknown', async () => {
      worker().use(
        http.get(URL_OF('/workspaces/:id'), () => new HttpResponse('<html></html>', { headers: { 'Content-Type': 'text/html' } }), {
          once: true,
        }),
        http.get(URL_OF('/workspaces/:id'), () => new HttpResponse(null, { status: 200 })),
      );
      const html = await rejection(client().getWorkspace(DEMO_IDS.flowWorkspaceId));
      expect(html.code).to.equal('unknown');
      expect(html.message).to.equal('GET /workspaces/:workspaceId answered 200 without a JSON body.');
      expect((await rejection(client().getWorkspace(DEMO_IDS.flowWorkspaceId))).code).to.equal('unknown');
    });

    it('returns the parsed data, without properties the contract does not know', async () => {
      worker().use(http.get(URL_OF('/viewer'), () => HttpResponse.json({ id: 'u-1', fullName: 'Ann', isPortalAdmin: true, secret: 'x' })));
      expect(await client().getViewer()).to.deep.equal({ id: 'u-1', fullName: 'Ann', isPortalAdmin: true });
    });
  });

  describe('headers', () => {
    /** Records a header of every request to `path`, then lets the regular handlers answer. */
    function recordHeader(method: 'get' | 'post', path: string, header: string): (string | null)[] {
      const seen: (string | null)[] = [];
      worker().use(
        http[method](URL_OF(path), ({ request }) => {
          seen.push(request.headers.get(header));
        }),
      );
      return seen;
    }

    it('sends Idempotency-Key on mutations, and the same key again when the caller retries', async () => {
      worker().use(faultHandler('inviteInternalUser', 503, { baseUrl: BASE, once: true }));
      // Added last, so it sees every request first, the failing one included.
      const seen = recordHeader('post', '/internal-users/invitations', 'Idempotency-Key');
      const api = client();
      const input = { fullName: 'Rosa Park', email: 'rosa.park@example.com', delivery: { method: 'contacts' } } as const;
      expect((await rejection(api.inviteInternalUser(input, { idempotencyKey: 'key-1' }))).code).to.equal('unavailable');
      const result = await api.inviteInternalUser(input, { idempotencyKey: 'key-1' });
      expect(result.user.fullName).to.equal('Rosa Park');
      expect(seen).to.deep.equal(['key-1', 'key-1']);
    });

    it('makes a repeated key one action on the backend', async () => {
      const api = client();
      const input = { fullName: 'Rosa Park', email: 'rosa.park@example.com', delivery: { method: 'contacts' } } as const;
      const [first, second] = await Promise.all([
        api.inviteInternalUser(input, { idempotencyKey: 'double-click' }),
        api.inviteInternalUser(input, { idempotencyKey: 'double-click' }),
      ]);
      expect(second).to.deep.equal(first);
      expect(served.sentInvitations.filter((sent) => sent.fullName === 'Rosa Park')).to.have.length(1);
    });

    it('sends no Idempotency-Key without one, nor on reads', async () => {
      const seen = recordHeader('post', '/invite-link/refresh', 'Idempotency-Key');
      const seenRead = recordHeader('get', '/invite-link', 'Idempotency-Key');
      await client().refreshInviteLink();
      await client().getInviteLink({ idempotencyKey: 'ignored' } as never);
      expect(seen).to.deep.equal([null]);
      expect(seenRead).to.deep.equal([null]);
    });

    it('sends headers given as an object', async () => {
      const seen = recordHeader('get', '/viewer', 'X-Portal');
      await client({ headers: { 'X-Portal': 'acme' } }).getViewer();
      expect(seen).to.deep.equal(['acme']);
    });

    it('asks a headers function again for every request, sync or async', async () => {
      const seen = recordHeader('get', '/workspaces', 'Authorization');
      let token = 0;
      const asyncClient = client({ headers: async () => ({ Authorization: `Bearer ${++token}` }) });
      await asyncClient.listWorkspaces();
      await asyncClient.listWorkspaces();
      await client({ headers: () => [['Authorization', 'Bearer sync']] }).listWorkspaces();
      expect(seen).to.deep.equal(['Bearer 1', 'Bearer 2', 'Bearer sync']);
    });

    it('sends a read in the task that asks for it when the headers are fixed, and only a headers function waits', async () => {
      const sent: string[] = [];
      const recording = (headers: FetchClientOptions['headers']) =>
        client({
          headers,
          fetch: (input, init) => {
            sent.push(new Headers(init?.headers).get('X-Portal') ?? '');
            return fetch(input, init);
          },
        });
      const fixed = recording({ 'X-Portal': 'fixed' }).getViewer();
      // Nothing awaited yet: the request is already on its way.
      expect(sent).to.deep.equal(['fixed']);
      const computed = recording(async () => ({ 'X-Portal': 'computed' })).getViewer();
      expect(sent).to.deep.equal(['fixed']);
      await Promise.all([fixed, computed]);
      expect(sent).to.deep.equal(['fixed', 'computed']);
    });

    it('sends nothing for a mutation aborted in the task that made it', async () => {
      const sent: string[] = [];
      const api = client({
        // No live updates: nothing else (waiting for the live connection) stands between the call and the request.
        capabilities: { ...served.capabilities, liveUpdates: false },
        fetch: (input, init) => {
          sent.push(String(input));
          return fetch(input, init);
        },
      });
      const controller = new AbortController();
      const call = api.refreshInviteLink({ signal: controller.signal });
      controller.abort();
      expect((await rejection(call)).name).to.equal('AbortError');
      expect(sent).to.deep.equal([]);
    });

    it('fails the call with unknown when fixed headers are not valid headers', async () => {
      const error = await rejection(client({ headers: [['X-Portal']] as unknown as HeadersInit }).getViewer());
      expect(error.code).to.equal('unknown');
      expect(error.message).to.match(/^The request headers could not be prepared: /);
    });

    it('fails the call with unknown when the headers function throws', async () => {
      const error = await rejection(
        client({
          headers: () => {
            throw new Error('token refresh failed');
          },
        }).getViewer(),
      );
      expect(error.code).to.equal('unknown');
      expect(error.message).to.equal('The request headers could not be prepared: token refresh failed');
    });

    it('encodes query parameters as the contract says', async () => {
      const urls: string[] = [];
      worker().use(
        http.get(URL_OF('/directory'), ({ request }) => {
          urls.push(new URL(request.url).search);
        }),
      );
      await client().searchDirectory({ query: 'ana b', types: ['internal', 'client'], limit: 5 });
      expect(urls).to.deep.equal(['?query=ana+b&types=internal%2Cclient&limit=5']);
    });
  });

  describe('capabilities and live updates', () => {
    /** Counts the requests for `GET /capabilities`, still answered by the default handlers. */
    function countCapabilityRequests(): () => number {
      let count = 0;
      worker().use(
        http.get(URL_OF('/capabilities'), () => {
          count += 1;
          return undefined; // falls through to the handler that serves the backend's answer
        }),
      );
      return () => count;
    }

    it('with the capabilities option, declares everything supported unless told otherwise, and never asks', async () => {
      const asked = countCapabilityRequests();
      const api = createFetchClient({ baseUrl: BASE, capabilities: { revokeInvitation: false } });
      expect(api.capabilities).to.deep.equal({
        liveUpdates: true,
        revokeInvitation: false,
        linkExpiry: true,
        allowedDomains: true,
        bulkInvite: true,
        memberPaging: true,
      });
      expect(api.subscribe).to.be.a('function');
      expect(api.ready).to.equal(undefined);
      await api.getViewer();
      expect(asked(), 'no extra request').to.equal(0);
    });

    it('without the option, reads GET /capabilities once and offers nothing optional until it answers', async () => {
      served = createMemoryClient({ now: () => NOW, capabilities: { linkExpiry: false, liveUpdates: false, bulkInvite: false } });
      worker().resetHandlers(...createInviteKitHandlers({ client: served, baseUrl: BASE }));
      const asked = countCapabilityRequests();
      const api = createFetchClient({ baseUrl: BASE });
      expect(api.capabilities, 'before the answer').to.deep.equal(NO_CAPABILITIES);
      expect(api.subscribe).to.equal(undefined);
      await api.ready;
      expect(api.capabilities).to.deep.equal(served.capabilities);
      expect(api.capabilities.revokeInvitation).to.equal(true);
      expect(api.subscribe, 'no live updates declared: no stream').to.equal(undefined);
      await Promise.all([api.ready, api.getViewer(), api.listWorkspaces()]);
      expect(asked(), 'one request per client').to.equal(1);
    });

    it('follows the backend’s live updates once it declares them', async () => {
      const api = createFetchClient({ baseUrl: BASE });
      expect(api.subscribe).to.equal(undefined);
      await api.ready;
      expect(api.capabilities).to.deep.equal(ALL_CAPABILITIES);
      // The client waits for the stream before its own change, so the change reaches it.
      const changes = await changesAround(api, () => api.setWorkspaceLinkViewing(DEMO_IDS.groupWorkspaceId, false));
      expect(changes).to.deep.equal([{ type: 'workspace-link-changed', workspaceId: DEMO_IDS.groupWorkspaceId }]);
    });

    it('offers nothing optional when GET /capabilities fails, and still settles ready', async () => {
      worker().use(faultHandler('capabilities', 503, { baseUrl: BASE }));
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const api = createFetchClient({ baseUrl: BASE });
        await api.ready;
        expect(api.capabilities).to.deep.equal(NO_CAPABILITIES);
        expect(api.subscribe).to.equal(undefined);
        expect(await api.getViewer()).to.include({ id: DEMO_IDS.adminId });
      } finally {
        console.warn = warn;
      }
      expect(String(warnings[0]?.[0])).to.contain('GET /capabilities failed');
    });

    it('loads the backend’s capabilities from GET /capabilities', async () => {
      served = createMemoryClient({ now: () => NOW, capabilities: { linkExpiry: false, liveUpdates: false } });
      worker().resetHandlers(...createInviteKitHandlers({ client: served, baseUrl: BASE }));
      const capabilities = await fetchCapabilities({ baseUrl: BASE });
      expect(capabilities).to.deep.equal(served.capabilities);
      expect(createFetchClient({ baseUrl: BASE, capabilities }).subscribe).to.equal(undefined);
    });

    it('delivers changes from the backend over Server-Sent Events, and stops after unsubscribe', async () => {
      const api = client();
      const changes: ChangeEvent[] = [];
      const unsubscribe = api.subscribe!((change) => changes.push(change));
      // The stream is open once the handler has subscribed to the memory client; mutate until a change arrives.
      const deadline = performance.now() + 5000;
      while (changes.length === 0 && performance.now() < deadline) {
        await served.setWorkspaceLinkViewing(DEMO_IDS.flowWorkspaceId, true);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      unsubscribe();
      expect(changes[0]).to.deep.equal({ type: 'workspace-link-changed', workspaceId: DEMO_IDS.flowWorkspaceId });
      const count = changes.length;
      await served.setWorkspaceLinkViewing(DEMO_IDS.flowWorkspaceId, false);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(changes).to.have.length(count);
    });

    it('delivers a change this client makes right after subscribing, even when the stream is slow to open', async () => {
      // The stream takes 300 ms to reach the backend; the mutation must not overtake it.
      worker().use(http.get(URL_OF('/events'), () => delay(300)));
      const api = client();
      const changes = await changesAround(api, () => api.setWorkspaceLinkViewing(DEMO_IDS.groupWorkspaceId, false));
      expect(changes).to.deep.equal([{ type: 'workspace-link-changed', workspaceId: DEMO_IDS.groupWorkspaceId }]);
    });

    it('lets the backend stop listening once the last listener leaves', async () => {
      let listening = 0;
      const subscribe = served.subscribe.bind(served);
      served.subscribe = (listener) => {
        listening += 1;
        const stop = subscribe(listener);
        return () => {
          listening -= 1;
          stop();
        };
      };
      const api = client();
      const first = api.subscribe!(() => {});
      const second = api.subscribe!(() => {});
      await api.setWorkspaceLinkViewing(DEMO_IDS.groupWorkspaceId, false);
      expect(listening, 'one stream for both listeners').to.equal(1);
      first();
      second();
      const deadline = performance.now() + 3000;
      while (listening > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(listening).to.equal(0);
    });

    it('ignores events it cannot parse', async () => {
      const encoder = new TextEncoder();
      worker().use(
        http.get(URL_OF('/events'), () => {
          const frames = ['data: not json\n\n', 'data: {"type":"mystery"}\n\n', 'data: {"type":"internal-users-changed"}\n\n'];
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              for (const frame of frames) controller.enqueue(encoder.encode(frame));
            },
          });
          return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream' } });
        }),
      );
      const changes: ChangeEvent[] = [];
      const unsubscribe = client().subscribe!((change) => changes.push(change));
      const deadline = performance.now() + 5000;
      while (changes.length === 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      unsubscribe();
      expect(changes).to.deep.equal([{ type: 'internal-users-changed' }]);
    });
  });

  describe('over the handlers, exactly like the memory client', () => {
    /** The same portal, called directly: what every answer through HTTP must equal. */
    let direct: MemoryClient;
    let api: InviteClient;
    beforeEach(() => {
      direct = createMemoryClient({ now: () => NOW });
      api = client();
    });

    async function same(call: (client: InviteClient) => Promise<unknown>): Promise<unknown> {
      const expected = await outcome(call(direct));
      const actual = await outcome(call(api));
      expect(withoutTokens(actual)).to.deep.equal(withoutTokens(expected));
      return actual;
    }

    it('reads the viewer, workspaces, members, links and join requests', async () => {
      await same((c) => c.getViewer());
      await same((c) => c.listWorkspaces());
      await same((c) => c.getWorkspace(DEMO_IDS.flowWorkspaceId));
      await same((c) => c.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId));
      await same((c) => c.getWorkspaceLink(DEMO_IDS.flowWorkspaceId));
      await same((c) => c.listJoinRequests(DEMO_IDS.flowWorkspaceId));
      await same((c) => c.getInviteLink());
    });

    it('answers unknown, empty and odd ids with the same not_found', async () => {
      for (const id of ['missing', '', 'a/b c?d#e', '%']) {
        const result = (await same((c) => c.getWorkspace(id))) as { error?: { code: string } };
        expect(result.error?.code).to.equal('not_found');
        await same((c) => c.listWorkspaceMembers(id));
        await same((c) => c.declineJoinRequest(id, DEMO_IDS.flowJoinRequestId));
      }
    });

    it('pages, filters and refuses members alike (query string in, total and nextCursor out)', async () => {
      const id = DEMO_IDS.groupWorkspaceId;
      const first = (await same((c) => c.listWorkspaceMembers(id, { limit: 2 }))) as { value: { nextCursor?: string } };
      expect(first.value.nextCursor).to.be.a('string');
      await same((c) => c.listWorkspaceMembers(id, { limit: 2, cursor: first.value.nextCursor }));
      await same((c) => c.listWorkspaceMembers(id, { limit: 2, offset: 3, excludeTeamMembers: true }));
      await same((c) => c.listWorkspaceMembers(id, { query: 'a b&c=d', status: 'not_joined' }));
      await same((c) => c.listWorkspaceMembers(id, { status: 'expired', excludeTeamMembers: false }));
      await same((c) => c.listWorkspaceMembers(id, { cursor: 'made-up' }));
      await same((c) => c.listWorkspaceMembers(id, { limit: 0 }));
      await same((c) => c.listWorkspaceMembers(id, { status: 'gone' as never }));
      await same((c) => c.listWorkspaceMembers(id, {}));
    });

    it('changes workspace links and join requests', async () => {
      await same((c) => c.setWorkspaceLinkViewing(DEMO_IDS.flowWorkspaceId, true));
      await same((c) => c.setWorkspaceLinkViewing(DEMO_IDS.flowWorkspaceId, 'yes' as never));
      await same((c) => c.approveJoinRequest(DEMO_IDS.flowWorkspaceId, DEMO_IDS.flowJoinRequestId, 'client'));
      await same((c) => c.approveJoinRequest(DEMO_IDS.flowWorkspaceId, DEMO_IDS.secondFlowJoinRequestId, 'robot' as never));
      await same((c) => c.declineJoinRequest(DEMO_IDS.flowWorkspaceId, DEMO_IDS.secondFlowJoinRequestId));
      await same((c) => c.declineJoinRequest(DEMO_IDS.flowWorkspaceId, DEMO_IDS.secondFlowJoinRequestId));
      await same((c) => c.listJoinRequests(DEMO_IDS.flowWorkspaceId));
      await same((c) => c.listWorkspaceMembers(DEMO_IDS.flowWorkspaceId));
    });

    it('searches the directory page by page and rejects bad queries alike', async () => {
      const first = (await same((c) => c.searchDirectory({ query: '', types: ['internal'], limit: 3 }))) as {
        value: { nextCursor: string };
      };
      await same((c) => c.searchDirectory({ query: '', types: ['internal'], limit: 3, cursor: first.value.nextCursor }));
      await same((c) => c.searchDirectory({ query: 'o', excludeWorkspaceId: DEMO_IDS.flowWorkspaceId }));
      await same((c) => c.searchDirectory({ query: '', types: [] }));
      await same((c) => c.searchDirectory({ query: '', limit: 1000 }));
      await same((c) => c.searchDirectory({ query: '', limit: 1.5 }));
      await same((c) => c.searchDirectory({ query: '', cursor: 'bogus' }));
      await same((c) => c.searchDirectory({ query: '', excludeWorkspaceId: 'missing' }));
    });

    it('adds members, with the same field errors when input is wrong', async () => {
      await same((c) => c.addWorkspaceMembers(DEMO_IDS.groupWorkspaceId, [{ type: 'existing', personId: DEMO_IDS.activeUserId }]));
      await same((c) =>
        c.addWorkspaceMembers(DEMO_IDS.flowWorkspaceId, [{ type: 'new-client', fullName: ' Zed  Ray ', email: 'zed@example.com' }]),
      );
      await same((c) =>
        c.addWorkspaceMembers(DEMO_IDS.flowWorkspaceId, [{ type: 'new-internal', fullName: 'In Ternal', email: 'in@example.com' }]),
      );
      await same((c) => c.addWorkspaceMembers(DEMO_IDS.groupWorkspaceId, []));
      await same((c) => c.addWorkspaceMembers(DEMO_IDS.groupWorkspaceId, [{ type: 'new-client', fullName: '', email: 'nope' }]));
    });

    it('invites internal users, with the same conflicts and field errors', async () => {
      const invite = { fullName: 'Rosa Park', email: 'rosa.park@example.com', delivery: { method: 'contacts' } } as const;
      await same((c) => c.inviteInternalUser(invite));
      const conflict = (await same((c) => c.inviteInternalUser(invite))) as { error: { code: string; fieldErrors: object } };
      expect(conflict.error.code).to.equal('conflict');
      expect(conflict.error.fieldErrors).to.have.property('contact');
      const invalid = (await same((c) => c.inviteInternalUser({ fullName: '  ', phone: '12', delivery: { method: 'contacts' } }))) as {
        error: { code: string; fieldErrors: object };
      };
      expect(invalid.error.code).to.equal('validation');
      await same((c) =>
        c.inviteInternalUser({
          fullName: 'Wen Li',
          phone: '+44 20 7946 0958',
          userId: 'wen',
          delivery: { method: 'workspace', workspaceId: DEMO_IDS.groupWorkspaceId },
        }),
      );
      await same((c) => c.listInternalUsers({ sort: 'invited', direction: 'desc' }));
    });

    it('manages the invite link and signs people up through it', async () => {
      const link = (await same((c) => c.updateInviteLinkSettings({ expiresInDays: 7, allowedDomains: ['Example.COM'] }))) as {
        value: { url: string };
      };
      await same((c) => c.updateInviteLinkSettings({ expiresInDays: 3 as never }));
      await same((c) => c.checkInviteLink(link.value.url));
      await same((c) => c.checkInviteLink('https://elsewhere.example/join?x=1&y=2'));
      await same((c) => c.signUpWithInviteLink({ url: link.value.url, fullName: 'Sam Ode', email: 'sam@example.com' }));
      await same((c) => c.signUpWithInviteLink({ url: link.value.url, fullName: 'Out Side', email: 'out@elsewhere.org' }));
      // A new link is random, so only its shape can match; the old one must stop working on both.
      const [fresh, freshDirect] = await Promise.all([api.refreshInviteLink(), direct.refreshInviteLink()]);
      expect(fresh.url).not.to.equal(link.value.url);
      expect(Object.keys(fresh).sort()).to.deep.equal(Object.keys(freshDirect).sort());
      await same((c) => c.checkInviteLink(link.value.url));
    });

    it('resends and revokes invitations', async () => {
      await same((c) => c.resendInvitation({ type: 'internal-user', userId: DEMO_IDS.pendingUserId }));
      await same((c) => c.resendInvitation({ type: 'team', workspaceId: DEMO_IDS.groupWorkspaceId, teamId: DEMO_IDS.supportTeamId }));
      await same((c) => c.resendInvitation({ type: 'member', workspaceId: DEMO_IDS.flowWorkspaceId, memberId: 'missing' }));
      await same((c) =>
        c.revokeInvitation({ type: 'member', workspaceId: DEMO_IDS.flowWorkspaceId, memberId: DEMO_IDS.notJoinedMemberId }),
      );
      await same((c) =>
        c.revokeInvitation({ type: 'member', workspaceId: DEMO_IDS.flowWorkspaceId, memberId: DEMO_IDS.notJoinedMemberId }),
      );
      await same((c) => c.revokeInvitation({ type: 'nonsense' } as never));
      expect(withoutTokens(served.sentInvitations)).to.deep.equal(withoutTokens(direct.sentInvitations));
    });

    it('lists internal users with every query option', async () => {
      await same((c) => c.listInternalUsers());
      await same((c) => c.listInternalUsers({ query: 'an', sort: 'name', direction: 'desc', offset: 1, limit: 3 }));
      await same((c) => c.listInternalUsers({ limit: 0 }));
      await same((c) => c.listInternalUsers({ sort: 'height' as never }));
    });

    it('refuses the same things for a viewer who is not a portal admin', async () => {
      direct.setViewer(DEMO_IDS.nonAdminId);
      served.setViewer(DEMO_IDS.nonAdminId);
      await same((c) => c.getViewer());
      const refused = (await same((c) =>
        c.inviteInternalUser({ fullName: 'No Way', email: 'no.way@example.com', delivery: { method: 'contacts' } }),
      )) as {
        error: { code: string };
      };
      expect(refused.error.code).to.equal('permission');
      await same((c) => c.refreshInviteLink());
      await same((c) => c.listInternalUsers());
    });

    it('fails with the same codes, messages, field errors and Retry-After when the adapter fails', async () => {
      for (const memory of [direct, served]) {
        memory.failNext('getViewer', 'rate_limited', { retryAfter: 12 });
        memory.failNext('listWorkspaces', 'unavailable');
        memory.failNext('getInviteLink', 'unknown');
        memory.failNext('inviteInternalUser', 'validation', { fieldErrors: { userId: 'validation.userIdInvalid' } });
        memory.failNext('revokeInvitation', 'conflict');
        memory.failNext('getWorkspace', 'permission');
      }
      await same((c) => c.getViewer());
      await same((c) => c.listWorkspaces());
      await same((c) => c.getInviteLink());
      await same((c) => c.inviteInternalUser({ fullName: 'Rosa Park', email: 'rosa.park@example.com', delivery: { method: 'contacts' } }));
      await same((c) => c.revokeInvitation({ type: 'internal-user', userId: DEMO_IDS.pendingUserId }));
      await same((c) => c.getWorkspace(DEMO_IDS.flowWorkspaceId));
    });

    it('reports a network failure of the adapter as network', async () => {
      served.failNext('listJoinRequests', 'network');
      const error = await rejection(api.listJoinRequests(DEMO_IDS.flowWorkspaceId));
      expect(error.code).to.equal('network');
    });

    it('answers a body that is not JSON with 400 validation', async () => {
      const response = await fetch(URL_OF('/invitations/resend'), {
        method: 'POST',
        body: '{oops',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(response.status).to.equal(400);
      expect((await response.json()).error.code).to.equal('validation');
    });
  });

  describe('invite-kit/msw', () => {
    it('serves a demo portal from one line', async () => {
      worker().use(...inviteKitHandlers());
      const viewer = await createFetchClient({ baseUrl: DEFAULT_BASE_URL }).getViewer();
      expect(viewer).to.include({ id: DEMO_IDS.adminId, isPortalAdmin: true });
    });

    it('answers /events with 404 when the adapter has no live updates', async () => {
      served = createMemoryClient({ capabilities: { liveUpdates: false } });
      worker().resetHandlers(...createInviteKitHandlers({ client: served, baseUrl: BASE }));
      const response = await fetch(URL_OF('/events'), { headers: { Accept: 'text/event-stream' } });
      expect(response.status).to.equal(404);
      expect((await response.json()).error.code).to.equal('not_found');
    });
  });

  describe('docs/rest-api.md', () => {
    let doc: string;
    before(async () => {
      doc = await (await fetch('/docs/rest-api.md')).text();
    });

    it('is what scripts/rest-api-doc.mjs renders from the routes and schemas today', () => {
      // Stale? Run `node scripts/rest-api-doc.mjs` and commit docs/rest-api.md.
      expect(doc === renderRestApiDoc(), 'docs/rest-api.md is stale: run node scripts/rest-api-doc.mjs').to.equal(true);
    });

    it('lists the fieldErrors keys the memory client answers with (`contact` as the compatibility key)', async () => {
      // A list's items may be named by their own field (`fullName` for `additions.0.fullName`), as the doc says.
      const documented = (operation: keyof typeof ROUTES) =>
        requestFields(ROUTES[operation].body!).flatMap((key) => {
          const name = key.replaceAll('`', '');
          return [name, name.replace(/^\w+\.\d+\./u, '')];
        });
      const failures: [keyof typeof ROUTES, () => Promise<unknown>][] = [
        [
          'inviteInternalUser',
          () =>
            served.inviteInternalUser({
              fullName: ' ',
              email: 'nope',
              userId: 'a b',
              delivery: { method: 'workspace', workspaceId: '' },
            } as never),
        ],
        ['inviteInternalUser', () => served.inviteInternalUser({ fullName: 'Ana', delivery: { method: 'contacts' } } as never)],
        [
          'addWorkspaceMembers',
          () => served.addWorkspaceMembers(DEMO_IDS.groupWorkspaceId, [{ type: 'new-client', fullName: '<b>', email: 'x@' }]),
        ],
        ['signUpWithInviteLink', () => served.signUpWithInviteLink({ url: 'https://portal.example.com/join/x', fullName: '', email: 'x' })],
      ];
      for (const [operation, fail] of failures) {
        const keys = Object.keys((await rejection(fail())).fieldErrors ?? {});
        expect(keys, operation).to.not.be.empty;
        for (const key of keys) expect([...documented(operation), 'contact'], `${operation}: ${key}`).to.include(key);
      }
      expect(doc).to.contain('`contact` is the forms’ own field, not a request field');
    });

    it('documents every route of the table', () => {
      for (const route of Object.values(ROUTES)) expect(doc).to.contain(`\`${route.method} ${route.path}\``);
      expect(doc).to.contain('`GET /events`');
      expect(doc).to.contain('`GET /capabilities`');
    });
  });
});

/** Invitation tokens are random, like invite links: two portals can only agree on where they are. */
function withoutTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTokens);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, key === 'token' || key === 'acceptUrl' ? typeof entry : withoutTokens(entry)]),
  );
}
