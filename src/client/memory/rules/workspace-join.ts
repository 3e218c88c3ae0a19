/**
 * The other side of a workspace link: the person who opens it sees the workspace, asks to
 * join, and learns how their request was answered. Anyone with the link may ask, signed in
 * or not, so none of these rules needs a viewer; a request made here is an ordinary join
 * request, listed in the Members panel, and approving or declining it there settles it.
 *
 * Requests made here get ids nobody can guess (`jr-` and a random token): the id is what
 * lets a signed-out person read their request's status again.
 */
import { InviteKitError } from '../../errors.js';
import { WorkspaceJoinRequestInputSchema } from '../../schemas.js';
import type { JoinRequest, JoinRequestStatus, MemberType, Workspace, WorkspaceLink, WorkspaceLinkDetails } from '../../types.js';
import type { MemoryPortal } from '../portal.js';
import type { StoredInternalUser, StoredJoinRequestStatus, StoredWorkspaceLink } from '../records.js';
import { workspaceLinkView, workspaceView } from '../views.js';
import { contactMissing, parseOrThrow, requireWorkspace } from './checks.js';
import type { Scope } from './checks.js';

type LinkState = { state: 'unknown' } | { state: 'valid' | 'replaced'; workspace: Workspace; link: StoredWorkspaceLink };

