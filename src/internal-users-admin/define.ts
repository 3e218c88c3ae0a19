import { InternalUsersAdmin } from './internal-users-admin.js';
import { defineElement } from '../internal/define.js';
// The kit elements it holds.
import '../invite-user-form/define.js';
import '../share-invite-link/define.js';
import '../resend-invite-button/define.js';

defineElement('internal-users-admin', InternalUsersAdmin);

export { InternalUsersAdmin };
export type { InternalUsersAdminView } from './internal-users-admin.js';
// Public API. A host that doesn't use it and bundles with Rollup or Vite gets the parser in the Bulk Invite
// chunk; loaded as it is (or through esbuild), the parser comes with the element (~1.4 KB brotli).
export { parseBulkText } from './bulk-parse.js';
export type { ParsedEntry } from './bulk-parse.js';
export type {
  BulkInviteBeforeSendDetail,
  BulkInviteBeforeSendEvent,
  BulkInviteFailure,
  BulkInviteSentDetail,
  BulkInviteSentEvent,
} from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'internal-users-admin': InternalUsersAdmin;
  }
}
