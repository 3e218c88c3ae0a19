import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { Viewer } from '../client/types.js';
import { deepActiveElement } from '../internal/focus.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { PopoverController } from '../internal/popover-controller.js';
import type { Placement } from '../internal/popover-controller.js';
import { dialogPartNames } from '../invite-user-dialog/exported-parts.js';
import type { InviteUserDialog } from '../invite-user-dialog/invite-user-dialog.js';
import { baseStyles } from '../styles/base.js';
import { popoverStyles } from '../styles/popover.js';
import type {} from './events.js';
import { avatar } from '../internal/avatar.js';
import { MenuNavigation } from './menu-navigation.js';
import { loadInviteDialog } from './dialog-loader.js';
import { styles } from './invite-profile-menu.styles.js';
import './invite-profile-menu.messages.js';

const INVITE_VALUE = 'invite-internal-user';
const dialogExportParts = dialogPartNames()
  .map((name) => `${name}:dialog-${name}`)
  .join(', ');

/**
 * The profile button at the top right of a portal: the viewer's avatar (initials when there
 * is no picture) opening a menu. Portal admins find "Invite Internal User" in it, which
 * opens `<invite-user-dialog>`; hosts add their own items.
 *
 * Follows the WAI-ARIA menu button pattern: Enter, Space or the arrow keys open it, the
 * arrow keys, Home and End move, typing a letter jumps to an item, Escape closes it and
 * returns focus to the button, and a click outside closes it. The menu is positioned with
 * Floating UI: it flips and shifts at the viewport's edges and follows scrolling.
 *
 * When the viewer can't be loaded, the panel says why, and the menu's first item tries again
 * (opening the menu tries again too).
 *
 * @tag invite-profile-menu
 * @summary The portal's profile button and menu, with "Invite Internal User" for portal admins.
 *
 * @keyboard Enter, Space, ↓ on the button - Open the menu on its first item; ↑ opens it on the last.
 * @keyboard ↓ / ↑ in the menu - The next / previous item, wrapping around.
 * @keyboard Home, Page Up / End, Page Down - The first / last item.
 * @keyboard A letter - The next item whose label starts with it.
 * @keyboard Enter or Space on an item - Chooses it.
 * @keyboard Escape - Closes the menu; focus goes back to the button. Tab closes it too, and a click outside.
 *
 * @slot item - The host's menu items (`<button>`, `<a href>` or any element); they are given `role="menuitem"`.
 *   Set `value` or `data-value` to tell them apart in `invite-profile-menu-select`.
 *
 * @fires invite-profile-menu-select - When an item is chosen (detail: `value`, `item`); cancelable. Cancelling it for
 *   "Invite Internal User" (value `invite-internal-user`) keeps the kit's dialog closed.
 *
 * @csspart button - The profile button.
 * @csspart avatar - The avatar in the button.
 * @csspart avatar-image - The viewer's picture.
 * @csspart caret - The arrow next to the avatar.
 * @csspart panel - The floating panel.
 * @csspart viewer - The panel's header with the viewer's name.
 * @csspart viewer-avatar - The larger avatar in the panel's header.
 * @csspart viewer-name - The viewer's name.
 * @csspart viewer-email - The viewer's email address or phone number.
 * @csspart badge - The "Portal admin" badge.
 * @csspart menu - The list of items.
 * @csspart menu-item - The kit's own items.
 * @csspart invite-item - "Invite Internal User".
 * @csspart viewer-error - Why the viewer couldn't be loaded, where the viewer's name would be.
 * @csspart retry-item - The item that tries loading the viewer again (also a `menu-item`).
 * @csspart dialog-* - The parts of the `<invite-user-dialog>` it opens (`dialog-title`, `dialog-form-input`, …).
 *
 * @cssprop [--invite-kit-profile-menu-width=16rem] - The menu's minimum width.
 * @cssprop [--invite-kit-profile-menu-max-width=20rem] - The menu's greatest width: a longer name or address is cut off, in full in its tooltip and in the menu's name.
 * @cssprop [--invite-kit-profile-menu-avatar-size=2.25rem] - The avatar's size in the button.
 */
