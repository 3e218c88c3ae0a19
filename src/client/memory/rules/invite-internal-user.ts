/**
 * "Invite Internal User": one person, three ways to deliver — into a workspace, into the
 * contacts with a portal invitation, or into the contacts quietly with no message at all.
 */
import { InviteInternalUserInputSchema } from '../../schemas.js';
import type { InviteResult } from '../../types.js';
import type { StoredInternalUser, StoredMember } from '../records.js';
import { internalUserView, workspaceView } from '../views.js';
import { contactMissing, parseOrThrow, requireAdmin, requireContactFree, requireUserIdFree, requireWorkspace } from './checks.js';
import type { Scope } from './checks.js';
import { issueInvitationToken } from './accept-invitation.js';

export function inviteInternalUser(scope: Scope, input: unknown): InviteResult {
  requireAdmin(scope, 'invite internal users');
  const request = parseOrThrow(InviteInternalUserInputSchema, input, contactMissing(input));
  const { portal } = scope;
  const { delivery } = request;
  const workspace = delivery.method === 'workspace' ? requireWorkspace(portal, delivery.workspaceId) : undefined;
  requireContactFree(portal, request.email, request.phone);
  requireUserIdFree(portal, request.userId);

  const sending = delivery.method !== 'contacts-quietly';
  const now = portal.nowIso();
  const invitation = { sentAt: now, lastSentAt: now, expiresAt: portal.invitationExpiry() };
  const user: StoredInternalUser = {
    id: portal.newId('u'),
    fullName: request.fullName,
    ...(request.email ? { email: request.email } : {}),
    ...(request.phone ? { phone: request.phone } : {}),
    ...(request.userId ? { userId: request.userId } : {}),
    isAdministrator: request.isAdministrator ?? false,
    status: 'invited',
    ...(sending ? { invitation } : {}),
  };
  portal.internalUsers.set(user.id, user);
  portal.changed({ type: 'internal-users-changed' });

  let token: string | undefined;
  if (workspace) {
    // The workspace invitation is the one message: it brings them into the portal and the workspace.
    const member: StoredMember = {
      id: portal.newId('m'),
      workspaceId: workspace.id,
      personId: user.id,
      role: 'editor',
      status: 'not_joined',
      invitation: { ...invitation },
    };
    portal.members.set(member.id, member);
    portal.changed({ type: 'members-changed', workspaceId: workspace.id });
    token = issueInvitationToken(portal, { userId: user.id, memberId: member.id, workspaceId: workspace.id, invitedById: scope.viewerId });
    portal.recordSent(user, 'workspace', member.id, workspace.id, token);
  } else if (sending) {
    token = issueInvitationToken(portal, { userId: user.id, invitedById: scope.viewerId });
    portal.recordSent(user, 'portal', user.id, undefined, token);
  }

  return {
    user: internalUserView(user),
    delivery: { ...delivery },
    invitationSent: sending,
    ...(workspace ? { workspace: workspaceView(workspace) } : {}),
    ...(token ? { token, acceptUrl: portal.config.acceptUrl(token), expiresAt: invitation.expiresAt } : {}),
  };
}
