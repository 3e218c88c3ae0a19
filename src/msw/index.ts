/**
 * `invite-kit/msw`: the REST contract served by msw, for stories, demos, tests and hosts
 * that want to develop against `createFetchClient` before their backend exists.
 */
import type { HttpHandler } from 'msw';
import type { InviteClient } from '../client/invite-client.js';
import { DEFAULT_BASE_URL } from '../client/fetch/routes.js';
import type { MemoryClientOptions } from '../client/memory/memory-client.js';
import { createInviteKitHandlers } from './handlers.js';

export { createInviteKitHandlers, type InviteKitHandlersOptions } from './handlers.js';
export {
  faultHandler,
  faultResponse,
  type FaultHandlerOptions,
  type FaultResponse,
  type FaultTarget,
  type InviteKitFault,
} from './faults.js';
export { DEFAULT_BASE_URL } from '../client/fetch/routes.js';

export interface InviteKitHandlersSetup {
  /** The adapter behind the handlers; by default a memory client with the demo portal. */
  client?: InviteClient;
  /** Options for that default memory client (ignored when `client` is given). */
  memory?: MemoryClientOptions;
  /** Defaults to `DEFAULT_BASE_URL` (`/api/invite-kit`). */
  baseUrl?: string;
}

/**
 * Everything a host needs in one line: `setupWorker(...inviteKitHandlers())`. The memory
 * client comes in through a dynamic import, so hosts that bring their own client never load it.
 */
export function inviteKitHandlers(setup: InviteKitHandlersSetup = {}): HttpHandler[] {
  const client: InviteClient | Promise<InviteClient> =
    setup.client ?? import('../client/memory/memory-client.js').then(({ createMemoryClient }) => createMemoryClient(setup.memory));
  return createInviteKitHandlers({ client, baseUrl: setup.baseUrl ?? DEFAULT_BASE_URL });
}
