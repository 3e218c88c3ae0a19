import { InviteUserForm } from './invite-user-form.js';

// Registers <invite-user-form> and, first, the kit elements it renders (InviteUserForm.dependencies).
InviteUserForm.define('invite-user-form');

export { InviteUserForm };
export type { InviteFormStatus } from './invite-user-form.js';
export { emptyDraft } from './invite-draft.js';
export type { InviteDraft } from './invite-draft.js';
export type { InviteBeforeSendDetail, InviteBeforeSendEvent, InviteSentDetail, InviteSentEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'invite-user-form': InviteUserForm;
  }
}
