import { NO_CAPABILITIES } from '../../src/client/capabilities.js';
/**
 * The adapter conformance suite against the fetch client, speaking the REST contract to the
 * msw handlers, which serve it over a memory client: proves the REST contract carries every
 * rule of the adapter contract.
 */
import { createFetchClient } from '../../src/client/fetch/index.js';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { MemoryClientOptions } from '../../src/client/memory/memory-client.js';
import { createInviteKitHandlers } from '../../src/msw/index.js';
import { DEMO_CONFORMANCE_IDS, runInviteClientConformance } from '../../src/testing/index.js';
import type { ConformanceContext } from '../../src/testing/index.js';
import { useMswWorker } from '../fixtures/msw.js';

const worker = useMswWorker(() => []);
let run = 0;

function fetchConformanceContext(options: Pick<MemoryClientOptions, 'capabilities'> = {}): ConformanceContext {
  let now = Date.now();
  const backend = createMemoryClient({ ...options, seed: 'demo', now: () => new Date(now) });
  const nonAdminBackend = backend.asViewer(DEMO_IDS.nonAdminId);
  // A base URL per context, so nothing from an earlier test can answer a later one.
  run += 1;
  const adminUrl = `/conformance-${run}/admin`;
  const nonAdminUrl = `/conformance-${run}/non-admin`;
  worker().use(
    ...createInviteKitHandlers({ client: backend, baseUrl: adminUrl }),
    ...createInviteKitHandlers({ client: nonAdminBackend, baseUrl: nonAdminUrl }),
  );
  return {
    admin: createFetchClient({ baseUrl: adminUrl, capabilities: backend.capabilities }),
    nonAdmin: createFetchClient({ baseUrl: nonAdminUrl, capabilities: backend.capabilities }),
    ids: DEMO_CONFORMANCE_IDS,
    hooks: {
      advanceTime: (ms) => {
        now += ms;
      },
      sentInvitations: () => backend.sentInvitations,
    },
  };
}

runInviteClientConformance('fetch client over the REST contract (msw)', () => fetchConformanceContext());

runInviteClientConformance('fetch client without optional capabilities', () => fetchConformanceContext({ capabilities: NO_CAPABILITIES }));
