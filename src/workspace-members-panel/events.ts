import type { InvitationTarget, JoinRequest, MemberType, WorkspaceLink, WorkspaceMember } from '../client/types.js';

export interface JoinRequestApprovedDetail {
  workspaceId: string;
  request: JoinRequest;
  /** The role the person was approved as: `internal` or `client`. */
  as: MemberType;
  member: WorkspaceMember;
}

export interface JoinRequestDeclinedDetail {
  workspaceId: string;
  request: JoinRequest;
}

export interface MembersInvitedDetail {
  workspaceId: string;
  /** Everyone added, each with a pending invitation. */
  added: WorkspaceMember[];
}

export interface InvitationRevokedDetail {
  workspaceId: string;
  target: InvitationTarget;
}

export interface WorkspaceLinkCopiedDetail {
  workspaceId: string;
  url: string;
  /** `clipboard`: "Copy Link" wrote it; `manual`: the viewer copied the selected link themselves. */
  method: 'clipboard' | 'manual';
}

export interface WorkspaceLinkChangedDetail {
  workspaceId: string;
  link: WorkspaceLink;
}

export interface InviteNewInternalUserRequestedDetail {
  workspaceId: string;
  /** What the viewer had typed, usually the person's name, to prefill the portal invitation. */
  query: string;
}

declare global {
  interface HTMLElementEventMap {
    'join-request-approved': CustomEvent<JoinRequestApprovedDetail>;
    'join-request-declined': CustomEvent<JoinRequestDeclinedDetail>;
    'members-invited': CustomEvent<MembersInvitedDetail>;
    'invitation-revoked': CustomEvent<InvitationRevokedDetail>;
    'workspace-link-copied': CustomEvent<WorkspaceLinkCopiedDetail>;
    'workspace-link-changed': CustomEvent<WorkspaceLinkChangedDetail>;
    'invite-new-internal-user-requested': CustomEvent<InviteNewInternalUserRequestedDetail>;
  }
}
