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

export interface PickerCloseDetail {
  workspaceId: string;
  /** `cancel`: "Cancel" was pressed; `invited`: the chosen people were added and invited. */
  reason: 'cancel' | 'invited';
}

declare global {
  interface HTMLElementEventMap {
    'members-invited': CustomEvent<MembersInvitedDetail>;
    'invite-new-internal-user-requested': CustomEvent<InviteNewInternalUserRequestedDetail>;
    /** "Cancel", or the chosen people invited: close what holds the picker. */
    'picker-close': CustomEvent<PickerCloseDetail>;
  }
}
