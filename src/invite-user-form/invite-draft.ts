/**
 * What a person has typed into the invite form, and the rules that turn it into a request.
 * Kept apart from the element so the same rules are easy to read and to test, and so
 * another element (the Admin Portal's invite) can reuse them. The checks themselves (zod and the
 * schemas, most of the form's weight) are in invite-draft-rules.ts, which the form fetches when a
 * person first types or sends rather than with the dialog.
 */
import { placeFieldErrors } from '../internal/field-errors.js';
import type { FieldErrorTargets, PlacedFieldErrors } from '../internal/field-errors.js';
import type { DeliveryMethod } from '../client/types.js';

/** Everything typed or chosen in the form, exactly as entered (not yet normalised). */
export interface InviteDraft {
  fullName: string;
  /** "Email Address or Phone Number", as typed. */
  contact: string;
  userId: string;
  method: DeliveryMethod;
  /** The workspace chosen for "Add to Workspace". */
  workspaceId: string;
  isAdministrator: boolean;
}

/** The form's fields in the order they appear, which is the order focus visits errors in. */
export const DRAFT_FIELDS = ['fullName', 'contact', 'userId', 'workspaceId'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export function emptyDraft(method: DeliveryMethod = 'contacts'): InviteDraft {
  return { fullName: '', contact: '', userId: '', method, workspaceId: '', isAdministrator: false };
}

/** Where the form shows what a backend or the schema says about each request field: `email` and `phone` on the one contact field, the delivery on the workspace choice. */
export const DRAFT_FIELD_TARGETS: FieldErrorTargets<DraftField> = {
  fullName: 'fullName',
  email: 'contact',
  phone: 'contact',
  // The memory client still names the contact field itself.
  contact: 'contact',
  userId: 'userId',
  delivery: 'workspaceId',
  'delivery.workspaceId': 'workspaceId',
  workspaceId: 'workspaceId',
  workspace: 'workspaceId',
};

/**
 * Places errors reported against request fields (by the schema or by an adapter) onto the
 * form's fields. Errors for fields the form does not have are returned apart so the element
 * can still show them.
 */
export function mapFieldErrors(errors: Record<string, string> | undefined): PlacedFieldErrors<DraftField> {
  return placeFieldErrors(errors, DRAFT_FIELD_TARGETS);
}

export type DraftRulesModule = typeof import('./invite-draft-rules.js');

/** Fetches the draft's checks (a module, so the browser fetches it once for every form). A seam, so tests can act out a chunk that fails to arrive. */
export const draftRulesChunk: { load(): Promise<DraftRulesModule> } = {
  load: () => import('./invite-draft-rules.js'),
};
