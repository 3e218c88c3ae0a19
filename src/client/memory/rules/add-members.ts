/**
 * "+ Invite Members": existing internal users and clients from the directory, new clients,
 * and — in group workspaces, for portal admins — new internal users. A flow workspace
 * never takes a new internal user: they must first be invited to the portal.
 * All or nothing: every addition is checked before anyone is added.
 */
import { InviteKitError } from '../../errors.js';
import { MemberAdditionSchema } from '../../schemas.js';
import type { AddMembersResult, Workspace } from '../../types.js';
import type { MemoryPortal, StoredPerson } from '../portal.js';
import type { StoredMember } from '../records.js';
import { memberView } from '../views.js';
import {
  contactMissing,
  parseOrThrow,
  requireContactFree,
  requireUserIdFree,
  requireViewer,
  requireWorkspace,
  validationError,
} from './checks.js';
import type { Scope } from './checks.js';
import { issueInvitationToken } from './accept-invitation.js';
import type * as z from 'zod/mini';

type Addition = z.output<typeof MemberAdditionSchema>;

export function addWorkspaceMembers(scope: Scope, workspaceId: string, additions: unknown): AddMembersResult {
  const viewer = requireViewer(scope);
  const { portal } = scope;
  const workspace = requireWorkspace(portal, workspaceId);
  if (!Array.isArray(additions) || additions.length === 0) {
    throw validationError({ additions: 'validation.required' }, 'Choose at least one person to add');
  }

  const checked = additions.map((addition: unknown, index) => {
    requireAllowedKind(workspace, viewer.isAdministrator, addition);
    const extra = (addition as { type?: unknown })?.type === 'existing' ? {} : contactMissing(addition);
    try {
      return parseOrThrow(MemberAdditionSchema, addition, extra);
    } catch (error) {
      if (additions.length === 1 || !(error instanceof InviteKitError)) throw error;
      throw validationError(error.fieldErrors ?? {}, `Person ${index + 1} of ${additions.length} needs fixing`);
    }
  });
  checkNobodyTwice(portal, workspace, checked);

  const added = checked.map((addition) => {
    const person = addition.type === 'existing' ? portal.person(addition.personId)! : createPerson(portal, addition);
    const now = portal.nowIso();
    const member: StoredMember = {
      id: portal.newId('m'),
      workspaceId,
      personId: person.record.id,
      role: person.type === 'internal' ? 'editor' : 'viewer',
      status: 'not_joined',
      invitation: { sentAt: now, lastSentAt: now, expiresAt: portal.invitationExpiry() },
    };
    portal.members.set(member.id, member);
    // Only someone new to the portal accepts on the accept page; clients and internal users in it sign in.
    const token =
      person.type === 'internal' && person.record.status === 'invited'
        ? issueInvitationToken(portal, { userId: person.record.id, memberId: member.id, workspaceId, invitedById: viewer.id })
        : undefined;
    portal.recordSent(person.record, 'workspace', member.id, workspaceId, token);
    return member;
  });
  portal.changed({ type: 'members-changed', workspaceId });
  return { added: added.map((member) => memberView(portal, member)) };
}

function requireAllowedKind(workspace: Workspace, isAdmin: boolean, addition: unknown): void {
  if ((addition as { type?: unknown })?.type !== 'new-internal') return;
  if (workspace.kind === 'flow') {
    throw new InviteKitError(
      'permission',
      `New internal users can’t be added to the flow workspace “${workspace.name}”. Invite them to the portal first, then add them here as existing internal users.`,
    );
  }
  if (!isAdmin) throw new InviteKitError('permission', 'Only portal admins can add new internal users.');
}

/** Each person once: not already a member, not twice in this batch, no contact that someone else uses. */
function checkNobodyTwice(portal: MemoryPortal, workspace: Workspace, additions: Addition[]): void {
  const seenPeople = new Set<string>();
  const seenContacts = new Set<string>();
  for (const addition of additions) {
    if (addition.type === 'existing') {
      const person = portal.person(addition.personId);
      if (!person) throw new InviteKitError('not_found', `There is no internal user or client with the id “${addition.personId}”.`);
      if (seenPeople.has(person.record.id) || portal.membershipOf(workspace.id, person.record.id)) {
        throw new InviteKitError('conflict', `${person.record.fullName} is already a member of “${workspace.name}”.`);
      }
      seenPeople.add(person.record.id);
      continue;
    }
    requireContactFree(portal, addition.email, addition.phone);
    if (addition.type === 'new-internal') requireUserIdFree(portal, addition.userId);
    for (const contact of [addition.email?.toLowerCase(), addition.phone]) {
      if (contact === undefined) continue;
      if (seenContacts.has(contact)) {
        const message = `${contact} appears twice in the people to add.`;
        throw new InviteKitError('conflict', message, { fieldErrors: { contact: message } });
      }
      seenContacts.add(contact);
    }
  }
}

function createPerson(portal: MemoryPortal, addition: Exclude<Addition, { type: 'existing' }>): StoredPerson {
  const contact = {
    ...(addition.email ? { email: addition.email } : {}),
    ...(addition.phone ? { phone: addition.phone } : {}),
  };
  if (addition.type === 'new-internal') {
    const now = portal.nowIso();
    const record = {
      id: portal.newId('u'),
      fullName: addition.fullName,
      ...contact,
      ...(addition.userId ? { userId: addition.userId } : {}),
      isAdministrator: false,
      status: 'invited' as const,
      invitation: { sentAt: now, lastSentAt: now, expiresAt: portal.invitationExpiry() },
    };
    portal.internalUsers.set(record.id, record);
    portal.changed({ type: 'internal-users-changed' });
    return { type: 'internal', record };
  }
  const record = { id: portal.newId('c'), fullName: addition.fullName, ...contact };
  portal.clients.set(record.id, record);
  return { type: 'client', record };
}
