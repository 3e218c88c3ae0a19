import { InternalUserSchema, InviteLinkCheckSchema, InviteLinkSchema } from '../../client/schemas.js';
import { check, checkDeepEqual, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import { allInternalUsers, freshEmail, freshPhone, internalUserWithEmail } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

const DAY = 24 * 60 * 60 * 1000;

export function inviteLinkTests({ describe, it }: SuiteTools): void {
  describe('invite link', () => {
    it('gives a link that lets people sign up', async ({ admin }) => {
      const link = checkSchema(InviteLinkSchema, await admin.getInviteLink(), 'getInviteLink()');
      const state = checkSchema(InviteLinkCheckSchema, await admin.checkInviteLink(link.url), 'checkInviteLink()');
      checkEqual(state.valid, true, 'the current link is valid');
    });

    it('signs a person up through the link as an active internal user', async ({ admin }) => {
      const { url } = await admin.getInviteLink();
      const email = freshEmail('signup');
      const user = checkSchema(
        InternalUserSchema,
        await admin.signUpWithInviteLink({ url, fullName: ' Mae  Jemison ', email }),
        'signUpWithInviteLink()',
      );
      checkEqual(user.fullName, 'Mae Jemison', 'the signed-up name');
      checkEqual(user.status, 'active', 'a signed-up user’s status');
      checkEqual((await internalUserWithEmail(admin, email)).length, 1, 'internal users with the sign-up email');
    });

    it('signs a person up with a phone number instead of an email address', async ({ admin }) => {
      const { url } = await admin.getInviteLink();
      const phone = freshPhone();
      const user = checkSchema(
        InternalUserSchema,
        await admin.signUpWithInviteLink({ url, fullName: 'Valentina Tereshkova', phone }),
        'signUpWithInviteLink() with a phone number',
      );
      checkEqual(user.phone, phone, 'the signed-up phone number');
      checkEqual(user.email, undefined, 'a phone sign-up has no email address');
      checkEqual(user.status, 'active', 'a signed-up user’s status');
      checkEqual((await allInternalUsers(admin)).filter((found) => found.phone === phone).length, 1, 'internal users with the phone');
    });

    it('asks for an email address or a phone number to sign up', async ({ admin }) => {
      const { url } = await admin.getInviteLink();
      const error = await rejectsWith(
        admin.signUpWithInviteLink({ url, fullName: 'No Contact' }),
        'validation',
        'a sign-up without contact',
      );
      checkEqual(error.fieldErrors?.contact, 'validation.contactRequired', 'fieldErrors.contact');
      const phone = await rejectsWith(
        admin.signUpWithInviteLink({ url, fullName: 'Bad Phone', phone: '12' }),
        'validation',
        'a sign-up with a broken phone number',
      );
      check(Boolean(phone.fieldErrors?.phone), 'fieldErrors.phone for a broken phone number');
    });

    it('is a conflict to sign up with a phone number already in the portal', async ({ admin }) => {
      const { url } = await admin.getInviteLink();
      const phone = freshPhone();
      await admin.signUpWithInviteLink({ url, fullName: 'First Caller', phone });
      await rejectsWith(
        admin.signUpWithInviteLink({ url, fullName: 'Second Caller', phone }),
        'conflict',
        'signing up with a used phone number',
      );
    });

    it('refreshing replaces the link: the old one stops working at once', async ({ admin }) => {
      const old = await admin.getInviteLink();
      const fresh = checkSchema(InviteLinkSchema, await admin.refreshInviteLink(), 'refreshInviteLink()');
      check(fresh.url !== old.url, 'a refreshed link has a new url');
      checkEqual((await admin.getInviteLink()).url, fresh.url, 'getInviteLink() after a refresh');
      checkEqual((await admin.checkInviteLink(old.url)).reason, 'replaced', 'checking the old link');
      checkEqual((await admin.checkInviteLink(fresh.url)).valid, true, 'the new link is valid');
      const email = freshEmail('old-link');
      await rejectsWith(
        admin.signUpWithInviteLink({ url: old.url, fullName: 'Late Comer', email }),
        ['permission', 'not_found'],
        'signing up with the old link',
      );
      checkEqual((await internalUserWithEmail(admin, email)).length, 0, 'users signed up through the old link');
      await admin.signUpWithInviteLink({ url: fresh.url, fullName: 'On Time', email: freshEmail('new-link') });
    });

    it('says a link that was never issued is not valid', async ({ admin }) => {
      const { url } = await admin.getInviteLink();
      checkEqual((await admin.checkInviteLink(`${url}x`)).valid, false, 'a link with a wrong token');
      checkEqual((await admin.checkInviteLink('https://elsewhere.example.org/join/abc')).valid, false, 'another site’s link');
    });

    it('only portal admins may refresh or configure the link', async ({ admin, nonAdmin }) => {
      const before = await admin.getInviteLink();
      await rejectsWith(nonAdmin.refreshInviteLink(), 'permission', 'a non-admin refreshing the link');
      await rejectsWith(nonAdmin.updateInviteLinkSettings({ expiresInDays: null }), 'permission', 'a non-admin changing link settings');
      checkEqual((await admin.getInviteLink()).url, before.url, 'the link after refused changes');
    });

    it('validates the sign-up form', async ({ admin }) => {
      const { url } = await admin.getInviteLink();
      const name = await rejectsWith(
        admin.signUpWithInviteLink({ url, fullName: '', email: freshEmail('x') }),
        'validation',
        'a blank name',
      );
      checkEqual(name.fieldErrors?.fullName, 'validation.fullNameRequired', 'fieldErrors.fullName');
      const email = await rejectsWith(admin.signUpWithInviteLink({ url, fullName: 'Ada', email: 'ada@' }), 'validation', 'a broken email');
      checkEqual(email.fieldErrors?.email, 'validation.emailInvalidDomain', 'fieldErrors.email');
    });

    it('is a conflict to sign up with an email already in the portal', async ({ admin }) => {
      const viewer = await admin.getViewer();
      if (!viewer.email) skip('the admin viewer has no email address to reuse');
      const { url } = await admin.getInviteLink();
      await rejectsWith(
        admin.signUpWithInviteLink({ url, fullName: 'Copy Cat', email: viewer.email }),
        'conflict',
        'signing up with a used email',
      );
    });

    it('sets and clears an expiry when the backend supports it', async ({ admin }) => {
      if (!admin.capabilities.linkExpiry) {
        await rejectsWith(admin.updateInviteLinkSettings({ expiresInDays: 7 }), 'unavailable', 'link expiry without the capability');
        return;
      }
      const week = checkSchema(InviteLinkSchema, await admin.updateInviteLinkSettings({ expiresInDays: 7 }), 'updateInviteLinkSettings()');
      checkEqual(week.expiresInDays, 7, 'expiresInDays');
      check(week.expiresAt !== null, 'a link set to expire has expiresAt');
      const inDays = (Date.parse(week.expiresAt) - Date.now()) / DAY;
      check(inDays > 6 && inDays < 8, `a 7-day link expires in about 7 days (got ${inDays.toFixed(2)})`);
      const never = await admin.updateInviteLinkSettings({ expiresInDays: null });
      checkEqual(never.expiresAt, null, 'expiresAt after choosing "never"');
      checkEqual((await admin.getInviteLink()).expiresInDays, null, 'the stored expiry');
    });

    it('an expired link lets nobody sign up', async ({ admin, hooks }) => {
      if (!admin.capabilities.linkExpiry) skip('the backend does not support link expiry');
      if (!hooks?.advanceTime) skip('expiring a link needs hooks.advanceTime');
      const link = await admin.updateInviteLinkSettings({ expiresInDays: 1 });
      await hooks.advanceTime(2 * DAY);
      checkEqual((await admin.checkInviteLink(link.url)).reason, 'expired', 'checking an expired link');
      await rejectsWith(
        admin.signUpWithInviteLink({ url: link.url, fullName: 'Too Late', email: freshEmail('expired') }),
        ['permission', 'not_found'],
        'signing up through an expired link',
      );
    });

    it('limits sign-ups to the allowed email domains when the backend supports it', async ({ admin }) => {
      if (!admin.capabilities.allowedDomains) {
        await rejectsWith(
          admin.updateInviteLinkSettings({ allowedDomains: ['example.org'] }),
          'unavailable',
          'allowed domains without the capability',
        );
        return;
      }
      const link = await admin.updateInviteLinkSettings({ allowedDomains: ['Example.ORG'] });
      checkDeepEqual(link.allowedDomains, ['example.org'], 'the allowed domains, normalised');
      const refused = await rejectsWith(
        admin.signUpWithInviteLink({ url: link.url, fullName: 'Wrong Domain', email: freshEmail('domain', 'example.com') }),
        'permission',
        'a sign-up from another domain',
      );
      check(refused.message.includes('example.org'), `the refusal names the allowed domains (got “${refused.message}”)`);
      check(Boolean(refused.fieldErrors?.email), 'the refusal is put on fieldErrors.email');
      const phone = freshPhone();
      const byPhone = await rejectsWith(
        admin.signUpWithInviteLink({ url: link.url, fullName: 'Phone Only', phone }),
        'permission',
        'a phone sign-up where only some email domains may sign up',
      );
      check(Boolean(byPhone.fieldErrors?.phone), 'the phone refusal is put on fieldErrors.phone');
      checkEqual((await allInternalUsers(admin)).filter((found) => found.phone === phone).length, 0, 'users signed up by phone');
      await admin.signUpWithInviteLink({ url: link.url, fullName: 'Right Domain', email: freshEmail('domain', 'example.org') });
    });

    it('rejects an allowed domain that is not a domain', async ({ admin }) => {
      if (!admin.capabilities.allowedDomains) skip('the backend does not support allowed domains');
      const error = await rejectsWith(
        admin.updateInviteLinkSettings({ allowedDomains: ['not a domain'] }),
        'validation',
        'an invalid domain',
      );
      checkEqual(error.fieldErrors?.allowedDomains, 'validation.domainInvalid', 'fieldErrors.allowedDomains');
    });
  });
}
