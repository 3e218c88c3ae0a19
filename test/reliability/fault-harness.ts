/**
 * The two ways the reliability suite makes a backend misbehave, behind one interface:
 *
 * - `memoryHarness()`: the element talks to the memory client; faults come from its
 *   `failNext` (the backend refuses before doing anything).
 * - `mswHarness()`: the element talks to the fetch client over the REST contract; msw serves
 *   it from a memory client, and `faultHandler` answers the next request of an operation with
 *   the fault instead (a dropped connection, no answer at all, an HTTP error, a body that
 *   breaks the contract).
 *
 * Both can also lose an answer the backend *did* act on (`loseNext`): the only case where an
 * idempotency key is what stands between a retry and a second invitation. Every idempotency
 * key the element sends is recorded where the backend receives it.
 */
import type { SetupWorker } from 'msw/browser';
import { InviteKitError } from '../../src/client/errors.js';
import type { InviteKitErrorCode } from '../../src/client/errors.js';
import { createFetchClient } from '../../src/client/fetch/index.js';
import { ROUTES } from '../../src/client/fetch/routes.js';
import type { InviteClient, InviteClientOperation, MutationOptions } from '../../src/client/invite-client.js';
import { createMemoryClient } from '../../src/client/memory/memory-client.js';
import type { MemoryClient } from '../../src/client/memory/memory-client.js';
import { translate } from '../../src/i18n/format.js';
import { createInviteKitHandlers, faultHandler } from '../../src/msw/index.js';
import type { FaultResponse, InviteKitFault } from '../../src/msw/index.js';
import '../../src/i18n/common.messages.js';
import '../../src/i18n/validation.messages.js';

export type Fault = 'network-error' | 'timeout' | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503 | 'malformed-body';
export const FAULTS: readonly Fault[] = ['network-error', 'timeout', 401, 403, 404, 409, 422, 429, 500, 503, 'malformed-body'];

/** How an answer the backend acted on can be lost on the way back. */
export type Loss = 'network-error' | 500 | 503 | 'malformed-body' | 'timeout';

/** The backend's own words for the faults whose message elements show as given. */
export const SERVER_MESSAGES: Partial<Record<Fault, string>> = {
  401: 'Your session has ended. Sign in again to continue.',
  403: 'Only portal admins can do this.',
  409: 'Someone in the portal already uses this email address.',
  422: 'Some details need fixing: the address bounced before.',
};
export const FIELD_MESSAGE = 'This address bounced before.';

/** What an element must say about each fault: the backend's words where it has some, else the kit's own. */
export function expectedReason(fault: Fault): string {
  if (SERVER_MESSAGES[fault]) return SERVER_MESSAGES[fault]!;
  if (fault === 429) return translate('en', 'error.rate_limited_seconds', { count: 1 });
  if (fault === 'network-error' || fault === 'timeout') return translate('en', 'error.network');
  if (fault === 404) return translate('en', 'error.not_found');
  if (fault === 503) return translate('en', 'error.unavailable');
  return translate('en', 'error.unknown');
}

export const isPermission = (fault: Fault) => fault === 401 || fault === 403;

export interface Harness {
  readonly name: 'memory' | 'msw';
  /** The record: what really happened. */
  readonly backend: MemoryClient;
  /** What the element is given. */
  readonly client: InviteClient;
  /** The next call of `operation` fails with `fault`. */
  arm(operation: InviteClientOperation, fault: Fault): void;
  /** The next call of `operation` takes effect, but its answer is lost. */
  loseNext(operation: InviteClientOperation, loss: Loss): void;
  /** Every idempotency key sent for `operation` so far, in order (faulted attempts included). */
  keys(operation: InviteClientOperation): string[];
  dispose(): void;
}

/** The request field a 422 names: one the operation's form has (the accept page has only the name). */
function invalidField(operation: InviteClientOperation): string {
  if (operation === 'addWorkspaceMembers') return 'additions';
  return operation === 'acceptInvitation' ? 'fullName' : 'email';
}

