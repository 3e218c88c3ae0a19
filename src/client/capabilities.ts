/**
 * The two ends of `Capabilities`, in one place: everything on (the memory client's default) and
 * everything optional off (what the fetch client assumes until the backend has said). Typed
 * against `Capabilities` key by key, so a new capability cannot be left out of either.
 */
import type { Capabilities } from './types.js';

export const ALL_CAPABILITIES: Readonly<Record<keyof Capabilities, true>> = Object.freeze({
  liveUpdates: true,
  revokeInvitation: true,
  linkExpiry: true,
  allowedDomains: true,
  bulkInvite: true,
  memberPaging: true,
});

export const NO_CAPABILITIES: Readonly<Record<keyof Capabilities, false>> = Object.freeze({
  liveUpdates: false,
  revokeInvitation: false,
  linkExpiry: false,
  allowedDomains: false,
  bulkInvite: false,
  memberPaging: false,
});
