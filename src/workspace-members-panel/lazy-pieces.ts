/**
 * What the members panel fetches the first time it is wanted rather than with the panel: the
 * "+ Invite Members" picker (with its new-person form and that form's validation) and the
 * invitation menu's `<resend-invite-button>`. Each starts on its way as the pointer or focus
 * reaches what opens it. A seam, so tests can act out a chunk that fails to arrive.
 */
import type { DefinableElement } from '../internal/define.js';

export const panelChunks: { picker(): Promise<DefinableElement>; resendButton(): Promise<DefinableElement> } = {
  picker: () => import('../workspace-members-picker/workspace-members-picker.js').then((module) => module.WorkspaceMembersPicker),
  resendButton: () => import('../resend-invite-button/resend-invite-button.js').then((module) => module.ResendInviteButton),
};
