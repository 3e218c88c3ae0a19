/**
 * Accept-invitation: an invitation message carries a token; the invited person reads it and
 * accepts it. The invitee is played by the non-admin client: these calls must not need an admin.
 */
import type { InviteClient } from '../../client/invite-client.js';
import { InternalUserSchema, InvitationDetailsSchema } from '../../client/schemas.js';
import type { ChangeEvent, InviteResult } from '../../client/types.js';
import { check, checkEqual, checkSchema, eventually, rejectsWith } from '../assertions.js';
import { findInternalUser, freshEmail } from '../fixtures.js';
import type { SuiteTools } from '../runner.js';
import { skip } from '../runner.js';

const DAY = 24 * 60 * 60 * 1000;

/** Invites a new person by email and returns the result, which must carry a token. */
async function invited(admin: InviteClient, delivery: 'contacts' | { workspaceId: string } = 'contacts', fullName = 'Ines Invitee') {
  const result = await admin.inviteInternalUser({
    fullName,
    email: freshEmail('accept'),
    delivery: delivery === 'contacts' ? { method: 'contacts' } : { method: 'workspace', workspaceId: delivery.workspaceId },
  });
  check(typeof result.token === 'string' && result.token !== '', 'a sent invitation’s result carries a token');
  return result as InviteResult & { token: string };
}

