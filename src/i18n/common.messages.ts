import { ERROR_TEXTS, INVITE_KIT_ERROR_CODES, type InviteKitErrorCode } from '../client/errors.js';
import { defineMessages } from './catalogue.js';

/** `error.<code>` for every error code, in the English of the one table in client/errors.ts. */
const errorMessages = Object.fromEntries(INVITE_KIT_ERROR_CODES.map((code) => [`error.${code}`, ERROR_TEXTS[code]])) as {
  readonly [Code in InviteKitErrorCode as `error.${Code}`]: string;
};

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

  ...errorMessages,
  'error.rate_limited_seconds': {
    one: 'Too many attempts. Try again in {count} second.',
    other: 'Too many attempts. Try again in {count} seconds.',
  },
});
