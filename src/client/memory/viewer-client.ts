/**
 * The `MemoryClient` object for one viewer on a shared backend: each contract method sends
 * its rule through the call runner (counting, failures, latency, idempotency, abort).
 */
import type { InviteClientOperation, MutationOptions, RequestOptions } from '../invite-client.js';
import type { MemoryBackend } from './memory-backend.js';
import type { MemoryClient } from './memory-client.js';
import type { Scope } from './rules/checks.js';
import { acceptInvitation, getInvitation, outbox } from './rules/accept-invitation.js';
import { addWorkspaceMembers } from './rules/add-members.js';
import { listInternalUsers, searchDirectory } from './rules/directory.js';
import { resendInvitation, revokeInvitation } from './rules/invitations.js';
import { inviteInternalUser } from './rules/invite-internal-user.js';
import { checkInviteLink, getInviteLink, refreshInviteLink, signUpWithInviteLink, updateInviteLinkSettings } from './rules/invite-link.js';
import { approveJoinRequest, declineJoinRequest, listJoinRequests } from './rules/join-requests.js';
import { getWorkspace, getWorkspaceLink, listWorkspaceMembers, listWorkspaces, setWorkspaceLinkViewing } from './rules/workspaces.js';
import { requireViewer } from './rules/checks.js';
import { getJoinRequestStatus, getWorkspaceLinkDetails, replaceWorkspaceLink, requestToJoinWorkspace } from './rules/workspace-join.js';
import { simulateInternalUserAccepted, simulateJoinRequest, simulateMemberJoined } from './simulations.js';
import { viewerView } from './views.js';

export function viewerClient(backend: MemoryBackend, initialViewerId: string): MemoryClient {
  const { portal, runner } = backend;
  let viewerId = initialViewerId;
  // Read at the moment a rule applies, so a viewer switched mid-call is who the backend sees.
  const scope = (): Scope => ({ portal, viewerId });

  const read = <T>(operation: InviteClientOperation, options: RequestOptions | undefined, rule: (scope: Scope) => T) =>
    runner.read(operation, options, () => rule(scope()));
  const mutate = <T>(operation: InviteClientOperation, options: MutationOptions | undefined, rule: (scope: Scope) => T) =>
    runner.mutate(operation, options, () => backend.apply(() => rule(scope())));

  return {
    capabilities: portal.config.capabilities,

    getViewer: (options) => read('getViewer', options, (s) => viewerView(requireViewer(s))),
    inviteInternalUser: (input, options) => mutate('inviteInternalUser', options, (s) => inviteInternalUser(s, input)),
    getInviteLink: (options) => read('getInviteLink', options, getInviteLink),
    refreshInviteLink: (options) => mutate('refreshInviteLink', options, refreshInviteLink),
    updateInviteLinkSettings: (settings, options) =>
      mutate('updateInviteLinkSettings', options, (s) => updateInviteLinkSettings(s, settings)),
    checkInviteLink: (url, options) => read('checkInviteLink', options, () => checkInviteLink(portal, url)),
    signUpWithInviteLink: (input, options) => mutate('signUpWithInviteLink', options, () => signUpWithInviteLink(portal, input)),

    listWorkspaces: (options) => read('listWorkspaces', options, listWorkspaces),
    getWorkspace: (workspaceId, options) => read('getWorkspace', options, (s) => getWorkspace(s, workspaceId)),
    listWorkspaceMembers: (workspaceId, query, options) =>
      read('listWorkspaceMembers', options, (s) => listWorkspaceMembers(s, workspaceId, query)),
    getWorkspaceLink: (workspaceId, options) => read('getWorkspaceLink', options, (s) => getWorkspaceLink(s, workspaceId)),
    setWorkspaceLinkViewing: (workspaceId, includesViewing, options) =>
      mutate('setWorkspaceLinkViewing', options, (s) => setWorkspaceLinkViewing(s, workspaceId, includesViewing)),
    listJoinRequests: (workspaceId, options) => read('listJoinRequests', options, (s) => listJoinRequests(s, workspaceId)),
    approveJoinRequest: (workspaceId, requestId, as, options) =>
      mutate('approveJoinRequest', options, (s) => approveJoinRequest(s, workspaceId, requestId, as)),
    declineJoinRequest: (workspaceId, requestId, options) =>
      mutate('declineJoinRequest', options, (s) => declineJoinRequest(s, workspaceId, requestId)),
    searchDirectory: (query, options) => read('searchDirectory', options, (s) => searchDirectory(s, query)),
    addWorkspaceMembers: (workspaceId, additions, options) =>
      mutate('addWorkspaceMembers', options, (s) => addWorkspaceMembers(s, workspaceId, additions)),

    resendInvitation: (target, options) => mutate('resendInvitation', options, (s) => resendInvitation(s, target)),
    revokeInvitation: (target, options) => mutate('revokeInvitation', options, (s) => revokeInvitation(s, target)),
    listInternalUsers: (query, options) => read('listInternalUsers', options, (s) => listInternalUsers(s, query)),
    // Invited people: accept-invitation. Anyone may call these, signed in or not.
    getInvitation: (token, options) => read('getInvitation', options, () => getInvitation(portal, token)),
    acceptInvitation: (input, options) => mutate('acceptInvitation', options, () => acceptInvitation(portal, input)),

    // Invited people: <workspace-join-request>. Signed in or not, like signing up through a link.
    getWorkspaceLinkDetails: (url, options) => read('getWorkspaceLinkDetails', options, (s) => getWorkspaceLinkDetails(s, url)),
    requestToJoinWorkspace: (input, options) => mutate('requestToJoinWorkspace', options, (s) => requestToJoinWorkspace(s, input)),
    getJoinRequestStatus: (requestId, options) => read('getJoinRequestStatus', options, (s) => getJoinRequestStatus(s, requestId)),

    subscribe: (listener) => backend.feed.subscribe(listener),

    failNext: (operation, error, options) => runner.failures.add(operation, error, options),
    clearFailures: () => runner.failures.clear(),
    setLatency: (latency) => runner.setLatency(latency),
    setViewer: (id) => {
      viewerId = id;
    },
    asViewer: (id) => viewerClient(backend, id),
    reset: () => backend.reset(),
    snapshot: () => portal.toSeed(),
    callCount: (operation) => runner.callCount(operation),
    get sentInvitations() {
      return Object.freeze(portal.sentInvitations.map((entry) => Object.freeze({ ...entry })));
    },
    outbox: () => Object.freeze(outbox(portal).map((entry) => Object.freeze(entry))),
    simulateMemberJoined: (workspaceId, memberId) => backend.apply(() => simulateMemberJoined(portal, workspaceId, memberId)),
    simulateJoinRequest: (workspaceId, person) => backend.apply(() => simulateJoinRequest(portal, workspaceId, person)),
    simulateInternalUserAccepted: (userId) => backend.apply(() => simulateInternalUserAccepted(portal, userId)),
    simulateWorkspaceLinkReplaced: (workspaceId) => backend.apply(() => replaceWorkspaceLink(portal, workspaceId)),
  };
}
