import { ChangeEventSchema } from '../../client/schemas.js';
import type { ChangeEvent } from '../../client/types.js';
import type { InviteClient } from '../../client/invite-client.js';
import { check, checkSchema, eventually } from '../assertions.js';
import { freshEmail } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

/** Subscribes, or skips the test when the backend pushes no changes. */
function record(client: InviteClient): { events: ChangeEvent[]; stop: () => void } {
  if (!client.capabilities.liveUpdates || !client.subscribe) skip('the backend has no live updates (capabilities.liveUpdates)');
  const events: ChangeEvent[] = [];
  const stop = client.subscribe((event) => events.push(checkSchema(ChangeEventSchema, event, 'a change event')));
  return { events, stop };
}

export function liveUpdateTests({ describe, it }: SuiteTools): void {
  describe('subscribe', () => {
    it('announces a workspace link change', async ({ admin, ids }) => {
      const { events, stop } = record(admin);
      try {
        const link = await admin.getWorkspaceLink(ids.flowWorkspaceId);
        await admin.setWorkspaceLinkViewing(ids.flowWorkspaceId, !link.includesViewing);
        await eventually(
          () => events.some((event) => event.type === 'workspace-link-changed' && event.workspaceId === ids.flowWorkspaceId),
          'no workspace-link-changed event arrived',
        );
      } finally {
        stop();
      }
    });

    it('announces new internal users and members', async ({ admin, ids }) => {
      const { events, stop } = record(admin);
      try {
        await admin.inviteInternalUser({
          fullName: 'Live Update',
          email: freshEmail('live'),
          delivery: { method: 'workspace', workspaceId: ids.groupWorkspaceId },
        });
        await eventually(() => events.some((event) => event.type === 'internal-users-changed'), 'no internal-users-changed event arrived');
        await eventually(
          () => events.some((event) => event.type === 'members-changed' && event.workspaceId === ids.groupWorkspaceId),
          'no members-changed event arrived',
        );
      } finally {
        stop();
      }
    });

    it('announces answered join requests and a refreshed invite link', async ({ admin, ids }) => {
      const { events, stop } = record(admin);
      try {
        await admin.declineJoinRequest(ids.joinRequest.workspaceId, ids.joinRequest.requestId);
        await admin.refreshInviteLink();
        await eventually(() => events.some((event) => event.type === 'join-requests-changed'), 'no join-requests-changed event arrived');
        await eventually(() => events.some((event) => event.type === 'invite-link-changed'), 'no invite-link-changed event arrived');
      } finally {
        stop();
      }
    });

    it('stops after unsubscribing', async ({ admin, ids }) => {
      const { events, stop } = record(admin);
      stop();
      const link = await admin.getWorkspaceLink(ids.flowWorkspaceId);
      await admin.setWorkspaceLinkViewing(ids.flowWorkspaceId, !link.includesViewing);
      await new Promise((resolve) => setTimeout(resolve, 300));
      check(events.length === 0, `no events after unsubscribing (got ${events.length})`);
    });
  });
}
