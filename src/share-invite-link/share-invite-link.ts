import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { Capabilities, ChangeEvent, InviteLink } from '../client/types.js';
import { newIdempotencyKey } from '../internal/idempotency.js';
import { forbiddenNotice } from '../internal/forbidden-notice.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { reportUnsafeLink, safeLinkUrl } from '../internal/safe-url.js';
import type { SafeLink } from '../internal/safe-url.js';
import { baseStyles } from '../styles/base.js';
import { copyShortcut, writeToClipboard } from './clipboard.js';
import { expiryDistance } from './expiry-text.js';
import { errorWithRetry, refreshConfirm, refreshControls, refreshStatus } from './share-link-templates.js';
import type {} from './events.js';
import { LinkSettingsController } from './link-settings-controller.js';
import { styles } from './share-invite-link.styles.js';
import './share-invite-link.messages.js';

const COPIED_VISIBLE_MS = 4000;

/**
 * The portal's shareable invite link: anyone who receives it can sign up on the portal, and
 * any number of people can use it. Copy it, refresh it (the old link stops working for
 * everyone), and — where the backend supports it — make it expire or accept only some
 * email domains. Used alone and as the "Share Invite Link" tab of `<invite-user-dialog>`.
 *
 * Where the client pushes changes (`capabilities.liveUpdates`), a link refreshed or changed
 * elsewhere — another admin pressing Refresh Link, say — shows at once, with word that the
 * previous link no longer works.
 *
 * @tag share-invite-link
 * @summary Shows, copies and refreshes the portal's shareable invite link.
 *
 * @slot note - Replaces the note under the link ("…any number of people can use it").
 * @slot settings - Extra controls under the link (a workspace link's viewing permission, say).
 *
 * @fires invite-link-copied - When the link was copied, by Copy Link or by hand (detail: `url`, `method`).
 * @fires invite-link-refreshed - When a new link replaced the old one (detail: `link`, `previousUrl`).
 * @fires invite-link-settings-changed - When the expiry or allowed domains were saved (detail: `link`).
 * @fires invite-kit-unsafe-link - When a link was refused because it is neither https: nor on the page's origin (detail: `url`, `reason`).
 *
 * @csspart base - The wrapper.
 * @csspart header - The row with the heading and the expiry badge.
 * @csspart heading - The heading.
 * @csspart status-badge - "Expires in …", "Never expires" or "Expired".
 * @csspart field - The link field; also each settings field.
 * @csspart label - Field labels.
 * @csspart input - The read-only link; also the settings inputs.
 * @csspart link-input - The read-only link.
 * @csspart copy-button - "Copy Link".
 * @csspart copy-status - The "Copied" confirmation.
 * @csspart note - The note that any number of people can use the link.
 * @csspart refresh-button - "Refresh Link".
 * @csspart confirm - The confirmation asked before refreshing.
 * @csspart confirm-button - The button that refreshes after confirming.
 * @csspart cancel-button - The button that keeps the current link.
 * @csspart alert - Errors, refusals, the expired notice and the refreshed notice.
 * @csspart retry-button - "Try again" after a failure, and under the refusal shown to viewers who may not share the link.
 * @csspart forbidden-retry-button - "Try again" under the refusal (also a `retry-button`): loads again, for a session renewed meanwhile.
 * @csspart status - The loading line.
 * @csspart settings - The "Link settings" disclosure.
 * @csspart settings-summary - Its summary line.
 * @csspart expiry-select - The expiry choice.
 * @csspart hint - Help text in the settings.
 * @csspart domain-list - The allowed email domains.
 * @csspart domain - One allowed domain.
 * @csspart remove-domain-button - The button removing a domain.
 * @csspart domain-input - The field to add a domain.
 * @csspart add-domain-button - "Add".
 * @csspart error - A settings field's error.
 *
 * @cssprop [--invite-kit-share-link-input-font=ui-monospace, monospace] - Font of the link.
 */
export class ShareInviteLink extends InviteKitElement {
  static override styles = [baseStyles, styles];

