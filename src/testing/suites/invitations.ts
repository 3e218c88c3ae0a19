import { ResendResultSchema } from '../../client/schemas.js';
import type { WorkspaceMember } from '../../client/types.js';
import { check, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import { findInternalUser, member, messagesTo, requireSentLog } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  a === b || (typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b));

export function resendTests({ describe, it }: SuiteTools): void {
  describe('resendInvitation', () => {
    it('renews a not-joined member’s invitation', async ({ admin, ids }) => {
      const { workspaceId, memberId } = ids.notJoinedMember;
      const before = (await member(admin, workspaceId, memberId))!;
      const result = checkSchema(
        ResendResultSchema,
        await admin.resendInvitation({ type: 'member', workspaceId, memberId }),
        'resendInvitation()',
      );
      checkEqual(result.recipients.length, 1, 'recipients of a member resend');
      checkEqual(result.recipients[0]!.id, memberId, 'the recipient');
      const after = (await member(admin, workspaceId, memberId))!;
      check(sameInstant(after.invitation?.lastSentAt, result.sentAt), 'the member’s invitation.lastSentAt is the resend time');
      check(sameInstant(after.invitation?.expiresAt, result.expiresAt), 'the member’s invitation.expiresAt is the renewed expiry');
      check(Date.parse(result.sentAt) >= Date.parse(before.invitation!.lastSentAt), 'lastSentAt moves forward');
    });

    it('sends one message per resend to a member', async (context) => {
      const { workspaceId, memberId } = context.ids.notJoinedMember;
      requireSentLog(context);
      const { person } = (await member(context.admin, workspaceId, memberId))!;
      const to = person.email ?? person.phone ?? '';
      const before = (await messagesTo(context, to)).length;
      await context.admin.resendInvitation({ type: 'member', workspaceId, memberId });
      checkEqual((await messagesTo(context, to)).length - before, 1, 'messages sent by one resend');
    });

    it('makes an expired invitation pending again', async ({ admin, ids }) => {
      const now = Date.now();
      let expired: WorkspaceMember | undefined;
      for (const workspaceId of [ids.flowWorkspaceId, ids.groupWorkspaceId]) {
        const { members } = await admin.listWorkspaceMembers(workspaceId);
        expired ??= members.find((found) => found.invitation?.expiresAt && Date.parse(found.invitation.expiresAt) < now);
      }
      if (!expired) skip('the seeded workspaces have no member with an expired invitation');
      const result = await admin.resendInvitation({ type: 'member', workspaceId: expired.workspaceId, memberId: expired.id });
      const renewed = (await member(admin, expired.workspaceId, expired.id))!;
      checkEqual(renewed.status, 'not_joined', 'the member’s status');
      if (result.expiresAt !== null)
        check(Date.parse(renewed.invitation!.expiresAt!) > now, 'the renewed invitation expires in the future');
    });

    it('sends to every not-joined member of a team', async ({ admin, ids }) => {
      const { workspaceId, teamId } = ids.team;
      const { members, teams } = await admin.listWorkspaceMembers(workspaceId);
      const team = teams.find((found) => found.id === teamId)!;
      const notJoined = members.filter((found) => found.teamId === teamId && found.status === 'not_joined');
      const result = await admin.resendInvitation({ type: 'team', workspaceId, teamId });
      checkEqual(result.recipients.length, team.notJoinedCount, 'recipients of a team resend (team.notJoinedCount)');
      const expected = new Set(notJoined.map((found) => found.id));
      check(
        result.recipients.every((recipient) => expected.has(recipient.id)),
        'every recipient is a not-joined member of the team',
      );
    });

    it('sends one message to each not-joined member of a team', async (context) => {
      const { workspaceId, teamId } = context.ids.team;
      const log = requireSentLog(context);
      const team = (await context.admin.listWorkspaceMembers(workspaceId)).teams.find((found) => found.id === teamId)!;
      const before = (await log()).length;
      await context.admin.resendInvitation({ type: 'team', workspaceId, teamId });
      checkEqual((await log()).length - before, team.notJoinedCount, 'messages sent by a team resend');
    });

    it('renews an invited internal user’s invitation', async ({ admin, ids }) => {
      const result = await admin.resendInvitation({ type: 'internal-user', userId: ids.invitedUserId });
      checkEqual(result.recipients[0]?.id, ids.invitedUserId, 'the recipient');
      const user = (await findInternalUser(admin, ids.invitedUserId))!;
      checkEqual(user.status, 'invited', 'the user’s status');
      check(sameInstant(user.invitation?.lastSentAt, result.sentAt), 'the user’s invitation.lastSentAt is the resend time');
    });

    it('is a conflict for a member who has joined or a user who is active', async ({ admin, ids }) => {
      const { members } = await admin.listWorkspaceMembers(ids.flowWorkspaceId);
      const joined = members.find((found) => found.status === 'joined')!;
      await rejectsWith(
        admin.resendInvitation({ type: 'member', workspaceId: ids.flowWorkspaceId, memberId: joined.id }),
        'conflict',
        'a resend to a joined member',
      );
      const viewer = await admin.getViewer();
      await rejectsWith(admin.resendInvitation({ type: 'internal-user', userId: viewer.id }), 'conflict', 'a resend to an active user');
    });

    it('rejects unknown members, teams and users with not_found', async ({ admin, ids }) => {
      const workspaceId = ids.flowWorkspaceId;
      await rejectsWith(
        admin.resendInvitation({ type: 'member', workspaceId, memberId: 'no-such-member' }),
        'not_found',
        'an unknown member',
      );
      await rejectsWith(admin.resendInvitation({ type: 'team', workspaceId, teamId: 'no-such-team' }), 'not_found', 'an unknown team');
      await rejectsWith(admin.resendInvitation({ type: 'internal-user', userId: 'no-such-user' }), 'not_found', 'an unknown user');
    });
  });
}

