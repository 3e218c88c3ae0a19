import type { InvitationTarget, JoinRequest, MemberType, WorkspaceLink, WorkspaceMember } from '../client/types.js';
// The panel passes on what its "+ Invite Members" picker fires.
export type * from '../workspace-members-picker/events.js';
import '../workspace-members-picker/events.js';

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

declare global {
  interface HTMLElementEventMap {
    'join-request-approved': CustomEvent<JoinRequestApprovedDetail>;
    'join-request-declined': CustomEvent<JoinRequestDeclinedDetail>;
    'invitation-revoked': CustomEvent<InvitationRevokedDetail>;
    'workspace-link-copied': CustomEvent<WorkspaceLinkCopiedDetail>;
    'workspace-link-changed': CustomEvent<WorkspaceLinkChangedDetail>;
  }
}
