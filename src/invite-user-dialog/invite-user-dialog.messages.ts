import { defineMessages } from '../i18n/catalogue.js';

/** English strings of `<invite-user-dialog>`; the tab names are the article's own words. */
export const inviteUserDialogMessages = defineMessages({
  'inviteDialog.title': 'Invite Internal User',
  'inviteDialog.tabs': 'Ways to invite',
  'inviteDialog.tab.invite': 'Invite',
  'inviteDialog.tab.share-link': 'Share Invite Link',
});
