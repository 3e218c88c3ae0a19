import { defineMessages } from './catalogue.js';

/** Messages shared by every element: errors and generic actions. (Field rules: validation.messages.ts.) */
export const commonMessages = defineMessages({
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.required': 'required',
  'common.optional': 'optional',
  'common.copied': 'Copied',
  'common.internal': 'Internal',
  'common.client': 'Client',
  'common.administrator': 'Administrator',

  'error.validation': 'Some details need fixing.',
  'error.permission': 'You don’t have permission to do this.',
  'error.not_found': 'This no longer exists. It may have been removed.',
  'error.conflict': 'This conflicts with something that already exists.',
  'error.rate_limited': 'Too many attempts. Wait a moment and try again.',
  'error.rate_limited_seconds': {
    one: 'Too many attempts. Try again in {count} second.',
    other: 'Too many attempts. Try again in {count} seconds.',
  },
  'error.network': 'Couldn’t reach the server. Check your connection and try again.',
  'error.unavailable': 'The service is unavailable right now. Try again in a moment.',
  'error.unknown': 'Something went wrong. Try again.',
});
