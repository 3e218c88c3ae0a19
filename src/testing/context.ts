/** What an adapter under test hands the conformance suite, fresh for every test. */
import type { InviteClient } from '../client/invite-client.js';

export interface ConformanceContext {
  /** A client acting as a portal admin, on a freshly seeded portal (the demo scenario or an equivalent). */
  admin: InviteClient;
  /** A client on the same portal acting as an internal user who is not a portal admin. */
  nonAdmin: InviteClient;
  ids: ConformanceIds;
  hooks?: ConformanceHooks;
  /** Runs after the test (stop servers, clear handlers). */
  teardown?(): void | Promise<void>;
}

/** Ids of things the seeded portal must hold. Everything else the suite finds through the client. */
export interface ConformanceIds {
  flowWorkspaceId: string;
  groupWorkspaceId: string;
  /** A workspace member who has not joined yet and whose invitation has not expired. */
  notJoinedMember: { workspaceId: string; memberId: string };
  /** An internal team in a workspace with at least one member who has not joined. */
  team: { workspaceId: string; teamId: string };
  /** A pending request to join a workspace. */
  joinRequest: { workspaceId: string; requestId: string };
  /** An internal user invited to the portal who has not accepted yet. */
  invitedUserId: string;
}

/** Things a backend cannot be made to do through `InviteClient`; tests that need a missing hook are skipped. */
export interface ConformanceHooks {
  /** Moves the backend's clock forward, so links and invitations can expire without waiting. */
  advanceTime?(ms: number): void | Promise<void>;
  /** Every invitation message the backend has sent (email or text), for "sent exactly once" checks. */
  sentInvitations?(): ReadonlyArray<SentMessage> | Promise<ReadonlyArray<SentMessage>>;
}

export interface SentMessage {
  /** The email address or phone number the message went to. */
  to: string;
}
