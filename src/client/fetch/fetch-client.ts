/**
 * `createFetchClient`: the `InviteClient` for backends that speak the REST contract of
 * `docs/rest-api.md`. Every answer is checked against the same zod schemas the rest of the
 * kit uses, so elements never see data of the wrong shape.
 */
import type { ChangeListener, InviteClient, InviteClientOperation, MutationOptions, RequestOptions } from '../invite-client.js';
import { CapabilitiesSchema } from '../schemas.js';
import { ALL_CAPABILITIES } from '../capabilities.js';
import type { Capabilities } from '../types.js';
import { createLiveUpdates, type EventSourceFactory } from './live-updates.js';
import { CAPABILITIES_PATH, EVENTS_PATH, joinUrl, ROUTES, type OperationArgs, type Route } from './routes.js';
import { createTransport, type TransportOptions } from './transport.js';

export interface FetchClientOptions extends TransportOptions {
  /**
   * What the backend supports. `capabilities` is read synchronously by the elements, so it is
   * declared here rather than fetched; anything left out counts as supported. Backends serve
   * the same object at `GET /capabilities` for hosts that prefer to load it first
   * (`capabilities: await fetchCapabilities(options)`).
   */
  capabilities?: Partial<Capabilities>;
  /**
   * Opens the live-updates stream. Defaults to `new EventSource(url, init)`; replace it with a
   * polyfill when the stream needs headers (a browser `EventSource` cannot send any).
   */
  eventSource?: EventSourceFactory;
}

export function createFetchClient(options: FetchClientOptions): InviteClient {
  const send = createTransport(options);
  const capabilities: Capabilities = { ...ALL_CAPABILITIES, ...options.capabilities };

  const live = capabilities.liveUpdates
    ? createLiveUpdates(
        joinUrl(options.baseUrl, EVENTS_PATH),
        { withCredentials: options.credentials === 'include' },
        options.eventSource ?? ((url, init) => new EventSource(url, init)),
      )
    : undefined;

  const call = async <Op extends InviteClientOperation>(
    operation: Op,
    args: OperationArgs[Op],
    callOptions?: MutationOptions,
  ): Promise<Awaited<ReturnType<InviteClient[Op]>>> => {
    const route = ROUTES[operation] as Route<Op>;
    // A change this client makes must reach its own listeners: wait until the stream is listening.
    if (route.mutation && live) await live.connected();
    return send(route, route.encode(...args), callOptions) as Promise<Awaited<ReturnType<InviteClient[Op]>>>;
  };

  // Each method spelled out so TypeScript checks it against the contract.
  const client: InviteClient = {
    capabilities,
    getViewer: (o) => call('getViewer', [], o),
    inviteInternalUser: (input, o) => call('inviteInternalUser', [input], o),
    getInviteLink: (o) => call('getInviteLink', [], o),
    refreshInviteLink: (o) => call('refreshInviteLink', [], o),
    updateInviteLinkSettings: (settings, o) => call('updateInviteLinkSettings', [settings], o),
    checkInviteLink: (url, o) => call('checkInviteLink', [url], o),
    signUpWithInviteLink: (input, o) => call('signUpWithInviteLink', [input], o),
    listWorkspaces: (o) => call('listWorkspaces', [], o),
    getWorkspace: (id, o) => call('getWorkspace', [id], o),
    listWorkspaceMembers: (id, o) => call('listWorkspaceMembers', [id], o),
    getWorkspaceLink: (id, o) => call('getWorkspaceLink', [id], o),
    setWorkspaceLinkViewing: (id, includesViewing, o) => call('setWorkspaceLinkViewing', [id, includesViewing], o),
    listJoinRequests: (id, o) => call('listJoinRequests', [id], o),
    approveJoinRequest: (id, requestId, as, o) => call('approveJoinRequest', [id, requestId, as], o),
    declineJoinRequest: (id, requestId, o) => call('declineJoinRequest', [id, requestId], o),
    searchDirectory: (query, o) => call('searchDirectory', [query], o),
    addWorkspaceMembers: (id, additions, o) => call('addWorkspaceMembers', [id, additions], o),
    resendInvitation: (target, o) => call('resendInvitation', [target], o),
    revokeInvitation: (target, o) => call('revokeInvitation', [target], o),
    listInternalUsers: (query, o) => call('listInternalUsers', [query], o),
    // Invited people: accept-invitation
    getInvitation: (token, o) => call('getInvitation', [token], o),
    acceptInvitation: (input, o) => call('acceptInvitation', [input], o),
    // Invited people: <workspace-join-request>
    getWorkspaceLinkDetails: (url, o) => call('getWorkspaceLinkDetails', [url], o),
    requestToJoinWorkspace: (input, o) => call('requestToJoinWorkspace', [input], o),
    getJoinRequestStatus: (requestId, o) => call('getJoinRequestStatus', [requestId], o),
  };

  // Without live updates there is no `subscribe` at all: elements check for it and fall back to refetching.
  if (live) client.subscribe = (listener: ChangeListener) => live.subscribe(listener);
  return client;
}

/** Loads `GET /capabilities`, to pass as the `capabilities` option. */
export async function fetchCapabilities(options: TransportOptions, requestOptions?: RequestOptions): Promise<Capabilities> {
  const send = createTransport(options);
  const endpoint = { method: 'GET', path: CAPABILITIES_PATH, mutation: false, response: CapabilitiesSchema } as const;
  return (await send(endpoint, {}, requestOptions)) as Capabilities;
}
