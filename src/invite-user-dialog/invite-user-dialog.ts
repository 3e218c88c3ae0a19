import { html, nothing } from 'lit';
import { InviteKitError } from '../client/errors.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { loadDependency } from '../internal/define.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { ModalController, closeButton } from '../internal/modal-controller.js';
import { InviteUserForm } from '../invite-user-form/invite-user-form.js';
import { baseStyles } from '../styles/base.js';
import { modalStyles } from '../styles/modal.js';
import { formExportParts, linkExportParts } from './exported-parts.js';
import { styles } from './invite-user-dialog.styles.js';
import './invite-user-dialog.messages.js';

export type InviteDialogTab = 'invite' | 'share-link';

const TABS: InviteDialogTab[] = ['invite', 'share-link'];

/**
 * The "Invite Internal User" pop-up: a modal with two tabs, "Invite" (`<invite-user-form>`)
 * and "Share Invite Link" (`<share-invite-link>`). Built on the native `<dialog>`: it sits in
 * the top layer, the page behind it is inert, Escape closes it, and focus goes back to
 * whatever opened it. What was typed and not sent survives closing and reopening.
 *
 * It fits every viewport: its height stays the same whichever tab shows (the tab's content
 * scrolls inside, under a header that stays), and the form's "Send Invitation" is always in
 * view.
 *
 * Register it with `import 'invite-kit/invite-user-dialog'` (or `InviteUserDialog.define(tag)`),
 * which registers the form inside it as well; `<share-invite-link>` is loaded and registered
 * the first time its tab is shown (most invitations never open it, so most pages never
 * download it).
 *
 * @tag invite-user-dialog
 * @summary The modal for inviting one internal user or sharing the portal's invite link.
 *
 * @keyboard Tab / Shift+Tab - Move through the dialog only (the page behind is inert); the two tabs are one tab stop.
 * @keyboard ← / → on the tabs - The other tab (mirrored right to left); Home / End the first / last. A tab shows as soon as it has focus.
 * @keyboard Escape - Closes the dialog; focus goes back to whatever opened it. What was typed and not sent stays for next time.
 *
 * @slot footer - Content under the tabs (a link to the Admin Portal, say).
 * @slot forbidden - Replaces the explanation shown to viewers who may not invite internal users.
 *
 * @fires invite-dialog-open - When the dialog has opened (detail: `tab`).
 * @fires invite-dialog-close - When the dialog has closed (detail: `reason`).
 * @fires invite-before-send - From the form, before sending; cancelable.
 * @fires invite-sent - From the form, once the invitation was accepted.
 * @fires invite-link-copied - From the link tab, when the link was copied.
 * @fires invite-link-refreshed - From the link tab, when a new link replaced the old one.
 *
 * @csspart base - The native `<dialog>`.
 * @csspart header - The row with the title and the close button.
 * @csspart title - The title.
 * @csspart close-button - The close button.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab (also `tab-invite`, `tab-share-link`).
 * @csspart body - The scrolling area holding the panels.
 * @csspart panel - Each tab panel.
 * @csspart form-* - The parts of the inner `<invite-user-form>` (`form-input`, `form-submit-button`, …).
 * @csspart link-* - The parts of the inner `<share-invite-link>` (`link-copy-button`, …).
 *
 * @cssprop [--invite-kit-dialog-width=36rem] - The dialog's width on wide screens.
 * @cssprop [--invite-kit-dialog-height=44rem] - The dialog's height (the same for both tabs), capped by the viewport.
 */
export class InviteUserDialog extends InviteKitElement {
  static override styles = [baseStyles, modalStyles, styles];
  static override readonly dependencies = { 'invite-user-form': InviteUserForm };
  /** None of its own: the form and the link tab call the client. */
  static override readonly clientOperations = [] as const;

  private readonly modal = new ModalController(this, {
    dialog: () => this.dialog,
    onOpen: () => this.handleOpened(),
    onClose: (reason) => this.handleClosed(reason),
  });

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('invite-user-form') private form?: InviteUserForm;

  /** Whether the dialog is showing. Setting it opens or closes the dialog. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The tab showing: `invite` or `share-link`. */
  @property({ reflect: true }) tab: InviteDialogTab = 'invite';

  /** The title; defaults to "Invite Internal User". */
  @property() heading?: string;

  /** The link tab loads its link the first time it is shown, not with every page that holds the dialog. */
  @state() private linkTabShown = false;

