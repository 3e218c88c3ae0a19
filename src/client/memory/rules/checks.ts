/**
 * The guards every rule starts with. Each throws an `InviteKitError` whose message a
 * person can act on; rules call them all before changing anything, so a rejected call
 * leaves the portal exactly as it was.
 */
import type * as z from 'zod/mini';
import { InviteKitError } from '../../errors.js';
import { validate } from '../../validation.js';
import type { Capabilities, Workspace } from '../../types.js';
import type { MemoryPortal, StoredPerson } from '../portal.js';
import type { StoredInternalUser } from '../records.js';

/** What a rule knows about the call: the portal and who is making it. */
export interface Scope {
  portal: MemoryPortal;
  viewerId: string;
}

const FIELD_LABELS: Record<string, string> = {
  fullName: 'full name',
  contact: 'email address or phone number',
  email: 'email address',
  phone: 'phone number',
  userId: 'User ID',
  delivery: 'how to send the invitation',
  allowedDomains: 'allowed domains',
  expiresInDays: 'link expiry',
  additions: 'people to add',
};

export function validationError(fieldErrors: Record<string, string>, context = 'Some details need fixing'): InviteKitError {
  const fields = Object.keys(fieldErrors).map((field) => FIELD_LABELS[field] ?? field);
  return new InviteKitError('validation', `${context}: ${fields.join(', ')}.`, { fieldErrors });
}

/** Validates with the shared schema and returns the normalised value, or throws `validation` with catalogue keys. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, extraErrors: Record<string, string> = {}): z.output<S> {
  const result = validate(schema, input);
  const fieldErrors = result.ok ? { ...extraErrors } : { ...result.fieldErrors, ...extraErrors };
  if (!result.ok || Object.keys(fieldErrors).length) throw validationError(fieldErrors);
  return result.value;
}

/**
 * The schemas only check "email or phone" once every field is valid; people fixing a
 * form want every problem at once, so the contact rule is checked up front as well.
 */
export function contactMissing(input: unknown): Record<string, string> {
  const { email, phone } = (input ?? {}) as { email?: unknown; phone?: unknown };
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  return blank(email) && blank(phone) ? { contact: 'validation.contactRequired' } : {};
}

export function requireViewer({ portal, viewerId }: Scope): StoredInternalUser {
  const viewer = portal.internalUsers.get(viewerId);
  if (!viewer) throw new InviteKitError('permission', 'You are not signed in as a member of this portal.');
  return viewer;
}

/** Portal admins only; `action` completes "Only portal admins can …". */
export function requireAdmin(scope: Scope, action: string): StoredInternalUser {
  const viewer = requireViewer(scope);
  if (!viewer.isAdministrator) throw new InviteKitError('permission', `Only portal admins can ${action}.`);
  return viewer;
}

export function requireCapability(portal: MemoryPortal, capability: keyof Capabilities, what: string): void {
  if (!portal.config.capabilities[capability]) {
    throw new InviteKitError('unavailable', `This portal does not support ${what}.`);
  }
}

export function requireWorkspace(portal: MemoryPortal, workspaceId: string): Workspace {
  const workspace = portal.workspaces.get(workspaceId);
  if (!workspace) throw new InviteKitError('not_found', `The workspace “${workspaceId}” does not exist or was removed.`);
  return workspace;
}

export function describePerson(person: StoredPerson): string {
  return `${person.record.fullName} (${person.type === 'internal' ? 'internal user' : 'client'})`;
}

/**
 * An email or phone number belongs to one person in the portal: anyone else using it is a
 * conflict, reported on the form field that holds it (`contact`, or `email` on sign-up).
 */
export function requireContactFree(portal: MemoryPortal, email: string | undefined, phone: string | undefined, field = 'contact'): void {
  const owner = portal.personWithContact(email, phone);
  if (!owner) return;
  const usesEmail = email !== undefined && owner.record.email?.toLowerCase() === email.toLowerCase();
  const contact = usesEmail ? `the email address ${email}` : `the phone number ${phone}`;
  const message = `${describePerson(owner)} already uses ${contact} in this portal.`;
  throw new InviteKitError('conflict', message, { fieldErrors: { [field]: message } });
}

/** User IDs are unique among internal users, compared without regard to case. */
export function requireUserIdFree(portal: MemoryPortal, userId: string | undefined): void {
  if (userId === undefined) return;
  const wanted = userId.toLowerCase();
  for (const user of portal.internalUsers.values()) {
    if (user.userId?.toLowerCase() === wanted) {
      const message = `${user.fullName} already has the User ID ${userId}.`;
      throw new InviteKitError('conflict', message, { fieldErrors: { userId: message } });
    }
  }
}
