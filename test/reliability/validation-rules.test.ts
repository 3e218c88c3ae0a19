/**
 * Guarantee: every string of the hostile corpus goes through the kit's shared rules
 * (contact.ts, the zod schemas, the memory backend) without throwing; every rejection names a
 * specific message that exists in the catalogue; every accepted value is stable (normalising
 * it again changes nothing) and differs from what was typed only in the documented ways
 * (trimmed, whitespace collapsed, NFC, punycode domain, E.164), and comes back from the
 * backend exactly as normalised.
 */
import { expect } from '@open-wc/testing';
import {
  isValidDomain,
  nameProblem,
  normaliseDomain,
  normaliseName,
  parseContact,
  parseEmail,
  parsePhone,
  userIdProblem,
} from '../../src/client/contact.js';
import type { ContactParseResult } from '../../src/client/contact.js';
import {
  ContactInputSchema,
  DomainSchema,
  EmailSchema,
  FullNameSchema,
  InviteInternalUserInputSchema,
  MemberAdditionSchema,
  PhoneSchema,
  UserIdSchema,
} from '../../src/client/schemas.js';
import { validate } from '../../src/client/validation.js';
import { englishMessages, hasMessage } from '../../src/i18n/catalogue.js';
import { translate } from '../../src/i18n/format.js';
import { createMemoryClient } from '../../src/client/memory/memory-client.js';
import { isInviteKitError } from '../../src/client/errors.js';
import { HOSTILE_STRINGS, HOSTILE_VALUES, describeHostile } from '../fixtures/hostile-strings.js';
import '../../src/i18n/common.messages.js';
import '../../src/i18n/validation.messages.js';
import '../../src/invite-user-form/invite-user-form.messages.js';

/** Keys that only say "something is missing" — fine for an empty field, never for one with text in it. */
const GENERIC_KEYS = new Set(['validation.required']);

function expectSpecific(key: string, input: string, rule: string): void {
  const label = `${rule}(${describeHostile(input)}) → ${key}`;
  expect(hasMessage(key), `${label}: no message in the catalogue`).to.equal(true);
  expect(key.startsWith('validation.'), label).to.equal(true);
  if (input.trim() !== '') expect(GENERIC_KEYS.has(key), `${label}: too generic for a field with text in it`).to.equal(false);
  const text = translate('en', key);
  expect(text, label).not.to.equal(key);
  expect(text.length, label).to.be.greaterThan(10);
}

const E164 = /^\+[1-9]\d{7,14}$/u;

