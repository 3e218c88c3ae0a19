/**
 * `invite-kit/react`: a React component for every element, made with `@lit/react`, so
 * properties (`client`, `viewer`, `workspaceId`, …), event props (`onInviteSent`, …) and
 * refs (to the element itself) feel native. Importing it registers the elements.
 *
 *   import { InviteKitProvider, InviteUserForm } from 'invite-kit/react';
 *
 *   <InviteKitProvider client={client}>
 *     <InviteUserForm onInviteSent={(event) => toast(event.detail.result.user.name)} />
 *   </InviteKitProvider>
 *
 * React 19 also renders the plain tags (`<invite-user-form>`), setting properties and
 * listening to `oninvite-sent`; with these wrappers the props are typed and camel-cased.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { InviteKitProvider as InviteKitProviderElement } from '../invite-kit-provider/define.js';
import { InviteProfileMenu as InviteProfileMenuElement } from '../invite-profile-menu/define.js';
import { InviteUserForm as InviteUserFormElement } from '../invite-user-form/define.js';
import { InviteUserDialog as InviteUserDialogElement } from '../invite-user-dialog/define.js';
import { ShareInviteLink as ShareInviteLinkElement } from '../share-invite-link/define.js';
import { ResendInviteButton as ResendInviteButtonElement } from '../resend-invite-button/define.js';
import { WorkspaceMembersPanel as WorkspaceMembersPanelElement } from '../workspace-members-panel/define.js';
import { WorkspaceMembersPicker as WorkspaceMembersPickerElement } from '../workspace-members-picker/define.js';
import { InternalUsersAdmin as InternalUsersAdminElement } from '../internal-users-admin/define.js';
import { WorkspaceJoinRequest as WorkspaceJoinRequestElement } from '../workspace-join-request/define.js';
import { AcceptInvitation as AcceptInvitationElement } from '../accept-invitation/define.js';
import { InviteLinkSignUp as InviteLinkSignUpElement } from '../invite-link-sign-up/define.js';
import {
  internalUsersAdminEvents,
  inviteKitProviderEvents,
  inviteProfileMenuEvents,
  inviteUserDialogEvents,
  inviteUserFormEvents,
  resendInviteButtonEvents,
  shareInviteLinkEvents,
  workspaceMembersPanelEvents,
  workspaceMembersPickerEvents,
  workspaceJoinRequestEvents,
  acceptInvitationEvents,
  inviteLinkSignUpEvents,
} from './events.js';

export {
  InviteKitProviderElement,
  InviteProfileMenuElement,
  InviteUserFormElement,
  InviteUserDialogElement,
  ShareInviteLinkElement,
  ResendInviteButtonElement,
  WorkspaceMembersPanelElement,
  WorkspaceMembersPickerElement,
  InternalUsersAdminElement,
  WorkspaceJoinRequestElement,
  AcceptInvitationElement,
  InviteLinkSignUpElement,
};
export * from './events.js';

/** `<invite-kit-provider>`: gives the elements inside it one client, viewer and locale. */
export const InviteKitProvider = createComponent({
  react: React,
  tagName: 'invite-kit-provider',
  elementClass: InviteKitProviderElement,
  events: inviteKitProviderEvents,
  displayName: 'InviteKitProvider',
});

/** `<invite-profile-menu>`: the profile button with "Invite Internal User". */
export const InviteProfileMenu = createComponent({
  react: React,
  tagName: 'invite-profile-menu',
  elementClass: InviteProfileMenuElement,
  events: inviteProfileMenuEvents,
  displayName: 'InviteProfileMenu',
});

/** `<invite-user-form>`: invites one internal user. */
export const InviteUserForm = createComponent({
  react: React,
  tagName: 'invite-user-form',
  elementClass: InviteUserFormElement,
  events: inviteUserFormEvents,
  displayName: 'InviteUserForm',
});

/** `<invite-user-dialog>`: the "Invite Internal User" pop-up with its "Share Invite Link" tab. */
export const InviteUserDialog = createComponent({
  react: React,
  tagName: 'invite-user-dialog',
  elementClass: InviteUserDialogElement,
  events: inviteUserDialogEvents,
  displayName: 'InviteUserDialog',
});

/** `<share-invite-link>`: the portal's invite link with Copy Link and Refresh Link. */
export const ShareInviteLink = createComponent({
  react: React,
  tagName: 'share-invite-link',
  elementClass: ShareInviteLinkElement,
  events: shareInviteLinkEvents,
  displayName: 'ShareInviteLink',
});

/** `<resend-invite-button>`: "Resend Invitation" for a member, a team or an invited internal user. */
export const ResendInviteButton = createComponent({
  react: React,
  tagName: 'resend-invite-button',
  elementClass: ResendInviteButtonElement,
  events: resendInviteButtonEvents,
  displayName: 'ResendInviteButton',
});

/** `<workspace-members-panel>`: a workspace's Members panel. */
export const WorkspaceMembersPanel = createComponent({
  react: React,
  tagName: 'workspace-members-panel',
  elementClass: WorkspaceMembersPanelElement,
  events: workspaceMembersPanelEvents,
  displayName: 'WorkspaceMembersPanel',
});

/** `<workspace-members-picker>`: the "+ Invite Members" picker on its own. */
export const WorkspaceMembersPicker = createComponent({
  react: React,
  tagName: 'workspace-members-picker',
  elementClass: WorkspaceMembersPickerElement,
  events: workspaceMembersPickerEvents,
  displayName: 'WorkspaceMembersPicker',
});

/** `<internal-users-admin>`: the Admin Portal's Internal Users. */
export const InternalUsersAdmin = createComponent({
  react: React,
  tagName: 'internal-users-admin',
  elementClass: InternalUsersAdminElement,
  events: internalUsersAdminEvents,
  displayName: 'InternalUsersAdmin',
});

/** `<workspace-join-request>`: the page a workspace link opens — Request to Join, and the answer. */
export const WorkspaceJoinRequest = createComponent({
  react: React,
  tagName: 'workspace-join-request',
  elementClass: WorkspaceJoinRequestElement,
  events: workspaceJoinRequestEvents,
  displayName: 'WorkspaceJoinRequest',
});

/** `<accept-invitation>`: the page an emailed or texted invitation opens — Accept Invitation. */
export const AcceptInvitation = createComponent({
  react: React,
  tagName: 'accept-invitation',
  elementClass: AcceptInvitationElement,
  events: acceptInvitationEvents,
  displayName: 'AcceptInvitation',
});

/** `<invite-link-sign-up>`: the page the portal's shareable invite link opens — Sign Up. */
export const InviteLinkSignUp = createComponent({
  react: React,
  tagName: 'invite-link-sign-up',
  elementClass: InviteLinkSignUpElement,
  events: inviteLinkSignUpEvents,
  displayName: 'InviteLinkSignUp',
});
