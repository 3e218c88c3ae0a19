/**
 * What the Admin Portal fetches the first time one of its dialogs wants it rather than with the
 * list: the Invite dialog's `<invite-user-form>` (with its validation) and Share Invite Link's
 * `<share-invite-link>`. Each starts on its way as the pointer or focus reaches the button that
 * opens its dialog. A seam, so tests can act out a chunk that fails to arrive.
 */
import type { DefinableElement } from '../internal/define.js';

export const adminChunks: { inviteForm(): Promise<DefinableElement>; shareLink(): Promise<DefinableElement> } = {
  inviteForm: () => import('../invite-user-form/invite-user-form.js').then((module) => module.InviteUserForm),
  shareLink: () => import('../share-invite-link/share-invite-link.js').then((module) => module.ShareInviteLink),
};