/** What the memory client reproduces each fault with. */
function memoryError(operation: InviteClientOperation, fault: Fault): InviteKitError {
  const field = invalidField(operation);
  switch (fault) {
    case 'network-error':
      return new InviteKitError('network', 'The network request failed.');
    case 'timeout':
      return new InviteKitError('network', 'The request timed out without an answer.');
    case 401:
      return new InviteKitError('permission', SERVER_MESSAGES[401]!, { status: 401 });
    case 403:
      return new InviteKitError('permission', SERVER_MESSAGES[403]!, { status: 403 });
    case 404:
      return new InviteKitError('not_found', 'Not found.', { status: 404 });
    case 409:
      return new InviteKitError('conflict', SERVER_MESSAGES[409]!, { status: 409 });
    case 422:
      return new InviteKitError('validation', SERVER_MESSAGES[422]!, { status: 422, fieldErrors: { [field]: FIELD_MESSAGE } });
    case 429:
      return new InviteKitError('rate_limited', 'Too many requests.', { status: 429, retryAfter: 1 });
    case 500:
      return new InviteKitError('unknown', 'Internal server error.', { status: 500 });
    case 503:
      return new InviteKitError('unavailable', 'Service unavailable.', { status: 503 });
    case 'malformed-body':
      return new InviteKitError('unknown', 'The answer does not match the REST contract.', { status: 200 });
  }
}

/** What msw answers each fault with. */
function mswFault(operation: InviteClientOperation, fault: Fault): InviteKitFault {
  if (fault === 'network-error' || fault === 'timeout' || fault === 'malformed-body') return fault;
  const field = invalidField(operation);
  const spelled: FaultResponse = { status: fault };
  if (SERVER_MESSAGES[fault]) spelled.message = SERVER_MESSAGES[fault];
  if (fault === 422) spelled.fieldErrors = { [field]: FIELD_MESSAGE };
  if (fault === 429) spelled.retryAfter = 1;
  return spelled;
}

const NEVER = new Promise<never>(() => {});

/**
 * The memory client as the backend sees calls: records keys, and loses answers on request.
 * Over msw, a thrown error becomes the matching HTTP failure and garbage becomes a 200 that
 * breaks the contract.
 */
function recordingBackend(backend: MemoryClient, overHttp: boolean) {
  const keys = new Map<InviteClientOperation, string[]>();
  const losing = new Map<InviteClientOperation, Loss>();
  const proxy = new Proxy(backend, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || !(property in ROUTES)) return value;
      const operation = property as InviteClientOperation;
      return async (...args: unknown[]) => {
        const options = args.at(-1) as MutationOptions | undefined;
        if (!overHttp && options?.idempotencyKey) keys.set(operation, [...(keys.get(operation) ?? []), options.idempotencyKey]);
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        const loss = losing.get(operation);
        if (loss === undefined) return result;
        losing.delete(operation);
        if (loss === 'malformed-body') {
          if (overHttp) return { unexpected: 'not what the contract promises' };
          throw new InviteKitError('unknown', 'The answer does not match the REST contract.');
        }
        if (loss === 'timeout') {
          if (overHttp) return NEVER;
          throw new InviteKitError('network', 'The request timed out without an answer.');
        }
        const code: InviteKitErrorCode = loss === 'network-error' ? 'network' : loss === 500 ? 'unknown' : 'unavailable';
        throw new InviteKitError(code, 'The answer was lost on the way back.');
      };
    },
  });
  return { proxy, keys, losing };
}

/**
 * Live updates are off in both harnesses: with them on, the backend's change notice corrects
 * the element whatever the answer said, which would hide whether the element itself rolled back
 * and retried properly. (races.test.ts covers live updates.)
 */
const CAPABILITIES = { liveUpdates: false } as const;

