/**
 * zod schemas for every payload that crosses the adapter boundary. The TypeScript types
 * in `types.ts` are inferred from these, the fetch client validates every response with
 * them, and the forms validate what people type with the same input schemas.
 *
 * Imported through `zod/mini` on purpose: the same schemas cost ~5 KB that way and ~75 KB
 * through the classic API, and every host pays for those bytes.
 */
import * as z from 'zod/mini';
import { INVITE_KIT_ERROR_CODES } from './errors.js';
import { DomainSchema, FullNameSchema, UserIdSchema, contactFields, hasContact } from './field-schemas.js';
import { DeliverySchema, IdSchema as id } from './invite-schemas.js';

// The field rules and the invite input live in modules of their own, so that a form pulls in
// only those; they are part of this module's exports all the same.
export { ContactInputSchema, DomainSchema, EmailSchema, FullNameSchema, PhoneSchema, UserIdSchema } from './field-schemas.js';
export { DeliverySchema, InviteInternalUserInputSchema } from './invite-schemas.js';

const isoDate = z.iso.datetime({ offset: true });

// ---- Viewer and capabilities -----------------------------------------------------------

export const ViewerSchema = z.object({
  id,
  fullName: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  avatarUrl: z.optional(z.string()),
  /** Portal admins may invite internal users and open the Admin Portal. */
  isPortalAdmin: z.boolean(),
});

export const CapabilitiesSchema = z.object({
  /** `subscribe()` pushes changes (members joining, join requests arriving). */
  liveUpdates: z.boolean(),
  /** Pending invitations can be revoked. */
  revokeInvitation: z.boolean(),
  /** The portal invite link can be set to expire. */
  linkExpiry: z.boolean(),
  /** The portal invite link can be limited to sign-ups from some email domains. */
  allowedDomains: z.boolean(),
  /** Many internal users can be invited from one paste. */
  bulkInvite: z.boolean(),
  /**
   * `listWorkspaceMembers` answers a page at a time, filtered on the server (`WorkspaceMembersQuery`).
   * Optional on the wire: a backend that leaves it out answers every member at once, as before.
   */
  memberPaging: z.optional(z.boolean()),
});

// ---- People, invitations ---------------------------------------------------------------

export const MemberTypeSchema = z.enum(['internal', 'client']);

export const PersonSchema = z.object({
  id,
  type: MemberTypeSchema,
  fullName: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  userId: z.optional(z.string()),
  avatarUrl: z.optional(z.string()),
});

export const InvitationSchema = z.object({
  /** When the first invitation went out. */
  sentAt: isoDate,
  /** When the latest one went out (equal to `sentAt` until a resend). */
  lastSentAt: isoDate,
  /** When the invitation stops working; `null` when the backend has no expiry. */
  expiresAt: z.nullable(isoDate),
});

export const InternalUserSchema = z.object({
  id,
  fullName: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  userId: z.optional(z.string()),
  avatarUrl: z.optional(z.string()),
  isAdministrator: z.boolean(),
  status: z.enum(['active', 'invited']),
  /** Present while `status` is `invited`. */
  invitation: z.optional(InvitationSchema),
});

export const InviteResultSchema = z.object({
  user: InternalUserSchema,
  delivery: DeliverySchema,
  /** False for "Add to Contacts Quietly": nobody was messaged. */
  invitationSent: z.boolean(),
  /** The workspace the person was added to, for the workspace delivery. */
  workspace: z.optional(z.lazy(() => WorkspaceSchema)),
  /** The sent invitation's token, for `<accept-invitation>`; absent for "Add to Contacts Quietly" (nothing was sent). */
  token: z.optional(z.string()),
  /** The address the invitation message links to: the accept page with the token. */
  acceptUrl: z.optional(z.string()),
  /** When the sent invitation stops working; `null` when the backend has no expiry. */
  expiresAt: z.optional(z.nullable(isoDate)),
});

// ---- Invite links ----------------------------------------------------------------------

export const LinkExpirySchema = z.union([z.literal(1), z.literal(7), z.literal(30), z.null()]);

export const InviteLinkSchema = z.object({
  url: z.string().check(z.url()),
  createdAt: isoDate,
  /** `null`: the link never expires. */
  expiresAt: z.nullable(isoDate),
  /** Expiry chosen in days, `null` for never. */
  expiresInDays: LinkExpirySchema,
  /** Empty: anyone can sign up through the link. */
  allowedDomains: z.array(z.string()),
});

export const InviteLinkSettingsSchema = z.object({
  expiresInDays: z.optional(LinkExpirySchema),
  allowedDomains: z.optional(z.array(DomainSchema)),
});

export const InviteLinkCheckSchema = z.object({
  valid: z.boolean(),
  reason: z.optional(z.enum(['expired', 'replaced', 'unknown'])),
  /** The portal's display name ("Acme Portal"), for the sign-up page's heading; absent for an unknown link. */
  portalName: z.optional(z.string()),
  /** Where the portal limits sign-up to email domains (lower case, without "@"): said before the person types. */
  allowedDomains: z.optional(z.array(z.string())),
});

