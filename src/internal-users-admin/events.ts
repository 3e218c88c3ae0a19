import type { InviteKitError } from '../client/errors.js';
import type { InviteInternalUserRequest, InviteResult } from '../client/types.js';

export interface BulkInviteBeforeSendDetail {
  /** The validated, normalised invitations about to be sent, one per row. Call `preventDefault()` to send none. */
  invitations: readonly InviteInternalUserRequest[];
}

export interface BulkInviteFailure {
  input: InviteInternalUserRequest;
  error: InviteKitError;
}

export interface BulkInviteSentDetail {
  /** The rows the backend accepted, each with what it did. */
  sent: Array<{ input: InviteInternalUserRequest; result: InviteResult }>;
  /** The rows that failed and stay for a retry. */
  failed: BulkInviteFailure[];
  /** Rows not sent because someone in the portal already has that email or phone number. */
  alreadyInPortal: number;
}

export type BulkInviteBeforeSendEvent = CustomEvent<BulkInviteBeforeSendDetail>;
export type BulkInviteSentEvent = CustomEvent<BulkInviteSentDetail>;

declare global {
  interface HTMLElementEventMap {
    'bulk-invite-before-send': BulkInviteBeforeSendEvent;
    'bulk-invite-sent': BulkInviteSentEvent;
  }
}
