import type { JoinRequestStatus, Workspace } from '../client/types.js';

export interface WorkspaceJoinRequestedDetail {
  /** The request as the backend has it now: pending (a new one, or the one already made). */
  request: JoinRequestStatus;
}

export interface WorkspaceJoinSettledDetail {
  /** The answered request: `status` approved (with `approvedAs`) or declined. */
  request: JoinRequestStatus;
}

export interface WorkspaceViewAvailableDetail {
  /** The workspace the link lets the person view: the host may show it behind the request. */
  workspace: Workspace;
}

export interface SignInRequestedDetail {
  /** What the person typed, to prefill the host's sign-in. */
  email?: string;
  phone?: string;
}

export type WorkspaceJoinRequestedEvent = CustomEvent<WorkspaceJoinRequestedDetail>;
export type WorkspaceJoinSettledEvent = CustomEvent<WorkspaceJoinSettledDetail>;
export type WorkspaceViewAvailableEvent = CustomEvent<WorkspaceViewAvailableDetail>;
export type SignInRequestedEvent = CustomEvent<SignInRequestedDetail>;

declare global {
  interface HTMLElementEventMap {
    'workspace-join-requested': WorkspaceJoinRequestedEvent;
    'workspace-join-settled': WorkspaceJoinSettledEvent;
    'workspace-view-available': WorkspaceViewAvailableEvent;
    'sign-in-requested': CustomEvent<{ email?: string; phone?: string }>;
  }
}