  /** `<share-invite-link>` is being loaded (first showing of its tab), has loaded, or could not be. */
  @state() private linkElement: 'loading' | 'ready' | 'failed' = 'loading';
  private linkElementLoad?: Promise<void>;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.tab !== 'invite' && this.tab !== 'share-link') this.tab = 'invite';
    if (this.open && this.tab === 'share-link') this.linkTabShown = true;
    if (this.linkTabShown) this.loadLinkElement();
  }

  private loadLinkElement(): void {
    if (this.linkElementLoad || this.linkElement === 'ready') return;
    // Registered already (the drop-in bundle, or a host that imported it): nothing to wait for.
    this.linkElement = customElements.get('share-invite-link') ? 'ready' : 'loading';
    this.linkElementLoad = loadDependency('share-invite-link', () =>
      import('../share-invite-link/share-invite-link.js').then((module) => module.ShareInviteLink),
    ).then(
      () => {
        this.linkElement = 'ready';
      },
      () => {
        this.linkElement = 'failed';
        this.linkElementLoad = undefined;
      },
    );
  }

  /** Also waits for the link tab's element when it is loading, so that after `updateComplete` the tab is there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.linkElementLoad) return complete;
    await this.linkElementLoad;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open')) return;
    if (this.open) this.modal.open();
    else this.modal.close();
  }

  private handleOpened(): void {
    this.focusCurrentTab();
    if (this.tab === 'invite') this.form?.focus();
    this.emit('invite-dialog-open', { tab: this.tab });
  }

  /** Every way of closing ends here: Escape, the close button, `hide()` and `open = false`. */
  private handleClosed(reason: 'escape' | 'close-button' | 'method'): void {
    this.open = false;
    // A sent invitation is finished: the next opening starts with an empty form.
    if (this.form?.status === 'sent') this.form.reset();
    this.emit('invite-dialog-close', { reason });
  }

  private readonly handleTabKeydown = (event: KeyboardEvent) => {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const index = TABS.indexOf(this.tab);
    const moves: Record<string, number> = {
      ArrowRight: rtl ? index - 1 : index + 1,
      ArrowLeft: rtl ? index + 1 : index - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.selectTab(TABS[(next + TABS.length) % TABS.length]!, true);
  };

  private async selectTab(tab: InviteDialogTab, focus: boolean): Promise<void> {
    this.tab = tab;
    await this.updateComplete;
    if (focus) this.focusCurrentTab();
  }

  private focusCurrentTab(): void {
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
  }

  /** Opens the dialog; resolves once it is showing. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog (the draft is kept); resolves once the close is under way. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  protected override render(): TemplateResult {
    return html`
      <dialog part="base" class="modal dialog" aria-labelledby="title" @cancel=${this.modal.handleCancel} @close=${this.modal.handleClose}>
        <div part="header" class="modal-header header">
          <h2 part="title" class="modal-title title" id="title">${this.heading ?? this.t('inviteDialog.title')}</h2>
          ${this.renderDemoBadge()} ${closeButton(this.t('common.close'), this.modal.handleCloseButton)}
        </div>
        <div part="tabs" class="tabs" role="tablist" aria-label=${this.t('inviteDialog.tabs')} @keydown=${this.handleTabKeydown}>
          ${TABS.map((tab) => this.renderTab(tab))}
        </div>
        <div part="body" class="modal-body body">
          <div part="panel" class="panel" role="tabpanel" id="panel-invite" aria-labelledby="tab-invite" ?hidden=${this.tab !== 'invite'}>
            <invite-user-form exportparts=${formExportParts} .client=${this.client} .errorDescriber=${this.errorDescriber}>
              <slot name="forbidden" slot="forbidden"></slot>
            </invite-user-form>
          </div>
          <div
            part="panel"
            class="panel"
            role="tabpanel"
            id="panel-share-link"
            aria-labelledby="tab-share-link"
            ?hidden=${this.tab !== 'share-link'}
          >
            ${this.linkTabShown ? this.renderLinkTab() : nothing}
          </div>
          <slot name="footer"></slot>
        </div>
      </dialog>
    `;
  }

  private renderLinkTab(): TemplateResult {
    if (this.linkElement === 'failed') {
      return this.renderErrorAlert(new InviteKitError('network', 'The Share Invite Link tab could not be loaded.'), {
        onRetry: () => this.loadLinkElement(),
      });
    }
    return html`${this.linkElement === 'loading' ? this.renderLoadingStatus() : nothing}<share-invite-link
        exportparts=${linkExportParts}
        hide-heading
        heading-level="3"
        .client=${this.client}
        .errorDescriber=${this.errorDescriber}
      ></share-invite-link>`;
  }

  private renderTab(tab: InviteDialogTab): TemplateResult {
    const selected = this.tab === tab;
    return html`<button
      type="button"
      role="tab"
      part="tab tab-${tab}"
      class="tab"
      id="tab-${tab}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel-${tab}"
      tabindex=${selected ? '0' : '-1'}
      @click=${() => this.selectTab(tab, false)}
    >
      ${this.t(`inviteDialog.tab.${tab}`)}
    </button>`;
  }
}
