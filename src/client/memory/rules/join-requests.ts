/**
 * Requests to join that arrive through a workspace link. An admin approves each one as an
 * internal user or a client (it becomes a joined member), or declines it.
 */
import { InviteKitError } from '../../errors.js';
import type { JoinRequest, MemberType, WorkspaceMember } from '../../types.js';
import type { StoredPerson } from '../portal.js';
import type { StoredMember } from '../records.js';
import { joinRequestView, memberView } from '../views.js';
import { describePerson, requireAdmin, requireViewer, requireWorkspace, validationError } from './checks.js';
import type { Scope } from './checks.js';
import { noteJoinRequestSettled } from './workspace-join.js';

export function listJoinRequests(scope: Scope, workspaceId: string): JoinRequest[] {
  requireViewer(scope);
  requireWorkspace(scope.portal, workspaceId);
  return [...scope.portal.joinRequests.values()]
    .filter((request) => request.workspaceId === workspaceId)
    .sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt))
    .map(joinRequestView);
}

function requireJoinRequest(scope: Scope, workspaceId: string, requestId: string): JoinRequest {
  requireWorkspace(scope.portal, workspaceId);
  const request = scope.portal.joinRequests.get(requestId);
  if (!request || request.workspaceId !== workspaceId) {
    throw new InviteKitError('not_found', 'This join request no longer exists: someone may have approved or declined it already.');
  }
  return request;
}

export function approveJoinRequest(scope: Scope, workspaceId: string, requestId: string, as: unknown): WorkspaceMember {
  requireAdmin(scope, 'approve join requests');
  const request = requireJoinRequest(scope, workspaceId, requestId);
  if (as !== 'internal' && as !== 'client') throw validationError({ as: 'validation.required' }, 'Choose internal user or client');
  const { portal } = scope;

  // Someone already in the portal joins as who they are; nobody gets a second account.
  const existing = portal.personWithContact(request.email, request.phone);
  if (existing && existing.type !== as) {
    throw new InviteKitError(
      'conflict',
      `${describePerson(existing)} already uses this contact; approve them as ${existing.type === 'internal' ? 'an internal user' : 'a client'}.`,
    );
  }
  if (existing && portal.membershipOf(workspaceId, existing.record.id)) {
    throw new InviteKitError('conflict', `${existing.record.fullName} is already a member of this workspace.`);
  }

  const person: StoredPerson = existing ?? createPerson(scope, request, as);
  const member: StoredMember = {
    id: portal.newId('m'),
    workspaceId,
    personId: person.record.id,
    role: as === 'internal' ? 'editor' : 'viewer',
    status: 'joined',
  };
  portal.members.set(member.id, member);
  portal.joinRequests.delete(request.id);
  // The person who asked can still read how it went (their page turns to approved).
  noteJoinRequestSettled(portal, request, 'approved', as);
  portal.changed({ type: 'join-requests-changed', workspaceId });
  portal.changed({ type: 'members-changed', workspaceId });
  return memberView(portal, member);
}

function createPerson(scope: Scope, request: JoinRequest, as: MemberType): StoredPerson {
  const { portal } = scope;
  const contact = { ...(request.email ? { email: request.email } : {}), ...(request.phone ? { phone: request.phone } : {}) };
  if (as === 'internal') {
    const record = { id: portal.newId('u'), fullName: request.fullName, ...contact, isAdministrator: false, status: 'active' as const };
    portal.internalUsers.set(record.id, record);
    portal.changed({ type: 'internal-users-changed' });
    return { type: 'internal', record };
  }
  const record = { id: portal.newId('c'), fullName: request.fullName, ...contact };
  portal.clients.set(record.id, record);
  return { type: 'client', record };
}

export function declineJoinRequest(scope: Scope, workspaceId: string, requestId: string): void {
  requireViewer(scope);
  const request = requireJoinRequest(scope, workspaceId, requestId);
  scope.portal.joinRequests.delete(request.id);
  noteJoinRequestSettled(scope.portal, request, 'declined');
  scope.portal.changed({ type: 'join-requests-changed', workspaceId });
}
