/**
 * Resending and revoking invitations — to one not-joined member, to every not-joined
 * member of a team added to a workspace, or to an internal user invited to the portal.
 */
import { InviteKitError } from '../../errors.js';
import { InvitationTargetSchema } from '../../schemas.js';
import type { Invitation, InvitationTarget, ResendResult } from '../../types.js';
import type { MemoryPortal } from '../portal.js';
import type { StoredInternalUser, StoredMember } from '../records.js';
import { parseOrThrow, requireAdmin, requireCapability, requireViewer, requireWorkspace } from './checks.js';
import type { Scope } from './checks.js';
import { issueInvitationToken, reissueUserToken } from './accept-invitation.js';

export function resendInvitation(scope: Scope, input: unknown): ResendResult {
  const viewer = requireViewer(scope);
  const { portal } = scope;
  const target = parseOrThrow(InvitationTargetSchema, input);
  const sentAt = portal.nowIso();
  const expiresAt = portal.invitationExpiry();
  // A resend renews the invitation: an expired one is pending again.
  const renew = (invitation: Invitation | undefined): Invitation => ({
    sentAt: invitation?.sentAt ?? sentAt,
    lastSentAt: sentAt,
    expiresAt,
  });

  if (target.type === 'internal-user') {
    const user = requirePendingUser(portal, target.userId, 'resend');
    user.invitation = renew(user.invitation);
    const token = reissueUserToken(portal, user.id, viewer.id);
    portal.recordSent(user, 'resend', user.id, undefined, token);
    portal.changed({ type: 'internal-users-changed' });
    const recipient = { id: user.id, fullName: user.fullName, token, acceptUrl: portal.config.acceptUrl(token) };
    return { recipients: [recipient], sentAt, expiresAt };
  }

  const members = notJoinedTargets(portal, target, 'resend');
  const recipients = members.map((member) => {
    const person = portal.person(member.personId);
    const fullName = person?.record.fullName ?? member.personId;
    member.invitation = renew(member.invitation);
    // A new internal user gets a new token (the old one then reads "replaced"); others sign in.
    const token =
      person?.type === 'internal' && person.record.status === 'invited'
        ? issueInvitationToken(portal, {
            userId: person.record.id,
            memberId: member.id,
            workspaceId: member.workspaceId,
            invitedById: viewer.id,
          })
        : undefined;
    portal.recordSent({ fullName, ...contactOf(person?.record) }, 'resend', member.id, member.workspaceId, token);
    return { id: member.id, fullName, ...(token ? { token, acceptUrl: portal.config.acceptUrl(token) } : {}) };
  });
  portal.changed({ type: 'members-changed', workspaceId: target.workspaceId });
  return { recipients, sentAt, expiresAt };
}

export function revokeInvitation(scope: Scope, input: unknown): void {
  requireViewer(scope);
  const { portal } = scope;
  requireCapability(portal, 'revokeInvitation', 'revoking invitations');
  const target = parseOrThrow(InvitationTargetSchema, input);

  if (target.type === 'internal-user') {
    // Withdrawing a portal invitation undoes an admin's invitation, so it is an admin's call too.
    requireAdmin(scope, 'revoke invitations to the portal');
    const user = requirePendingUser(portal, target.userId, 'revoke');
    portal.internalUsers.delete(user.id);
    // They never joined the portal, so the workspaces they were invited into lose them too.
    for (const member of [...portal.members.values()]) {
      if (member.personId !== user.id) continue;
      portal.members.delete(member.id);
      portal.changed({ type: 'members-changed', workspaceId: member.workspaceId });
    }
    portal.changed({ type: 'internal-users-changed' });
    return;
  }

  for (const member of notJoinedTargets(portal, target, 'revoke')) portal.members.delete(member.id);
  if (target.type === 'team' && !portal.membersOf(target.workspaceId).some((member) => member.teamId === target.teamId)) {
    // Nobody of the team is left in the workspace: the team is no longer in it either.
    portal.workspaceTeams = portal.workspaceTeams.filter(
      (entry) => !(entry.workspaceId === target.workspaceId && entry.teamId === target.teamId),
    );
  }
  portal.changed({ type: 'members-changed', workspaceId: target.workspaceId });
}

function contactOf(record: { email?: string; phone?: string } | undefined) {
  return { ...(record?.email ? { email: record.email } : {}), ...(record?.phone ? { phone: record.phone } : {}) };
}

function requirePendingUser(portal: MemoryPortal, userId: string, action: 'resend' | 'revoke'): StoredInternalUser {
  const user = portal.internalUsers.get(userId);
  if (!user) throw new InviteKitError('not_found', `There is no internal user with the id “${userId}”.`);
  if (user.status === 'active') {
    throw new InviteKitError('conflict', `${user.fullName} has already joined the portal, so there is no invitation to ${action}.`);
  }
  return user;
}

/** The not-joined members a member or team target names; a target where everyone has joined is a conflict. */
function notJoinedTargets(
  portal: MemoryPortal,
  target: Exclude<InvitationTarget, { type: 'internal-user' }>,
  action: 'resend' | 'revoke',
): StoredMember[] {
  const workspace = requireWorkspace(portal, target.workspaceId);
  if (target.type === 'member') {
    const member = portal.members.get(target.memberId);
    if (!member || member.workspaceId !== workspace.id) {
      throw new InviteKitError('not_found', `This member is no longer in “${workspace.name}”.`);
    }
    if (member.status === 'joined') {
      const name = portal.person(member.personId)?.record.fullName ?? 'This member';
      throw new InviteKitError('conflict', `${name} has already joined “${workspace.name}”, so there is no invitation to ${action}.`);
    }
    return [member];
  }
  const inWorkspace = portal.workspaceTeams.some((entry) => entry.workspaceId === workspace.id && entry.teamId === target.teamId);
  if (!inWorkspace) throw new InviteKitError('not_found', `This team is not in “${workspace.name}”.`);
  const notJoined = portal.membersOf(workspace.id).filter((member) => member.teamId === target.teamId && member.status === 'not_joined');
  if (notJoined.length === 0) {
    const name = portal.teams.get(target.teamId)?.name ?? 'this team';
    throw new InviteKitError('conflict', `Everyone in ${name} has already joined “${workspace.name}”.`);
  }
  return notJoined;
}
