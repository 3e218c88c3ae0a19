/** Workspaces, their members and their shareable workspace links. */
import { InviteKitError } from '../../errors.js';
import { WorkspaceMembersQuerySchema } from '../../schemas.js';
import type { MemberStatusFilter, Workspace, WorkspaceLink, WorkspaceMembers } from '../../types.js';
import type { MemoryPortal } from '../portal.js';
import type { StoredMember } from '../records.js';
import { personMatcher } from '../text-search.js';
import { memberView, workspaceLinkView, workspaceMembersView, workspaceTeamsView, workspaceView } from '../views.js';
import { parseOrThrow, requireViewer, requireWorkspace, validationError } from './checks.js';
import type { Scope } from './checks.js';

export function listWorkspaces(scope: Scope): Workspace[] {
  requireViewer(scope);
  return [...scope.portal.workspaces.values()].map(workspaceView);
}

export function getWorkspace(scope: Scope, workspaceId: string): Workspace {
  requireViewer(scope);
  return workspaceView(requireWorkspace(scope.portal, workspaceId));
}

/**
 * Every member, or — where `capabilities.memberPaging` and the call asks for it — a page of
 * the members that match, in the portal's stable order (the order they joined the list).
 * Without the capability the query is ignored, as a backend without paging would.
 */
export function listWorkspaceMembers(scope: Scope, workspaceId: string, input: unknown): WorkspaceMembers {
  requireViewer(scope);
  const { portal } = scope;
  requireWorkspace(portal, workspaceId);
  if (!portal.config.capabilities.memberPaging || !asksForPaging(input)) return workspaceMembersView(portal, workspaceId);
  const query = parseOrThrow(WorkspaceMembersQuerySchema, input);
  const matching = matchingMembers(portal, workspaceId, query.query ?? '', query.status, query.excludeTeamMembers ?? false);
  const start = query.cursor !== undefined ? decodeCursor(query.cursor) : (query.offset ?? 0);
  const end = query.limit === undefined ? matching.length : Math.min(matching.length, start + query.limit);
  const members = matching.slice(start, end).map((member) => memberView(portal, member));
  return {
    members,
    teams: workspaceTeamsView(portal, workspaceId),
    ...(end < matching.length ? { nextCursor: encodeCursor(end) } : {}),
    total: matching.length,
  };
}

/** Whether the call sets any paging field: without one it is the call that predates paging, answered as before. */
function asksForPaging(input: unknown): boolean {
  if (input === undefined || input === null) return false;
  if (typeof input !== 'object') return true; // not a query at all: refused by the schema
  return Object.values(input).some((value) => value !== undefined);
}

/** The last filter answered, kept until the portal changes: the pages of one list ask the same question again and again. */
const matchCache = new WeakMap<MemoryPortal, { revision: number; key: string; members: StoredMember[] }>();

function matchingMembers(
  portal: MemoryPortal,
  workspaceId: string,
  text: string,
  status: MemberStatusFilter | undefined,
  excludeTeamMembers: boolean,
): StoredMember[] {
  const now = portal.config.now().getTime();
  // Invitations expire as the clock moves: a minute later is another question.
  const key = JSON.stringify([workspaceId, text, status ?? '', excludeTeamMembers, Math.floor(now / 60_000)]);
  const cached = matchCache.get(portal);
  if (cached?.revision === portal.revision && cached.key === key) return cached.members;
  const matches = personMatcher(text);
  const teams = excludeTeamMembers
    ? new Set(portal.workspaceTeams.filter((entry) => entry.workspaceId === workspaceId).map((entry) => entry.teamId))
    : undefined;
  const members = portal.membersOf(workspaceId).filter((member) => {
    if (teams && member.teamId !== undefined && teams.has(member.teamId)) return false;
    if (status && memberStatus(member, now) !== status) return false;
    if (!text.trim()) return true;
    const person = portal.person(member.personId);
    return person ? matches(person.record) : false;
  });
  matchCache.set(portal, { revision: portal.revision, key, members });
  return members;
}

function memberStatus(member: StoredMember, now: number): MemberStatusFilter {
  if (member.status === 'joined') return 'joined';
  const expiresAt = member.invitation?.expiresAt;
  return expiresAt && Date.parse(expiresAt) <= now ? 'expired' : 'not_joined';
}

/** Opaque to callers; inside, where the next page starts, tagged so a stray string is not mistaken for one. */
function encodeCursor(offset: number): string {
  return btoa(`members:${offset}`);
}

function decodeCursor(cursor: string): number {
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    // Not base64: reported below like any other cursor this backend never issued.
  }
  const match = /^members:(\d+)$/u.exec(decoded);
  if (!match)
    throw new InviteKitError('validation', 'This page cursor is not one this portal issued.', {
      fieldErrors: { cursor: 'validation.required' },
    });
  return Number(match[1]);
}

export function getWorkspaceLink(scope: Scope, workspaceId: string): WorkspaceLink {
  requireViewer(scope);
  requireWorkspace(scope.portal, workspaceId);
  return workspaceLinkView(scope.portal, workspaceId);
}

/** Either way anyone with the link can ask to join; this only decides whether they can look in first. */
export function setWorkspaceLinkViewing(scope: Scope, workspaceId: string, includesViewing: unknown): WorkspaceLink {
  requireViewer(scope);
  requireWorkspace(scope.portal, workspaceId);
  if (typeof includesViewing !== 'boolean') throw validationError({ includesViewing: 'validation.required' });
  scope.portal.workspaceLinks.get(workspaceId)!.includesViewing = includesViewing;
  scope.portal.changed({ type: 'workspace-link-changed', workspaceId });
  return workspaceLinkView(scope.portal, workspaceId);
}