  private readonly settings = new LinkSettingsController(this, {
    t: (key, params) => this.t(key, params),
    describeError: (error) => this.describeError(error),
    save: async (settings, options) => (await this.resolveClient()).updateInviteLinkSettings(settings, options),
    onSaved: (link) => {
      // A look at the link started before this save may answer with the settings from before it: look again after.
      if (this.requests.isRunning('link') && !this.refreshing) this.changedMeanwhile = true;
      this.showLink(link);
      this.emit('invite-link-settings-changed', { link });
    },
    onSettled: () => this.lookAgainIfChanged(),
  });

  @query('#link') private linkInput?: HTMLInputElement;

  /** The heading; defaults to "Share Invite Link". */
  @property() heading?: string;

  /** Keeps the heading for screen readers only (where a tab or a dialog title already says it). */
  @property({ type: Boolean, attribute: 'hide-heading' }) hideHeading = false;

  /** The heading's level in the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The link field's label; defaults to "Invite link". */
  @property() label?: string;

  /**
   * A link to show instead of loading the portal's invite link (a link the host loads itself,
   * such as a workspace link). Refreshing and link settings are then left to the host.
   */
  @property() url?: string;

  @state() private link?: InviteLink;
  @state() private capabilities?: Capabilities;
  @state() private loadState: 'loading' | 'ready' | 'error' | 'forbidden' = 'loading';
  @state() private loadError?: InviteKitError;
  @state() private confirming = false;
  @state() private refreshing = false;
  @state() private refreshError?: InviteKitError;
  @state() private refreshed = false;
  /** What changed elsewhere since the link was first shown here: it was replaced, or its settings changed. */
  @state() private changedElsewhere?: 'replaced' | 'settings';
  /** "Try again" under the refusal was pressed and the answer is not in yet. */
  @state() private rechecking = false;
  /** Trying again was refused again: said once more to screen readers. */
  @state() private stillForbidden = false;
  @state() private copyState: 'idle' | 'copied' | 'refused' = 'idle';

