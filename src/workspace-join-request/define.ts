import { WorkspaceJoinRequest } from './workspace-join-request.js';

// Registers <workspace-join-request> (it renders no other kit element).
WorkspaceJoinRequest.define('workspace-join-request');

export { WorkspaceJoinRequest };
export type {
  SignInRequestedDetail,
  WorkspaceJoinRequestedDetail,
  WorkspaceJoinRequestedEvent,
  WorkspaceJoinSettledDetail,
  WorkspaceJoinSettledEvent,
  WorkspaceViewAvailableDetail,
  WorkspaceViewAvailableEvent,
} from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'workspace-join-request': WorkspaceJoinRequest;
  }
}
