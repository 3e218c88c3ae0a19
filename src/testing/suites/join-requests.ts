import { JoinRequestSchema, WorkspaceMemberSchema } from '../../client/schemas.js';
import type { InviteClient } from '../../client/invite-client.js';
import type { JoinRequest } from '../../client/types.js';
import { check, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import type { SuiteTools } from '../runner.js';

async function theRequest(client: InviteClient, workspaceId: string, requestId: string): Promise<JoinRequest | undefined> {
  return (await client.listJoinRequests(workspaceId)).find((request) => request.id === requestId);
}

export function joinRequestTests({ describe, it }: SuiteTools): void {
  describe('join requests', () => {
    it('lists pending requests to join', async ({ admin, ids }) => {
      const { workspaceId, requestId } = ids.joinRequest;
      const requests = await admin.listJoinRequests(workspaceId);
      requests.forEach((request, index) => checkSchema(JoinRequestSchema, request, `listJoinRequests()[${index}]`));
      check(
        requests.some((request) => request.id === requestId),
        `the join request ${requestId} is listed`,
      );
    });

    for (const as of ['client', 'internal'] as const) {
      it(`approving as ${as} makes the person a joined member`, async ({ admin, ids }) => {
        const { workspaceId, requestId } = ids.joinRequest;
        const request = (await theRequest(admin, workspaceId, requestId))!;
        const member = checkSchema(
          WorkspaceMemberSchema,
          await admin.approveJoinRequest(workspaceId, requestId, as),
          'approveJoinRequest()',
        );
        checkEqual(member.status, 'joined', 'the approved member’s status');
        checkEqual(member.person.type, as, 'the approved member’s type');
        checkEqual(member.person.fullName, request.fullName, 'the approved member’s name');
        checkEqual(await theRequest(admin, workspaceId, requestId), undefined, 'the request after approval');
        const { members } = await admin.listWorkspaceMembers(workspaceId);
        check(
          members.some((found) => found.id === member.id),
          'the approved member is listed',
        );
      });
    }

    it('only portal admins may approve', async ({ admin, nonAdmin, ids }) => {
      const { workspaceId, requestId } = ids.joinRequest;
      await rejectsWith(nonAdmin.approveJoinRequest(workspaceId, requestId, 'client'), 'permission', 'a non-admin approving');
      check(await theRequest(admin, workspaceId, requestId), 'the request is still pending');
    });

    it('declining removes the request and adds nobody', async ({ admin, ids }) => {
      const { workspaceId, requestId } = ids.joinRequest;
      const request = (await theRequest(admin, workspaceId, requestId))!;
      const before = (await admin.listWorkspaceMembers(workspaceId)).members.length;
      await admin.declineJoinRequest(workspaceId, requestId);
      checkEqual(await theRequest(admin, workspaceId, requestId), undefined, 'the request after declining');
      const { members } = await admin.listWorkspaceMembers(workspaceId);
      checkEqual(members.length, before, 'members after declining');
      check(!members.some((member) => member.person.fullName === request.fullName), 'the declined person is not a member');
    });

    it('rejects unknown requests with not_found', async ({ admin, ids }) => {
      const { workspaceId } = ids.joinRequest;
      await rejectsWith(admin.approveJoinRequest(workspaceId, 'no-such-request', 'client'), 'not_found', 'approving an unknown request');
      await rejectsWith(admin.declineJoinRequest(workspaceId, 'no-such-request'), 'not_found', 'declining an unknown request');
    });

    it('a request can be answered only once', async ({ admin, ids }) => {
      const { workspaceId, requestId } = ids.joinRequest;
      await admin.declineJoinRequest(workspaceId, requestId);
      await rejectsWith(admin.approveJoinRequest(workspaceId, requestId, 'client'), 'not_found', 'approving a declined request');
    });
  });
}
