import { InternalUsersAdmin } from './internal-users-admin.js';

// Registers <internal-users-admin> and, first, the kit elements it renders (InternalUsersAdmin.dependencies).
InternalUsersAdmin.define('internal-users-admin');

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
