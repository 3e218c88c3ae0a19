/**
 * The REST contract as data: one route per `InviteClient` operation. The fetch client encodes
 * calls with it, the msw handlers decode requests with it, and `docs/rest-api.md` is rendered
 * from it, so the three cannot drift apart.
 */
import * as z from 'zod/mini';
import * as s from '../schemas.js';
import type { InviteClientOperation, OperationArgs as OperationArgsOf } from '../invite-client.js';
import type {
  AcceptInvitationInput,
  DirectoryQuery,
  InternalUsersQuery,
  InvitationTarget,
  InviteInternalUserInput,
  InviteLinkSettings,
  InviteLinkSignUpInput,
  MemberAddition,
  MemberType,
  WorkspaceJoinRequestInput,
  WorkspaceMembersQuery,
} from '../types.js';

/** Body of `PATCH /workspaces/:workspaceId/link`. */
export const WorkspaceLinkViewingSchema = z.object({ includesViewing: z.boolean() });
/** Body of `POST /workspaces/:workspaceId/join-requests/:requestId/approve`. */
export const JoinRequestApprovalSchema = z.object({ as: s.MemberTypeSchema });
/** Query of `GET /invite-link/check`. */
export const InviteLinkCheckQuerySchema = z.object({ url: z.string() });
/** Query of `GET /workspace-links/details`. */
export const WorkspaceLinkDetailsQuerySchema = z.object({ url: z.string() });

/** The arguments of each operation, without the trailing options: derived from `InviteClient`, so they cannot drift. */
export type OperationArgs = { [Op in InviteClientOperation]: OperationArgsOf<Op> };

export type HttpMethod = 'GET' | 'POST' | 'PATCH';

/** What travels over HTTP for one call: path parameters, query string and JSON body. */
export interface RequestParts {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface Route<Op extends InviteClientOperation = InviteClientOperation> {
  operation: Op;
  method: HttpMethod;
  /** Relative to the base URL; `:name` segments are path parameters. */
  path: `/${string}`;
  summary: string;
  /** Mutations carry `Idempotency-Key`. */
  mutation: boolean;
  /** The status of a successful answer; 204 answers have no body. */
  status: 200 | 201 | 204;
  /** Query parameters, request body and response body: what the docs show and the client validates. */
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType | null;
  /** Statuses besides the generic ones (401, 403, 429, 5xx) this route answers with. */
  errors: readonly number[];
  encode(...args: OperationArgs[Op]): Partial<RequestParts>;
  decode(parts: RequestParts): OperationArgs[Op];
}

// ---- Query-string encoding ---------------------------------------------------------------
// Arrays travel comma-separated, numbers in decimal, booleans as `true`/`false`. A value that does not read back as a
// finite number stays a string, so the adapter's own validation rejects it exactly as it
// would have rejected the original call.

function toQuery(record: Record<string, unknown> | undefined): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(record ?? {})) {
    if (value === undefined) continue;
    query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return query;
}

function readNumber(value: string): number | string {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

function readBoolean(value: string): boolean | string {
  return value === 'true' ? true : value === 'false' ? false : value;
}

function fromQuery(
  query: URLSearchParams,
  numbers: readonly string[],
  lists: readonly string[],
  booleans: readonly string[] = [],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of query) {
    if (lists.includes(key)) record[key] = value === '' ? [] : value.split(',');
    else if (numbers.includes(key)) record[key] = readNumber(value);
    else if (booleans.includes(key)) record[key] = readBoolean(value);
    else record[key] = value;
  }
  return record;
}

function bodyField(body: unknown, key: string): unknown {
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
}

// ---- The table -----------------------------------------------------------------------------

const route = <Op extends InviteClientOperation>(definition: Route<Op>): Route<Op> => definition;

