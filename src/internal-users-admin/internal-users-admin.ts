import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Capabilities, Viewer } from '../client/types.js';
import { AccessController } from '../internal/access-controller.js';
import { AnnouncerController } from '../internal/announcer.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { LazyElementController, lazyTexts } from '../internal/lazy-element.js';
import type { LazyElementOptions } from '../internal/lazy-element.js';
import { ModalController } from '../internal/modal-controller.js';
import type { InviteSentEvent } from '../invite-user-form/events.js';
import type { InviteUserForm } from '../invite-user-form/invite-user-form.js';
import { ResendInviteButton } from '../resend-invite-button/resend-invite-button.js';
import { baseStyles } from '../styles/base.js';
import { modalStyles } from '../styles/modal.js';
import { focusCopyWhenLoaded, renderAdminDialog } from './admin-dialog.js';
import type { InternalUsersAdminView } from './admin-dialog.js';
import { BulkInviteLoader } from './bulk-invite-loader.js';
import { adminChunks } from './lazy-pieces.js';
import type {} from './events.js';
import { styles } from './internal-users-admin.styles.js';
import { internalUsersAdminMessages } from './internal-users-admin.messages.js';
import { TableFitController } from '../internal/table-fit-controller.js';
import { UsersListController } from './users-list-controller.js';
import { renderSearch, renderUsers } from './users-table.js';
import type { UsersTableContext } from './users-table.js';

export type { InternalUsersAdminView } from './admin-dialog.js';

