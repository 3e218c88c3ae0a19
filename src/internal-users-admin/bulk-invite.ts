/**
 * The Bulk Invite code, as one chunk: `<internal-users-admin>` imports this module the first
 * time Bulk Invite is wanted (see bulk-invite-loader.ts), so pages where nobody bulk invites
 * never download the rows, the sender, the editor or its styles. Nothing the element imports
 * statically may import these modules, or the bundler would pull them back in (define.ts's
 * public `parseBulkText` is the one exception: it keeps the parser with the element).
 */
import type { LitElement } from 'lit';
import { BulkInviteController } from './bulk-invite-controller.js';
import type { BulkInviteHost } from './bulk-invite-controller.js';
import { BulkInvitePanel } from './bulk-invite-panel.js';
import type { BulkInvitePanelOptions } from './bulk-invite-panel.js';

export { bulkEditorStyles } from './bulk-editor.styles.js';

/** The Bulk Invite of one element: the panel people use, and the state behind it that the element keeps current. */
export interface BulkInvite {
  panel: BulkInvitePanel;
  state: BulkInviteController;
}

/** The panel and the state behind it, made once per element: rows survive closing the dialog. */
export function createBulkInvite(host: LitElement, deps: BulkInviteHost, options: BulkInvitePanelOptions): BulkInvite {
  const state = new BulkInviteController(host, deps);
  return { panel: new BulkInvitePanel(host, state, options), state };
}
