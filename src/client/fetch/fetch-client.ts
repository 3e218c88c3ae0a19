/**
 * `createFetchClient`: the `InviteClient` for backends that speak the REST contract of
 * `docs/rest-api.md`. Every answer is checked against the same zod schemas the rest of the
 * kit uses, so elements never see data of the wrong shape.
 */
import type { ChangeListener, InviteClient, InviteClientOperation, MutationOptions, RequestOptions } from '../invite-client.js';
import { CapabilitiesSchema } from '../schemas.js';
import { ALL_CAPABILITIES, NO_CAPABILITIES } from '../capabilities.js';
import type { Capabilities } from '../types.js';
import { createLiveUpdates, type EventSourceFactory, type LiveUpdates } from './live-updates.js';
import { CAPABILITIES_PATH, EVENTS_PATH, joinUrl, ROUTES, type OperationArgs, type Route } from './routes.js';
import { createTransport, type TransportOptions } from './transport.js';

export interface FetchClientOptions extends TransportOptions {
  /**
   * What the backend supports, for hosts that want no extra request: anything left out counts
   * as supported. Without it the client reads `GET /capabilities` once, when it is created;
   * until that answers (`client.ready`) it declares nothing optional, and if it fails it keeps
   * declaring nothing optional rather than offering what the backend may refuse.
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
  let capabilities: Capabilities = options.capabilities ? { ...ALL_CAPABILITIES, ...options.capabilities } : NO_CAPABILITIES;
  let live: LiveUpdates | undefined;

  /** Takes what the backend supports; the stream itself opens with the first listener. */
  const declare = (declared: Capabilities): void => {
    capabilities = declared;
    // Without live updates there is no `subscribe` at all: elements check for it and fall back to refetching.
    if (!declared.liveUpdates) return;
    live = createLiveUpdates(
      joinUrl(options.baseUrl, EVENTS_PATH),
      { withCredentials: options.credentials === 'include' },
      options.eventSource ?? ((url, init) => new EventSource(url, init)),
    );
    client.subscribe = (listener: ChangeListener) => live!.subscribe(listener);
  };

  // Read once, when the client is made, so it is known (or on its way) before any element renders.
  const ready = options.capabilities
    ? undefined
    : fetchCapabilities(options).then(declare, (error: unknown) => {
        // Elements await `ready` before deciding what to offer: it must settle, never reject.
        console.warn(
          'invite-kit: GET /capabilities failed, so the page offers nothing optional (live updates, revoke, link settings, Bulk Invite). ' +
            'Pass `capabilities` to createFetchClient to declare them without the request.',
          error,
        );
      });

  const call = async <Op extends InviteClientOperation>(
    operation: Op,
    args: OperationArgs[Op],
    callOptions?: MutationOptions,
  ): Promise<Awaited<ReturnType<InviteClient[Op]>>> => {
    const route = ROUTES[operation] as Route<Op>;
    // A change this client makes must reach its own listeners: wait until the stream is listening.
    if (route.mutation && ready) await ready;
    if (route.mutation && live) await live.connected();
    return send(route, route.encode(...args), callOptions) as Promise<Awaited<ReturnType<InviteClient[Op]>>>;
  };

  // Each method spelled out so TypeScript checks it against the contract.
  const client: InviteClient = {
    get capabilities() {
      return capabilities;
    },
    ...(ready ? { ready } : {}),
    getViewer: (o) => call('getViewer', [], o),
    inviteInternalUser: (input, o) => call('inviteInternalUser', [input], o),
    getInviteLink: (o) => call('getInviteLink', [], o),
    refreshInviteLink: (o) => call('refreshInviteLink', [], o),
    updateInviteLinkSettings: (settings, o) => call('updateInviteLinkSettings', [settings], o),
    checkInviteLink: (url, o) => call('checkInviteLink', [url], o),
    signUpWithInviteLink: (input, o) => call('signUpWithInviteLink', [input], o),
    listWorkspaces: (o) => call('listWorkspaces', [], o),
    getWorkspace: (id, o) => call('getWorkspace', [id], o),
    listWorkspaceMembers: (id, query, o) => call('listWorkspaceMembers', [id, query], o),
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

  if (options.capabilities) declare(capabilities);
  return client;
}

/** Loads `GET /capabilities`, to pass as the `capabilities` option. */
export async function fetchCapabilities(options: TransportOptions, requestOptions?: RequestOptions): Promise<Capabilities> {
  const send = createTransport(options);
  const endpoint = { method: 'GET', path: CAPABILITIES_PATH, mutation: false, response: CapabilitiesSchema } as const;
  return (await send(endpoint, {}, requestOptions)) as Capabilities;
}