export class InviteProfileMenu extends InviteKitElement {
  static override styles = [baseStyles, popoverStyles, styles];
  // <invite-user-dialog> is not a dependency: it is fetched when first wanted (./dialog-loader.ts).
  /** The viewer, to know whom the menu is for and whether they may invite (the dialog lists its own). */
  static override readonly clientOperations = ['getViewer'] as const;

  private readonly positioner = new PopoverController(this);
  private readonly navigation = new MenuNavigation(this, () => this.items);

  @query('#button') private button?: HTMLButtonElement;
  @query('#panel') private panel?: HTMLElement;
  @query('slot[name="item"]') private itemSlot?: HTMLSlotElement;

  /** Whether the menu is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Where the menu opens relative to the button before flipping or shifting (Floating UI placement). */
  @property() placement: Placement = 'bottom-end';

  @state() private viewer?: Viewer;
  @state() private viewerState: 'loading' | 'ready' | 'failed' = 'loading';
  /** Why the viewer couldn't be loaded last time; kept while trying again. */
  @state() private viewerError?: InviteKitError;
  @state() private hostItemCount = 0;
  @state() private dialogWanted = false;
  private focusOnOpen: 'first' | 'last' = 'first';
  /** Whether the person moved within the menu since it opened (so focus is theirs, not where opening put it). */
  private movedSinceOpen = false;