export interface HarnessOptions {
  /**
   * Who uses the element (default the portal admin). The invitee pages are for people who are
   * not signed in: an unknown id. `backend` stays the admin's view of the same portal, so
   * scenarios can still read links and tokens and count what happened.
   */
  viewerId?: string;
}

export function memoryHarness(options: HarnessOptions = {}): Harness {
  const backend = createMemoryClient({ capabilities: CAPABILITIES });
  const served = options.viewerId ? backend.asViewer(options.viewerId) : backend;
  const { proxy, keys, losing } = recordingBackend(served, false);
  return {
    name: 'memory',
    backend,
    client: proxy,
    arm: (operation, fault) => backend.failNext(operation, memoryError(operation, fault)),
    loseNext: (operation, loss) => void losing.set(operation, loss),
    keys: (operation) => keys.get(operation) ?? [],
    dispose: () => {},
  };
}

let run = 0;

/** Matches the requests of one operation under `baseUrl`. */
function routeExpression(baseUrl: string, operation: InviteClientOperation): { method: string; path: RegExp } {
  const route = ROUTES[operation];
  const escaped = route.path.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/:([A-Za-z]+)/gu, '[^/]*');
  return { method: route.method, path: new RegExp(`^${baseUrl}${escaped}$`, 'u') };
}

/**
 * A fetch client that waits `patientMs` for every answer except the next one of an operation
 * armed to never answer (a `timeout` fault or loss), which it gives up on after `timeoutMs`:
 * the timeout scenarios stay quick, and an ordinary request on a busy machine (two browsers on
 * two cores, a service worker in between) is not mistaken for a lost one.
 */
function timeoutAwareClient(baseUrl: string, capabilities: MemoryClient['capabilities'], timeoutMs: number, patientMs: number) {
  const patient = createFetchClient({ baseUrl, timeoutMs: patientMs, capabilities });
  const impatient = createFetchClient({ baseUrl, timeoutMs, capabilities });
  const expectSilence = new Set<InviteClientOperation>();
  const client = new Proxy(patient, {
    get(target, property, receiver) {
      if (typeof property === 'string' && expectSilence.has(property as InviteClientOperation)) {
        expectSilence.delete(property as InviteClientOperation);
        return Reflect.get(impatient, property, impatient) as unknown;
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { client, expectSilence: (operation: InviteClientOperation) => void expectSilence.add(operation) };
}

export function mswHarness(worker: SetupWorker, options: HarnessOptions & { timeoutMs?: number; patientMs?: number } = {}): Harness {
  const { timeoutMs = 800, patientMs = 5000 } = options;
  const backend = createMemoryClient({ capabilities: CAPABILITIES });
  const served = options.viewerId ? backend.asViewer(options.viewerId) : backend;
  const { proxy, losing } = recordingBackend(served, true);
  run += 1;
  const baseUrl = `/reliability-${run}/api`;
  const sent: Array<{ method: string; path: string; key: string | null }> = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(baseUrl))
      sent.push({ method: request.method, path: url.pathname, key: request.headers.get('Idempotency-Key') });
  };
  worker.events.on('request:start', listener);
  worker.use(...createInviteKitHandlers({ client: proxy, baseUrl }));
  const { client, expectSilence } = timeoutAwareClient(baseUrl, backend.capabilities, timeoutMs, patientMs);
  return {
    name: 'msw',
    backend,
    client,
    arm: (operation, fault) => {
      if (fault === 'timeout') expectSilence(operation);
      worker.use(faultHandler(operation, mswFault(operation, fault), { baseUrl, once: true }));
    },
    loseNext: (operation, loss) => {
      if (loss === 'timeout') expectSilence(operation);
      losing.set(operation, loss);
    },
    keys: (operation) => {
      const { method, path } = routeExpression(baseUrl, operation);
      return sent.filter((request) => request.method === method && path.test(request.path) && request.key).map((request) => request.key!);
    },
    dispose: () => worker.events.removeListener('request:start', listener),
  };
}
