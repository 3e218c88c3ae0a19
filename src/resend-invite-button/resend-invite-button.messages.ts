import { defineMessages } from '../i18n/catalogue.js';

/** English strings of `<resend-invite-button>`; the button label is the article's own words. */
export const resendInviteButtonMessages = defineMessages({
  'resendInvite.label': 'Resend Invitation',
  'resendInvite.sending': 'Sending…',
  'resendInvite.sentTo': 'Invitation sent to {name} {time}.',
  'resendInvite.sentToMany': {
    one: 'Invitation sent to {count} member {time}.',
    other: 'Invitations sent to {count} members {time}.',
  },
  'resendInvite.justNow': 'just now',
  'resendInvite.nobodyToInvite': 'Everyone has already joined: no invitation was needed.',
  'resendInvite.coolingDown': {
    one: 'You can resend in {count} second.',
    other: 'You can resend in {count} seconds.',
  },
  'resendInvite.failed': 'The invitation wasn’t sent. {reason}',
  'resendInvite.noTarget': 'Nobody to send an invitation to.',
});
