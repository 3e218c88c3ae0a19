/**
 * The rules for what people type — names, email addresses, phone numbers, User IDs, email
 * domains — as zod schemas the forms and the payload schemas share. In a module of their
 * own so that a form pulls in these and not every payload schema: a module's top-level
 * schema calls stay in a bundle whenever anything from the module is used.
 */
import * as z from 'zod/mini';
import { nameProblem, normaliseDomain, normaliseName, parseContact, parseEmail, parsePhone, userIdProblem } from './contact.js';

/** A person's full name: trimmed, inner whitespace collapsed, NFC, 1–100 characters, any script. */
export const FullNameSchema = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    const name = normaliseName(value);
    const problem = nameProblem(name);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value });
    return name;
  }),
);

/** An email address; internationalized domains are normalised to punycode. */
export const EmailSchema = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    const parsed = parseEmail(value);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: parsed.error, input: value });
      return value;
    }
    return parsed.value;
  }),
);

/** A phone number, normalised to E.164. */
export const PhoneSchema = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    const parsed = parsePhone(value);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: parsed.error, input: value });
      return value;
    }
    return parsed.value;
  }),
);

/** What a person types into "Email Address or Phone Number", turned into one or the other. */
export const ContactInputSchema = z.pipe(
  z.string(),
  z.transform((value, ctx): { email?: string; phone?: string } => {
    const parsed = parseContact(value);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: parsed.error, input: value });
      return {};
    }
    return parsed.kind === 'email' ? { email: parsed.value } : { phone: parsed.value };
  }),
);

/**
 * The contact of a request someone types in one "Email Address or Phone Number" field: an
 * email address, a phone number or both, each optional on its own…
 */
export const contactFields = { email: z.optional(EmailSchema), phone: z.optional(PhoneSchema) };

/** …and one of them at least, reported on `contact` (the field it was typed in) with the contact field's own message. */
export function hasContact() {
  return z.refine<{ email?: string | undefined; phone?: string | undefined }>((input) => Boolean(input.email || input.phone), {
    message: 'validation.contactRequired',
    path: ['contact'],
  });
}

/** An optional User ID: blank means none. */
export const UserIdSchema = z.pipe(
  z.optional(z.string()),
  z.transform((value, ctx) => {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) return undefined;
    const problem = userIdProblem(trimmed);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value });
    return trimmed;
  }),
);

export const DomainSchema = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    const domain = normaliseDomain(value);
    if (!domain) {
      ctx.issues.push({ code: 'custom', message: 'validation.domainInvalid', input: value });
      return value;
    }
    return domain;
  }),
);
