/**
 * A conformance context on the memory client's demo portal, with a clock the suite can move
 * and the log of sent invitations: how the kit tests its own default client, and a model
 * for the context of another adapter.
 */
import { createMemoryClient, DEMO_IDS } from '../client/memory/memory-client.js';
import type { MemoryClientOptions } from '../client/memory/memory-client.js';
import type { ConformanceContext, ConformanceIds } from './context.js';

/** The demo portal's ids the suite acts on: for any adapter whose backend serves the demo seed. */
export const DEMO_CONFORMANCE_IDS: ConformanceIds = {
  flowWorkspaceId: DEMO_IDS.flowWorkspaceId,
  groupWorkspaceId: DEMO_IDS.groupWorkspaceId,
  notJoinedMember: { workspaceId: DEMO_IDS.flowWorkspaceId, memberId: DEMO_IDS.notJoinedMemberId },
  team: { workspaceId: DEMO_IDS.groupWorkspaceId, teamId: DEMO_IDS.supportTeamId },
  joinRequest: { workspaceId: DEMO_IDS.groupWorkspaceId, requestId: DEMO_IDS.groupJoinRequestId },
  invitedUserId: DEMO_IDS.pendingUserId,
};

export function memoryConformanceContext(options: Omit<MemoryClientOptions, 'now' | 'seed' | 'viewerId'> = {}): ConformanceContext {
  let now = Date.now();
  const admin = createMemoryClient({ ...options, seed: 'demo', now: () => new Date(now) });
  return {
    admin,
    nonAdmin: admin.asViewer(DEMO_IDS.nonAdminId),
    ids: DEMO_CONFORMANCE_IDS,
    hooks: {
      advanceTime: (ms) => {
        now += ms;
      },
      sentInvitations: () => admin.sentInvitations,
    },
  };
}
