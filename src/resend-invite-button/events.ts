import type { InvitationTarget } from '../client/types.js';

export interface InviteResentDetail {
  /** Whom the invitation was resent for: a member, a team or an invited internal user. */
  target: InvitationTarget;
  /** Everyone who received a new invitation (for a team: each member who had not joined). */
  recipients: Array<{ id: string; fullName: string }>;
  /** When the invitations went out (ISO 8601). */
  sentAt: string;
  /** The renewed expiry (ISO 8601), `null` when the backend has none. */
  expiresAt: string | null;
}

export type InviteResentEvent = CustomEvent<InviteResentDetail>;

declare global {
  interface HTMLElementEventMap {
    'invite-resent': InviteResentEvent;
  }
}