/**
 * The Admin Portal's "Internal Users" page: every internal user with their status and last
 * invitation, and the ways to invite more — "Invite" (one person, with "+ Advanced Options"
 * for the Administrator switch), "Bulk Invite" (many from one paste) and "Share Invite Link"
 * for clients. Only portal admins see any of it.
 *
 * Register it with `import 'invite-kit/internal-users-admin/define.js'`, which registers the
 * kit element its rows hold as well (`<resend-invite-button>`). What its dialogs show — the Invite
 * form (`<invite-user-form>`), `<share-invite-link>` and the Bulk Invite code — is fetched the first
 * time it is wanted — when its button is pointed at, focused or chosen — so a page where nobody opens
 * them never downloads it; `updateComplete` waits for it while it is on its way.
 *
 * @tag internal-users-admin
 * @summary The Admin Portal's Internal Users: the list, Invite, Bulk Invite and the client invite link.
 *
 * @slot forbidden - Replaces the explanation shown to viewers who are not portal admins.
 *
 * @fires invite-sent - From the invite form, once an internal user was invited (detail: `input`, `result`).
 * @fires invite-before-send - From the invite form, before sending; cancelable.
 * @fires bulk-invite-before-send - Before a bulk send; cancelable (detail: `invitations`).
 * @fires bulk-invite-sent - After a bulk send finished (detail: `sent`, `failed`, `alreadyInPortal`).
 * @fires invite-resent - From a row's "Resend Invitation", once the invitation went out again.
 * @fires invite-link-copied - From "Share Invite Link", when the link was copied.
 * @fires invite-link-refreshed - From "Share Invite Link", when a new link replaced the old one.
 *
 * @csspart base - The page section.
 * @csspart header - The title row.
 * @csspart title - "Internal Users".
 * @csspart actions - The invite buttons.
 * @csspart invite-button - "Invite".
 * @csspart bulk-invite-button - "Bulk Invite".
 * @csspart share-link-button - "Share Invite Link".
 * @csspart forbidden - The "only admins" notice.
 * @csspart forbidden-retry-button - "Try again" in that notice (also a `retry-button`): checks again, for a session renewed meanwhile.
 * @csspart alert - Errors.
 * @csspart retry-button - "Try again".
 * @csspart status - Loading lines.
 * @csspart toolbar - Search and count.
 * @csspart search - The search field.
 * @csspart search-input - Its input.
 * @csspart field - A field's wrapper (the paste box of Bulk Invite).
 * @csspart label - Labels.
 * @csspart input - Inputs.
 * @csspart hint - Help text.
 * @csspart count - How many users are shown.
 * @csspart table-wrapper - The scrolling box of a table.
 * @csspart table - The users table.
 * @csspart table-head - Its header.
 * @csspart column-header - A column header.
 * @csspart sort-button - A sortable column's button.
 * @csspart row - A user.
 * @csspart cell - A cell.
 * @csspart name-cell - The name cell.
 * @csspart avatar - Initials or picture.
 * @csspart name - The name.
 * @csspart you-badge - "You".
 * @csspart administrator-badge - "Administrator".
 * @csspart contact - Email or phone.
 * @csspart user-id - The User ID.
 * @csspart status-badge - "Active", "Invited" or "Invitation expired".
 * @csspart last-invitation - When the last invitation went out.
 * @csspart actions-cell - The row's actions.
 * @csspart resend-* - The parts of each row's `<resend-invite-button>` (`resend-button`, `resend-status`, `resend-error`, …).
 * @csspart empty - Empty and no-match notices.
 * @csspart clear-search-button - "Clear search".
 * @csspart pager - The page controls.
 * @csspart range - "Showing 1–50 of …".
 * @csspart page-status - "Page 1 of …".
 * @csspart previous-button - "Previous".
 * @csspart next-button - "Next".
 * @csspart dialog - The native `<dialog>`.
 * @csspart dialog-header - Its title row.
 * @csspart dialog-title - Its title.
 * @csspart close-button - Its close button.
 * @csspart dialog-body - Its content.
 * @csspart form-* - The parts of the inner `<invite-user-form>` (`form-input`, `form-advanced-toggle`, `form-administrator-switch`, …).
 * @csspart link-* - The parts of the inner `<share-invite-link>` (`link-copy-button`, …).
 * @csspart link-note - The note for clients under the link.
 * @csspart bulk - The bulk invite.
 * @csspart paste-field - The paste box's field.
 * @csspart paste-input - The paste box.
 * @csspart add-rows-button - "Add to the list".
 * @csspart add-row-button - "Add a row".
 * @csspart bulk-summary - How many rows are in each state.
 * @csspart bulk-table-wrapper - The rows' scrolling box.
 * @csspart bulk-table - The rows.
 * @csspart bulk-row - One row.
 * @csspart bulk-row-number - Its number.
 * @csspart bulk-cell - A field's cell.
 * @csspart bulk-input - A field.
 * @csspart administrator-checkbox - A row's Administrator checkbox.
 * @csspart bulk-status-cell - A row's status cell.
 * @csspart bulk-status - A row's status badge.
 * @csspart bulk-note - A line under the status.
 * @csspart bulk-failure - Why a row failed.
 * @csspart error - A field's problem.
 * @csspart remove-row-button - Removes a row.
 * @csspart bulk-empty - Shown before any row.
 * @csspart bulk-result - The outcome of a send.
 * @csspart footer - The buttons under the rows.
 * @csspart bulk-footer - The same.
 * @csspart send-button - "Send N Invitations".
 * @csspart retry-failed-button - "Retry N Failed".
 * @csspart clear-sent-button - "Remove Sent Rows".
 *
 * @cssprop [--invite-kit-internal-users-admin-dialog-width=36rem] - Width of the Invite and Share Invite Link dialogs.
 * @cssprop [--invite-kit-internal-users-admin-bulk-dialog-width=72rem] - Width of the Bulk Invite dialog.
 * @cssprop [--invite-kit-internal-users-admin-row-hover=var(--invite-kit-color-surface-sunken)] - A user row's background on hover.
 */
export class InternalUsersAdmin extends InviteKitElement {
  // The Bulk Invite editor's styles come with its code (bulk-invite-loader.ts adopts them).
  static override styles = [baseStyles, modalStyles, styles];
  // <invite-user-form> and <share-invite-link> are not dependencies: fetched when their dialog is first wanted (./lazy-pieces.ts).
  static override readonly dependencies = {
    'resend-invite-button': ResendInviteButton,
  };
  /** The English messages (keys for translations and `overrideMessages`). */
  static readonly messages = internalUsersAdminMessages;
  /**
   * The access check (the viewer), the list of internal users, and Bulk Invite's invitations.
   * The invite form, the link and each row's resend button list their own.
   */
  static override readonly clientOperations = ['getViewer', 'listInternalUsers', 'inviteInternalUser'] as const;

