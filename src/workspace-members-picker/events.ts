import type { WorkspaceMember } from '../client/types.js';

export interface MembersInvitedDetail {
  workspaceId: string;
  /** Everyone added, each with a pending invitation. */
  added: WorkspaceMember[];
}

export interface InviteNewInternalUserRequestedDetail {
  workspaceId: string;
  /** What the viewer had typed, usually the person's name, to prefill the portal invitation. */
  query: string;
}

declare global {
  interface HTMLElementEventMap {
    'members-invited': CustomEvent<MembersInvitedDetail>;
    'invite-new-internal-user-requested': CustomEvent<InviteNewInternalUserRequestedDetail>;
    /** Cancel, or Escape in an empty search: close what holds the picker (on the picker only; it does not bubble). */
    'picker-close': Event;
  }
}
