import { defineMessages } from '../i18n/catalogue.js';

/** English strings of `<invite-user-form>`; labels and choices are the article's own words. */
export const inviteUserFormMessages = defineMessages({
  'inviteForm.label': 'Invite an internal user',
  'inviteForm.fullName': 'Full Name',
  'inviteForm.contact': 'Email Address or Phone Number',
  'inviteForm.contactHint': 'For a phone number, start with + and the country code.',
  'inviteForm.contactIsEmail': 'Email address: {value}',
  'inviteForm.contactIsPhone': 'Phone number: {value}',
  'inviteForm.userId': 'User ID',
  'inviteForm.userIdHint': 'Your organisation’s own ID for this person, if it has one.',

  'inviteForm.delivery': 'How to send the invitation',
  'inviteForm.delivery.workspace': 'Add to Workspace',
  'inviteForm.delivery.workspace.hint': 'Send an invitation for the internal user to join a workspace.',
  'inviteForm.delivery.contacts': 'Add to Contacts',
  'inviteForm.delivery.contacts.hint': 'Add the internal user to your contact list and send a portal invitation.',
  'inviteForm.delivery.contacts-quietly': 'Add to Contacts Quietly',
  'inviteForm.delivery.contacts-quietly.hint': 'Add the internal user to your contact list without sending an invitation.',
  'inviteForm.workspace': 'Workspace',
  'inviteForm.workspacePlaceholder': 'Choose a workspace',
  'inviteForm.workspacesLoading': 'Loading workspaces…',
  'inviteForm.workspacesFailed': 'Couldn’t load the workspaces. {reason}',
  'inviteForm.noWorkspaces': 'There are no workspaces to add them to yet. Choose another way to invite them.',

  'inviteForm.advancedOptions': 'Advanced Options',
  'inviteForm.administrator': 'Administrator',
  'inviteForm.administratorHint': 'Gives access to the Admin Portal and to portal settings, permissions and configuration.',

  'inviteForm.submit': 'Send Invitation',
  'inviteForm.sending': 'Sending…',

  'inviteForm.checkingAccess': 'Checking whether you can invite people…',
  'inviteForm.accessFailed': 'Couldn’t check whether you can invite people. {reason}',
  'inviteForm.forbiddenTitle': 'Only portal admins can invite internal users',
  'inviteForm.forbidden':
    'Your account isn’t an admin of this portal, so you can’t invite internal users. Ask a portal admin to invite them for you, or to make you an admin.',

  'inviteForm.failed': 'The invitation wasn’t sent. {reason}',
  'inviteForm.failedFields': 'Fix the marked fields, then send again.',
  'inviteForm.keptTyped': 'Everything you typed is still here.',

  'inviteForm.conflictTitle': 'Already a member of this portal',
  'inviteForm.conflict': '{contact} already belongs to someone in this portal, so there is nobody new to invite.',
  'inviteForm.conflictField': 'Someone in this portal already uses this.',
  'inviteForm.conflictNamedTitle': 'Already in use in this portal',
  'inviteForm.conflictOn': '{field}: {message}',
  'inviteForm.conflictNamedHint': 'Change the marked details, or invite someone else.',
  'inviteForm.changeDetails': 'Change details',

  'inviteForm.sentTitle': 'Invitation sent',
  'inviteForm.addedQuietlyTitle': 'Added to contacts',
  'inviteForm.sentTo': 'Invitation sent to {name} ({contact}).',
  'inviteForm.sentToWorkspace': 'Invitation sent to {name} ({contact}) to join {workspace}.',
  'inviteForm.sentToContacts': 'They were added to your contacts and invited to the portal.',
  'inviteForm.addedQuietly': '{name} ({contact}) was added quietly, no invitation sent.',
  'inviteForm.addedQuietlyHint': 'They are in your contacts. Nobody was messaged.',
  'inviteForm.sentAdministrator':
    'They are an Administrator: they can open the Admin Portal and change portal settings, permissions and configuration.',
  'inviteForm.inviteAnother': 'Invite another',
});