  private readonly announcer = new AnnouncerController(this);

  private readonly access = new AccessController(this, {
    check: async (signal) => {
      this.viewer = await this.resolveViewer(signal);
      this.capabilities = (await this.resolveClient()).capabilities;
      return this.viewer.isPortalAdmin;
    },
    onAllowed: () => this.list.load(),
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>(this.list.status === 'ready' ? '#search' : '[part~="retry-button"]'),
    announcer: this.announcer,
  });

  private readonly list = new UsersListController(this, {
    resolveClient: () => this.resolveClient(),
    // A load interrupted by leaving the page runs again on return.
    run: (key, request) => this.requests.run(key, request, { resume: () => void this.list.load() }),
    portalChanged: () => this.bulk.portalChanged(),
    // A list that answers "permission" means the viewer lost admin rights since the check.
    refused: (error) => this.access.refuse(error),
  });

  private readonly modal = new ModalController(this, {
    dialog: () => this.dialog,
    onOpen: () => void this.focusDialog(this.view),
    onClose: () => this.handleDialogClosed(),
  });

  private readonly bulk = new BulkInviteLoader(
    this,
    {
      resolveClient: () => this.resolveClient(),
      run: (key, request) => this.requests.run(key, request),
      describeError: (error) => this.describeError(error),
      beforeSend: (invitations) => this.emit('bulk-invite-before-send', { invitations }, { cancelable: true }),
      sent: (detail) => {
        this.emit('bulk-invite-sent', detail);
        if (detail.sent.length) this.list.reloadSoon();
      },
    },
    {
      t: (key, params) => this.t(key, params),
      message: (text, params) => this.message(text, params),
      locale: () => this.localize.locale,
      announce: (text) => this.announcer.announce(text),
      isShowing: () => this.view === 'bulk-invite' && Boolean(this.dialog?.open),
    },
  );

  /** The Invite form's code, fetched as "Invite" is pointed at, focused or chosen. */
  private readonly formCode = this.dialogCode('invite', {
    tag: 'invite-user-form',
    load: () => adminChunks.inviteForm(),
    focusIn: () => void this.updateComplete.then(() => this.form?.focus()),
  });

  /** Share Invite Link's code, fetched as its button is pointed at, focused or chosen. */
  private readonly linkCode = this.dialogCode('share-link', {
    tag: 'share-invite-link',
    load: () => adminChunks.shareLink(),
    focusIn: () => void focusCopyWhenLoaded(this.renderRoot, () => this.view === 'share-link'),
  });

  private readonly fit = new TableFitController(this, () => [this.list.page, this.localize.locale]);

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('invite-user-form') private form?: InviteUserForm;

  /** The heading; defaults to "Internal Users". */
  @property() heading?: string;

  /** The heading's level in the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** How many users a page of the list holds (1–500). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Seconds before the same person can be sent another invitation from the list. */
  @property({ type: Number, attribute: 'resend-cooldown' }) resendCooldown = 60;

  /** The dialog that is open: `invite`, `bulk-invite` or `share-link`; none when unset. Setting it opens that dialog. */
  @property({ reflect: true }) view?: InternalUsersAdminView;

  @state() private viewer?: Viewer;
  @state() private capabilities?: Capabilities;
  /** The dialog's content is kept once shown, so an unsent invitation survives closing. */
  @state() private shown = new Set<InternalUsersAdminView>();
  private dialogRendered = false;

