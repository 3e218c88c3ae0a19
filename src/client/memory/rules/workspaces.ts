/** Workspaces, their members and their shareable workspace links. */
import type { Workspace, WorkspaceLink, WorkspaceMembers } from '../../types.js';
import { workspaceLinkView, workspaceMembersView, workspaceView } from '../views.js';
import { requireViewer, requireWorkspace, validationError } from './checks.js';
import type { Scope } from './checks.js';

export function listWorkspaces(scope: Scope): Workspace[] {
  requireViewer(scope);
  return [...scope.portal.workspaces.values()].map(workspaceView);
}

export function getWorkspace(scope: Scope, workspaceId: string): Workspace {
  requireViewer(scope);
  return workspaceView(requireWorkspace(scope.portal, workspaceId));
}

export function listWorkspaceMembers(scope: Scope, workspaceId: string): WorkspaceMembers {
  requireViewer(scope);
  requireWorkspace(scope.portal, workspaceId);
  return workspaceMembersView(scope.portal, workspaceId);
}

export function getWorkspaceLink(scope: Scope, workspaceId: string): WorkspaceLink {
  requireViewer(scope);
  requireWorkspace(scope.portal, workspaceId);
  return workspaceLinkView(scope.portal, workspaceId);
}

/** Either way anyone with the link can ask to join; this only decides whether they can look in first. */
export function setWorkspaceLinkViewing(scope: Scope, workspaceId: string, includesViewing: unknown): WorkspaceLink {
  requireViewer(scope);
  requireWorkspace(scope.portal, workspaceId);
  if (typeof includesViewing !== 'boolean') throw validationError({ includesViewing: 'validation.required' });
  scope.portal.workspaceLinks.get(workspaceId)!.includesViewing = includesViewing;
  scope.portal.changed({ type: 'workspace-link-changed', workspaceId });
  return workspaceLinkView(scope.portal, workspaceId);
}