/**
 * Signing up through the portal's link: a name and an email address or a phone number, the
 * same rule as the invite form's contact field (a portal that limits sign-up to email domains
 * accepts an email address only).
 */
export const InviteLinkSignUpInputSchema = z
  .object({
    url: z.string(),
    fullName: FullNameSchema,
    ...contactFields,
  })
  .check(hasContact());

// ---- Workspaces ------------------------------------------------------------------------

export const WorkspaceKindSchema = z.enum(['flow', 'group']);

export const WorkspaceSchema = z.object({
  id,
  name: z.string(),
  kind: WorkspaceKindSchema,
});

export const MemberRoleSchema = z.enum(['owner', 'editor', 'viewer']);
export const MemberStatusSchema = z.enum(['joined', 'not_joined']);

export const WorkspaceMemberSchema = z.object({
  id,
  workspaceId: id,
  person: PersonSchema,
  role: MemberRoleSchema,
  status: MemberStatusSchema,
  /** The member's pending invitation while `status` is `not_joined`. */
  invitation: z.optional(InvitationSchema),
  /** The internal team this member came in with, if any. */
  teamId: z.optional(id),
});

export const WorkspaceTeamSchema = z.object({
  id,
  workspaceId: id,
  name: z.string(),
  memberCount: z.number().check(z.int(), z.nonnegative()),
  notJoinedCount: z.number().check(z.int(), z.nonnegative()),
  role: MemberRoleSchema,
});

/**
 * What the member list filters by: `joined`; `not_joined`, invited and the invitation still
 * valid; `expired`, invited and the invitation expired (by the backend's clock).
 */
export const MemberStatusFilterSchema = z.enum(['joined', 'not_joined', 'expired']);

/**
 * Which members to answer, and how many at once (only where `capabilities.memberPaging`; a
 * backend without it ignores all of this and answers every member). With none of these fields,
 * every member. Pages follow one stable order (the same with and without a filter).
 */
export const WorkspaceMembersQuerySchema = z.object({
  /** A page's `nextCursor`: the page after it. Opaque; one this backend never issued is a `validation` error. */
  cursor: z.optional(z.string()),
  /** Where to start in the (filtered) order instead, for a list that jumps to a row it scrolled to; ignored with a `cursor`. */
  offset: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** At most this many members (default: all that match). */
  limit: z.optional(z.number().check(z.int(), z.positive(), z.maximum(500))),
  /** Only members whose name, email address or phone number contains this (case and accents ignored; a phone's digits however spaced). */
  query: z.optional(z.string()),
  status: z.optional(MemberStatusFilterSchema),
  /** Leave out members who came in with one of the listed `teams`: for a list that shows each team as one row. */
  excludeTeamMembers: z.optional(z.boolean()),
});

export const WorkspaceMembersSchema = z.object({
  members: z.array(WorkspaceMemberSchema),
  /** Every internal team of the workspace, on every page, whatever the filter. */
  teams: z.array(WorkspaceTeamSchema),
  /** Pass it back as `cursor` for the next page; absent on the last page (and from a backend that answers everything at once). */
  nextCursor: z.optional(z.string()),
  /** How many members match the query in all pages together (where `capabilities.memberPaging`). */
  total: z.optional(z.number().check(z.int(), z.nonnegative())),
});

export const WorkspaceLinkSchema = z.object({
  workspaceId: id,
  url: z.string().check(z.url()),
  /** Whether the link lets people view the workspace; either way anyone with it can request to join. */
  includesViewing: z.boolean(),
});

export const JoinRequestSchema = z.object({
  id,
  workspaceId: id,
  fullName: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  requestedAt: isoDate,
});

// ---- Directory and adding members ------------------------------------------------------

export const DirectoryQuerySchema = z.object({
  query: z.string(),
  types: z.optional(z.array(MemberTypeSchema)),
  /** Leave out people already in this workspace. */
  excludeWorkspaceId: z.optional(id),
  cursor: z.optional(z.string()),
  limit: z.optional(z.number().check(z.int(), z.positive(), z.maximum(100))),
});

export const DirectoryPageSchema = z.object({
  items: z.array(PersonSchema),
  nextCursor: z.nullable(z.string()),
  /** How many people match in all pages together, when the backend can tell cheaply (optional). */
  total: z.optional(z.number().check(z.int(), z.nonnegative())),
});

export const MemberAdditionSchema = z.discriminatedUnion('type', [
  /** An existing internal user or client from the directory. */
  z.object({ type: z.literal('existing'), personId: id }),
  /** A new client: added and invited. */
  z.object({
    type: z.literal('new-client'),
    fullName: FullNameSchema,
    ...contactFields,
  }),
  /** A new internal user: group workspaces only, portal admins only. */
  z.object({
    type: z.literal('new-internal'),
    fullName: FullNameSchema,
    ...contactFields,
    userId: UserIdSchema,
  }),
]);

