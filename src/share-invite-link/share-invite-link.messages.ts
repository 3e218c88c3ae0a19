import { defineMessages } from '../i18n/catalogue.js';

/** English strings of `<share-invite-link>`; button labels are the article's own words. */
export const shareInviteLinkMessages = defineMessages({
  'shareLink.heading': 'Share Invite Link',
  'shareLink.label': 'Invite link',
  'shareLink.note': 'When internal users receive this link, they can sign up themselves on your portal. Any number of people can use it.',
  'shareLink.loading': 'Loading the invite link…',
  'shareLink.loadFailed': 'Couldn’t load the invite link. {reason}',
  'shareLink.forbiddenTitle': 'Only portal admins can share the invite link',
  'shareLink.forbidden': 'Ask a portal admin for the link, or to invite the person for you.',

  'shareLink.refresh': 'Refresh Link',
  'shareLink.refreshing': 'Refreshing…',
  'shareLink.refreshConfirmTitle': 'Refresh the invite link?',
  'shareLink.refreshConfirm':
    'The current link will stop working for everyone who has it, including people who haven’t signed up yet. You’ll get a new link to share.',
  'shareLink.refreshConfirmButton': 'Refresh Link',
  'shareLink.refreshed': 'Here is the new link. The previous link no longer works.',
  'shareLink.refreshFailed': 'The link wasn’t refreshed, so the current link still works. {reason}',
  'shareLink.replacedElsewhere':
    'The link was refreshed elsewhere, perhaps by another admin. Here is the new link: the previous one no longer works.',
  'shareLink.settingsChangedElsewhere': 'The link settings were changed elsewhere. They are shown as they are now.',

  'shareLink.neverExpires': 'Never expires',
  'shareLink.expiresIn': 'Expires {when}',
  'shareLink.expired': 'Expired',
  'shareLink.expiredNote': 'This link expired {when}: nobody can sign up with it. Refresh Link to make a new one.',

  'shareLink.settings': 'Link settings',
  'shareLink.expiry': 'Link expires',
  'shareLink.expiry.never': 'Never',
  'shareLink.expiry.days': { one: 'After {count} day', other: 'After {count} days' },
  'shareLink.domains': 'Allowed email domains',
  'shareLink.domainsHint': 'Only people with an email address at these domains can sign up through the link.',
  'shareLink.anyDomain': 'Anyone can sign up, whatever their email domain.',
  'shareLink.domainInput': 'Add an email domain',
  'shareLink.domainPlaceholder': 'example.com',
  'shareLink.addDomain': 'Add',
  'shareLink.removeDomain': 'Remove {domain}',
  'shareLink.domainDuplicate': '{domain} is already on the list.',
  'shareLink.saving': 'Saving…',
  'shareLink.saved': 'Link settings saved.',
  'shareLink.settingsFailed': 'The link settings weren’t saved. {reason}',
});
