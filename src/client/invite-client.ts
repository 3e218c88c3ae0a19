import type {
  AcceptInvitationInput,
  AddMembersResult,
  Capabilities,
  ChangeEvent,
  DirectoryPage,
  DirectoryQuery,
  InternalUsersPage,
  InternalUsersQuery,
  InvitationDetails,
  InvitationTarget,
  InviteInternalUserInput,
  InviteLink,
  InviteLinkCheck,
  InviteLinkSettings,
  InviteLinkSignUpInput,
  InternalUser,
  InviteResult,
  JoinRequest,
  MemberAddition,
  MemberType,
  ResendResult,
  Viewer,
  Workspace,
  WorkspaceLink,
  WorkspaceMember,
  WorkspaceMembers,
  WorkspaceMembersQuery,
  JoinRequestStatus,
  WorkspaceJoinRequestInput,
  WorkspaceLinkDetails,
} from './types.js';

/** Options every call takes. */
export interface RequestOptions {
  /** Aborting rejects the call with an `AbortError` and, where possible, cancels the request. */
  signal?: AbortSignal;
}

/** Options every mutating call takes. */
export interface MutationOptions extends RequestOptions {
  /**
   * A key that names one intended action. Calls repeated with the same key (a retry, a
   * double click) have the effect of one call and resolve with the first call's result.
   */
  idempotencyKey?: string;
}

export type ChangeListener = (change: ChangeEvent) => void;

/**
 * The adapter contract: everything the elements need from a backend. Elements never talk
 * to a backend in any other way. Implement it for your backend, or speak the REST contract
 * of `docs/rest-api.md` and use `createFetchClient`.
 *
 * Every method rejects with an `InviteKitError` (or an `AbortError` when aborted).
 */
export interface InviteClient {
  /**
   * What this backend supports; elements hide what it does not. May change once, when `ready`
   * settles: read it after awaiting `ready`, not before.
   */
  readonly capabilities: Capabilities;

  /**
   * Settles once `capabilities` are known, for adapters that learn them from the backend;
   * elements wait for it before deciding what to offer. Leave it out when they are known at once.
   */
  readonly ready?: Promise<void>;

  /**
   * The language the backend writes its error `message`s in (a BCP 47 tag; default `en`). On a
   * page in that language they lead; on a page in another one the kit's own sentence leads and
   * the backend's text is shown as a detail.
   */
  readonly messagesLocale?: string;

  /** Who is using the page, and whether they are a portal admin. */
  getViewer(options?: RequestOptions): Promise<Viewer>;

  // Portal invitations
  /** Invites one internal user (portal admins only); an email or phone already in the portal is a `conflict`. */
  inviteInternalUser(input: InviteInternalUserInput, options?: MutationOptions): Promise<InviteResult>;
  /** The portal's shareable invite link. */
  getInviteLink(options?: RequestOptions): Promise<InviteLink>;
  /** Replaces the invite link; the old one stops working at once. */
  refreshInviteLink(options?: MutationOptions): Promise<InviteLink>;
  /** Sets expiry and allowed domains (only where `capabilities` declare them). */
  updateInviteLinkSettings(settings: InviteLinkSettings, options?: MutationOptions): Promise<InviteLink>;
  /** Whether a link still lets people sign up (what the sign-up page asks). */
  checkInviteLink(url: string, options?: RequestOptions): Promise<InviteLinkCheck>;
  /** Signs a person up through an invite link; the backend enforces expiry and allowed domains. */
  signUpWithInviteLink(input: InviteLinkSignUpInput, options?: MutationOptions): Promise<InternalUser>;

  // Workspaces
  listWorkspaces(options?: RequestOptions): Promise<Workspace[]>;
  getWorkspace(workspaceId: string, options?: RequestOptions): Promise<Workspace>;
  /**
   * A workspace's members and internal teams. Where `capabilities.memberPaging`, `query` asks for
   * one page, filtered (the answer's `total` counts every match, `nextCursor` leads to the next
   * page); a backend without it ignores `query` and answers every member.
   */
  listWorkspaceMembers(workspaceId: string, query?: WorkspaceMembersQuery, options?: RequestOptions): Promise<WorkspaceMembers>;
  getWorkspaceLink(workspaceId: string, options?: RequestOptions): Promise<WorkspaceLink>;
  setWorkspaceLinkViewing(workspaceId: string, includesViewing: boolean, options?: MutationOptions): Promise<WorkspaceLink>;
  listJoinRequests(workspaceId: string, options?: RequestOptions): Promise<JoinRequest[]>;
  approveJoinRequest(workspaceId: string, requestId: string, as: MemberType, options?: MutationOptions): Promise<WorkspaceMember>;
  declineJoinRequest(workspaceId: string, requestId: string, options?: MutationOptions): Promise<void>;
  /** Existing internal users and clients, a page at a time. */
  searchDirectory(query: DirectoryQuery, options?: RequestOptions): Promise<DirectoryPage>;
  /** Adds people; new internal users only in group workspaces and only by portal admins. */
  addWorkspaceMembers(workspaceId: string, additions: MemberAddition[], options?: MutationOptions): Promise<AddMembersResult>;

