import { InviteResultSchema } from '../../client/schemas.js';
import type { InviteInternalUserInput } from '../../client/types.js';
import { check, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import { allInternalUsers, freshEmail, freshPhone, internalUserWithEmail, messagesTo, personWith, requireSentLog } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

const invitation = (overrides: Partial<InviteInternalUserInput> = {}): InviteInternalUserInput => ({
  fullName: 'Ada Lovelace',
  email: freshEmail('invite'),
  delivery: { method: 'contacts' },
  ...overrides,
});

export function inviteInternalUserTests({ describe, it }: SuiteTools): void {
  describe('inviteInternalUser', () => {
    it('"Add to Contacts" adds an invited internal user and sends one invitation', async (context) => {
      const input = invitation();
      const result = checkSchema(InviteResultSchema, await context.admin.inviteInternalUser(input), 'inviteInternalUser()');
      checkEqual(result.invitationSent, true, 'invitationSent');
      checkEqual(result.user.status, 'invited', 'user.status');
      checkEqual(result.user.email, input.email, 'user.email');
      check(result.user.invitation, 'an invited user carries their invitation');
      const listed = await internalUserWithEmail(context.admin, input.email!);
      checkEqual(listed.length, 1, 'internal users with the new email');
    });

    it('sends one invitation for "Add to Contacts" and "Add to Workspace", none for "Add to Contacts Quietly"', async (context) => {
      requireSentLog(context);
      const contacts = invitation();
      const workspace = invitation({ delivery: { method: 'workspace', workspaceId: context.ids.groupWorkspaceId } });
      const quietly = invitation({ delivery: { method: 'contacts-quietly' } });
      for (const input of [contacts, workspace, quietly]) await context.admin.inviteInternalUser(input);
      checkEqual((await messagesTo(context, contacts.email!)).length, 1, 'invitations sent for "Add to Contacts"');
      checkEqual((await messagesTo(context, workspace.email!)).length, 1, 'invitations sent for "Add to Workspace"');
      checkEqual((await messagesTo(context, quietly.email!)).length, 0, 'invitations sent for "Add to Contacts Quietly"');
    });

    it('"Add to Contacts Quietly" adds the user and sends nothing', async (context) => {
      const input = invitation({ delivery: { method: 'contacts-quietly' } });
      const result = checkSchema(InviteResultSchema, await context.admin.inviteInternalUser(input), 'inviteInternalUser()');
      checkEqual(result.invitationSent, false, 'invitationSent');
      checkEqual((await internalUserWithEmail(context.admin, input.email!)).length, 1, 'internal users with the new email');
    });

    it('"Add to Workspace" adds the user as a not-joined member of that workspace', async (context) => {
      const workspaceId = context.ids.groupWorkspaceId;
      const input = invitation({ delivery: { method: 'workspace', workspaceId } });
      const result = checkSchema(InviteResultSchema, await context.admin.inviteInternalUser(input), 'inviteInternalUser()');
      checkEqual(result.invitationSent, true, 'invitationSent');
      checkEqual(result.workspace?.id, workspaceId, 'result.workspace.id');
      const { members } = await context.admin.listWorkspaceMembers(workspaceId);
      const added = members.find((member) => member.person.id === result.user.id);
      check(added, 'the invited user is a member of the workspace');
      checkEqual(added.status, 'not_joined', 'the new member’s status');
      checkEqual(added.person.type, 'internal', 'the new member’s type');
    });

    it('normalises the name and the phone number', async ({ admin }) => {
      const phone = freshPhone();
      const typed = `${phone.slice(0, 2)} (${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8)}`;
      const result = await admin.inviteInternalUser({ fullName: '  Grace   Hopper ', phone: typed, delivery: { method: 'contacts' } });
      checkEqual(result.user.fullName, 'Grace Hopper', 'the stored full name');
      checkEqual(result.user.phone, phone, 'the stored phone number (E.164)');
    });

    it('rejects a workspace that does not exist with not_found and adds nobody', async ({ admin }) => {
      const input = invitation({ delivery: { method: 'workspace', workspaceId: 'no-such-workspace' } });
      await rejectsWith(admin.inviteInternalUser(input), 'not_found', 'inviting into a missing workspace');
      checkEqual((await internalUserWithEmail(admin, input.email!)).length, 0, 'internal users with that email');
    });

    it('refuses a viewer who is not a portal admin and adds nobody', async ({ admin, nonAdmin }) => {
      const input = invitation();
      await rejectsWith(nonAdmin.inviteInternalUser(input), 'permission', 'a non-admin inviting an internal user');
      checkEqual((await internalUserWithEmail(admin, input.email!)).length, 0, 'internal users with that email');
    });

    it('reports a missing name and contact as field errors with catalogue keys', async ({ admin }) => {
      const before = (await admin.listInternalUsers()).total;
      const blankName = await rejectsWith(admin.inviteInternalUser(invitation({ fullName: '   ' })), 'validation', 'a blank name');
      checkEqual(blankName.fieldErrors?.fullName, 'validation.fullNameRequired', 'fieldErrors.fullName');
      const noContact = await rejectsWith(
        admin.inviteInternalUser({ fullName: 'Ada Lovelace', delivery: { method: 'contacts' } }),
        'validation',
        'no email or phone',
      );
      checkEqual(noContact.fieldErrors?.contact, 'validation.contactRequired', 'fieldErrors.contact');
      checkEqual((await admin.listInternalUsers()).total, before, 'internal users after rejected invitations');
    });

    it('reports a malformed email address or phone number on its field', async ({ admin }) => {
      const email = await rejectsWith(
        admin.inviteInternalUser(invitation({ email: 'ada.example.com' })),
        'validation',
        'an email without @',
      );
      checkEqual(email.fieldErrors?.email, 'validation.emailMissingAt', 'fieldErrors.email');
      const phone = await rejectsWith(
        admin.inviteInternalUser(invitation({ email: undefined, phone: '415 555 0199' })),
        'validation',
        'a phone number without country code',
      );
      checkEqual(phone.fieldErrors?.phone, 'validation.phoneMissingCountryCode', 'fieldErrors.phone');
    });

    it('is a conflict when an internal user already has the email address', async ({ admin }) => {
      const existing = (await allInternalUsers(admin)).find((user) => user.email);
      if (!existing) skip('the seeded portal has no internal user with an email address');
      const error = await rejectsWith(
        admin.inviteInternalUser(invitation({ email: existing.email })),
        'conflict',
        'an email already in use',
      );
      check(error.fieldErrors?.contact, 'a contact conflict names the contact field (fieldErrors.contact)');
    });

    it('is a conflict when a client already has the email address', async ({ admin }) => {
      const client = await personWith(admin, 'email', 'client');
      if (!client) skip('the seeded portal has no client with an email address');
      const error = await rejectsWith(admin.inviteInternalUser(invitation({ email: client.email })), 'conflict', 'a client’s email');
      check(error.fieldErrors?.contact, 'a contact conflict names the contact field (fieldErrors.contact)');
    });

    it('is a conflict when someone already has the phone number', async ({ admin }) => {
      const person = await personWith(admin, 'phone');
      if (!person) skip('the seeded portal has nobody with a phone number');
      const error = await rejectsWith(
        admin.inviteInternalUser(invitation({ email: undefined, phone: person.phone })),
        'conflict',
        'a phone number already in use',
      );
      check(error.fieldErrors?.contact, 'a contact conflict names the contact field (fieldErrors.contact)');
    });
  });
}
