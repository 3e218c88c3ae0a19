import { defineMessages } from '../i18n/catalogue.js';

/** English strings of `<workspace-join-request>`; "Request to Join" is the article's own word for it. */
export const workspaceJoinRequestMessages = defineMessages({
  'joinRequest.loading': 'Loading the workspace link…',
  'joinRequest.loadFailed': 'Couldn’t load this workspace link. {reason}',
  'joinRequest.heading': 'Join {workspace}',
  'joinRequest.kind.flow': 'A flow workspace',
  'joinRequest.kind.group': 'A group workspace',
  'joinRequest.kindIn.flow': 'A flow workspace in {portal}',
  'joinRequest.kindIn.group': 'A group workspace in {portal}',
  'joinRequest.viewing': 'This link includes viewing permissions: you can look at the workspace while your request waits.',
  'joinRequest.noViewing': 'This link doesn’t include viewing permissions: you’ll see the workspace once a member approves your request.',
  'joinRequest.intro': 'Anyone with this link can ask to join. A member of the workspace approves each request.',
  'joinRequest.formLabel': 'Request to join {workspace}',
  'joinRequest.fullName': 'Full Name',
  'joinRequest.contact': 'Email Address or Phone Number',
  'joinRequest.contactHint': 'The member who answers your request sees this. For a phone number, start with + and the country code.',
  'joinRequest.submit': 'Request to Join',
  'joinRequest.sending': 'Sending your request…',
  'joinRequest.sendFailed': 'Your request wasn’t sent. {reason}',

  'joinRequest.unknownTitle': 'This link isn’t valid',
  'joinRequest.unknown': 'This link isn’t valid. Check that you copied all of it.',
  'joinRequest.replacedTitle': 'This link is no longer active',
  'joinRequest.replaced': 'This link is no longer active. Ask the person who shared it for a new one.',
  'joinRequest.replacedNamed': '{workspace} has a newer link. Ask the person who shared this one for the new link.',

  'joinRequest.memberTitle': 'You’re already a member',
  'joinRequest.member': 'You’re already a member of {workspace}.',
  'joinRequest.memberSignIn': 'Sign in to open it.',
  'joinRequest.signIn': 'Sign in',
  'joinRequest.changeDetails': 'Use other details',

  'joinRequest.pendingTitle': 'Request sent',
  'joinRequest.alreadyRequestedTitle': 'You’ve already asked to join',
  'joinRequest.pending': 'Your request to join {workspace} was sent. A member will approve it.',
  'joinRequest.requestedAt': 'Requested {when}.',
  'joinRequest.pendingLive': 'This page changes as soon as a member answers.',
  'joinRequest.pendingNoLive': 'Check again later to see whether a member has answered.',
  'joinRequest.checkAgain': 'Check again',
  'joinRequest.checking': 'Checking…',
  'joinRequest.stillPending': 'No answer yet: your request is still waiting for a member.',
  'joinRequest.checkFailed': 'Couldn’t check your request. {reason}',

  'joinRequest.approvedTitle': 'Request approved',
  'joinRequest.approved.internal': 'You joined {workspace} as an internal user.',
  'joinRequest.approved.client': 'You joined {workspace} as a client.',
  'joinRequest.approved': 'You joined {workspace}.',
  'joinRequest.declinedTitle': 'Request declined',
  'joinRequest.declined':
    'Your request to join {workspace} was declined. If you think this is a mistake, ask the person who shared the link.',
});
