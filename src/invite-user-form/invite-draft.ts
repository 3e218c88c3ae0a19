/**
 * What a person has typed into the invite form, and the rules that turn it into a request.
 * Kept apart from the element so the same rules are easy to read and to test, and so
 * another element (the Admin Portal's invite) can reuse them.
 */
import { ContactInputSchema, FullNameSchema, UserIdSchema } from '../client/field-schemas.js';
import { InviteInternalUserInputSchema } from '../client/invite-schemas.js';
import { validate } from '../client/validation.js';
import '../i18n/validation.messages.js';
import type { FieldErrors } from '../client/validation.js';
import { placeFieldErrors } from '../internal/field-errors.js';
import type { FieldErrorTargets, PlacedFieldErrors } from '../internal/field-errors.js';
import type { DeliveryMethod, InviteInternalUserRequest } from '../client/types.js';

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

export interface DraftRules {
  /** Without delivery choices every invitation is a plain portal invitation ('contacts'). */
  deliveryOptions: boolean;
  /** Only forms showing the Administrator switch may ask for an administrator. */
  administratorOption: boolean;
}

/** Checks one field the way the submit will, so a blurred field can show its message early. */
export function checkField(field: DraftField, draft: InviteDraft, rules: DraftRules): string | undefined {
  switch (field) {
    case 'fullName': {
      const result = validate(FullNameSchema, draft.fullName);
      return result.ok ? undefined : Object.values(result.fieldErrors)[0];
    }
    case 'contact': {
      const result = validate(ContactInputSchema, draft.contact);
      return result.ok ? undefined : Object.values(result.fieldErrors)[0];
    }
    case 'userId': {
      const result = validate(UserIdSchema, draft.userId);
      return result.ok ? undefined : Object.values(result.fieldErrors)[0];
    }
    case 'workspaceId':
      return rules.deliveryOptions && draft.method === 'workspace' && !draft.workspaceId ? 'validation.workspaceRequired' : undefined;
  }
}

export type DraftCheck = { ok: true; input: InviteInternalUserRequest } | { ok: false; fieldErrors: FieldErrors };

/** Turns a draft into the normalised request (trimmed name, E.164 phone, punycode email), or field errors. */
export function checkDraft(draft: InviteDraft, rules: DraftRules): DraftCheck {
  const fieldErrors: FieldErrors = {};
  for (const field of DRAFT_FIELDS) {
    const problem = checkField(field, draft, rules);
    if (problem) fieldErrors[field] = problem;
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const contact = ContactInputSchema.parse(draft.contact);
  const method = rules.deliveryOptions ? draft.method : 'contacts';
  return checkRequest({
    fullName: draft.fullName,
    ...contact,
    userId: draft.userId,
    ...(rules.administratorOption ? { isAdministrator: draft.isAdministrator } : {}),
    delivery: method === 'workspace' ? { method, workspaceId: draft.workspaceId } : { method },
  });
}

/** Validates a request as a whole (again after a host adjusted it in `invite-before-send`). */
export function checkRequest(input: unknown): DraftCheck {
  const result = validate(InviteInternalUserInputSchema, input);
  if (result.ok) return { ok: true, input: result.value };
  return { ok: false, fieldErrors: mapFieldErrors(result.fieldErrors).fields };
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

/** The normalised contact to show back ("+442079460958", "jürgen@xn--bcher-kva.de"), or undefined while invalid. */
export function normalisedContact(contact: string): { kind: 'email' | 'phone'; value: string } | undefined {
  const result = ContactInputSchema.safeParse(contact);
  if (!result.success) return undefined;
  if (result.data.phone) return { kind: 'phone', value: result.data.phone };
  if (result.data.email) return { kind: 'email', value: result.data.email };
  return undefined;
}
