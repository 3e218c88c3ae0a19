/**
 * The page a workspace link opens (`<workspace-join-request>`): the link's details, a
 * request to join, and its status once a member has answered it in the Members panel.
 * The requester here is the non-admin, who is signed in and not a member of the group
 * workspace (the admin is a member of both); the admin answers.
 */
import { JoinRequestStatusSchema, WorkspaceLinkDetailsSchema } from '../../client/schemas.js';
import type { InviteClient } from '../../client/invite-client.js';
import { check, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import { freshEmail } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';

async function linkOf(client: InviteClient, workspaceId: string): Promise<string> {
  return (await client.getWorkspaceLink(workspaceId)).url;
}

export function workspaceJoinTests({ describe, it }: SuiteTools): void {
  describe('workspace join requests (the invited person’s side)', () => {
    it('a workspace link tells its workspace, its kind and whether it includes viewing', async ({ admin, ids }) => {
      const link = await admin.getWorkspaceLink(ids.groupWorkspaceId);
      const workspace = await admin.getWorkspace(ids.groupWorkspaceId);
      const details = checkSchema(WorkspaceLinkDetailsSchema, await admin.getWorkspaceLinkDetails(link.url), 'getWorkspaceLinkDetails()');
      checkEqual(details.valid, true, 'the current link is valid');
      checkEqual(details.workspace?.id, workspace.id, 'the link’s workspace');
      checkEqual(details.workspace?.kind, workspace.kind, 'the workspace’s kind');
      checkEqual(details.includesViewing, link.includesViewing, 'whether the link includes viewing');
      check(typeof details.portalName === 'string' && details.portalName !== '', 'the portal’s name is given');
      await admin.setWorkspaceLinkViewing(ids.groupWorkspaceId, !link.includesViewing);
      checkEqual((await admin.getWorkspaceLinkDetails(link.url)).includesViewing, !link.includesViewing, 'viewing after it was changed');
    });

    it('a link that is not the portal’s is unknown, not an error', async ({ admin, ids }) => {
      const url = await linkOf(admin, ids.groupWorkspaceId);
      for (const wrong of [`${url}-nope`, 'https://elsewhere.example/w/x/join/y', 'not a link']) {
        const details = checkSchema(WorkspaceLinkDetailsSchema, await admin.getWorkspaceLinkDetails(wrong), `details of ${wrong}`);
        checkEqual(details.valid, false, `${wrong} is not valid`);
        checkEqual(details.reason, 'unknown', `why ${wrong} is not valid`);
      }
    });

    it('says where the signed-in viewer stands: member or not yet', async ({ nonAdmin, ids }) => {
      const inFlow = await nonAdmin.getWorkspaceLinkDetails(await linkOf(nonAdmin, ids.flowWorkspaceId));
      checkEqual(inFlow.viewerStatus, 'member', 'a member opening their workspace’s link');
      const inGroup = await nonAdmin.getWorkspaceLinkDetails(await linkOf(nonAdmin, ids.groupWorkspaceId));
      checkEqual(inGroup.viewerStatus, 'none', 'someone who has not asked yet');
    });

    it('a request to join is pending, listed for the members, and asked twice it stays one', async ({ admin, nonAdmin, ids }) => {
      const url = await linkOf(admin, ids.groupWorkspaceId);
      const email = freshEmail('join');
      const request = checkSchema(
        JoinRequestStatusSchema,
        await nonAdmin.requestToJoinWorkspace({ url, fullName: ' Ada  Lovelace ', email }),
        'requestToJoinWorkspace()',
      );
      checkEqual(request.status, 'pending', 'a new request’s status');
      checkEqual(request.workspaceId, ids.groupWorkspaceId, 'the request’s workspace');
      const listed = (await admin.listJoinRequests(ids.groupWorkspaceId)).filter((found) => found.email === email);
      checkEqual(listed.length, 1, 'requests listed with that email');
      checkEqual(listed[0]?.fullName, 'Ada Lovelace', 'the listed name, normalised');
      const again = await nonAdmin.requestToJoinWorkspace({ url, fullName: 'Ada Lovelace', email });
      checkEqual(again.id, request.id, 'asking again answers the same request');
      checkEqual(
        (await admin.listJoinRequests(ids.groupWorkspaceId)).filter((found) => found.email === email).length,
        1,
        'still one request',
      );
      checkEqual((await admin.getJoinRequestStatus(request.id)).status, 'pending', 'its status');
    });

    it('the signed-in requester sees their pending request on the link’s page', async ({ nonAdmin, ids }) => {
      const url = await linkOf(nonAdmin, ids.groupWorkspaceId);
      const viewer = await nonAdmin.getViewer();
      const request = await nonAdmin.requestToJoinWorkspace({
        url,
        fullName: viewer.fullName,
        ...(viewer.email ? { email: viewer.email } : { phone: viewer.phone ?? '' }),
      });
      const details = await nonAdmin.getWorkspaceLinkDetails(url);
      checkEqual(details.viewerStatus, 'requested', 'after asking');
      checkEqual(details.request?.id, request.id, 'the pending request shown');
    });

    for (const as of ['client', 'internal'] as const) {
      it(`approving in the Members panel settles the request as approved (${as})`, async ({ admin, nonAdmin, ids }) => {
        const url = await linkOf(admin, ids.groupWorkspaceId);
        const request = await nonAdmin.requestToJoinWorkspace({ url, fullName: 'Grace Hopper', email: freshEmail(`approve-${as}`) });
        await admin.approveJoinRequest(ids.groupWorkspaceId, request.id, as);
        const settled = checkSchema(JoinRequestStatusSchema, await admin.getJoinRequestStatus(request.id), 'getJoinRequestStatus()');
        checkEqual(settled.status, 'approved', 'the status after approval');
        checkEqual(settled.approvedAs, as, 'approved as');
      });
    }

    it('declining settles the request as declined', async ({ admin, nonAdmin, ids }) => {
      const url = await linkOf(admin, ids.groupWorkspaceId);
      const request = await nonAdmin.requestToJoinWorkspace({ url, fullName: 'Hedy Lamarr', phone: '+14155550999' });
      await admin.declineJoinRequest(ids.groupWorkspaceId, request.id);
      const settled = await admin.getJoinRequestStatus(request.id);
      checkEqual(settled.status, 'declined', 'the status after declining');
      checkEqual(settled.approvedAs, undefined, 'a declined request is approved as nobody');
    });

    it('a member asking to join is a conflict', async ({ nonAdmin, ids }) => {
      const viewer = await nonAdmin.getViewer();
      await rejectsWith(
        nonAdmin.requestToJoinWorkspace({
          url: await linkOf(nonAdmin, ids.flowWorkspaceId),
          fullName: viewer.fullName,
          email: viewer.email ?? '',
        }),
        'conflict',
        'a member asking to join',
      );
    });

    it('checks what is typed with the shared rules, and refuses an unknown link', async ({ admin, ids }) => {
      const url = await linkOf(admin, ids.groupWorkspaceId);
      await rejectsWith(admin.requestToJoinWorkspace({ url, fullName: 'No Contact' }), 'validation', 'a request without email or phone');
      await rejectsWith(
        admin.requestToJoinWorkspace({ url, fullName: 'Bad Mail', email: 'not-an-email' }),
        'validation',
        'a malformed email',
      );
      await rejectsWith(
        admin.requestToJoinWorkspace({ url: `${url}-nope`, fullName: 'Lost Link', email: freshEmail('lost') }),
        'not_found',
        'an unknown link',
      );
    });

    it('an unknown request id is not_found', async ({ admin }) => {
      await rejectsWith(admin.getJoinRequestStatus('no-such-request'), 'not_found', 'the status of an unknown request');
    });
  });
}
