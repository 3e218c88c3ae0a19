import { defineMessages } from '../i18n/catalogue.js';

/** English strings of `<invite-link-sign-up>`, the page the portal's shareable link opens. */
export const inviteLinkSignUpMessages = defineMessages({
  'signUp.heading': 'Join {portal}',
  'signUp.headingNoPortal': 'Sign up',
  'signUp.thisPortal': 'this portal',
  'signUp.checking': 'Checking your invite link…',
  'signUp.checkFailed': 'Couldn’t check your invite link. {reason}',
  'signUp.intro': 'Enter your details to create your account.',
  'signUp.fullName': 'Full Name',
  'signUp.contact': 'Email Address or Phone Number',
  'signUp.contactHint': 'An email address, or a phone number starting with + and the country code.',
  'signUp.contactIs': 'You’ll sign up with {value}.',
  'signUp.domainRule': 'Use an email address at {domains}.',
  'signUp.domainRuleHint': '{portal} accepts sign-ups from email addresses at {domains} only.',
  'signUp.domainNotAllowed': 'This email address can’t be used here. Use an email address at {domains}.',
  'signUp.phoneNotAccepted': 'A phone number can’t be used here. Use an email address at {domains}.',
  'signUp.submit': 'Sign Up',
  'signUp.sending': 'Signing up…',
  'signUp.failed': 'You weren’t signed up. {reason}',
  'signUp.failedFields': 'Check the marked fields, then sign up again.',
  'signUp.keptTyped': 'What you typed is kept: try again when you’re ready.',

  'signUp.expired': 'This link has expired. Ask the person who shared it for a new one.',
  'signUp.replaced': 'This link is no longer active. Ask the person who shared it for a new one.',
  'signUp.unknown': 'This link isn’t valid. Check that you copied all of it.',

  'signUp.conflictTitle': 'You already have an account',
  'signUp.conflictEmail': 'An account with this email address already exists in {portal}.',
  'signUp.conflictPhone': 'An account with this phone number already exists in {portal}.',
  'signUp.conflictHint': 'Sign in instead, or sign up with other details.',
  'signUp.signIn': 'Sign in',
  'signUp.changeDetails': 'Use other details',

  'signUp.doneTitle': 'You’re in',
  'signUp.done': 'Welcome to {portal}, {name}. You can now sign in with {contact}.',
});