  /** Every item in menu order: the kit's own, then the host's. */
  private get items(): HTMLElement[] {
    const own = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const slotted = (this.itemSlot?.assignedElements({ flatten: true }) ?? []) as HTMLElement[];
    return [...own, ...slotted.filter((item) => item.getAttribute('role') === 'menuitem' && !item.hidden)];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.viewerState === 'loading') void this.loadViewer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.handleDocumentPointerDown, true);
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('client') || changed.has('providedClient') || changed.has('providedViewer')) {
      void this.loadViewer();
    }
  }

  protected override updated(changed: PropertyValues): void {
    // The viewer arriving while the menu is open replaces its placeholder item; keep focus in the menu.
    // Failing to arrive brings focus to the item that tries again (described by the reason), unless the person moved on.
    if (
      this.open &&
      changed.has('viewerState') &&
      (!this.items.includes(deepActiveElement() as HTMLElement) || (this.viewerState === 'failed' && !this.movedSinceOpen))
    ) {
      this.navigation.focusFirst();
    }
    if (!changed.has('open') || !this.panel || !this.button) return;
    if (this.open) {
      this.movedSinceOpen = false;
      if (!this.panel.matches(':popover-open')) this.panel.showPopover();
      this.positioner.start(this.button, this.panel, this.placement);
      document.addEventListener('pointerdown', this.handleDocumentPointerDown, true);
      if (this.focusOnOpen === 'last') this.navigation.focusLast();
      else this.navigation.focusFirst();
    } else {
      this.positioner.stop();
      if (this.panel.matches(':popover-open')) this.panel.hidePopover();
      document.removeEventListener('pointerdown', this.handleDocumentPointerDown, true);
    }
  }

  private async loadViewer(): Promise<void> {
    if (this.viewerState !== 'ready') this.viewerState = 'loading';
    const outcome = await this.requests.run('viewer', (signal) => this.resolveViewer(signal));
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      this.viewerError = outcome.error;
      this.viewerState = 'failed';
      return;
    }
    this.viewer = outcome.value;
    this.viewerError = undefined;
    this.viewerState = 'ready';
  }

  private readonly handleButtonClick = () => {
    if (this.open) this.close(true);
    else this.show('first');
  };

  /** The menu's positioning code on its way as the pointer or focus reaches the button. */
  private readonly handleButtonPreload = () => {
    this.positioner.preload();
  };

  private readonly handleButtonKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.show(event.key === 'ArrowUp' ? 'last' : 'first');
  };

  private readonly handleMenuKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    }
    // Tab leaves the menu the way it would leave any widget; the menu closes behind it.
    if (event.key === 'Tab') return this.close(false);
    if (this.navigation.handleKey(event)) {
      event.preventDefault();
      this.movedSinceOpen = true;
    }
  };

  private readonly handleMenuClick = (event: MouseEvent) => {
    const items = this.items;
    const item = event.composedPath().find((node): node is HTMLElement => items.includes(node as HTMLElement));
    if (!item || item.getAttribute('aria-disabled') === 'true') return;
    if (item.id === 'retry-item') return void this.loadViewer();
    const value = item.getAttribute('value') ?? item.dataset.value ?? (item.textContent ?? '').trim();
    const proceed = this.emit('invite-profile-menu-select', { value, item }, { cancelable: true });
    this.close(true);
    if (value === INVITE_VALUE && item.id === 'invite-item' && proceed) void this.openInviteDialog();
  };

  /** The pointer or focus on "Invite Internal User": start fetching the dialog, so it is there by the click. */
  private readonly handleInvitePreload = () => {
    loadInviteDialog().catch(() => {
      // Fetched again when chosen; that attempt reports the failure.
    });
  };

  private readonly handleDocumentPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  private readonly handleFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    // Only focus that really went elsewhere closes the menu; a click on the panel's padding moves focus nowhere.
    if (this.open && next && next !== this && !this.contains(next) && !this.renderRoot.contains(next)) this.close(false);
  };

  private readonly handleSlotChange = () => {
    const slotted = (this.itemSlot?.assignedElements({ flatten: true }) ?? []) as HTMLElement[];
    for (const item of slotted) {
      if (item.getAttribute('role') === 'separator') continue;
      if (!item.hasAttribute('role')) item.setAttribute('role', 'menuitem');
      // Focus moves between items with the arrow keys; one Tab stop is the button.
      item.tabIndex = -1;
    }
    this.hostItemCount = slotted.filter((item) => item.getAttribute('role') === 'menuitem').length;
  };

  /** Opens the menu and focuses its first (or last) item. */
  show(focus: 'first' | 'last' = 'first'): void {
    this.focusOnOpen = focus;
    if (this.viewerState === 'failed') void this.loadViewer();
    this.open = true;
  }

  /** Closes the menu, optionally giving focus back to the profile button. */
  close(returnFocus = true): void {
    this.open = false;
    if (returnFocus) this.button?.focus();
  }

  /** Opens the "Invite Internal User" dialog, as choosing the item does. */
  async openInviteDialog(): Promise<void> {
    await loadInviteDialog();
    this.dialogWanted = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<InviteUserDialog>('invite-user-dialog');
    await dialog?.updateComplete;
    await dialog?.show();
  }

  protected override render(): TemplateResult {
    const name = this.viewer?.fullName;
    // While a failure shows (and while trying again after one), the panel says why instead of who.
    const failed = this.viewerState !== 'ready' ? this.viewerError : undefined;
    const viewer = failed ? undefined : this.viewer;
    // The menu's name carries the viewer's address too: on screen a long one is cut off.
    const menuLabel = viewer?.email || viewer?.phone ? 'button viewer-email' : 'button';
    return html`
      <button
        type="button"
        id="button"
        part="button"
        class="profile-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${this.handleButtonClick}
        @keydown=${this.handleButtonKeydown}
        @pointerenter=${this.handleButtonPreload}
        @focus=${this.handleButtonPreload}
      >
        ${this.renderAvatar('avatar')}
        <span class="visually-hidden" id="button-label">${name ? this.t('profileMenu.buttonFor', { name }) : this.t('profileMenu.button')}</span>
        <svg part="caret" class="caret" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
      <div id="panel" part="panel" class="panel" popover="manual" @focusout=${this.handleFocusOut}>
        ${failed ? this.renderViewerError(failed) : viewer ? this.renderViewer(viewer) : nothing}
        <div
          id="menu"
          part="menu"
          class="menu"
          role="menu"
          aria-labelledby=${menuLabel}
          @keydown=${this.handleMenuKeydown}
          @click=${this.handleMenuClick}
        >
          ${this.renderOwnItems()}
          <slot name="item" @slotchange=${this.handleSlotChange}></slot>
        </div>
      </div>
      ${
        this.dialogWanted
          ? html`<invite-user-dialog exportparts=${dialogExportParts} .client=${this.client}></invite-user-dialog>`
          : nothing
      }
    `;
  }

  private renderAvatar(size: 'avatar' | 'avatar-large'): TemplateResult {
    const part = size === 'avatar' ? 'avatar' : 'viewer-avatar';
    const viewer = this.viewer;
    if (viewer) {
      return avatar({
        name: viewer.fullName,
        url: viewer.avatarUrl,
        locale: this.localize.locale,
        part,
        imagePart: 'avatar-image',
        className: size,
      });
    }
    return html`<span part=${part} class="avatar ${size}" aria-hidden="true">
      <svg viewBox="0 0 24 24" width="60%" height="60%"><circle cx="12" cy="8" r="4" fill="currentColor" /><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="currentColor" /></svg>
    </span>`;
  }

  private renderViewer(viewer: Viewer): TemplateResult {
    const contact = viewer.email || viewer.phone;
    return html`<div part="viewer" class="viewer">
      ${this.renderAvatar('avatar-large')}
      <div class="viewer-text">
        <div part="viewer-name" class="viewer-name truncate" title=${viewer.fullName}>${viewer.fullName}</div>
        ${contact ? html`<div part="viewer-email" class="viewer-email truncate" id="viewer-email" title=${contact}>${contact}</div>` : nothing}
        ${viewer.isPortalAdmin ? html`<span part="badge" class="badge">${this.t('profileMenu.portalAdmin')}</span>` : nothing}
      </div>
    </div>`;
  }

  /**
   * Why the viewer couldn't be loaded ("Loading your profile…" while trying again): outside the
   * menu, a polite live region, and the description of the item that tries again.
   */
  private renderViewerError(error: InviteKitError): TemplateResult {
    const retrying = this.viewerState === 'loading';
    return html`<div part="viewer-error" class="viewer-error ${retrying ? 'viewer-error--retrying' : ''}" id="viewer-error" role="status">
      ${
        retrying
          ? html`<span class="spinner" aria-hidden="true"></span>`
          : html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M12 3 2 20h20L12 3zM12 10v4M12 17v.5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
          </svg>`
      }
      <span>${retrying ? this.t('profileMenu.loading') : this.describeError(error)}</span>
    </div>`;
  }

  private renderOwnItems(): TemplateResult | typeof nothing {
    if (this.viewerState === 'ready' && this.viewer?.isPortalAdmin) {
      return html`<button type="button" role="menuitem" id="invite-item" part="menu-item invite-item" class="menu-item" tabindex="-1" value=${INVITE_VALUE}
        @pointerenter=${this.handleInvitePreload} @focus=${this.handleInvitePreload}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M15 19c0-3-2.7-5-6-5s-6 2-6 5M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7M19 8v6M16 11h6" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
        </svg>
        ${this.t('profileMenu.inviteInternalUser')}
      </button>`;
    }
    if (this.viewerState !== 'ready' && this.viewerError) {
      // Stays while trying again (unavailable meanwhile), so focus and the key press that chose it stay on it.
      return html`<button
        type="button"
        role="menuitem"
        id="retry-item"
        part="menu-item retry-item"
        class="menu-item"
        tabindex="-1"
        aria-disabled=${this.viewerState === 'loading' ? 'true' : 'false'}
        aria-describedby="viewer-error"
      >
        ${this.t('profileMenu.loadFailed')}
      </button>`;
    }
    if (this.hostItemCount > 0) return nothing;
    // A menu needs an item; say why there is nothing to choose rather than open an empty box.
    const key = this.viewerState === 'loading' ? 'profileMenu.loading' : 'profileMenu.noActions';
    return html`<div role="menuitem" part="menu-item" class="menu-item" tabindex="-1" aria-disabled="true">${this.t(key)}</div>`;
  }
}