  // Invitations
  /** Sends a new invitation to a member, every not-joined member of a team, or an invited internal user. */
  resendInvitation(target: InvitationTarget, options?: MutationOptions): Promise<ResendResult>;
  /** Withdraws a pending invitation (only where `capabilities.revokeInvitation`). */
  revokeInvitation(target: InvitationTarget, options?: MutationOptions): Promise<void>;

  // Admin Portal
  listInternalUsers(query?: InternalUsersQuery, options?: RequestOptions): Promise<InternalUsersPage>;

  // Invited people: accept-invitation
  /**
   * What an emailed or texted invitation's token stands for: who invited the person, to what, and
   * whether it still works. Anyone may ask, signed in or not; an unknown token is `not_found`.
   */
  getInvitation(token: string, options?: RequestOptions): Promise<InvitationDetails>;
  /**
   * Accepts a pending invitation with the person's full name: they become an active internal user,
   * and a Joined member of the invitation's workspace. A token that is no longer pending is refused.
   */
  acceptInvitation(input: AcceptInvitationInput, options?: MutationOptions): Promise<InternalUser>;
  // Invited people: <workspace-join-request>
  // Called by whoever opened a workspace link, signed in or not: no admin rights needed.
  /** A workspace link's public details: the workspace, whether the link includes viewing, and (when signed in) where the viewer stands. */
  getWorkspaceLinkDetails(url: string, options?: RequestOptions): Promise<WorkspaceLinkDetails>;
  /**
   * Asks to join the workspace behind a link; it appears in that workspace's requests to join.
   * Already a member: `conflict`. Already asked: answers the pending request (no second one).
   */
  requestToJoinWorkspace(input: WorkspaceJoinRequestInput, options?: MutationOptions): Promise<JoinRequestStatus>;
  /** The status of one's own join request (its id is what `requestToJoinWorkspace` answered); unknown: `not_found`. */
  getJoinRequestStatus(requestId: string, options?: RequestOptions): Promise<JoinRequestStatus>;

  /** Pushes changes as they happen (only where `capabilities.liveUpdates`); returns an unsubscribe function. */
  subscribe?(listener: ChangeListener): () => void;
}

/** The operations a client exposes, for failure injection and the conformance suite: every method that answers a promise. */
export type InviteClientOperation = {
  [Key in keyof InviteClient]-?: NonNullable<InviteClient[Key]> extends (...args: never[]) => Promise<unknown> ? Key : never;
}[keyof InviteClient];

// A record rather than a list, so the compiler refuses it when an operation is missing or unknown.
const OPERATIONS: Readonly<Record<InviteClientOperation, true>> = {
  getViewer: true,
  inviteInternalUser: true,
  getInviteLink: true,
  refreshInviteLink: true,
  updateInviteLinkSettings: true,
  checkInviteLink: true,
  signUpWithInviteLink: true,
  listWorkspaces: true,
  getWorkspace: true,
  listWorkspaceMembers: true,
  getWorkspaceLink: true,
  setWorkspaceLinkViewing: true,
  listJoinRequests: true,
  approveJoinRequest: true,
  declineJoinRequest: true,
  searchDirectory: true,
  addWorkspaceMembers: true,
  resendInvitation: true,
  revokeInvitation: true,
  listInternalUsers: true,
  // Invited people: accept-invitation
  getInvitation: true,
  acceptInvitation: true,
  // Invited people: <workspace-join-request>
  getWorkspaceLinkDetails: true,
  requestToJoinWorkspace: true,
  getJoinRequestStatus: true,
};

/** Every operation of the contract, in the order the interface declares them. */
export const INVITE_CLIENT_OPERATIONS = Object.freeze(Object.keys(OPERATIONS)) as readonly InviteClientOperation[];

/** The arguments of an operation, without the trailing options (optional arguments stay optional). */
export type OperationArgs<Op extends InviteClientOperation> = WithoutLast<Parameters<InviteClient[Op]>>;

type WithoutLast<T extends readonly unknown[]> = number extends T['length']
  ? T
  : T extends readonly []
    ? []
    : T extends readonly [infer Head, ...infer Rest]
      ? Rest extends readonly []
        ? []
        : [Head, ...WithoutLast<Rest>]
      : T extends readonly [(infer Head)?, ...infer Rest]
        ? Rest extends readonly []
          ? []
          : [Head?, ...WithoutLast<Rest>]
        : T;
