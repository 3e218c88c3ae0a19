import type { InviteDialogTab } from './invite-user-dialog.js';

export interface InviteDialogOpenDetail {
  /** The tab showing when the dialog opened. */
  tab: InviteDialogTab;
}

export interface InviteDialogCloseDetail {
  /** What closed it: the close button, Escape, or a call to `hide()` / `open = false`. */
  reason: 'close-button' | 'escape' | 'method';
}

export type InviteDialogOpenEvent = CustomEvent<InviteDialogOpenDetail>;
export type InviteDialogCloseEvent = CustomEvent<InviteDialogCloseDetail>;

declare global {
  interface HTMLElementEventMap {
    'invite-dialog-open': InviteDialogOpenEvent;
    'invite-dialog-close': InviteDialogCloseEvent;
  }
}