export function acceptInvitationTests({ describe, it }: SuiteTools): void {
  describe('getInvitation / acceptInvitation', () => {
    it('a sent invitation carries a token, an accept URL and its expiry; "Add to Contacts Quietly" none', async ({ admin }) => {
      const result = await invited(admin);
      check(typeof result.acceptUrl === 'string' && result.acceptUrl.length > 0, 'the result carries acceptUrl');
      checkEqual(result.expiresAt, result.user.invitation?.expiresAt ?? null, 'the result’s expiresAt is the invitation’s');
      const quiet = await admin.inviteInternalUser({
        fullName: 'Quiet Person',
        email: freshEmail('quiet'),
        delivery: { method: 'contacts-quietly' },
      });
      checkEqual(quiet.token, undefined, 'a quiet invitation’s token');
      checkEqual(quiet.acceptUrl, undefined, 'a quiet invitation’s acceptUrl');
    });

    it('tells the invited person who invited them, to what, and until when', async ({ admin, nonAdmin }) => {
      const result = await invited(admin, 'contacts', 'Ines  Invitee');
      const details = checkSchema(InvitationDetailsSchema, await nonAdmin.getInvitation(result.token), 'getInvitation()');
      checkEqual(details.status, 'pending', 'a new invitation’s status');
      checkEqual(details.token, result.token, 'the token');
      checkEqual(details.fullName, 'Ines Invitee', 'the invited name');
      checkEqual(details.email, result.user.email, 'the invited email');
      checkEqual(details.workspace, undefined, 'a portal invitation’s workspace');
      check(details.portalName.length > 0, 'the portal’s name');
      checkEqual(details.expiresAt, result.expiresAt ?? null, 'the expiry');
      const viewer = await admin.getViewer();
      if (details.invitedBy) checkEqual(details.invitedBy.fullName, viewer.fullName, 'who invited them');
    });

    it('accepting makes the person an active internal user, once', async ({ admin, nonAdmin }) => {
      const result = await invited(admin);
      const user = checkSchema(
        InternalUserSchema,
        await nonAdmin.acceptInvitation({ token: result.token, fullName: ' Ines   Accepted ' }),
        'acceptInvitation()',
      );
      checkEqual(user.id, result.user.id, 'the accepting user');
      checkEqual(user.status, 'active', 'status after accepting');
      checkEqual(user.fullName, 'Ines Accepted', 'the name as the person gave it, normalised');
      checkEqual((await findInternalUser(admin, result.user.id))?.status, 'active', 'the Admin Portal’s status');
      checkEqual((await nonAdmin.getInvitation(result.token)).status, 'accepted', 'the token after accepting');
      await rejectsWith(
        nonAdmin.acceptInvitation({ token: result.token, fullName: 'Again' }),
        ['conflict', 'permission'],
        'accepting twice',
      );
    });

    it('a workspace invitation names the workspace, and accepting it makes the member Joined', async ({ admin, nonAdmin, ids }) => {
      const result = await invited(admin, { workspaceId: ids.groupWorkspaceId });
      const details = await nonAdmin.getInvitation(result.token);
      checkEqual(details.workspace?.id, ids.groupWorkspaceId, 'the invitation’s workspace');
      await nonAdmin.acceptInvitation({ token: result.token, fullName: details.fullName });
      const { members } = await admin.listWorkspaceMembers(ids.groupWorkspaceId);
      checkEqual(members.find((found) => found.person.id === result.user.id)?.status, 'joined', 'the member’s status');
    });

    it('"Resend Invitation" replaces the token: the old one reads replaced and cannot be accepted', async ({ admin, nonAdmin }) => {
      const result = await invited(admin);
      const resend = await admin.resendInvitation({ type: 'internal-user', userId: result.user.id });
      checkEqual((await nonAdmin.getInvitation(result.token)).status, 'replaced', 'the old token after a resend');
      await rejectsWith(nonAdmin.acceptInvitation({ token: result.token, fullName: 'Old Link' }), 'permission', 'accepting the old token');
      checkEqual((await findInternalUser(admin, result.user.id))?.status, 'invited', 'status after the refused accept');
      const fresh = resend.recipients[0]?.token;
      if (!fresh) skip('the backend’s resend result carries no token');
      checkEqual((await nonAdmin.getInvitation(fresh)).status, 'pending', 'the new token');
      await nonAdmin.acceptInvitation({ token: fresh, fullName: 'New Link' });
    });

    it('a revoked invitation reads revoked', async ({ admin, nonAdmin }) => {
      if (!admin.capabilities.revokeInvitation) skip('the backend cannot revoke invitations (capabilities.revokeInvitation)');
      const result = await invited(admin);
      await admin.revokeInvitation({ type: 'internal-user', userId: result.user.id });
      checkEqual((await nonAdmin.getInvitation(result.token)).status, 'revoked', 'the token after revoking');
      await rejectsWith(nonAdmin.acceptInvitation({ token: result.token, fullName: 'Too Late' }), ['permission', 'not_found'], 'accepting');
    });

    it('an invitation past its expiry reads expired and cannot be accepted', async ({ admin, nonAdmin, hooks }) => {
      if (!hooks?.advanceTime) skip('expiring an invitation needs hooks.advanceTime');
      const result = await invited(admin);
      if (result.expiresAt === null || result.expiresAt === undefined) skip('the backend’s invitations never expire');
      await hooks.advanceTime(Date.parse(result.expiresAt) - Date.now() + DAY);
      checkEqual((await nonAdmin.getInvitation(result.token)).status, 'expired', 'the token after its expiry');
      await rejectsWith(nonAdmin.acceptInvitation({ token: result.token, fullName: 'Too Late' }), 'permission', 'accepting');
      checkEqual((await findInternalUser(admin, result.user.id))?.status, 'invited', 'status after the refused accept');
    });

    it('an unknown or malformed token is not_found, never accepted', async ({ nonAdmin }) => {
      for (const token of ['no-such-invitation', '<img src=x onerror=alert(1)>', '../../viewer', 'x'.repeat(500)]) {
        await rejectsWith(nonAdmin.getInvitation(token), ['not_found', 'validation'], `getInvitation(${token.slice(0, 20)})`);
        await rejectsWith(nonAdmin.acceptInvitation({ token, fullName: 'Who Ever' }), ['not_found', 'validation'], 'accepting it');
      }
    });

    it('validates the full name and changes nothing when it is refused', async ({ admin, nonAdmin }) => {
      const result = await invited(admin);
      const error = await rejectsWith(nonAdmin.acceptInvitation({ token: result.token, fullName: '   ' }), 'validation', 'a blank name');
      check(error.fieldErrors?.fullName !== undefined, 'the error names the fullName field');
      checkEqual((await nonAdmin.getInvitation(result.token)).status, 'pending', 'the token after a refused accept');
    });

    it('announces the new internal user and the Joined member', async ({ admin, nonAdmin, ids }) => {
      if (!admin.capabilities.liveUpdates || !admin.subscribe) skip('the backend has no live updates (capabilities.liveUpdates)');
      const result = await invited(admin, { workspaceId: ids.groupWorkspaceId });
      const events: ChangeEvent[] = [];
      const stop = admin.subscribe((event) => events.push(event));
      try {
        await nonAdmin.acceptInvitation({ token: result.token, fullName: 'Live Accept' });
        await eventually(() => events.some((event) => event.type === 'internal-users-changed'), 'no internal-users-changed event arrived');
        await eventually(
          () => events.some((event) => event.type === 'members-changed' && event.workspaceId === ids.groupWorkspaceId),
          'no members-changed event arrived',
        );
      } finally {
        stop();
      }
      const { members } = await admin.listWorkspaceMembers(ids.groupWorkspaceId);
      checkEqual(members.find((found) => found.person.id === result.user.id)?.status, 'joined', 'the member after the event');
    });
  });
}
