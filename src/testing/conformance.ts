/**
 * The adapter conformance suite: every rule of the `InviteClient` contract, checked through
 * the interface alone, so any implementation — the memory client, the fetch client against
 * a real or mocked server, a host's own adapter — can prove it behaves as the elements expect.
 *
 * ```ts
 * import { runInviteClientConformance } from 'invite-kit/testing';
 * runInviteClientConformance('my backend', async () => ({ admin, nonAdmin, ids, hooks }));
 * ```
 */
import type { ConformanceContext } from './context.js';
import { runnerGlobals, suiteTools } from './runner.js';
import { abortTests } from './suites/abort.js';
import { addMembersTests } from './suites/add-members.js';
import { directoryTests } from './suites/directory.js';
import { idempotencyTests } from './suites/idempotency.js';
import { internalUsersTests } from './suites/internal-users.js';
import { inviteInternalUserTests } from './suites/invite-internal-user.js';
import { inviteLinkTests } from './suites/invite-link.js';
import { resendTests, revokeTests } from './suites/invitations.js';
import { joinRequestTests } from './suites/join-requests.js';
import { liveUpdateTests } from './suites/live-updates.js';
import { memberPagingTests } from './suites/member-paging.js';
import { viewerTests } from './suites/viewer.js';
import { workspaceTests } from './suites/workspaces.js';
import { acceptInvitationTests } from './suites/accept-invitation.js';
import { workspaceJoinTests } from './suites/workspace-join.js';

/**
 * Registers the suite under `describe(name)`. `setup` runs before every test and must give
 * a fresh portal each time: tests change it (invite, revoke, refresh) and assume nobody else did.
 */
export function runInviteClientConformance(name: string, setup: () => Promise<ConformanceContext> | ConformanceContext): void {
  const globals = runnerGlobals();
  let current: ConformanceContext | undefined;
  const context = () => {
    if (!current) throw new Error('The conformance context is missing: did setup() throw?');
    return current;
  };

  globals.describe(`${name}: InviteClient conformance`, () => {
    globals.beforeEach(async () => {
      current = await setup();
    });
    globals.afterEach(async () => {
      const finished = current;
      current = undefined;
      await finished?.teardown?.();
    });

    const tools = suiteTools(globals, context);
    for (const area of [
      viewerTests,
      inviteInternalUserTests,
      inviteLinkTests,
      workspaceTests,
      memberPagingTests,
      joinRequestTests,
      directoryTests,
      addMembersTests,
      resendTests,
      revokeTests,
      internalUsersTests,
      idempotencyTests,
      abortTests,
      liveUpdateTests,
      acceptInvitationTests,
      workspaceJoinTests,
    ]) {
      area(tools);
    }
  });
}