  constructor() {
    super();
    // The Invite dialog's form sends from inside; Bulk Invite's check must know whom it invited.
    this.addEventListener('invite-sent', this.handleInviteSent);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pageSize')) this.list.pageSize = Math.min(500, Math.max(1, Math.floor(this.pageSize) || 50));
    if (!this.hasUpdated || changed.has('client') || changed.has('providedClient') || changed.has('providedViewer'))
      void this.access.check();
    else if (changed.has('pageSize')) this.list.goTo(0);
    if (this.view && !this.isViewAvailable(this.view)) this.view = undefined;
    if (this.view && !this.shown.has(this.view)) this.shown = new Set([...this.shown, this.view]);
    // On opening only: a failed fetch is tried again when asked ("Try again", opening it again), not on every update.
    if (changed.has('view') && this.view === 'bulk-invite') void this.bulk.load();
    if (changed.has('view') && this.view === 'invite') void this.formCode.load();
    if (changed.has('view') && this.view === 'share-link') void this.linkCode.load();
  }

  /** Also waits for a dialog's code while it is on its way, so that after `updateComplete` its panel is there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const loading = this.bulk.pending ?? this.formCode.pending ?? this.linkCode.pending;
    if (!loading) return complete;
    await loading;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues): void {
    // The dialog is rendered only once access is granted, so it may open an update after `view` was set.
    const rendered = this.dialog !== null && this.dialog !== undefined;
    const appeared = rendered !== this.dialogRendered;
    this.dialogRendered = rendered;
    if (!changed.has('view') && !appeared) return;
    if (this.view) this.modal.open();
    else this.modal.close();
  }

  private isViewAvailable(view: InternalUsersAdminView): boolean {
    if (!this.access.allowed) return false;
    return view !== 'bulk-invite' || Boolean(this.capabilities?.bulkInvite);
  }

  /** What shows: the refusal stays while "Try again" checks (and loads the list), so focus stays on it. */
  private get isForbidden(): boolean {
    return this.access.state === 'forbidden' || this.access.rechecking;
  }

  /** A dialog's code, fetched when first wanted; once it is here, focus goes in (`focusIn`) if that dialog still shows. */
  private dialogCode(view: InternalUsersAdminView, code: Pick<LazyElementOptions, 'tag' | 'load'> & { focusIn(): void }) {
    return new LazyElementController(this, {
      tag: code.tag,
      load: code.load,
      ...lazyTexts((key) => this.t(key)),
      root: () => this.dialog,
      focusReady: () => {
        if (this.view === view && this.dialog?.open) code.focusIn();
      },
    });
  }

  private async focusDialog(view: InternalUsersAdminView | undefined): Promise<void> {
    const title = () => this.renderRoot.querySelector<HTMLElement>('#dialog-title')?.focus();
    // A dialog whose code is on its way opens at once, its title holding focus until the code is here.
    if (view === 'invite') return this.formCode.focusWhenReady() ? this.form?.focus() : title();
    if (view === 'bulk-invite') return this.bulk.focusStart();
    if (!this.linkCode.focusWhenReady()) return title();
    await focusCopyWhenLoaded(this.renderRoot, () => this.view === 'share-link');
  }

  /** Every way of closing ends here: Escape, the close button, `hide()` and `view = undefined`. */
  private handleDialogClosed(): void {
    this.view = undefined;
    // A sent invitation is finished: the next "Invite" starts with an empty form.
    if (this.form?.status === 'sent') this.form.reset();
  }

  private readonly handleChangedByAction = () => this.list.reloadSoon();

  private readonly handleInviteSent = (event: InviteSentEvent) => this.bulk.learnInvited(event.detail.result.user);

  private readonly handleRetryAccess = () => void this.access.check();

  /** Opens one of the dialogs ("Invite", "Bulk Invite", "Share Invite Link"); resolves once it shows. */
  async show(view: InternalUsersAdminView): Promise<void> {
    this.view = view;
    await this.updateComplete;
  }

  /** Closes the open dialog; whatever was typed stays for next time. */
  async hide(): Promise<void> {
    this.view = undefined;
    await this.updateComplete;
  }

  /** Loads the list again (after the host changed users elsewhere, say). */
  async reload(): Promise<void> {
    if (this.access.allowed) await this.list.load();
  }

