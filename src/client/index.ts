/**
 * `invite-kit/client`: the adapter contract and its implementations, without any element.
 */
export type {
  InviteClient,
  RequestOptions,
  MutationOptions,
  ChangeListener,
  InviteClientOperation,
  OperationArgs,
} from './invite-client.js';
export { INVITE_CLIENT_OPERATIONS } from './invite-client.js';
export { ALL_CAPABILITIES, NO_CAPABILITIES } from './capabilities.js';
export * from './schemas.js';
export type * from './types.js';
export { InviteKitError, INVITE_KIT_ERROR_CODES, ERROR_TEXTS, isInviteKitError, isAbortError, toInviteKitError } from './errors.js';
export type { InviteKitErrorCode, InviteKitErrorOptions } from './errors.js';
export { parseContact, parseEmail, parsePhone, normaliseName, normaliseDomain } from './contact.js';
export type { ContactParseResult, ValidationMessageKey } from './contact.js';
export { validate } from './validation.js';
export type { FieldErrors, Validated } from './validation.js';
export { clientContext, viewerContext, localeContext } from './context.js';
export { createMemoryClient, DEMO_IDS, demoSeed, emptySeed, seedManyMembers } from './memory/memory-client.js';
export type { MemoryClient, MemoryClientOptions, MemorySeed, SentInvitation } from './memory/memory-client.js';
export { createFetchClient, DEFAULT_BASE_URL, ROUTES } from './fetch/index.js';
export type { FetchClientOptions, HeadersOption } from './fetch/index.js';