/** What a workspace link points at: `<linkOrigin>/w/<workspaceId>/join/<token>` (see `workspaceLinkView`). */
function readWorkspaceLink(portal: MemoryPortal, url: unknown): LinkState {
  const prefix = `${portal.config.linkOrigin}/w/`;
  if (typeof url !== 'string' || !url.startsWith(prefix)) return { state: 'unknown' };
  // People paste links with tracking parameters or a trailing slash; the workspace and token are what count.
  const [encodedId, join, token] = url.slice(prefix.length).split(/[?#]/u)[0]!.split('/');
  if (join !== 'join' || !encodedId || !token) return { state: 'unknown' };
  let workspaceId: string;
  try {
    workspaceId = decodeURIComponent(encodedId);
  } catch {
    return { state: 'unknown' };
  }
  const workspace = portal.workspaces.get(workspaceId);
  const link = portal.workspaceLinks.get(workspaceId);
  if (!workspace || !link) return { state: 'unknown' };
  if (token === link.token) return { state: 'valid', workspace, link };
  return link.replacedTokens?.includes(token) ? { state: 'replaced', workspace, link } : { state: 'unknown' };
}

/** The signed-in internal user, if anyone is signed in. */
function signedIn(scope: Scope): StoredInternalUser | undefined {
  return scope.portal.internalUsers.get(scope.viewerId);
}

function sameContact(request: JoinRequest, email: string | undefined, phone: string | undefined): boolean {
  return (email !== undefined && request.email?.toLowerCase() === email.toLowerCase()) || (phone !== undefined && request.phone === phone);
}

/** A pending request to join `workspaceId` by this person (signed in as `requesterId`, or with this email or phone). */
function pendingRequestOf(
  portal: MemoryPortal,
  workspaceId: string,
  person: { requesterId?: string; email?: string; phone?: string },
): JoinRequest | undefined {
  for (const request of portal.joinRequests.values()) {
    if (request.workspaceId !== workspaceId) continue;
    const asker = portal.joinRequestStatuses.get(request.id)?.requesterId;
    if ((person.requesterId !== undefined && asker === person.requesterId) || sameContact(request, person.email, person.phone)) {
      return request;
    }
  }
  return undefined;
}

function statusView(portal: MemoryPortal, entry: Omit<StoredJoinRequestStatus, 'requesterId'>): JoinRequestStatus {
  return {
    id: entry.id,
    workspaceId: entry.workspaceId,
    workspaceName: portal.workspaces.get(entry.workspaceId)?.name ?? entry.workspaceId,
    status: entry.status,
    ...(entry.approvedAs ? { approvedAs: entry.approvedAs } : {}),
    requestedAt: entry.requestedAt,
  };
}

function pendingView(portal: MemoryPortal, request: JoinRequest): JoinRequestStatus {
  return statusView(portal, { id: request.id, workspaceId: request.workspaceId, requestedAt: request.requestedAt, status: 'pending' });
}

export function getWorkspaceLinkDetails(scope: Scope, url: string): WorkspaceLinkDetails {
  const { portal } = scope;
  const found = readWorkspaceLink(portal, url);
  if (found.state === 'unknown') return { valid: false, reason: 'unknown' };
  const { portalName } = portal;
  // A replaced link still names its workspace: the page can say which one to ask for a new link.
  if (found.state === 'replaced') return { valid: false, reason: 'replaced', portalName, workspace: workspaceView(found.workspace) };
  const details: WorkspaceLinkDetails = {
    valid: true,
    portalName,
    workspace: workspaceView(found.workspace),
    includesViewing: found.link.includesViewing,
  };
  const viewer = signedIn(scope);
  if (!viewer) return details;
  if (portal.membershipOf(found.workspace.id, viewer.id)) return { ...details, viewerStatus: 'member' };
  const pending = pendingRequestOf(portal, found.workspace.id, { requesterId: viewer.id, email: viewer.email, phone: viewer.phone });
  return pending ? { ...details, viewerStatus: 'requested', request: pendingView(portal, pending) } : { ...details, viewerStatus: 'none' };
}

export function requestToJoinWorkspace(scope: Scope, input: unknown): JoinRequestStatus {
  const { portal } = scope;
  const request = parseOrThrow(WorkspaceJoinRequestInputSchema, input, contactMissing(input));
  const found = readWorkspaceLink(portal, request.url);
  if (found.state === 'unknown') throw new InviteKitError('not_found', 'This workspace link does not belong to this portal.');
  if (found.state === 'replaced') {
    throw new InviteKitError('permission', 'This workspace link has been replaced by a newer one. Ask whoever shared it for the new link.');
  }
  const workspaceId = found.workspace.id;
  const viewer = signedIn(scope);
  const existing = portal.personWithContact(request.email, request.phone);
  const member =
    (viewer && portal.membershipOf(workspaceId, viewer.id)) || (existing && portal.membershipOf(workspaceId, existing.record.id));
  if (member) throw new InviteKitError('conflict', `You are already a member of ${found.workspace.name}.`);

  const asker = { ...(viewer ? { requesterId: viewer.id } : {}), email: request.email, phone: request.phone };
  const pending = pendingRequestOf(portal, workspaceId, asker);
  if (pending) return pendingView(portal, pending);

  const created: JoinRequest = {
    id: newRequestId(portal),
    workspaceId,
    fullName: request.fullName,
    ...(request.email ? { email: request.email } : {}),
    ...(request.phone ? { phone: request.phone } : {}),
    requestedAt: portal.nowIso(),
  };
  portal.joinRequests.set(created.id, created);
  portal.joinRequestStatuses.set(created.id, {
    id: created.id,
    workspaceId,
    requestedAt: created.requestedAt,
    status: 'pending',
    ...(viewer ? { requesterId: viewer.id } : {}),
  });
  portal.changed({ type: 'join-requests-changed', workspaceId });
  return pendingView(portal, created);
}

/** Anyone holding the id may ask (it cannot be guessed for requests made through a link). */
export function getJoinRequestStatus(scope: Scope, requestId: string): JoinRequestStatus {
  const { portal } = scope;
  const pending = typeof requestId === 'string' ? portal.joinRequests.get(requestId) : undefined;
  if (pending) return pendingView(portal, pending);
  const settled = typeof requestId === 'string' ? portal.joinRequestStatuses.get(requestId) : undefined;
  if (!settled || settled.status === 'pending') throw new InviteKitError('not_found', 'There is no such request to join.');
  return statusView(portal, settled);
}

/**
 * Keeps a request's outcome once a member approved or declined it in the Members panel
 * (`rules/join-requests.ts`), so the page of the person who asked can say how it went.
 */
export function noteJoinRequestSettled(
  portal: MemoryPortal,
  request: JoinRequest,
  outcome: 'approved' | 'declined',
  as?: MemberType,
): void {
  const previous = portal.joinRequestStatuses.get(request.id);
  portal.joinRequestStatuses.set(request.id, {
    id: request.id,
    workspaceId: request.workspaceId,
    requestedAt: request.requestedAt,
    status: outcome,
    ...(outcome === 'approved' && as ? { approvedAs: as } : {}),
    ...(previous?.requesterId ? { requesterId: previous.requesterId } : {}),
  });
}

/**
 * A new link for a workspace; the old one's page says it was replaced. No contract operation
 * does this yet (a backend may), so the memory client offers it as a simulation.
 */
export function replaceWorkspaceLink(portal: MemoryPortal, workspaceId: string): WorkspaceLink {
  requireWorkspace(portal, workspaceId);
  const link = portal.workspaceLinks.get(workspaceId)!;
  link.replacedTokens = [...(link.replacedTokens ?? []), link.token];
  link.token = portal.newToken(8);
  portal.changed({ type: 'workspace-link-changed', workspaceId });
  return workspaceLinkView(portal, workspaceId);
}

function newRequestId(portal: MemoryPortal): string {
  let id: string;
  do id = `jr-${portal.newToken(12)}`;
  while (portal.joinRequests.has(id) || portal.joinRequestStatuses.has(id));
  return id;
}
