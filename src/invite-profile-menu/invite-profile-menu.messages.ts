import { defineMessages } from '../i18n/catalogue.js';

/** English strings of `<invite-profile-menu>`; "Invite Internal User" is the article's own words. */
export const inviteProfileMenuMessages = defineMessages({
  'profileMenu.button': 'Profile',
  'profileMenu.buttonFor': 'Profile: {name}',
  'profileMenu.inviteInternalUser': 'Invite Internal User',
  'profileMenu.portalAdmin': 'Portal admin',
  'profileMenu.loading': 'Loading your profile…',
  'profileMenu.loadFailed': 'Couldn’t load your profile. Try again',
  'profileMenu.noActions': 'Nothing to do here yet',
});
