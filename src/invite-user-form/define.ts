import { InviteUserForm } from './invite-user-form.js';
import { defineElement } from '../internal/define.js';

defineElement('invite-user-form', InviteUserForm);

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
