/** Types inferred from the schemas: one source of truth for the shape of every payload. */
import type * as z from 'zod/mini';
import type * as s from './schemas.js';

export type Viewer = z.infer<typeof s.ViewerSchema>;
export type Capabilities = z.infer<typeof s.CapabilitiesSchema>;
export type MemberType = z.infer<typeof s.MemberTypeSchema>;
export type Person = z.infer<typeof s.PersonSchema>;
export type Invitation = z.infer<typeof s.InvitationSchema>;
export type InternalUser = z.infer<typeof s.InternalUserSchema>;
export type Delivery = z.infer<typeof s.DeliverySchema>;
export type DeliveryMethod = Delivery['method'];
/** What a form hands over before validation. */
export type InviteInternalUserInput = z.input<typeof s.InviteInternalUserInputSchema>;
/** The same after validation and normalisation (trimmed, E.164, punycode). */
export type InviteInternalUserRequest = z.output<typeof s.InviteInternalUserInputSchema>;
export type InviteResult = z.infer<typeof s.InviteResultSchema>;
export type LinkExpiry = z.infer<typeof s.LinkExpirySchema>;
export type InviteLink = z.infer<typeof s.InviteLinkSchema>;
export type InviteLinkSettings = z.input<typeof s.InviteLinkSettingsSchema>;
export type InviteLinkCheck = z.infer<typeof s.InviteLinkCheckSchema>;
export type InviteLinkSignUpInput = z.input<typeof s.InviteLinkSignUpInputSchema>;
export type WorkspaceKind = z.infer<typeof s.WorkspaceKindSchema>;
export type Workspace = z.infer<typeof s.WorkspaceSchema>;
export type MemberRole = z.infer<typeof s.MemberRoleSchema>;
export type MemberStatus = z.infer<typeof s.MemberStatusSchema>;
export type WorkspaceMember = z.infer<typeof s.WorkspaceMemberSchema>;
export type WorkspaceTeam = z.infer<typeof s.WorkspaceTeamSchema>;
export type WorkspaceMembers = z.infer<typeof s.WorkspaceMembersSchema>;
export type MemberStatusFilter = z.infer<typeof s.MemberStatusFilterSchema>;
export type WorkspaceMembersQuery = z.input<typeof s.WorkspaceMembersQuerySchema>;
export type WorkspaceLink = z.infer<typeof s.WorkspaceLinkSchema>;
export type JoinRequest = z.infer<typeof s.JoinRequestSchema>;
export type DirectoryQuery = z.input<typeof s.DirectoryQuerySchema>;
export type DirectoryPage = z.infer<typeof s.DirectoryPageSchema>;
export type MemberAddition = z.input<typeof s.MemberAdditionSchema>;
export type AddMembersResult = z.infer<typeof s.AddMembersResultSchema>;
export type InvitationTarget = z.infer<typeof s.InvitationTargetSchema>;
export type ResendResult = z.infer<typeof s.ResendResultSchema>;
export type InternalUsersQuery = z.input<typeof s.InternalUsersQuerySchema>;
export type InternalUsersPage = z.infer<typeof s.InternalUsersPageSchema>;
export type ChangeEvent = z.infer<typeof s.ChangeEventSchema>;
// Accept invitation
export type InvitationDetails = z.infer<typeof s.InvitationDetailsSchema>;
export type InvitationStatus = InvitationDetails['status'];
export type AcceptInvitationInput = z.input<typeof s.AcceptInvitationInputSchema>;
// Invited people: workspace join requests
export type JoinRequestStatus = z.infer<typeof s.JoinRequestStatusSchema>;
export type WorkspaceLinkDetails = z.infer<typeof s.WorkspaceLinkDetailsSchema>;
/** What "Request to Join" hands over before validation. */
export type WorkspaceJoinRequestInput = z.input<typeof s.WorkspaceJoinRequestInputSchema>;