export const ROUTES: { readonly [Op in InviteClientOperation]: Route<Op> } = {
  getViewer: route({
    operation: 'getViewer',
    method: 'GET',
    path: '/viewer',
    summary: 'Who is using the page, and whether they are a portal admin.',
    mutation: false,
    status: 200,
    response: s.ViewerSchema,
    errors: [],
    encode: () => ({}),
    decode: () => [],
  }),
  inviteInternalUser: route({
    operation: 'inviteInternalUser',
    method: 'POST',
    path: '/internal-users/invitations',
    summary: 'Invites one internal user (portal admins only). An email or phone already in the portal is a 409.',
    mutation: true,
    status: 201,
    body: s.InviteInternalUserInputSchema,
    response: s.InviteResultSchema,
    errors: [404, 409, 422],
    encode: (input) => ({ body: input }),
    decode: ({ body }) => [body as InviteInternalUserInput],
  }),
  getInviteLink: route({
    operation: 'getInviteLink',
    method: 'GET',
    path: '/invite-link',
    summary: "The portal's shareable invite link.",
    mutation: false,
    status: 200,
    response: s.InviteLinkSchema,
    errors: [],
    encode: () => ({}),
    decode: () => [],
  }),
  refreshInviteLink: route({
    operation: 'refreshInviteLink',
    method: 'POST',
    path: '/invite-link/refresh',
    summary: 'Replaces the invite link; the old one stops working at once. No request body.',
    mutation: true,
    status: 200,
    response: s.InviteLinkSchema,
    errors: [],
    encode: () => ({}),
    decode: () => [],
  }),
  updateInviteLinkSettings: route({
    operation: 'updateInviteLinkSettings',
    method: 'PATCH',
    path: '/invite-link',
    summary: 'Sets expiry and allowed domains (only where the capabilities declare them).',
    mutation: true,
    status: 200,
    body: s.InviteLinkSettingsSchema,
    response: s.InviteLinkSchema,
    errors: [422],
    encode: (settings) => ({ body: settings }),
    decode: ({ body }) => [body as InviteLinkSettings],
  }),
  checkInviteLink: route({
    operation: 'checkInviteLink',
    method: 'GET',
    path: '/invite-link/check',
    summary: 'Whether a link still lets people sign up. The link travels in the `url` query parameter.',
    mutation: false,
    status: 200,
    query: InviteLinkCheckQuerySchema,
    response: s.InviteLinkCheckSchema,
    errors: [422],
    encode: (url) => ({ query: toQuery({ url }) }),
    decode: ({ query }) => [query.get('url') as string],
  }),
  signUpWithInviteLink: route({
    operation: 'signUpWithInviteLink',
    method: 'POST',
    path: '/invite-link/sign-ups',
    summary:
      'Signs a person up through an invite link with an email address or a phone number; the backend enforces expiry and allowed domains (a link limited to email domains takes email addresses only).',
    mutation: true,
    status: 201,
    body: s.InviteLinkSignUpInputSchema,
    response: s.InternalUserSchema,
    errors: [404, 409, 422],
    encode: (input) => ({ body: input }),
    decode: ({ body }) => [body as InviteLinkSignUpInput],
  }),
  listWorkspaces: route({
    operation: 'listWorkspaces',
    method: 'GET',
    path: '/workspaces',
    summary: 'The workspaces the viewer can invite people into.',
    mutation: false,
    status: 200,
    response: z.array(s.WorkspaceSchema),
    errors: [],
    encode: () => ({}),
    decode: () => [],
  }),
  getWorkspace: route({
    operation: 'getWorkspace',
    method: 'GET',
    path: '/workspaces/:workspaceId',
    summary: 'One workspace.',
    mutation: false,
    status: 200,
    response: s.WorkspaceSchema,
    errors: [404],
    encode: (workspaceId) => ({ params: { workspaceId } }),
    decode: ({ params }) => [params.workspaceId!],
  }),
  listWorkspaceMembers: route({
    operation: 'listWorkspaceMembers',
    method: 'GET',
    path: '/workspaces/:workspaceId/members',
    summary:
      "A workspace's members and internal teams. Where `capabilities.memberPaging`, a page of them: `limit`, `cursor` (a page's `nextCursor`) or `offset`, filtered by `query` and `status`; `total` counts every match.",
    mutation: false,
    status: 200,
    query: s.WorkspaceMembersQuerySchema,
    response: s.WorkspaceMembersSchema,
    errors: [404, 422],
    encode: (workspaceId, query) => ({ params: { workspaceId }, query: toQuery(query) }),
    // No query string: no paging input at all (and still an argument in its place, before the options).
    decode: ({ params, query }) => {
      const record = fromQuery(query, ['offset', 'limit'], [], ['excludeTeamMembers']);
      return [params.workspaceId!, Object.keys(record).length ? (record as WorkspaceMembersQuery) : undefined];
    },
  }),
  getWorkspaceLink: route({
    operation: 'getWorkspaceLink',
    method: 'GET',
    path: '/workspaces/:workspaceId/link',
    summary: "A workspace's link; anyone with it can request to join.",
    mutation: false,
    status: 200,
    response: s.WorkspaceLinkSchema,
    errors: [404],
    encode: (workspaceId) => ({ params: { workspaceId } }),
    decode: ({ params }) => [params.workspaceId!],
  }),
  setWorkspaceLinkViewing: route({
    operation: 'setWorkspaceLinkViewing',
    method: 'PATCH',
    path: '/workspaces/:workspaceId/link',
    summary: 'Whether the workspace link lets people view the workspace.',
    mutation: true,
    status: 200,
    body: WorkspaceLinkViewingSchema,
    response: s.WorkspaceLinkSchema,
    errors: [404, 422],
    encode: (workspaceId, includesViewing) => ({ params: { workspaceId }, body: { includesViewing } }),
    decode: ({ params, body }) => [params.workspaceId!, bodyField(body, 'includesViewing') as boolean],
  }),
  listJoinRequests: route({
    operation: 'listJoinRequests',
    method: 'GET',
    path: '/workspaces/:workspaceId/join-requests',
    summary: 'Pending requests to join a workspace.',
    mutation: false,
    status: 200,
    response: z.array(s.JoinRequestSchema),
    errors: [404],
    encode: (workspaceId) => ({ params: { workspaceId } }),
    decode: ({ params }) => [params.workspaceId!],
  }),
  approveJoinRequest: route({
    operation: 'approveJoinRequest',
    method: 'POST',
    path: '/workspaces/:workspaceId/join-requests/:requestId/approve',
    summary: 'Approves a join request, adding the person as an internal user or a client.',
    mutation: true,
    status: 200,
    body: JoinRequestApprovalSchema,
    response: s.WorkspaceMemberSchema,
    errors: [404, 409, 422],
    encode: (workspaceId, requestId, as) => ({ params: { workspaceId, requestId }, body: { as } }),
    decode: ({ params, body }) => [params.workspaceId!, params.requestId!, bodyField(body, 'as') as MemberType],
  }),
  declineJoinRequest: route({
    operation: 'declineJoinRequest',
    method: 'POST',
    path: '/workspaces/:workspaceId/join-requests/:requestId/decline',
    summary: 'Declines a join request. No request body; answers 204 with no body.',
    mutation: true,
    status: 204,
    response: null,
    errors: [404, 409],
    encode: (workspaceId, requestId) => ({ params: { workspaceId, requestId } }),
    decode: ({ params }) => [params.workspaceId!, params.requestId!],
  }),
  searchDirectory: route({
    operation: 'searchDirectory',
    method: 'GET',
    path: '/directory',
    summary:
      'Existing internal users and clients, a page at a time. `types` is comma-separated (`types=internal,client`); pass `nextCursor` back as `cursor`.',
    mutation: false,
    status: 200,
    query: s.DirectoryQuerySchema,
    response: s.DirectoryPageSchema,
    errors: [422],
    encode: (query) => ({ query: toQuery(query) }),
    decode: ({ query }) => [fromQuery(query, ['limit'], ['types']) as DirectoryQuery],
  }),
  addWorkspaceMembers: route({
    operation: 'addWorkspaceMembers',
    method: 'POST',
    path: '/workspaces/:workspaceId/members',
    summary: 'Adds people; new internal users only in group workspaces and only by portal admins.',
    mutation: true,
    status: 201,
    body: s.AddMembersInputSchema,
    response: s.AddMembersResultSchema,
    errors: [404, 409, 422],
    encode: (workspaceId, additions) => ({ params: { workspaceId }, body: { additions } }),
    decode: ({ params, body }) => [params.workspaceId!, bodyField(body, 'additions') as MemberAddition[]],
  }),
  resendInvitation: route({
    operation: 'resendInvitation',
    method: 'POST',
    path: '/invitations/resend',
    summary: 'Sends a new invitation to a member, every not-joined member of a team, or an invited internal user.',
    mutation: true,
    status: 200,
    body: s.InvitationTargetSchema,
    response: s.ResendResultSchema,
    errors: [404, 409, 422],
    encode: (target) => ({ body: target }),
    decode: ({ body }) => [body as InvitationTarget],
  }),
  revokeInvitation: route({
    operation: 'revokeInvitation',
    method: 'POST',
    path: '/invitations/revoke',
    summary: 'Withdraws a pending invitation (only where `capabilities.revokeInvitation`). Answers 204 with no body.',
    mutation: true,
    status: 204,
    body: s.InvitationTargetSchema,
    response: null,
    errors: [404, 409, 422],
    encode: (target) => ({ body: target }),
    decode: ({ body }) => [body as InvitationTarget],
  }),
  listInternalUsers: route({
    operation: 'listInternalUsers',
    method: 'GET',
    path: '/internal-users',
    summary: "The Admin Portal's list of internal users, sorted and a page at a time.",
    mutation: false,
    status: 200,
    query: s.InternalUsersQuerySchema,
    response: s.InternalUsersPageSchema,
    errors: [422],
    encode: (query) => ({ query: toQuery(query) }),
    decode: ({ query }) => [fromQuery(query, ['offset', 'limit'], []) as InternalUsersQuery],
  }),
  // Invited people: accept-invitation
  getInvitation: route({
    operation: 'getInvitation',
    method: 'GET',
    path: '/invitations/:token',
    summary:
      'What an invitation token stands for (who invited the person, to what, whether it still works). Needs no signed-in viewer; an unknown token is a 404.',
    mutation: false,
    status: 200,
    response: s.InvitationDetailsSchema,
    errors: [404],
    encode: (token) => ({ params: { token } }),
    decode: ({ params }) => [params.token!],
  }),
  acceptInvitation: route({
    operation: 'acceptInvitation',
    method: 'POST',
    path: '/invitations/accept',
    summary:
      'Accepts a pending invitation with the person’s full name; they become an active internal user (and a Joined workspace member). Needs no signed-in viewer. An invitation that is no longer pending is a 403, an unknown one a 404.',
    mutation: true,
    status: 200,
    body: s.AcceptInvitationInputSchema,
    response: s.InternalUserSchema,
    errors: [404, 409, 422],
    encode: (input) => ({ body: input }),
    decode: ({ body }) => [body as AcceptInvitationInput],
  }),
  // Invited people: <workspace-join-request>. Answered for anyone who has the link, signed in or not.
  getWorkspaceLinkDetails: route({
    operation: 'getWorkspaceLinkDetails',
    method: 'GET',
    path: '/workspace-links/details',
    summary:
      "A workspace link's public details (the workspace, whether the link includes viewing; `viewerStatus` and `request` when signed in). The link travels in the `url` query parameter; an unknown or replaced link answers 200 with `valid: false`.",
    mutation: false,
    status: 200,
    query: WorkspaceLinkDetailsQuerySchema,
    response: s.WorkspaceLinkDetailsSchema,
    errors: [422],
    encode: (url) => ({ query: toQuery({ url }) }),
    decode: ({ query }) => [query.get('url') as string],
  }),
  requestToJoinWorkspace: route({
    operation: 'requestToJoinWorkspace',
    method: 'POST',
    path: '/workspace-links/join-requests',
    summary:
      'Asks to join the workspace behind a link. Already a member: 409. Already asked: answers the pending request. An unknown link: 404; a replaced one: 403.',
    mutation: true,
    status: 201,
    body: s.WorkspaceJoinRequestInputSchema,
    response: s.JoinRequestStatusSchema,
    errors: [404, 409, 422],
    encode: (input) => ({ body: input }),
    decode: ({ body }) => [body as WorkspaceJoinRequestInput],
  }),
  getJoinRequestStatus: route({
    operation: 'getJoinRequestStatus',
    method: 'GET',
    path: '/join-requests/:requestId',
    summary: 'The status of one’s own join request: pending, approved (as an internal user or a client) or declined.',
    mutation: false,
    status: 200,
    response: s.JoinRequestStatusSchema,
    errors: [404],
    encode: (requestId) => ({ params: { requestId } }),
    decode: ({ params }) => [params.requestId!],
  }),
};

/** Where the msw handlers serve the contract unless told otherwise. */
export const DEFAULT_BASE_URL = '/api/invite-kit';

/** Routes that are not operations: what the backend supports, and the live-updates stream. */
export const CAPABILITIES_PATH = '/capabilities';
export const EVENTS_PATH = '/events';

/** Fills `:name` segments; every value is URI-encoded so ids with `/` or spaces stay one segment. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/gu, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
}

/** `baseUrl` + path + query, keeping relative base URLs relative (`/api/invite-kit`). */
export function joinUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `${baseUrl.replace(/\/+$/u, '')}${path}${search ? `?${search}` : ''}`;
}
