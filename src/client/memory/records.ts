/**
 * The memory portal's stored records. They are plain JSON (ISO date strings, no classes,
 * no references between objects other than ids) so a whole portal can be snapshotted,
 * persisted to `localStorage` and handed back in as a seed.
 */
import type { Invitation, MemberRole, MemberStatus, Workspace, JoinRequest, LinkExpiry } from '../types.js';

export interface StoredInternalUser {
  id: string;
  fullName: string;
  email?: string;
  phone?: string;
  userId?: string;
  avatarUrl?: string;
  isAdministrator: boolean;
  status: 'active' | 'invited';
  /** Absent for an invited user added "quietly": nobody has been messaged yet. */
  invitation?: Invitation;
}

export interface StoredClient {
  id: string;
  fullName: string;
  email?: string;
  phone?: string;
  userId?: string;
  avatarUrl?: string;
}

export interface StoredMember {
  id: string;
  workspaceId: string;
  /** The id of an internal user or a client. */
  personId: string;
  role: MemberRole;
  status: MemberStatus;
  invitation?: Invitation;
  teamId?: string;
}

/** An internal team: a named group of internal users that can be added to a workspace as a unit. */
export interface StoredTeam {
  id: string;
  name: string;
  memberIds: string[];
}

/** A team added to a workspace; its people are the workspace members carrying its `teamId`. */
export interface StoredWorkspaceTeam {
  workspaceId: string;
  teamId: string;
  role: MemberRole;
}

export interface StoredInviteLink {
  token: string;
  createdAt: string;
  expiresAt: string | null;
  expiresInDays: LinkExpiry;
  allowedDomains: string[];
  /** Tokens of links that were refreshed away, so checks can say "replaced" rather than "unknown". */
  replacedTokens: string[];
}

export interface StoredWorkspaceLink {
  workspaceId: string;
  token: string;
  includesViewing: boolean;
  /** Tokens of earlier links of this workspace, so their pages can say "replaced" rather than "unknown". */
  replacedTokens?: string[];
}

/**
 * What the person who asked to join can learn about their request: kept once a member has
 * approved or declined it (the request itself leaves `joinRequests` then), and, for requests
 * made through a workspace link, who made it while signed in.
 */
export interface StoredJoinRequestStatus {
  id: string;
  workspaceId: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'declined';
  approvedAs?: 'internal' | 'client';
  /** The signed-in internal user who asked, if anyone was signed in. */
  requesterId?: string;
}

/** One invitation message that actually went out (email or text). */
export interface SentInvitation {
  /** The email address or phone number it was sent to. */
  to: string;
  fullName: string;
  kind: 'portal' | 'workspace' | 'resend';
  /** ISO date. */
  at: string;
  /** The internal user (portal invitations) or workspace member (workspace invitations) it invites. */
  targetId: string;
  /** The workspace, for workspace invitations and resends to workspace members. */
  workspaceId?: string;
  /** The invitation's token, for invitations an internal user accepts on `<accept-invitation>`. */
  token?: string;
  /** Where the message's link goes: the accept page with the token. */
  acceptUrl?: string;
}

/** The token an invitation message carries (accept-invitation). */
export interface StoredInvitationToken {
  token: string;
  /** The invited internal user. */
  userId: string;
  /** For a workspace invitation: the member it makes Joined. */
  memberId?: string;
  workspaceId?: string;
  /** Who sent it, for "invited by". */
  invitedById?: string;
  /** ISO date. */
  sentAt: string;
  /** Expiry at sending; the invitation's own `expiresAt` leads while it exists. */
  expiresAt: string | null;
  /** `pending` also covers expired: that is read from the clock. */
  status: 'pending' | 'replaced' | 'revoked' | 'accepted';
}

/** The name a portal goes by when its seed gives none. */
export const DEFAULT_PORTAL_NAME = 'Demo Portal';

/** A whole portal, serialisable: what `seed` accepts and `snapshot()` returns. */
export interface MemorySeed {
  version: 1;
  /** The portal's display name, shown to invited people ("Join Acme Portal"); default `DEFAULT_PORTAL_NAME`. */
  portalName?: string;
  internalUsers: StoredInternalUser[];
  clients: StoredClient[];
  workspaces: Workspace[];
  members: StoredMember[];
  teams: StoredTeam[];
  workspaceTeams: StoredWorkspaceTeam[];
  joinRequests: JoinRequest[];
  inviteLink: StoredInviteLink;
  workspaceLinks: StoredWorkspaceLink[];
  sentInvitations?: SentInvitation[];
  /** Accept-invitation: every invitation token ever sent, with what became of it. */
  invitationTokens?: StoredInvitationToken[];
  /** Join requests' outcomes and requesters (see `StoredJoinRequestStatus`). */
  joinRequestStatuses?: StoredJoinRequestStatus[];
  /** The next number used for generated ids, so new ids never collide with stored ones. */
  nextId?: number;
}

/** A light structural check for stored state: anything else (corrupt, older format) is ignored. */
export function isMemorySeed(value: unknown): value is MemorySeed {
  if (!value || typeof value !== 'object') return false;
  const seed = value as Record<string, unknown>;
  const lists = ['internalUsers', 'clients', 'workspaces', 'members', 'teams', 'workspaceTeams', 'joinRequests', 'workspaceLinks'];
  const link = seed.inviteLink as Record<string, unknown> | undefined;
  return (
    seed.version === 1 &&
    lists.every((name) => Array.isArray(seed[name])) &&
    !!link &&
    typeof link.token === 'string' &&
    Array.isArray(link.allowedDomains) &&
    Array.isArray(link.replacedTokens)
  );
}

/**
 * A deep copy of a seed. Written out by hand because it is several times faster than
 * `structuredClone` on a 100,000-member portal, and a story builds one on every render.
 */
export function copySeed(seed: MemorySeed): MemorySeed {
  const withInvitation = <T extends { invitation?: Invitation }>(record: T): T =>
    record.invitation ? { ...record, invitation: { ...record.invitation } } : { ...record };
  return {
    version: 1,
    internalUsers: seed.internalUsers.map(withInvitation),
    clients: seed.clients.map((client) => ({ ...client })),
    workspaces: seed.workspaces.map((workspace) => ({ ...workspace })),
    members: seed.members.map(withInvitation),
    teams: seed.teams.map((team) => ({ ...team, memberIds: [...team.memberIds] })),
    workspaceTeams: seed.workspaceTeams.map((entry) => ({ ...entry })),
    joinRequests: seed.joinRequests.map((request) => ({ ...request })),
    inviteLink: {
      ...seed.inviteLink,
      allowedDomains: [...seed.inviteLink.allowedDomains],
      replacedTokens: [...seed.inviteLink.replacedTokens],
    },
    workspaceLinks: seed.workspaceLinks.map((link) =>
      link.replacedTokens ? { ...link, replacedTokens: [...link.replacedTokens] } : { ...link },
    ),
    ...(seed.sentInvitations ? { sentInvitations: seed.sentInvitations.map((entry) => ({ ...entry })) } : {}),
    ...(seed.invitationTokens ? { invitationTokens: seed.invitationTokens.map((entry) => ({ ...entry })) } : {}),
    ...(seed.nextId !== undefined ? { nextId: seed.nextId } : {}),
    ...(seed.joinRequestStatuses ? { joinRequestStatuses: seed.joinRequestStatuses.map((entry) => ({ ...entry })) } : {}),
    ...(seed.portalName !== undefined ? { portalName: seed.portalName } : {}),
  };
}
