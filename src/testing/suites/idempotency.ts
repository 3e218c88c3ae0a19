import type { InviteInternalUserInput } from '../../client/types.js';
import { check, checkEqual, rejectsWith } from '../assertions.js';
import { findInternalUser, freshEmail, internalUserWithEmail, messagesTo, requireSentLog, wholeDirectory } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

let keys = 0;
const newKey = () => `conformance-${Date.now().toString(36)}-${(keys += 1)}-${Math.random().toString(36).slice(2)}`;

const invitation = (): InviteInternalUserInput => ({ fullName: 'Kay Idem', email: freshEmail('idem'), delivery: { method: 'contacts' } });

export function idempotencyTests({ describe, it }: SuiteTools): void {
  describe('idempotency keys', () => {
    it('a repeated call with the same key returns the first result and does nothing again', async ({ admin }) => {
      const input = invitation();
      const idempotencyKey = newKey();
      const first = await admin.inviteInternalUser(input, { idempotencyKey });
      const second = await admin.inviteInternalUser(input, { idempotencyKey });
      checkEqual(second.user.id, first.user.id, 'the user of the repeated call');
      checkEqual((await internalUserWithEmail(admin, input.email!)).length, 1, 'users created by two calls with one key');
    });

    it('a repeated call with the same key sends the invitation once', async (context) => {
      const input = invitation();
      const idempotencyKey = newKey();
      requireSentLog(context);
      await context.admin.inviteInternalUser(input, { idempotencyKey });
      await context.admin.inviteInternalUser(input, { idempotencyKey });
      checkEqual((await messagesTo(context, input.email!)).length, 1, 'invitations sent by two calls with one key');
    });

    it('concurrent calls with the same key share one execution', async ({ admin }) => {
      const input = invitation();
      const idempotencyKey = newKey();
      const [first, second] = await Promise.all([
        admin.inviteInternalUser(input, { idempotencyKey }),
        admin.inviteInternalUser(input, { idempotencyKey }),
      ]);
      checkEqual(second.user.id, first.user.id, 'the user of two concurrent calls');
      checkEqual((await internalUserWithEmail(admin, input.email!)).length, 1, 'users created by two concurrent calls');
    });

    it('different keys are different actions', async ({ admin }) => {
      const input = invitation();
      await admin.inviteInternalUser(input, { idempotencyKey: newKey() });
      await rejectsWith(
        admin.inviteInternalUser(input, { idempotencyKey: newKey() }),
        'conflict',
        'the same person invited under a new key',
      );
    });

    it('a repeated call rethrows the first call’s error', async ({ admin, ids }) => {
      if (!admin.capabilities.revokeInvitation) skip('freeing a contact between the calls needs revokeInvitation');
      const invited = (await findInternalUser(admin, ids.invitedUserId))!;
      const input: InviteInternalUserInput = invited.email
        ? { fullName: 'Second Try', email: invited.email, delivery: { method: 'contacts' } }
        : { fullName: 'Second Try', phone: invited.phone!, delivery: { method: 'contacts' } };
      const idempotencyKey = newKey();
      await rejectsWith(admin.inviteInternalUser(input, { idempotencyKey }), 'conflict', 'inviting someone already invited');
      // Now the same call would succeed — but under the same key it is the same, failed, action.
      await admin.revokeInvitation({ type: 'internal-user', userId: invited.id });
      await rejectsWith(admin.inviteInternalUser(input, { idempotencyKey }), 'conflict', 'the retry under the same key');
    });

    it('adding members twice with one key adds them once', async ({ admin, ids }) => {
      const person = (await wholeDirectory(admin, '', { excludeWorkspaceId: ids.groupWorkspaceId }))[0];
      check(person, 'someone is not yet in the group workspace');
      const idempotencyKey = newKey();
      const additions = [{ type: 'existing' as const, personId: person.id }];
      const [first, second] = await Promise.all([
        admin.addWorkspaceMembers(ids.groupWorkspaceId, additions, { idempotencyKey }),
        admin.addWorkspaceMembers(ids.groupWorkspaceId, additions, { idempotencyKey }),
      ]);
      checkEqual(second.added[0]!.id, first.added[0]!.id, 'the member of the repeated call');
      const third = await admin.addWorkspaceMembers(ids.groupWorkspaceId, additions, { idempotencyKey });
      checkEqual(third.added[0]!.id, first.added[0]!.id, 'the member of a later repeat');
      const { members } = await admin.listWorkspaceMembers(ids.groupWorkspaceId);
      checkEqual(members.filter((member) => member.person.id === person.id).length, 1, 'memberships of the added person');
    });

    it('refreshing the link twice with one key refreshes it once', async ({ admin }) => {
      const idempotencyKey = newKey();
      const first = await admin.refreshInviteLink({ idempotencyKey });
      const second = await admin.refreshInviteLink({ idempotencyKey });
      checkEqual(second.url, first.url, 'the link of the repeated refresh');
      checkEqual((await admin.checkInviteLink(first.url)).valid, true, 'the link from the first refresh still works');
    });
  });
}