  protected override render(): TemplateResult {
    const allowed = this.access.allowed && !this.isForbidden;
    return html`<section part="base" class="base" aria-labelledby="title">
        <div part="header" class="header">
          <div part="title" class="title" id="title" role="heading" aria-level=${this.headingLevel}>${this.heading ?? this.t('usersAdmin.title')}</div>
          ${allowed ? this.renderActions() : nothing}
        </div>
        ${this.renderBody()} ${this.announcer.render()}
      </section>
      ${
        allowed
          ? renderAdminDialog({
              t: this.t.bind(this),
              view: this.view,
              shown: this.shown,
              ...(this.client ? { client: this.client } : {}),
              bulk: () => this.bulk.render(),
              formCode: this.formCode,
              linkCode: this.linkCode,
              modal: this.modal,
              onInviteSent: this.handleChangedByAction,
            })
          : nothing
      }`;
  }

  private renderActions(): TemplateResult {
    const button = (view: InternalUsersAdminView, part: string, label: string, primary = false, preload?: () => void) =>
      html`<button type="button" part=${part} class="button ${primary ? 'button--primary' : ''}" aria-haspopup="dialog" @click=${() => this.show(view)} @pointerenter=${preload} @focus=${preload}>${label}</button>`;
    // Each dialog's code starts on its way as the pointer or focus reaches its button, so the click rarely waits.
    return html`<div part="actions" class="actions" role="group" aria-label=${this.t('usersAdmin.actions')}>
      ${button('share-link', 'share-link-button', this.t('usersAdmin.shareLink'), false, this.linkCode.load)}
      ${this.capabilities?.bulkInvite ? button('bulk-invite', 'bulk-invite-button', this.t('usersAdmin.bulkInvite'), false, this.bulk.load) : nothing}
      ${button('invite', 'invite-button', this.t('usersAdmin.invite'), true, this.formCode.load)}
    </div>`;
  }

  private renderBody(): TemplateResult {
    if (this.isForbidden) {
      // A rule (not a portal admin) gets no "Try again": only the backend's refusal may change on a retry.
      return this.access.renderForbidden({
        part: 'forbidden',
        title: this.t('usersAdmin.forbiddenTitle'),
        text: this.t('usersAdmin.forbidden'),
        slot: true,
        retryLabel: this.t('common.retry'),
        checkingText: this.t('usersAdmin.checking'),
      });
    }
    if (this.access.state === 'checking') return this.renderLoadingStatus(this.t('usersAdmin.checking'));
    if (this.access.state === 'failed') {
      return this.renderErrorAlert(this.access.error!, {
        sentence: (reason) => this.t('usersAdmin.accessFailed', { reason }),
        onRetry: this.handleRetryAccess,
      });
    }
    const ctx = this.tableContext();
    return html`${renderSearch(ctx)}<div class="users" @invite-resent=${this.handleChangedByAction}>${renderUsers(ctx)}</div>`;
  }

  private tableContext(): UsersTableContext {
    return {
      t: this.t.bind(this),
      relativeTime: (date) => this.localize.relativeTime(date),
      locale: this.localize.locale,
      dateTime: (date) => this.localize.dateTime(date),
      list: this.list,
      ...(this.viewer ? { viewerId: this.viewer.id } : {}),
      ...(this.client ? { client: this.client } : {}),
      resendCooldown: this.resendCooldown,
      now: Date.now(),
      layout: this.fit.narrow ? 'cards' : 'table',
      errorAlert: (sentence) =>
        this.renderErrorAlert(this.list.error!, {
          sentence: (reason) => this.t(sentence, { reason }),
          onRetry: () => void this.list.load(),
        }),
      onSearchInput: (event) => this.list.search((event.target as HTMLInputElement).value),
      onSearchKeydown: (event) => {
        if (event.key === 'Enter') this.list.search((event.target as HTMLInputElement).value, true);
      },
      onClearSearch: async () => {
        this.list.search('', true);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
      },
      onSort: (sort) => this.list.sortBy(sort),
      onPage: (offset) => this.list.goTo(offset),
    };
  }
}
