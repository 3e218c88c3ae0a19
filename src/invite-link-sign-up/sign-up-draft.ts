/**
 * What a person types on the sign-up page and the rules that turn it into a sign-up: the
 * invite form's own schemas (Full Name, the one "Email Address or Phone Number" field), plus
 * the portal's email-domain rule where the link has one.
 */
import { ContactInputSchema, FullNameSchema } from '../client/field-schemas.js';
import { InviteLinkSignUpInputSchema } from '../client/schemas.js';
import type { InviteLinkSignUpInput } from '../client/types.js';
import { validate } from '../client/validation.js';
import { NAME_AND_CONTACT_TARGETS, placeFieldErrors } from '../internal/field-errors.js';
import type { PlacedFieldErrors } from '../internal/field-errors.js';
import '../i18n/validation.messages.js';

export interface SignUpDraft {
  fullName: string;
  /** "Email Address or Phone Number", as typed. */
  contact: string;
}

/** The fields in page order: the order focus visits errors in. */
export const SIGN_UP_FIELDS = ['fullName', 'contact'] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

/** A problem with a field: a catalogue key, or the backend's own words. */
export type FieldProblem = string;

/** The sign-up page's own keys for the domain rule; the element fills in the domains. */
export const DOMAIN_NOT_ALLOWED = 'signUp.domainNotAllowed';
export const PHONE_NOT_ACCEPTED = 'signUp.phoneNotAccepted';

export function emptySignUpDraft(): SignUpDraft {
  return { fullName: '', contact: '' };
}

/** Checks one field as the submit will; `allowedDomains` (lower case, punycode) is the link's rule, empty for none. */
export function checkSignUpField(field: SignUpField, draft: SignUpDraft, allowedDomains: readonly string[]): FieldProblem | undefined {
  if (field === 'fullName') {
    const result = validate(FullNameSchema, draft.fullName);
    return result.ok ? undefined : Object.values(result.fieldErrors)[0];
  }
  const result = validate(ContactInputSchema, draft.contact);
  if (!result.ok) return Object.values(result.fieldErrors)[0];
  if (allowedDomains.length === 0) return undefined;
  const { email } = result.value;
  // A phone number has no domain to check, so a portal that limits domains takes email addresses only.
  if (!email) return PHONE_NOT_ACCEPTED;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return allowedDomains.includes(domain) ? undefined : DOMAIN_NOT_ALLOWED;
}

export type SignUpCheck =
  { ok: true; input: InviteLinkSignUpInput } | { ok: false; fieldErrors: Partial<Record<SignUpField, FieldProblem>> };

/** Turns the draft into the normalised sign-up (trimmed name, E.164 phone, punycode email), or field errors. */
export function checkSignUp(url: string, draft: SignUpDraft, allowedDomains: readonly string[]): SignUpCheck {
  const fieldErrors: Partial<Record<SignUpField, FieldProblem>> = {};
  for (const field of SIGN_UP_FIELDS) {
    const problem = checkSignUpField(field, draft, allowedDomains);
    if (problem) fieldErrors[field] = problem;
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const result = validate(InviteLinkSignUpInputSchema, { url, fullName: draft.fullName, ...ContactInputSchema.parse(draft.contact) });
  if (result.ok) return { ok: true, input: result.value };
  return { ok: false, fieldErrors: mapSignUpFieldErrors(result.fieldErrors).fields };
}

/** Where the page shows what a backend says about each request field: email and phone on the one contact field. */
export function mapSignUpFieldErrors(errors: Record<string, string> | undefined): PlacedFieldErrors<SignUpField> {
  return placeFieldErrors(errors, NAME_AND_CONTACT_TARGETS);
}
