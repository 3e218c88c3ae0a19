/**
 * Turns stored records into the payloads the contract promises. Every call builds new
 * objects, so nothing a caller holds can reach back into the portal's state.
 */
import type {
  InternalUser,
  Invitation,
  InviteLink,
  JoinRequest,
  Person,
  Viewer,
  Workspace,
  WorkspaceLink,
  WorkspaceMember,
  WorkspaceMembers,
  WorkspaceTeam,
} from '../types.js';
import type { MemoryPortal, StoredPerson } from './portal.js';
import type { StoredInternalUser, StoredMember } from './records.js';

/** Copies only the optional fields that are set, so payloads never carry `undefined` values. */
function contactFields(record: { email?: string; phone?: string; userId?: string; avatarUrl?: string }) {
  // Plain assignments rather than spreads: this runs once per row of a 100,000-member list.
  const fields: { email?: string; phone?: string; userId?: string; avatarUrl?: string } = {};
  if (record.email !== undefined) fields.email = record.email;
  if (record.phone !== undefined) fields.phone = record.phone;
  if (record.userId !== undefined) fields.userId = record.userId;
  if (record.avatarUrl !== undefined) fields.avatarUrl = record.avatarUrl;
  return fields;
}

const invitationView = (invitation: Invitation): Invitation => ({ ...invitation });

export function viewerView(user: StoredInternalUser): Viewer {
  const { userId: _userId, ...contact } = contactFields(user);
  return { id: user.id, fullName: user.fullName, ...contact, isPortalAdmin: user.isAdministrator };
}

export function internalUserView(user: StoredInternalUser): InternalUser {
  return {
    id: user.id,
    fullName: user.fullName,
    ...contactFields(user),
    isAdministrator: user.isAdministrator,
    status: user.status,
    ...(user.invitation ? { invitation: invitationView(user.invitation) } : {}),
  };
}

export function personView(person: StoredPerson): Person {
  return { id: person.record.id, type: person.type, fullName: person.record.fullName, ...contactFields(person.record) };
}

export function workspaceView(workspace: Workspace): Workspace {
  return { id: workspace.id, name: workspace.name, kind: workspace.kind };
}

export function memberView(portal: MemoryPortal, member: StoredMember): WorkspaceMember {
  const person = portal.person(member.personId);
  // A member always points at a person; a hand-written seed that breaks this still renders.
  const personPayload: Person = person ? personView(person) : { id: member.personId, type: 'client', fullName: member.personId };
  return {
    id: member.id,
    workspaceId: member.workspaceId,
    person: personPayload,
    role: member.role,
    status: member.status,
    ...(member.invitation ? { invitation: invitationView(member.invitation) } : {}),
    ...(member.teamId ? { teamId: member.teamId } : {}),
  };
}

export function workspaceMembersView(portal: MemoryPortal, workspaceId: string): WorkspaceMembers {
  const members = portal.membersOf(workspaceId);
  return { members: members.map((member) => memberView(portal, member)), teams: workspaceTeamsView(portal, workspaceId, members) };
}

/** A workspace's internal teams, each counting its members and those who have not joined. */
export function workspaceTeamsView(portal: MemoryPortal, workspaceId: string, members = portal.membersOf(workspaceId)): WorkspaceTeam[] {
  return portal.workspaceTeams
    .filter((entry) => entry.workspaceId === workspaceId)
    .map((entry) => {
      const teamMembers = members.filter((member) => member.teamId === entry.teamId);
      return {
        id: entry.teamId,
        workspaceId,
        name: portal.teams.get(entry.teamId)?.name ?? entry.teamId,
        memberCount: teamMembers.length,
        notJoinedCount: teamMembers.filter((member) => member.status === 'not_joined').length,
        role: entry.role,
      };
    });
}

export function inviteLinkUrl(portal: MemoryPortal, token: string): string {
  return `${portal.config.linkOrigin}/join/${token}`;
}

export function inviteLinkView(portal: MemoryPortal): InviteLink {
  const link = portal.inviteLink;
  return {
    url: inviteLinkUrl(portal, link.token),
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    expiresInDays: link.expiresInDays,
    allowedDomains: [...link.allowedDomains],
  };
}

export function workspaceLinkView(portal: MemoryPortal, workspaceId: string): WorkspaceLink {
  const link = portal.workspaceLinks.get(workspaceId)!;
  return {
    workspaceId,
    url: `${portal.config.linkOrigin}/w/${encodeURIComponent(workspaceId)}/join/${link.token}`,
    includesViewing: link.includesViewing,
  };
}

export function joinRequestView(request: JoinRequest): JoinRequest {
  return { ...request };
}
