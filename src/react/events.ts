/**
 * The React event props of each element: `on` + the event name in PascalCase
 * (`invite-sent` → `onInviteSent`), typed with the event's `HTMLElementEventMap` entry.
 * Kept apart from `index.ts` (which needs React) so a test can check, without React, that
 * every event an element documents has its prop here.
 */
import type { EventName } from '@lit/react';
import type {} from '../invite-kit-provider/invite-kit-provider.js';
import type {} from '../invite-profile-menu/events.js';
import type {} from '../invite-user-dialog/events.js';
import type {} from '../invite-user-form/events.js';
import type {} from '../share-invite-link/events.js';
import type {} from '../resend-invite-button/events.js';
import type {} from '../workspace-members-panel/events.js';
import type {} from '../workspace-members-picker/events.js';
import type {} from '../internal-users-admin/events.js';
import type {} from '../workspace-join-request/events.js';
import type {} from '../accept-invitation/events.js';
import type {} from '../invite-link-sign-up/events.js';
import type {} from '../internal/safe-url.js';

type KitEventName = keyof HTMLElementEventMap & `${string}-${string}`;

/** `invite-sent` typed as the `EventName` of `HTMLElementEventMap['invite-sent']`. */
const event = <K extends KitEventName>(name: K) => name as EventName<HTMLElementEventMap[K]>;

export const inviteKitProviderEvents = {
  onInviteKitViewerLoaded: event('invite-kit-viewer-loaded'),
};

export const inviteProfileMenuEvents = {
  onInviteProfileMenuSelect: event('invite-profile-menu-select'),
};

export const inviteUserFormEvents = {
  onInviteBeforeSend: event('invite-before-send'),
  onInviteSent: event('invite-sent'),
};

export const inviteUserDialogEvents = {
  onInviteDialogOpen: event('invite-dialog-open'),
  onInviteDialogClose: event('invite-dialog-close'),
  onInviteBeforeSend: event('invite-before-send'),
  onInviteSent: event('invite-sent'),
  onInviteLinkCopied: event('invite-link-copied'),
  onInviteLinkRefreshed: event('invite-link-refreshed'),
};

export const shareInviteLinkEvents = {
  onInviteLinkCopied: event('invite-link-copied'),
  onInviteLinkRefreshed: event('invite-link-refreshed'),
  onInviteLinkSettingsChanged: event('invite-link-settings-changed'),
  onInviteKitUnsafeLink: event('invite-kit-unsafe-link'),
};

export const resendInviteButtonEvents = {
  onInviteResent: event('invite-resent'),
};

export const workspaceMembersPickerEvents = {
  onMembersInvited: event('members-invited'),
  onInviteNewInternalUserRequested: event('invite-new-internal-user-requested'),
  onPickerClose: event('picker-close'),
};

export const workspaceMembersPanelEvents = {
  onJoinRequestApproved: event('join-request-approved'),
  onJoinRequestDeclined: event('join-request-declined'),
  onMembersInvited: event('members-invited'),
  onInvitationRevoked: event('invitation-revoked'),
  onInviteResent: event('invite-resent'),
  onWorkspaceLinkCopied: event('workspace-link-copied'),
  onWorkspaceLinkChanged: event('workspace-link-changed'),
  onInviteNewInternalUserRequested: event('invite-new-internal-user-requested'),
  onInviteKitUnsafeLink: event('invite-kit-unsafe-link'),
};

export const internalUsersAdminEvents = {
  onInviteBeforeSend: event('invite-before-send'),
  onInviteSent: event('invite-sent'),
  onBulkInviteBeforeSend: event('bulk-invite-before-send'),
  onBulkInviteSent: event('bulk-invite-sent'),
  onInviteResent: event('invite-resent'),
  onInviteLinkCopied: event('invite-link-copied'),
  onInviteLinkRefreshed: event('invite-link-refreshed'),
};

export const workspaceJoinRequestEvents = {
  onWorkspaceJoinRequested: event('workspace-join-requested'),
  onWorkspaceJoinSettled: event('workspace-join-settled'),
  onWorkspaceViewAvailable: event('workspace-view-available'),
  onSignInRequested: event('sign-in-requested'),
};

export const acceptInvitationEvents = {
  onInvitationAccepted: event('invitation-accepted'),
  onSignInRequested: event('sign-in-requested'),
};

export const inviteLinkSignUpEvents = {
  onInviteLinkSignedUp: event('invite-link-signed-up'),
  onSignInRequested: event('sign-in-requested'),
};

/** Every wrapper's event props, by tag name. */
export const reactEventsByTag: Record<string, Record<string, string>> = {
  'invite-kit-provider': inviteKitProviderEvents,
  'invite-profile-menu': inviteProfileMenuEvents,
  'invite-user-form': inviteUserFormEvents,
  'invite-user-dialog': inviteUserDialogEvents,
  'share-invite-link': shareInviteLinkEvents,
  'resend-invite-button': resendInviteButtonEvents,
  'workspace-members-panel': workspaceMembersPanelEvents,
  'workspace-members-picker': workspaceMembersPickerEvents,
  'internal-users-admin': internalUsersAdminEvents,
  'workspace-join-request': workspaceJoinRequestEvents,
  'accept-invitation': acceptInvitationEvents,
  'invite-link-sign-up': inviteLinkSignUpEvents,
};

/** The React prop for an event name: `invite-sent` → `onInviteSent`. */
export function reactEventProp(eventName: string): string {
  return `on${eventName.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;
}