export const AddMembersInputSchema = z.object({
  additions: z.array(MemberAdditionSchema).check(z.minLength(1)),
});

export const AddMembersResultSchema = z.object({
  added: z.array(WorkspaceMemberSchema),
});

// ---- Resend and revoke -----------------------------------------------------------------

export const InvitationTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('member'), workspaceId: id, memberId: id }),
  z.object({ type: z.literal('team'), workspaceId: id, teamId: id }),
  z.object({ type: z.literal('internal-user'), userId: id }),
]);

export const ResendResultSchema = z.object({
  /** Everyone who was sent a new invitation (for a team: each member who had not joined). */
  recipients: z.array(
    z.object({
      id,
      fullName: z.string(),
      /** The new invitation's token where it has one (internal users); the one it replaces then reads `replaced`. */
      token: z.optional(z.string()),
      acceptUrl: z.optional(z.string()),
    }),
  ),
  sentAt: isoDate,
  /** The renewed expiry, `null` when the backend has none. */
  expiresAt: z.nullable(isoDate),
});

// ---- Admin list ------------------------------------------------------------------------

export const InternalUsersQuerySchema = z.object({
  query: z.optional(z.string()),
  sort: z.optional(z.enum(['name', 'invited'])),
  direction: z.optional(z.enum(['asc', 'desc'])),
  offset: z.optional(z.number().check(z.int(), z.nonnegative())),
  limit: z.optional(z.number().check(z.int(), z.positive(), z.maximum(500))),
});

export const InternalUsersPageSchema = z.object({
  items: z.array(InternalUserSchema),
  total: z.number().check(z.int(), z.nonnegative()),
});

// ---- Live updates ----------------------------------------------------------------------

export const ChangeEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('members-changed'), workspaceId: id }),
  z.object({ type: z.literal('join-requests-changed'), workspaceId: id }),
  z.object({ type: z.literal('internal-users-changed') }),
  z.object({ type: z.literal('invite-link-changed') }),
  z.object({ type: z.literal('workspace-link-changed'), workspaceId: id }),
]);

// ---- Accept invitation ----------------------------------------------------------------

/** An invitation token as it arrives from a page's address: 1–200 characters, anything else is unknown. */
export const InvitationTokenSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const InvitationDetailsSchema = z.object({
  token: z.string(),
  /** `replaced`: "Resend Invitation" sent a newer one; `accepted`: the person already came in. */
  status: z.enum(['pending', 'expired', 'revoked', 'accepted', 'replaced']),
  /** The portal's display name ("Acme Portal"). */
  portalName: z.string(),
  /** Who sent the invitation, where the backend knows. */
  invitedBy: z.optional(z.object({ fullName: z.string() })),
  /** The workspace the invitation brings the person into, for workspace invitations. */
  workspace: z.optional(WorkspaceSchema),
  /** The invited person, as the inviter typed them: the accept form's prefill. */
  fullName: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  sentAt: isoDate,
  /** `null`: the invitation never expires. */
  expiresAt: z.nullable(isoDate),
});

export const AcceptInvitationInputSchema = z.object({
  token: InvitationTokenSchema,
  fullName: FullNameSchema,
});
// ---- Invited people: workspace join requests ----------------------------------------

/** One's own request to join a workspace, as the person who made it sees it. */
export const JoinRequestStatusSchema = z.object({
  id,
  workspaceId: id,
  workspaceName: z.string(),
  /** `pending` until a member approves or declines it in the Members panel. */
  status: z.enum(['pending', 'approved', 'declined']),
  /** For an approved request: whether the person joined as an internal user or as a client. */
  approvedAs: z.optional(MemberTypeSchema),
  requestedAt: isoDate,
});

/** What a workspace link's page shows before the request: the workspace, and whether the link lets people look in. */
export const WorkspaceLinkDetailsSchema = z.object({
  valid: z.boolean(),
  /** `unknown`: no such link; `replaced`: the workspace has a newer link. Absent while `valid`. */
  reason: z.optional(z.enum(['unknown', 'replaced'])),
  portalName: z.optional(z.string()),
  workspace: z.optional(WorkspaceSchema),
  /** Whether the link includes viewing permissions: the host may then show the workspace behind it. */
  includesViewing: z.optional(z.boolean()),
  /** Only when someone is signed in: already a member, already asked (see `request`), or neither. */
  viewerStatus: z.optional(z.enum(['member', 'requested', 'none'])),
  /** The signed-in person's pending request, when `viewerStatus` is `requested`. */
  request: z.optional(JoinRequestStatusSchema),
});

/** "Request to Join": the workspace link and who is asking (email address or phone number, one at least). */
export const WorkspaceJoinRequestInputSchema = z
  .object({
    url: z.string(),
    fullName: FullNameSchema,
    ...contactFields,
  })
  .check(hasContact());

// ---- Errors on the wire ----------------------------------------------------------------

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(INVITE_KIT_ERROR_CODES),
    message: z.string(),
    fieldErrors: z.optional(z.record(z.string(), z.string())),
    retryAfter: z.optional(z.number()),
  }),
});
