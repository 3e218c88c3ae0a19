/**
 * The invited person's side of an emailed or texted invitation: every invitation message to an
 * internal user carries a token; the accept page reads it (`getInvitation`) and accepts it
 * (`acceptInvitation`). Resending replaces the token, revoking withdraws it (the person or
 * membership it invites is gone), the invitation's expiry ends it, accepting uses it up.
 * "Add to Contacts Quietly" sends nothing, so no token; invitations to clients and to internal
 * users already in the portal (they sign in) carry none either: this page brings new people in.
 *
 * Called by people who may not be signed in: no rule here asks for a viewer.
 */
import { InviteKitError } from '../../errors.js';
import { AcceptInvitationInputSchema } from '../../schemas.js';
import type { InternalUser, InvitationDetails, InvitationStatus } from '../../types.js';
import type { MemoryPortal } from '../portal.js';
import type { SentInvitation, StoredInvitationToken } from '../records.js';
import { internalUserView, workspaceView } from '../views.js';
import { parseOrThrow } from './checks.js';

/** A sent message as the demo's outbox shows it: with what became of its invitation. */
export type OutboxMessage = SentInvitation & { status?: InvitationStatus };

/** What a new token invites to. */
interface TokenTarget {
  userId: string;
  memberId?: string;
  workspaceId?: string;
  invitedById?: string;
}

/**
 * A new token for an invitation going out now. Any pending token for the same invitation is
 * replaced: only the newest message's link works, the older one says a newer one was sent.
 */
export function issueInvitationToken(portal: MemoryPortal, target: TokenTarget): string {
  for (const entry of portal.invitationTokens.values()) {
    if (entry.status === 'pending' && entry.userId === target.userId && entry.memberId === target.memberId) entry.status = 'replaced';
  }
  const token = portal.newToken(24);
  portal.invitationTokens.set(token, {
    token,
    ...target,
    sentAt: portal.nowIso(),
    expiresAt: portal.invitationExpiry(),
    status: 'pending',
  });
  return token;
}

/**
 * A resend to an internal user: the new token invites to what the latest pending one did (a
 * workspace invitation stays one), and every older pending token of theirs is replaced.
 */
export function reissueUserToken(portal: MemoryPortal, userId: string, invitedById: string): string {
  let latest: StoredInvitationToken | undefined;
  for (const entry of portal.invitationTokens.values()) {
    if (entry.userId !== userId || entry.status !== 'pending') continue;
    latest = entry;
    entry.status = 'replaced';
  }
  return issueInvitationToken(portal, {
    userId,
    ...(latest?.memberId ? { memberId: latest.memberId, workspaceId: latest.workspaceId } : {}),
    invitedById,
  });
}

export function getInvitation(portal: MemoryPortal, token: unknown): InvitationDetails {
  const entry = requireToken(portal, token);
  const user = portal.internalUsers.get(entry.userId);
  const inviter = entry.invitedById ? portal.internalUsers.get(entry.invitedById) : undefined;
  const workspace = entry.workspaceId ? portal.workspaces.get(entry.workspaceId) : undefined;
  return {
    token: entry.token,
    status: statusOf(portal, entry),
    portalName: portal.portalName,
    ...(inviter ? { invitedBy: { fullName: inviter.fullName } } : {}),
    ...(workspace ? { workspace: workspaceView(workspace) } : {}),
    fullName: user?.fullName ?? '',
    ...(user?.email ? { email: user.email } : {}),
    ...(user?.phone ? { phone: user.phone } : {}),
    sentAt: entry.sentAt,
    expiresAt: expiryOf(portal, entry),
  };
}

export function acceptInvitation(portal: MemoryPortal, input: unknown): InternalUser {
  const request = parseOrThrow(AcceptInvitationInputSchema, input);
  const entry = requireToken(portal, request.token);
  const status = statusOf(portal, entry);
  if (status !== 'pending') throw new InviteKitError(status === 'accepted' ? 'conflict' : 'permission', REFUSALS[status]);
  const user = portal.internalUsers.get(entry.userId)!;

  user.fullName = request.fullName;
  user.status = 'active';
  delete user.invitation;
  portal.changed({ type: 'internal-users-changed' });
  const member = entry.memberId ? portal.members.get(entry.memberId) : undefined;
  if (member) {
    member.status = 'joined';
    delete member.invitation;
    portal.changed({ type: 'members-changed', workspaceId: member.workspaceId });
  }
  // Their other invitations (a portal invitation beside a workspace one) have done their job too.
  for (const other of portal.invitationTokens.values()) {
    if (other.userId === user.id && other.status === 'pending' && (!other.memberId || other.memberId === entry.memberId)) {
      other.status = 'accepted';
    }
  }
  entry.status = 'accepted';
  return internalUserView(user);
}

/** The sent messages, newest first, each with its invitation's status now. */
export function outbox(portal: MemoryPortal): OutboxMessage[] {
  return portal.sentInvitations
    .map((sent): OutboxMessage => {
      const entry = sent.token ? portal.invitationTokens.get(sent.token) : undefined;
      return { ...sent, ...(entry ? { status: statusOf(portal, entry) } : {}) };
    })
    .reverse();
}

const REFUSALS: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  expired: 'This invitation has expired. Ask the person who invited you to send a new one.',
  revoked: 'This invitation was withdrawn.',
  replaced: 'A newer invitation was sent to you. Use the link in the latest message.',
  accepted: 'This invitation has already been accepted. Sign in instead.',
};

function requireToken(portal: MemoryPortal, token: unknown): StoredInvitationToken {
  const entry = typeof token === 'string' ? portal.invitationTokens.get(token) : undefined;
  if (!entry) throw new InviteKitError('not_found', 'This invitation link isn’t valid. Check that you copied all of it.');
  return entry;
}

/**
 * The stored status, read against the portal now: the person or membership it invites may have
 * gone (withdrawn), come in another way (accepted), or the invitation may have run out (expired).
 */
function statusOf(portal: MemoryPortal, entry: StoredInvitationToken): InvitationStatus {
  if (entry.status !== 'pending') return entry.status;
  const user = portal.internalUsers.get(entry.userId);
  const member = entry.memberId ? portal.members.get(entry.memberId) : undefined;
  if (!user || (entry.memberId && !member)) return 'revoked';
  if (user.status === 'active' && (!member || member.status === 'joined')) return 'accepted';
  return portal.isPast(expiryOf(portal, entry)) ? 'expired' : 'pending';
}

function expiryOf(portal: MemoryPortal, entry: StoredInvitationToken): string | null {
  const member = entry.memberId ? portal.members.get(entry.memberId) : undefined;
  const invitation = member?.invitation ?? portal.internalUsers.get(entry.userId)?.invitation;
  return invitation ? invitation.expiresAt : entry.expiresAt;
}
