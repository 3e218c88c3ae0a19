import { WorkspaceLinkSchema, WorkspaceMembersSchema, WorkspaceSchema } from '../../client/schemas.js';
import { check, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import type { SuiteTools } from '../runner.js';

export function workspaceTests({ describe, it }: SuiteTools): void {
  describe('workspaces', () => {
    it('lists the flow and the group workspace with their kinds', async ({ admin, ids }) => {
      const workspaces = await admin.listWorkspaces();
      workspaces.forEach((workspace, index) => checkSchema(WorkspaceSchema, workspace, `listWorkspaces()[${index}]`));
      checkEqual(workspaces.find((workspace) => workspace.id === ids.flowWorkspaceId)?.kind, 'flow', 'the flow workspace’s kind');
      checkEqual(workspaces.find((workspace) => workspace.id === ids.groupWorkspaceId)?.kind, 'group', 'the group workspace’s kind');
    });

    it('gets one workspace, and not_found for an unknown id', async ({ admin, ids }) => {
      const workspace = checkSchema(WorkspaceSchema, await admin.getWorkspace(ids.groupWorkspaceId), 'getWorkspace()');
      checkEqual(workspace.id, ids.groupWorkspaceId, 'getWorkspace().id');
      await rejectsWith(admin.getWorkspace('no-such-workspace'), 'not_found', 'getWorkspace() of an unknown id');
    });

    it('lists members with their status and pending invitations', async ({ admin, ids }) => {
      const { workspaceId, memberId } = ids.notJoinedMember;
      const result = checkSchema(WorkspaceMembersSchema, await admin.listWorkspaceMembers(workspaceId), 'listWorkspaceMembers()');
      check(
        result.members.every((member) => member.workspaceId === workspaceId),
        'every member belongs to the workspace asked for',
      );
      const pending = result.members.find((member) => member.id === memberId);
      check(pending, `the not-joined member ${memberId} is listed`);
      checkEqual(pending.status, 'not_joined', 'the not-joined member’s status');
      check(pending.invitation, 'a not-joined member carries their invitation');
      check(
        result.members.some((member) => member.status === 'joined'),
        'the workspace has joined members too',
      );
    });

    it('counts a team’s members and those who have not joined', async ({ admin, ids }) => {
      const { workspaceId, teamId } = ids.team;
      const { members, teams } = await admin.listWorkspaceMembers(workspaceId);
      const team = teams.find((found) => found.id === teamId);
      check(team, `the team ${teamId} is listed in its workspace`);
      const teamMembers = members.filter((member) => member.teamId === teamId);
      checkEqual(team.memberCount, teamMembers.length, 'team.memberCount (members carrying its teamId)');
      checkEqual(team.notJoinedCount, teamMembers.filter((member) => member.status === 'not_joined').length, 'team.notJoinedCount');
      check(team.notJoinedCount > 0, 'the team has members who have not joined');
    });

    it('rejects members, link and join requests of an unknown workspace with not_found', async ({ admin }) => {
      await rejectsWith(admin.listWorkspaceMembers('no-such-workspace'), 'not_found', 'listWorkspaceMembers()');
      await rejectsWith(admin.getWorkspaceLink('no-such-workspace'), 'not_found', 'getWorkspaceLink()');
      await rejectsWith(admin.listJoinRequests('no-such-workspace'), 'not_found', 'listJoinRequests()');
    });

    it('switches whether the workspace link includes viewing', async ({ admin, ids }) => {
      const workspaceId = ids.flowWorkspaceId;
      const link = checkSchema(WorkspaceLinkSchema, await admin.getWorkspaceLink(workspaceId), 'getWorkspaceLink()');
      checkEqual(link.workspaceId, workspaceId, 'link.workspaceId');
      const switched = checkSchema(
        WorkspaceLinkSchema,
        await admin.setWorkspaceLinkViewing(workspaceId, !link.includesViewing),
        'setWorkspaceLinkViewing()',
      );
      checkEqual(switched.includesViewing, !link.includesViewing, 'includesViewing after the switch');
      checkEqual((await admin.getWorkspaceLink(workspaceId)).includesViewing, !link.includesViewing, 'the stored includesViewing');
      checkEqual(switched.url, link.url, 'the link itself stays the same');
    });

    it('hands out copies: changing a returned object changes nothing on the backend', async ({ admin, ids }) => {
      const first = await admin.listWorkspaceMembers(ids.flowWorkspaceId);
      const original = first.members[0]!.person.fullName;
      first.members[0]!.person.fullName = 'Changed By Caller';
      first.members.length = 0;
      const again = await admin.listWorkspaceMembers(ids.flowWorkspaceId);
      check(again.members.length > 0, 'the member list is intact');
      checkEqual(again.members[0]!.person.fullName, original, 'a member’s name after the caller changed its copy');
    });
  });
}