function expectGoodContact(result: ContactParseResult, input: string, rule: string): void {
  if (!result.ok) {
    expectSpecific(result.error, input, rule);
    return;
  }
  const label = `${rule}(${describeHostile(input)}) = ${describeHostile(result.value)}`;
  if (result.kind === 'phone') {
    expect(result.value, label).to.match(E164);
  } else {
    const [local, domain] = [result.value.slice(0, result.value.lastIndexOf('@')), result.value.slice(result.value.lastIndexOf('@') + 1)];
    expect(isValidDomain(domain), `${label}: domain`).to.equal(true);
    expect(domain, `${label}: ASCII domain`).to.match(/^[a-z0-9.-]+$/u);
    // eslint-disable-next-line no-control-regex -- controls are exactly what must not be there
    expect(local, `${label}: no markup, spaces or controls`).not.to.match(/[\s<>"\\\u0000-\u001F]/u);
  }
  // Stable: what is stored parses to itself.
  const again = parseContact(result.value);
  expect(again, `${label}: stable`).to.deep.equal(result);
}

describe('reliability: the shared rules take every hostile string', () => {
  it(`the corpus holds at least 200 strings in every category (${HOSTILE_STRINGS.length})`, () => {
    expect(HOSTILE_STRINGS.length).to.be.at.least(200);
    const categories = new Set(HOSTILE_STRINGS.map((entry) => entry.category));
    expect([...categories]).to.have.lengthOf(13);
  });

  it('full names: rejected with a specific message, or accepted trimmed, collapsed and NFC, and stable', () => {
    for (const input of HOSTILE_VALUES) {
      const name = normaliseName(input);
      expect(name, describeHostile(input)).to.equal(input.normalize('NFC').replace(/\s+/gu, ' ').trim());
      const problem = nameProblem(name);
      const parsed = validate(FullNameSchema, input);
      if (problem) {
        expect(parsed.ok, describeHostile(input)).to.equal(false);
        expectSpecific(problem, input, 'nameProblem');
        continue;
      }
      expect(parsed, describeHostile(input)).to.deep.equal({ ok: true, value: name });
      expect(normaliseName(name), 'stable').to.equal(name);
      expect(name, `${describeHostile(input)}: no markup`).not.to.match(/[<>]/u);
      expect([...name].length).to.be.within(1, 100);
    }
  });

  it('contact (email or phone): rejected specifically, or normalised to a valid, stable address', () => {
    for (const input of HOSTILE_VALUES) {
      expectGoodContact(parseContact(input), input, 'parseContact');
      const schema = validate(ContactInputSchema, input);
      const direct = parseContact(input);
      expect(schema.ok, describeHostile(input)).to.equal(direct.ok);
    }
  });

  it('email and phone rules on their own agree with the schemas', () => {
    for (const input of HOSTILE_VALUES) {
      const email = parseEmail(input);
      expectGoodContact(email, input, 'parseEmail');
      const emailSchema = validate(EmailSchema, input);
      expect(emailSchema.ok, describeHostile(input)).to.equal(email.ok);
      if (email.ok && emailSchema.ok) expect(emailSchema.value).to.equal(email.value);
      if (!email.ok && !emailSchema.ok) expect(emailSchema.fieldErrors._).to.equal(email.error);

      const phone = parsePhone(input);
      expectGoodContact(phone, input, 'parsePhone');
      const phoneSchema = validate(PhoneSchema, input);
      expect(phoneSchema.ok, describeHostile(input)).to.equal(phone.ok);
      if (phone.ok && phoneSchema.ok) expect(phoneSchema.value).to.equal(phone.value);
    }
  });

  it('user IDs and domains: rejected specifically, or accepted stable', () => {
    for (const input of HOSTILE_VALUES) {
      const userId = validate(UserIdSchema, input);
      const trimmed = input.trim();
      if (userId.ok) {
        expect(userId.value, describeHostile(input)).to.equal(trimmed || undefined);
        if (trimmed) expect(userIdProblem(trimmed)).to.equal(null);
      } else {
        expectSpecific(userId.fieldErrors._!, input, 'UserIdSchema');
      }

      const domain = normaliseDomain(input);
      const domainSchema = validate(DomainSchema, input);
      expect(domainSchema.ok, describeHostile(input)).to.equal(domain !== null);
      if (domain !== null) {
        expect(isValidDomain(domain), describeHostile(input)).to.equal(true);
        expect(normaliseDomain(domain), 'stable').to.equal(domain);
      } else {
        expectSpecific((domainSchema as { fieldErrors: Record<string, string> }).fieldErrors._!, input, 'DomainSchema');
      }
    }
  });

  it('whole requests: every field error of an invitation and of a new member names a real message', () => {
    for (const input of HOSTILE_VALUES) {
      const request = validate(InviteInternalUserInputSchema, {
        fullName: input,
        email: input,
        userId: input,
        delivery: { method: 'contacts' },
      });
      if (!request.ok)
        for (const key of Object.values(request.fieldErrors)) expect(hasMessage(key), `${describeHostile(input)} → ${key}`).to.equal(true);
      const addition = validate(MemberAdditionSchema, { type: 'new-client', fullName: input, phone: input });
      if (!addition.ok)
        for (const key of Object.values(addition.fieldErrors)) expect(hasMessage(key), `${describeHostile(input)} → ${key}`).to.equal(true);
    }
  });

  it('every validation message the rules can name has English text', () => {
    const english = englishMessages();
    for (const key of Object.keys(english).filter((candidate) => candidate.startsWith('validation.'))) {
      expect(translate('en', key)).not.to.equal(key);
    }
  });

  it('the memory backend stores and returns every accepted name and contact exactly as normalised, and refuses the rest with a validation error', async () => {
    let accepted = 0;
    for (const input of HOSTILE_VALUES) {
      const client = createMemoryClient({ seed: 'empty' });
      const contact = parseContact(input);
      const name = normaliseName(input);
      const nameOk = nameProblem(name) === null;
      // The string as a name (with a contact known to be good), then as the contact (with a good name).
      for (const [fullName, email, phone, ok, expected] of [
        [input, 'someone@example.com', undefined, nameOk, { fullName: name, email: 'someone@example.com' }],
        [
          'Ada Lovelace',
          contact.ok && contact.kind === 'email' ? input : contact.ok ? undefined : input,
          contact.ok && contact.kind === 'phone' ? input : undefined,
          contact.ok,
          contact.ok ? { fullName: 'Ada Lovelace', [contact.kind]: contact.value } : {},
        ],
      ] as const) {
        const attempt = client.inviteInternalUser({
          fullName,
          ...(email !== undefined ? { email } : {}),
          ...(phone !== undefined ? { phone } : {}),
          delivery: { method: 'contacts' },
        });
        if (!ok) {
          const error = await attempt.then(
            () => undefined,
            (reason: unknown) => reason,
          );
          expect(isInviteKitError(error) && (error.code === 'validation' || error.code === 'conflict'), describeHostile(input)).to.equal(
            true,
          );
          continue;
        }
        const result = await attempt;
        accepted++;
        expect(result.user, describeHostile(input)).to.include(expected);
        const listed = await client.listInternalUsers({ limit: 500 });
        const stored = listed.items.find((user) => user.id === result.user.id);
        expect(stored, describeHostile(input)).to.include(expected);
        expect(client.sentInvitations.at(-1)?.fullName).to.equal(expected.fullName);
      }
    }
    expect(accepted, 'some strings are acceptable').to.be.greaterThan(80);
  });
});
