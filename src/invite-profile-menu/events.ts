export interface ProfileMenuSelectDetail {
  /** The chosen item's `value` attribute (or `data-value`, else its text); `invite-internal-user` for the kit's own item. */
  value: string;
  /** The chosen item: one of the host's slotted items, or the kit's "Invite Internal User". */
  item: HTMLElement;
}

export type ProfileMenuSelectEvent = CustomEvent<ProfileMenuSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    /** Cancelable: cancelling it for "Invite Internal User" keeps the kit's dialog closed (open your own). */
    'invite-profile-menu-select': ProfileMenuSelectEvent;
  }
}
