/**
 * What other people do while the page is open — a member accepts their invitation, someone
 * asks to join through a workspace link, an invited internal user signs in for the first
 * time — so stories and tests can show live updates arriving.
 */
import { InviteKitError } from '../errors.js';
import type { JoinRequest } from '../types.js';
import type { MemoryPortal } from './portal.js';
import { joinRequestView } from './views.js';
import { requireWorkspace } from './rules/checks.js';

export interface SimulatedJoinRequest {
  fullName: string;
  email?: string;
  phone?: string;
}

export function simulateMemberJoined(portal: MemoryPortal, workspaceId: string, memberId: string): void {
  requireWorkspace(portal, workspaceId);
  const member = portal.members.get(memberId);
  if (!member || member.workspaceId !== workspaceId) {
    throw new InviteKitError('not_found', `There is no member “${memberId}” in the workspace “${workspaceId}”.`);
  }
  member.status = 'joined';
  delete member.invitation;
  portal.changed({ type: 'members-changed', workspaceId });
  // Accepting a workspace invitation is how an invited internal user gets into the portal too.
  const user = portal.internalUsers.get(member.personId);
  if (user?.status === 'invited') activate(portal, user.id);
}

export function simulateJoinRequest(portal: MemoryPortal, workspaceId: string, person: SimulatedJoinRequest): JoinRequest {
  requireWorkspace(portal, workspaceId);
  const request: JoinRequest = {
    id: portal.newId('jr'),
    workspaceId,
    fullName: person.fullName,
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    requestedAt: portal.nowIso(),
  };
  portal.joinRequests.set(request.id, request);
  portal.changed({ type: 'join-requests-changed', workspaceId });
  return joinRequestView(request);
}

export function simulateInternalUserAccepted(portal: MemoryPortal, userId: string): void {
  if (!portal.internalUsers.has(userId)) throw new InviteKitError('not_found', `There is no internal user “${userId}”.`);
  activate(portal, userId);
}

function activate(portal: MemoryPortal, userId: string): void {
  const user = portal.internalUsers.get(userId)!;
  user.status = 'active';
  delete user.invitation;
  portal.changed({ type: 'internal-users-changed' });
}