export function revokeTests({ describe, it }: SuiteTools): void {
  describe('revokeInvitation', () => {
    it('is unavailable when the backend cannot revoke', async ({ admin, ids }) => {
      if (admin.capabilities.revokeInvitation) skip('the backend can revoke invitations');
      const { workspaceId, memberId } = ids.notJoinedMember;
      await rejectsWith(
        admin.revokeInvitation({ type: 'member', workspaceId, memberId }),
        'unavailable',
        'revoking without the capability',
      );
    });

    it('removes a not-joined member', async ({ admin, ids }) => {
      if (!admin.capabilities.revokeInvitation) skip('the backend cannot revoke invitations');
      const { workspaceId, memberId } = ids.notJoinedMember;
      await admin.revokeInvitation({ type: 'member', workspaceId, memberId });
      checkEqual(await member(admin, workspaceId, memberId), undefined, 'the member after revoking');
    });

    it('removes an invited internal user from the portal', async ({ admin, ids }) => {
      if (!admin.capabilities.revokeInvitation) skip('the backend cannot revoke invitations');
      await admin.revokeInvitation({ type: 'internal-user', userId: ids.invitedUserId });
      checkEqual(await findInternalUser(admin, ids.invitedUserId), undefined, 'the user after revoking');
    });

    it('is a conflict for a member who has joined, and not_found for an unknown one', async ({ admin, ids }) => {
      if (!admin.capabilities.revokeInvitation) skip('the backend cannot revoke invitations');
      const { members } = await admin.listWorkspaceMembers(ids.flowWorkspaceId);
      const joined = members.find((found) => found.status === 'joined')!;
      await rejectsWith(
        admin.revokeInvitation({ type: 'member', workspaceId: ids.flowWorkspaceId, memberId: joined.id }),
        'conflict',
        'revoking a joined member',
      );
      check(await member(admin, ids.flowWorkspaceId, joined.id), 'the joined member stays');
      await rejectsWith(
        admin.revokeInvitation({ type: 'member', workspaceId: ids.flowWorkspaceId, memberId: 'no-such-member' }),
        'not_found',
        'revoking an unknown member',
      );
    });
  });
}
