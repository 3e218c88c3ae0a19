/**
 * What a person types into "Request to Join", checked by the same schemas the invite form and
 * the backend use, and where a backend's field errors go on this form.
 */
import { ContactInputSchema, FullNameSchema } from '../client/field-schemas.js';
import { WorkspaceJoinRequestInputSchema } from '../client/schemas.js';
import { validate } from '../client/validation.js';
import type { FieldErrors } from '../client/validation.js';
import { NAME_AND_CONTACT_TARGETS, placeFieldErrors } from '../internal/field-errors.js';
import type { PlacedFieldErrors } from '../internal/field-errors.js';
import type { Viewer, WorkspaceJoinRequestInput } from '../client/types.js';
import '../i18n/validation.messages.js';

export interface JoinDraft {
  fullName: string;
  /** "Email Address or Phone Number", as typed. */
  contact: string;
}

/** The fields in the order they appear: the order focus visits errors in. */
export const JOIN_FIELDS = ['fullName', 'contact'] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];

export const emptyJoinDraft = (): JoinDraft => ({ fullName: '', contact: '' });

/** The signed-in person's name and email (or phone), for a form nobody has typed in yet. */
export function draftFromViewer(viewer: Viewer): JoinDraft {
  return { fullName: viewer.fullName, contact: viewer.email ?? viewer.phone ?? '' };
}

export function isJoinDraftBlank(draft: JoinDraft): boolean {
  return !draft.fullName.trim() && !draft.contact.trim();
}

export function checkJoinField(field: JoinField, draft: JoinDraft): string | undefined {
  const result = validate(field === 'fullName' ? FullNameSchema : ContactInputSchema, draft[field]);
  return result.ok ? undefined : Object.values(result.fieldErrors)[0];
}

export type JoinDraftCheck = { ok: true; input: WorkspaceJoinRequestInput } | { ok: false; fieldErrors: FieldErrors };

/** The normalised request (trimmed name, E.164 phone, punycode email), or the fields to fix. */
export function checkJoinDraft(url: string, draft: JoinDraft): JoinDraftCheck {
  const fieldErrors: FieldErrors = {};
  for (const field of JOIN_FIELDS) {
    const problem = checkJoinField(field, draft);
    if (problem) fieldErrors[field] = problem;
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const result = validate(WorkspaceJoinRequestInputSchema, { url, fullName: draft.fullName, ...ContactInputSchema.parse(draft.contact) });
  if (result.ok) return { ok: true, input: result.value };
  return { ok: false, fieldErrors: mapJoinFieldErrors(result.fieldErrors).fields };
}

/** A backend names request fields (`email`, `phone`); this form has one contact field for both. */
export function mapJoinFieldErrors(errors: Record<string, string> | undefined): PlacedFieldErrors<JoinField> {
  return placeFieldErrors(errors, NAME_AND_CONTACT_TARGETS);
}
