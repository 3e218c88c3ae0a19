/**
 * The portal's shareable invite link: anyone with it can sign up, until it is refreshed
 * (the old link stops working at once), expires, or is limited to some email domains.
 */
import { InviteKitError } from '../../errors.js';
import { InviteLinkSettingsSchema, InviteLinkSignUpInputSchema } from '../../schemas.js';
import type { InternalUser, InviteLink, InviteLinkCheck } from '../../types.js';
import type { MemoryPortal } from '../portal.js';
import type { StoredInternalUser } from '../records.js';
import { internalUserView, inviteLinkUrl, inviteLinkView } from '../views.js';
import { contactMissing, parseOrThrow, requireAdmin, requireCapability, requireContactFree, requireViewer } from './checks.js';
import type { Scope } from './checks.js';

const DAY = 24 * 60 * 60 * 1000;

export function getInviteLink(scope: Scope): InviteLink {
  requireViewer(scope);
  return inviteLinkView(scope.portal);
}

export function refreshInviteLink(scope: Scope): InviteLink {
  requireAdmin(scope, 'refresh the invite link');
  const { portal } = scope;
  const link = portal.inviteLink;
  const now = portal.config.now();
  link.replacedTokens.push(link.token);
  link.token = portal.newToken();
  link.createdAt = now.toISOString();
  // The new link keeps the chosen expiry, counted from now.
  link.expiresAt = link.expiresInDays === null ? null : new Date(now.getTime() + link.expiresInDays * DAY).toISOString();
  portal.changed({ type: 'invite-link-changed' });
  return inviteLinkView(portal);
}

export function updateInviteLinkSettings(scope: Scope, input: unknown): InviteLink {
  requireAdmin(scope, 'change the invite link settings');
  const { portal } = scope;
  const raw = (input ?? {}) as { expiresInDays?: unknown; allowedDomains?: unknown };
  // Asking for what the backend cannot do is refused; sending the "off" value is harmless.
  if (raw.expiresInDays !== undefined && raw.expiresInDays !== null) {
    requireCapability(portal, 'linkExpiry', 'invite links that expire');
  }
  if (Array.isArray(raw.allowedDomains) && raw.allowedDomains.length > 0) {
    requireCapability(portal, 'allowedDomains', 'limiting the invite link to some email domains');
  }
  const settings = parseOrThrow(InviteLinkSettingsSchema, input);
  const link = portal.inviteLink;
  if (settings.expiresInDays !== undefined) {
    link.expiresInDays = settings.expiresInDays;
    link.expiresAt =
      settings.expiresInDays === null ? null : new Date(portal.config.now().getTime() + settings.expiresInDays * DAY).toISOString();
  }
  if (settings.allowedDomains !== undefined) link.allowedDomains = [...new Set(settings.allowedDomains)];
  portal.changed({ type: 'invite-link-changed' });
  return inviteLinkView(portal);
}

/** Anyone may ask, signed in or not: it is what the sign-up page shows before the form. */
export function checkInviteLink(portal: MemoryPortal, url: string): InviteLinkCheck {
  const state = linkState(portal, url);
  if (state === 'unknown') return { valid: false, reason: state };
  const { portalName } = portal;
  if (state !== 'valid') return { valid: false, reason: state, portalName };
  const { allowedDomains } = portal.inviteLink;
  return { valid: true, portalName, ...(allowedDomains.length ? { allowedDomains: [...allowedDomains] } : {}) };
}

export function signUpWithInviteLink(portal: MemoryPortal, input: unknown): InternalUser {
  const request = parseOrThrow(InviteLinkSignUpInputSchema, input, contactMissing(input));
  const state = linkState(portal, request.url);
  if (state === 'unknown') throw new InviteKitError('not_found', 'This invite link does not belong to this portal.');
  if (state === 'replaced') {
    throw new InviteKitError('permission', 'This invite link has been replaced by a newer one. Ask whoever shared it for the new link.');
  }
  if (state === 'expired') {
    throw new InviteKitError('permission', 'This invite link has expired. Ask whoever shared it for a new link.');
  }
  const { email, phone } = request;
  const allowed = portal.inviteLink.allowedDomains;
  if (allowed.length > 0) {
    // A phone number has no domain to check, so a link limited to some domains takes email addresses only.
    const domain = email?.slice(email.lastIndexOf('@') + 1).toLowerCase();
    if (domain === undefined || !allowed.includes(domain)) {
      const message = `This invite link only accepts email addresses at ${listOf(allowed)}.`;
      throw new InviteKitError('permission', message, { fieldErrors: { [email ? 'email' : 'phone']: message } });
    }
  }
  requireContactFree(portal, email, phone, email ? 'email' : 'phone');

  const user: StoredInternalUser = {
    id: portal.newId('u'),
    fullName: request.fullName,
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    isAdministrator: false,
    status: 'active',
  };
  portal.internalUsers.set(user.id, user);
  portal.changed({ type: 'internal-users-changed' });
  return internalUserView(user);
}

function linkState(portal: MemoryPortal, url: string): 'valid' | 'expired' | 'replaced' | 'unknown' {
  const prefix = inviteLinkUrl(portal, '');
  if (typeof url !== 'string' || !url.startsWith(prefix)) return 'unknown';
  // People paste links with tracking parameters or a trailing slash; the token is what counts.
  const token = url.slice(prefix.length).split(/[?#/]/u)[0];
  const link = portal.inviteLink;
  if (token === link.token) return portal.isPast(link.expiresAt) ? 'expired' : 'valid';
  return link.replacedTokens.includes(token ?? '') ? 'replaced' : 'unknown';
}

/** "a.example", "a.example or b.example", "a.example, b.example or c.example". */
function listOf(items: string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
