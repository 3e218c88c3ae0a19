import { checkEqual, rejectsWithAbort } from '../assertions.js';
import { aborted, freshEmail, internalUserWithEmail, wholeDirectory } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';

export function abortTests({ describe, it }: SuiteTools): void {
  describe('AbortSignal', () => {
    it('a read with an aborted signal rejects with AbortError', async ({ admin, ids }) => {
      await rejectsWithAbort(admin.listWorkspaces({ signal: aborted() }), 'listWorkspaces()');
      await rejectsWithAbort(admin.listWorkspaceMembers(ids.flowWorkspaceId, undefined, { signal: aborted() }), 'listWorkspaceMembers()');
      await rejectsWithAbort(admin.searchDirectory({ query: '' }, { signal: aborted() }), 'searchDirectory()');
    });

    it('an invitation aborted before it applies changes nothing', async ({ admin }) => {
      const email = freshEmail('abort');
      await rejectsWithAbort(
        admin.inviteInternalUser({ fullName: 'Abby Ort', email, delivery: { method: 'contacts' } }, { signal: aborted() }),
        'inviteInternalUser() with an aborted signal',
      );
      const controller = new AbortController();
      const call = admin.inviteInternalUser(
        { fullName: 'Abby Ort', email, delivery: { method: 'contacts' } },
        { signal: controller.signal },
      );
      controller.abort();
      await rejectsWithAbort(call, 'inviteInternalUser() aborted right after the call');
      checkEqual((await internalUserWithEmail(admin, email)).length, 0, 'users created by aborted invitations');
    });

    it('adding members aborted before it applies changes nothing', async ({ admin, ids }) => {
      const person = (await wholeDirectory(admin, '', { excludeWorkspaceId: ids.groupWorkspaceId }))[0]!;
      const controller = new AbortController();
      const call = admin.addWorkspaceMembers(ids.groupWorkspaceId, [{ type: 'existing', personId: person.id }], {
        signal: controller.signal,
        idempotencyKey: `abort-${Math.random()}`,
      });
      controller.abort();
      await rejectsWithAbort(call, 'addWorkspaceMembers() aborted right after the call');
      const { members } = await admin.listWorkspaceMembers(ids.groupWorkspaceId);
      checkEqual(
        members.some((member) => member.person.id === person.id),
        false,
        'the person is a member after an aborted add',
      );
    });

    it('a link refresh aborted before it applies keeps the link', async ({ admin }) => {
      const before = await admin.getInviteLink();
      const controller = new AbortController();
      const call = admin.refreshInviteLink({ signal: controller.signal });
      controller.abort();
      await rejectsWithAbort(call, 'refreshInviteLink() aborted right after the call');
      checkEqual((await admin.getInviteLink()).url, before.url, 'the link after an aborted refresh');
    });
  });
}
