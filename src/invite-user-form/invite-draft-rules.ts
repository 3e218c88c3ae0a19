/**
 * The checks that turn an invite draft into a request: the shared zod schemas and their English
 * messages. Apart from invite-draft.ts so the form can fetch them when a person first types or
 * sends, not with the dialog.
 */
import { ContactInputSchema, FullNameSchema, UserIdSchema } from '../client/field-schemas.js';
import { InviteInternalUserInputSchema } from '../client/invite-schemas.js';
import { validate } from '../client/validation.js';
import '../i18n/validation.messages.js';
import type { FieldErrors } from '../client/validation.js';
import type { InviteInternalUserRequest } from '../client/types.js';
import { mapFieldErrors } from './invite-draft.js';
import type { DraftField, InviteDraft } from './invite-draft.js';
import { DRAFT_FIELDS } from './invite-draft.js';

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

/** The normalised contact to show back ("+442079460958", "jürgen@xn--bcher-kva.de"), or undefined while invalid. */
export function normalisedContact(contact: string): { kind: 'email' | 'phone'; value: string } | undefined {
  const result = ContactInputSchema.safeParse(contact);
  if (!result.success) return undefined;
  if (result.data.phone) return { kind: 'phone', value: result.data.phone };
  if (result.data.email) return { kind: 'email', value: result.data.email };
  return undefined;
}
