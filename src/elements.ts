/**
 * `invite-kit/elements`: every element class, without registering any tag — for hosts
 * with their own registry or their own tag names. `Class.define(tagName, registry?)`
 * registers one, after the kit elements it renders (`Class.dependencies`).
 */
export { InviteKitProvider } from './invite-kit-provider/invite-kit-provider.js';
export { InviteProfileMenu } from './invite-profile-menu/invite-profile-menu.js';
export { InviteUserForm } from './invite-user-form/invite-user-form.js';
export { InviteUserDialog } from './invite-user-dialog/invite-user-dialog.js';
export { ShareInviteLink } from './share-invite-link/share-invite-link.js';
export { ResendInviteButton } from './resend-invite-button/resend-invite-button.js';
export { WorkspaceMembersPanel } from './workspace-members-panel/workspace-members-panel.js';
export { WorkspaceMembersPicker } from './workspace-members-picker/workspace-members-picker.js';
export { InternalUsersAdmin } from './internal-users-admin/internal-users-admin.js';
export { AcceptInvitation } from './accept-invitation/accept-invitation.js';
export { WorkspaceJoinRequest } from './workspace-join-request/workspace-join-request.js';
export { InviteLinkSignUp } from './invite-link-sign-up/invite-link-sign-up.js';
export { InviteKitElement } from './internal/invite-kit-element.js';
export type { ErrorDescriber, ErrorDescriptionContext } from './internal/error-description.js';