  /** The key of the refresh being attempted; a retry after a failure reuses it. */
  private refreshKey?: string;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  /** The last link checked, so each refused link is reported once. */
  private checkedLink?: { url: string; result: SafeLink };
  /** The client whose pushed changes this element follows, and how to stop following them. */
  private listeningTo?: InviteClient;
  private unsubscribe?: () => void;
  /** A change was pushed while this element's own refresh or settings save ran: look again once it is done. */
  private changedMeanwhile = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Coming back follows the link's changes again, and loads it fresh (requests stopped when it left).
    if (this.listeningTo && !this.unsubscribe) this.listen(this.listeningTo);
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
    this.refreshing = false;
    this.rechecking = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('client') || changed.has('providedClient') || changed.has('url')) {
      // Another client, or a link the host shows itself: stop following the old one's changes.
      this.stopListening();
      void this.load();
    }
  }

  /** Loads the link again from the client. */
  async reload(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    if (this.url !== undefined || this.refreshing) return;
    // Trying again after a refusal keeps the refusal (and its focused "Try again") on screen until the answer.
    if (!this.link && !this.rechecking) this.loadState = 'loading';
    const outcome = await this.requests.run('link', async (signal) => {
      const viewer = await this.resolveViewer(signal);
      if (!viewer.isPortalAdmin) return undefined;
      const client = await this.resolveClient();
      return { client, link: await client.getInviteLink({ signal }), capabilities: client.capabilities };
    });
    if (outcome.status === 'stale') return;
    const rechecked = this.rechecking;
    this.rechecking = false;
    if (outcome.status === 'error') {
      this.loadError = outcome.error;
      this.loadState = outcome.error.code === 'permission' ? 'forbidden' : this.link ? 'ready' : 'error';
    } else if (!outcome.value) {
      this.loadState = 'forbidden';
    } else {
      this.loadError = undefined;
      this.capabilities = outcome.value.capabilities;
      const previous = this.link;
      this.showLink(outcome.value.link);
      if (previous && this.link !== previous) this.noticeChange(previous, this.link!);
      this.listen(outcome.value.client);
    }
    if (rechecked) void this.afterRecheck();
  }

  /** "Try again" under the refusal: loads again (a session renewed in another tab may be allowed now). */
  private readonly onRetryForbidden = () => {
    if (this.rechecking) return;
    this.rechecking = true;
    this.stillForbidden = false;
    void this.load();
  };

  /** Still refused: says so, focus staying on "Try again". Otherwise focus follows to the link, or to the new error's retry. */
  private async afterRecheck(): Promise<void> {
    if (this.loadState === 'forbidden') {
      this.stillForbidden = true;
      return;
    }
    const focusWasInside = this.matches(':focus-within');
    await this.updateComplete;
    if (!focusWasInside) return;
    if (this.loadState === 'ready') this.linkInput?.focus();
    else this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
  }

  /** Follows the link's changes where the client pushes them (`capabilities.liveUpdates`). */
  private listen(client: InviteClient): void {
    if (this.listeningTo === client && this.unsubscribe) return;
    this.stopListening();
    this.listeningTo = client;
    if (!this.isConnected || !client.capabilities.liveUpdates || !client.subscribe) return;
    this.unsubscribe = client.subscribe(this.onChange);
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.listeningTo = undefined;
    this.changedMeanwhile = false;
  }

  private readonly onChange = (change: ChangeEvent) => {
    if (change.type !== 'invite-link-changed' || this.url !== undefined) return;
    // This element's own refresh or save is under way (and may be what changed): its answer first, then a look.
    if (this.refreshing || this.settings.saving) {
      this.changedMeanwhile = true;
      return;
    }
    void this.load();
  };

  /** After this element's own refresh or save: loads the link again if it changed meanwhile. */
  private lookAgainIfChanged(): void {
    if (!this.changedMeanwhile || this.refreshing || this.settings.saving) return;
    this.changedMeanwhile = false;
    void this.load();
  }

  /**
   * The link on screen changed without this element doing it: another admin refreshed it or
   * changed its settings. Says so, and drops what belonged to the old link (a "Copied", a
   * failed refresh's retry, the question before refreshing it).
   */
  private noticeChange(previous: InviteLink, link: InviteLink): void {
    if (link.url !== previous.url) {
      this.changedElsewhere = 'replaced';
      this.refreshed = false;
      this.refreshError = undefined;
      this.refreshKey = undefined;
      clearTimeout(this.copiedTimer);
      this.copyState = 'idle';
      if (this.confirming) void this.dropConfirmation();
    } else if (link.expiresInDays !== previous.expiresInDays || link.allowedDomains.join(' ') !== previous.allowedDomains.join(' ')) {
      this.changedElsewhere = 'settings';
    }
  }

  /** The link the question was about is gone: closes the question, and keeps focus on Refresh Link if it was in it. */
  private async dropConfirmation(): Promise<void> {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const focusWasInQuestion = Boolean(active?.closest('[part~="confirm"]'));
    this.confirming = false;
    await this.updateComplete;
    if (focusWasInQuestion) this.renderRoot.querySelector<HTMLElement>('[part~="refresh-button"]')?.focus();
  }

  /** Shows a link unless it is older than the one on screen: a slow load never undoes a refresh. */
  private showLink(link: InviteLink): void {
    if (this.link && Date.parse(link.createdAt) < Date.parse(this.link.createdAt)) return;
    this.link = link;
    this.loadState = 'ready';
  }

  private readonly onCopy = async () => {
    const url = this.safeUrl;
    if (!url) return;
    const copied = await writeToClipboard(url);
    if (!this.isConnected) return;
    if (copied) return this.confirmCopied('clipboard');
    this.copyState = 'refused';
    await this.updateComplete;
    this.linkInput?.focus();
    this.linkInput?.select();
  };

  /** People copying the selected link themselves (after a refusal, or by habit) get the same confirmation. */
  private readonly onManualCopy = () => {
    if (this.safeUrl) this.confirmCopied('manual');
  };

  private confirmCopied(method: 'clipboard' | 'manual'): void {
    clearTimeout(this.copiedTimer);
    this.copyState = 'copied';
    this.copiedTimer = setTimeout(() => (this.copyState = 'idle'), COPIED_VISIBLE_MS);
    this.emit('invite-link-copied', { url: this.safeUrl!, method });
  }

  private readonly onSelectLink = (event: Event) => (event.target as HTMLInputElement).select();

  private readonly onAskRefresh = async () => {
    if (this.refreshing) return;
    this.confirming = true;
    this.refreshed = false;
    this.changedElsewhere = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="cancel-button"]')?.focus();
  };

  private readonly onCancelRefresh = async () => {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="refresh-button"]')?.focus();
  };

  private readonly onConfirmKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape dismisses the question, not the dialog this element may sit in.
    event.preventDefault();
    event.stopPropagation();
    void this.onCancelRefresh();
  };

  private readonly onRefresh = async () => {
    if (this.refreshing) return;
    this.confirming = false;
    this.refreshing = true;
    this.refreshError = undefined;
    this.refreshKey ??= newIdempotencyKey();
    const idempotencyKey = this.refreshKey;
    const previousUrl = this.link?.url;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="refresh-button"]')?.focus();
    // Under the same key as loading: an earlier load still in flight is superseded and can't show the old link.
    const outcome = await this.requests.run('link', async (signal) =>
      (await this.resolveClient()).refreshInviteLink({ signal, idempotencyKey }),
    );
    this.refreshing = false;
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      this.refreshError = outcome.error;
      this.lookAgainIfChanged();
      return;
    }
    this.refreshKey = undefined;
    this.showLink(outcome.value);
    this.refreshed = true;
    this.changedElsewhere = undefined;
    this.copyState = 'idle';
    this.emit('invite-link-refreshed', { link: outcome.value, previousUrl });
    // Someone else may have refreshed it too, after this one: what the backend has now wins.
    this.lookAgainIfChanged();
    await this.updateComplete;
    if (this.matches(':focus-within')) this.linkInput?.focus();
  };

  private readonly onRetryLoad = () => void this.load();

  private get shownUrl(): string | undefined {
    return this.url ?? this.link?.url;
  }

  /** Only https: links (or links on this page's origin) are shown and copied; see `safe-url.ts`. */
  private get checkedUrl(): SafeLink | undefined {
    const url = this.shownUrl;
    if (url === undefined) return undefined;
    if (this.checkedLink?.url !== url) this.checkedLink = { url, result: safeLinkUrl(url) };
    return this.checkedLink.result;
  }

  private get safeUrl(): string | undefined {
    const checked = this.checkedUrl;
    return checked?.ok ? checked.url : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const checked = this.checkedUrl;
    if (checked && !checked.ok && this.reportedUrl !== this.checkedLink!.url) {
      this.reportedUrl = this.checkedLink!.url;
      reportUnsafeLink(this, this.reportedUrl, checked.reason);
    }
  }

  private reportedUrl?: string;

  private get expired(): boolean {
    return Boolean(this.url === undefined && this.link?.expiresAt && Date.parse(this.link.expiresAt) <= Date.now());
  }

  protected override render(): TemplateResult {
    return html`<section part="base" class="base" aria-labelledby="heading">
      <div part="header" class="header">
        <div part="heading" class="heading ${this.hideHeading ? 'visually-hidden' : ''}" id="heading" role="heading" aria-level=${this.headingLevel}>
          ${this.heading ?? this.t('shareLink.heading')}
        </div>
        ${this.renderBadge()}
      </div>
      ${this.renderBody()}
    </section>`;
  }

  private renderBadge(): TemplateResult | typeof nothing {
    if (this.url !== undefined || !this.link || this.loadState !== 'ready') return nothing;
    if (this.expired) return html`<span part="status-badge" class="badge badge--danger">${this.t('shareLink.expired')}</span>`;
    if (this.link.expiresAt) {
      const when = expiryDistance(this.localize.locale, this.link.expiresAt);
      return html`<span part="status-badge" class="badge badge--warning">${this.t('shareLink.expiresIn', { when })}</span>`;
    }
    if (this.capabilities?.linkExpiry) return html`<span part="status-badge" class="badge">${this.t('shareLink.neverExpires')}</span>`;
    return nothing;
  }

  private renderBody(): TemplateResult {
    if (this.url === undefined && this.loadState === 'loading') {
      return html`<p part="status" class="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('shareLink.loading')}</p>`;
    }
    if (this.url === undefined && this.loadState === 'forbidden') return this.renderForbidden();
    if (this.url === undefined && this.loadState === 'error') {
      return errorWithRetry(
        this.t.bind(this),
        this.t('shareLink.loadFailed', { reason: this.describeError(this.loadError!) }),
        this.onRetryLoad,
      );
    }
    return html`
      ${this.renderLinkField()}
      ${
        this.url === undefined && this.loadError
          ? errorWithRetry(
              this.t.bind(this),
              this.t('shareLink.loadFailed', { reason: this.describeError(this.loadError) }),
              this.onRetryLoad,
            )
          : nothing
      }
      <slot name="note"><p part="note" class="note">${this.t('shareLink.note')}</p></slot>
      ${
        this.expired
          ? html`<div part="alert" class="alert alert--danger">
            ${this.t('shareLink.expiredNote', { when: expiryDistance(this.localize.locale, this.link!.expiresAt!) })}
          </div>`
          : nothing
      }
      ${this.url === undefined ? this.renderRefresh() : nothing}
      ${this.url === undefined && this.link && this.capabilities ? this.settings.render(this.link, this.capabilities) : nothing}
      <slot name="settings"></slot>
    `;
  }

  /** The refusal, with "Try again" and a status line saying how trying again went. */
  private renderForbidden(): TemplateResult {
    return forbiddenNotice({
      part: 'alert',
      title: this.t('shareLink.forbiddenTitle'),
      text: this.t('shareLink.forbidden'),
      slot: false,
      retry: {
        label: this.t('common.retry'),
        retrying: this.rechecking,
        status: this.rechecking ? this.t('shareLink.loading') : this.stillForbidden ? this.t('shareLink.forbiddenTitle') : '',
        onRetry: this.onRetryForbidden,
      },
    });
  }

  private renderLinkField(): TemplateResult {
    const copied = this.copyState === 'copied';
    return html`
      <div part="field" class="field">
        <label part="label" class="label" for="link">${this.label ?? this.t('shareLink.label')}</label>
        <div class="link-row">
          <input
            part="input link-input"
            class="input link-input"
            id="link"
            readonly
            .value=${this.safeUrl ?? ''}
            aria-describedby="copy-status"
            @focus=${this.onSelectLink}
            @click=${this.onSelectLink}
            @copy=${this.onManualCopy}
          />
          <button
            type="button"
            part="copy-button"
            class="button button--primary"
            aria-disabled=${this.safeUrl ? 'false' : 'true'}
            @click=${this.onCopy}
          >
            ${this.t('shareLink.copy')}
          </button>
        </div>
        ${
          this.checkedUrl && !this.checkedUrl.ok
            ? html`<div part="alert" class="alert alert--danger" role="alert">${this.t('unsafeLink.refused')}</div>`
            : nothing
        }
        <div part="copy-status" class="copy-status ${copied ? 'copy-status--copied' : ''}" id="copy-status" role="status">
          ${
            copied
              ? html`<span aria-hidden="true">✓</span> ${this.t('shareLink.copied')}`
              : this.copyState === 'refused'
                ? this.t('shareLink.copyRefused', { shortcut: copyShortcut() })
                : ''
          }
        </div>
      </div>
    `;
  }

  private renderRefresh(): TemplateResult {
    const t = this.t.bind(this);
    // Always on the page (even while asking), so what it says is announced when it changes.
    const status = refreshStatus({ t, refreshed: this.refreshed, changedElsewhere: this.changedElsewhere });
    if (this.confirming) {
      return html`${status}${refreshConfirm({ t, onCancel: this.onCancelRefresh, onConfirm: this.onRefresh, onKeydown: this.onConfirmKeydown })}`;
    }
    return html`${status}${refreshControls({
      t,
      refreshing: this.refreshing,
      failure: this.refreshError ? this.describeError(this.refreshError) : undefined,
      onAsk: this.onAskRefresh,
      onRetry: this.onRefresh,
    })}`;
  }
}
