/**
 * The embedded default client: a realistic portal that lives in memory and enforces the
 * same rules a real backend does. Elements use it when the host gives them no client; stories,
 * tests and the demo use it with options (seed, latency, capabilities, failures, a clock).
 */
import type { InviteKitError, InviteKitErrorCode } from '../errors.js';
import type { ChangeListener, InviteClient, InviteClientOperation } from '../invite-client.js';
import { ALL_CAPABILITIES } from '../capabilities.js';
import type { Capabilities, JoinRequest, WorkspaceLink } from '../types.js';
import type { FailNextOptions } from './failures.js';
import type { Latency } from './latency.js';
import { MemoryBackend } from './memory-backend.js';
import type { MemoryStorage } from './persistence.js';
import { isMemorySeed } from './records.js';
import type { MemorySeed, SentInvitation } from './records.js';
import { demoSeed, DEMO_IDS, emptySeed } from './seed.js';
import { seedManyMembers } from './seed-many-members.js';
import type { OutboxMessage } from './rules/accept-invitation.js';
import type { SimulatedJoinRequest } from './simulations.js';
import { viewerClient } from './viewer-client.js';

export { DEMO_IDS, demoSeed, emptySeed } from './seed.js';
export { seedManyMembers } from './seed-many-members.js';
export { seedManyInternalUsers } from './seed-many-internal-users.js';
export type { FailNextOptions } from './failures.js';
export type { Latency } from './latency.js';
export type { MemoryStorage } from './persistence.js';
export type { MemorySeed, SentInvitation } from './records.js';
export type { OutboxMessage } from './rules/accept-invitation.js';
export type { SimulatedJoinRequest } from './simulations.js';

export interface MemoryClientOptions {
  /** The portal to start from (default `'demo'`); a `MemorySeed` is what `snapshot()` returns. */
  seed?: 'demo' | 'empty' | MemorySeed;
  /** Who is using the page (default the portal admin Avery Chen, `DEMO_IDS.adminId`). */
  viewerId?: string;
  /** Simulated network time per call, in milliseconds (default 0). */
  latency?: Latency;
  /** What this backend supports (default everything). */
  capabilities?: Partial<Capabilities>;
  /** The clock (default the real one); tests move it to expire links and invitations. */
  now?: () => Date;
  /** Where to keep the portal across page loads (the demo passes localStorage); corrupt stored state is ignored. */
  storage?: MemoryStorage;
  /** The origin of invite links (default `https://portal.example.com`). */
  linkOrigin?: string;
  /** Days an invitation stays valid (default 7); `null`: invitations never expire. */
  invitationTtlDays?: number | null;
  /**
   * The address an invitation message links to, for its token: the host's `<accept-invitation>` page
   * (default `${linkOrigin}/accept?token=…`, which the element's default `fromLocation` reads).
   */
  acceptUrl?: (token: string) => string;
  /** Fills one workspace with generated members, for long lists (see `seedManyMembers`). */
  largeWorkspace?: { workspaceId: string; members: number };
}

/** The memory client: the `InviteClient` contract plus controls for tests, stories and the demo. */
export interface MemoryClient extends InviteClient {
  /** The next `times` calls of `operation` reject with `error`, before changing anything. */
  failNext(operation: InviteClientOperation, error: InviteKitError | InviteKitErrorCode, options?: FailNextOptions): void;
  clearFailures(): void;
  setLatency(latency: Latency): void;
  /** Acts as another person from now on (an unknown id acts as someone signed out). */
  setViewer(viewerId: string): void;
  /** Another client on the same portal, acting as `viewerId`: what a second browser would be. */
  asViewer(viewerId: string): MemoryClient;
  /** Puts the portal back to its seed (stored state included); failures and latency stay. */
  reset(): void;
  /** The whole portal, serialisable: pass it back as `seed` to start from here. */
  snapshot(): MemorySeed;
  /** How many times `operation` was called (failed and aborted calls included). */
  callCount(operation: InviteClientOperation): number;
  /** Every invitation message actually sent, oldest first; those to internal users carry `token` and `acceptUrl`. */
  readonly sentInvitations: readonly SentInvitation[];
  /** The demo's outbox: the same messages, newest first, each with the invitation's status now (accept-invitation). */
  outbox(): readonly OutboxMessage[];
  /** Delivers every change to `listener` (when `capabilities.liveUpdates`); returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void;
  simulateMemberJoined(workspaceId: string, memberId: string): void;
  simulateJoinRequest(workspaceId: string, person: SimulatedJoinRequest): JoinRequest;
  simulateInternalUserAccepted(userId: string): void;
  /** Gives a workspace a new link: the old one's page then says it was replaced (`<workspace-join-request>`). */
  simulateWorkspaceLinkReplaced(workspaceId: string): WorkspaceLink;
}

export function createMemoryClient(options: MemoryClientOptions = {}): MemoryClient {
  const now = options.now ?? (() => new Date());
  let seed = startingSeed(options.seed ?? 'demo', now());
  if (options.largeWorkspace) {
    seed = seedManyMembers(seed, options.largeWorkspace.workspaceId, options.largeWorkspace.members, now());
  }
  const capabilities = Object.freeze({ ...ALL_CAPABILITIES, ...options.capabilities });
  const linkOrigin = (options.linkOrigin ?? 'https://portal.example.com').replace(/\/+$/u, '');
  const backend = new MemoryBackend(
    {
      now,
      capabilities,
      linkOrigin,
      invitationTtlDays: options.invitationTtlDays === undefined ? 7 : options.invitationTtlDays,
      acceptUrl: options.acceptUrl ?? ((token) => `${linkOrigin}/accept?token=${encodeURIComponent(token)}`),
    },
    seed,
    options.latency ?? 0,
    options.storage,
  );
  return viewerClient(backend, options.viewerId ?? defaultViewerId(seed));
}

function startingSeed(seed: 'demo' | 'empty' | MemorySeed, now: Date): MemorySeed {
  if (seed === 'demo') return demoSeed(now);
  if (seed === 'empty') return emptySeed(now);
  if (!isMemorySeed(seed)) throw new TypeError('createMemoryClient: `seed` must be "demo", "empty" or a MemorySeed from snapshot().');
  return seed;
}

/** The demo's admin when the seed has them, else the seed's first admin. */
function defaultViewerId(seed: MemorySeed): string {
  const users = seed.internalUsers;
  return (
    (users.find((user) => user.id === DEMO_IDS.adminId) ?? users.find((user) => user.isAdministrator) ?? users[0])?.id ?? DEMO_IDS.adminId
  );
}
