import { defineMessages } from '../i18n/catalogue.js';

/** Messages of the shared plumbing (src/internal/): the demo badge, the retry countdown, error details. */
export const internalMessages = defineMessages({
  'kit.demoData': 'Demo data',
  'kit.demoDataHint': 'This shows the embedded demo portal: the people in it are made up. Give the element a client to show your own.',
  'kit.errorDetail': 'Details: {detail}',
  'kit.retryIn': { one: 'Try again in {count} s', other: 'Try again in {count} s' },
  'error.rate_limited_now': 'Too many attempts just now. You can try again.',
});
