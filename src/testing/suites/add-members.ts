import { AddMembersResultSchema } from '../../client/schemas.js';
import { check, checkEqual, checkSchema, rejectsWith } from '../assertions.js';
import { freshEmail, internalUserWithEmail, messagesTo, requireSentLog, wholeDirectory } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';

export function addMembersTests({ describe, it }: SuiteTools): void {
  describe('addWorkspaceMembers', () => {
    it('adds an existing person as a not-joined member', async ({ admin, ids }) => {
      const person = (await wholeDirectory(admin, '', { excludeWorkspaceId: ids.flowWorkspaceId })).find((found) => found.email);
      check(person, 'someone with an email address is not yet in the flow workspace');
      const result = checkSchema(
        AddMembersResultSchema,
        await admin.addWorkspaceMembers(ids.flowWorkspaceId, [{ type: 'existing', personId: person.id }]),
        'addWorkspaceMembers()',
      );
      checkEqual(result.added.length, 1, 'members added');
      checkEqual(result.added[0]!.person.id, person.id, 'the added person');
      checkEqual(result.added[0]!.status, 'not_joined', 'the added member’s status');
      const { members } = await admin.listWorkspaceMembers(ids.flowWorkspaceId);
      check(
        members.some((member) => member.id === result.added[0]!.id),
        'the new member is listed',
      );
    });

    it('sends each added person one invitation', async (context) => {
      const { admin, ids } = context;
      requireSentLog(context);
      const person = (await wholeDirectory(admin, '', { excludeWorkspaceId: ids.flowWorkspaceId })).find((found) => found.email);
      check(person, 'someone with an email address is not yet in the flow workspace');
      const before = (await messagesTo(context, person.email!)).length;
      const email = freshEmail('added-client');
      await admin.addWorkspaceMembers(ids.flowWorkspaceId, [
        { type: 'existing', personId: person.id },
        { type: 'new-client', fullName: 'Nadia Client', email },
      ]);
      checkEqual((await messagesTo(context, person.email!)).length - before, 1, 'invitations sent to the added person');
      checkEqual((await messagesTo(context, email)).length, 1, 'invitations sent to the new client');
    });

    it('adds a new client to a flow workspace', async ({ admin, ids }) => {
      const email = freshEmail('new-client');
      const result = await admin.addWorkspaceMembers(ids.flowWorkspaceId, [{ type: 'new-client', fullName: 'Nia Client', email }]);
      checkEqual(result.added[0]!.person.type, 'client', 'the new member’s type');
      checkEqual(result.added[0]!.person.email, email, 'the new member’s email');
      const found = await wholeDirectory(admin, email);
      check(
        found.some((person) => person.type === 'client' && person.email === email),
        'the new client is in the directory',
      );
    });

    it('refuses a new internal user in a flow workspace, even from an admin', async ({ admin, ids }) => {
      const before = (await admin.listWorkspaceMembers(ids.flowWorkspaceId)).members.length;
      const error = await rejectsWith(
        admin.addWorkspaceMembers(ids.flowWorkspaceId, [{ type: 'new-internal', fullName: 'Nils Neu', email: freshEmail('flow') }]),
        'permission',
        'a new internal user in a flow workspace',
      );
      check(/portal/iu.test(error.message), `the refusal says to invite them to the portal first (got “${error.message}”)`);
      checkEqual((await admin.listWorkspaceMembers(ids.flowWorkspaceId)).members.length, before, 'members after the refusal');
    });

    it('lets a portal admin add a new internal user to a group workspace', async ({ admin, ids }) => {
      const email = freshEmail('new-internal');
      const result = await admin.addWorkspaceMembers(ids.groupWorkspaceId, [{ type: 'new-internal', fullName: 'Ines Interna', email }]);
      checkEqual(result.added[0]!.person.type, 'internal', 'the new member’s type');
      checkEqual(result.added[0]!.status, 'not_joined', 'the new member’s status');
      const [user] = await internalUserWithEmail(admin, email);
      checkEqual(user?.status, 'invited', 'the new internal user’s portal status');
    });

    it('refuses a new internal user from a viewer who is not a portal admin', async ({ nonAdmin, ids }) => {
      await rejectsWith(
        nonAdmin.addWorkspaceMembers(ids.groupWorkspaceId, [{ type: 'new-internal', fullName: 'No Way', email: freshEmail('nope') }]),
        'permission',
        'a non-admin adding a new internal user',
      );
    });

    it('lets a viewer who is not a portal admin add existing people', async ({ nonAdmin, ids }) => {
      const person = (await wholeDirectory(nonAdmin, '', { excludeWorkspaceId: ids.groupWorkspaceId }))[0];
      check(person, 'someone is not yet in the group workspace');
      const result = await nonAdmin.addWorkspaceMembers(ids.groupWorkspaceId, [{ type: 'existing', personId: person.id }]);
      checkEqual(result.added[0]!.person.id, person.id, 'the added person');
    });

    it('is a conflict to add someone who is already a member', async ({ admin, ids }) => {
      const { members } = await admin.listWorkspaceMembers(ids.flowWorkspaceId);
      const personId = members[0]!.person.id;
      await rejectsWith(
        admin.addWorkspaceMembers(ids.flowWorkspaceId, [{ type: 'existing', personId }]),
        'conflict',
        'adding a member again',
      );
    });

    it('is a conflict to add a new person with a contact someone already has', async ({ admin, ids }) => {
      const taken = (await wholeDirectory(admin)).find((person) => person.email)!;
      const error = await rejectsWith(
        admin.addWorkspaceMembers(ids.flowWorkspaceId, [{ type: 'new-client', fullName: 'Twin', email: taken.email }]),
        'conflict',
        'a new client with a used email',
      );
      check(error.fieldErrors?.contact, 'a contact conflict names the contact field (fieldErrors.contact)');
    });

    it('validates new people with catalogue keys', async ({ admin, ids }) => {
      const error = await rejectsWith(
        admin.addWorkspaceMembers(ids.flowWorkspaceId, [{ type: 'new-client', fullName: ' ', email: freshEmail('blank') }]),
        'validation',
        'a new client without a name',
      );
      checkEqual(error.fieldErrors?.fullName, 'validation.fullNameRequired', 'fieldErrors.fullName');
    });

    it('rejects an unknown workspace or person with not_found', async ({ admin, ids }) => {
      const someone = (await wholeDirectory(admin))[0]!;
      await rejectsWith(
        admin.addWorkspaceMembers('no-such-workspace', [{ type: 'existing', personId: someone.id }]),
        'not_found',
        'an unknown workspace',
      );
      await rejectsWith(
        admin.addWorkspaceMembers(ids.groupWorkspaceId, [{ type: 'existing', personId: 'no-such-person' }]),
        'not_found',
        'an unknown person',
      );
    });
  });
}
