import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { Capabilities, ChangeEvent, InviteLink } from '../client/types.js';
import { CopyLinkController } from '../internal/copy-link.js';
import { AccessController } from '../internal/access-controller.js';
import { newIdempotencyKey } from '../internal/idempotency.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { LiveUpdatesController } from '../internal/live-updates-controller.js';
import { baseStyles } from '../styles/base.js';
import { pageStyles } from '../styles/page.js';
import { copyLinkStyles } from '../styles/copy-link.js';
import { refreshConfirm, refreshControls, refreshStatus } from './share-link-templates.js';
import type {} from './events.js';
import { LinkSettingsController } from './link-settings-controller.js';
import { styles } from './share-invite-link.styles.js';
import './share-invite-link.messages.js';

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
 * @csspart alert-detail - The backend's own words under an error, where they are in another language than the page.
 * @csspart retry-button - "Try again" after a failure (held, counting down, after "too many requests"), and under a refusal by the backend.
 * @csspart forbidden-retry-button - "Try again" under a refusal by the backend (also a `retry-button`): for a session renewed meanwhile. Viewers who are not portal admins get the reason only.
 * @csspart demo-badge - "Demo data", while the element shows the embedded demo portal (no client given).
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
  static override styles = [baseStyles, pageStyles, copyLinkStyles, styles];
  /** The access check (the viewer), the link, a new link, and its sign-up rules. */
  static override readonly clientOperations = ['getViewer', 'getInviteLink', 'refreshInviteLink', 'updateInviteLinkSettings'] as const;

  /** Only portal admins share the portal's link. */
  private readonly access = new AccessController(this, {
    check: async (signal) => (await this.resolveViewer(signal)).isPortalAdmin,
    onAllowed: () => this.loadLink(),
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('#link'),
  });
  private readonly copy = new CopyLinkController(this, {
    t: (key, params) => this.t(key, params),
    onCopied: (url, method) => this.emit('invite-link-copied', { url, method }),
  });
  private readonly live = new LiveUpdatesController(this, (change) => this.handleChange(change), {
    // Away, it heard no changes: a link refreshed meanwhile shows on return.
    onReturn: () => void this.loadLink(),
  });
  private readonly settings = new LinkSettingsController(this, {
    t: (key, params) => this.t(key, params),
    renderError: (error, options) => this.renderErrorAlert(error, options),
    save: async (settings, options) => (await this.resolveClient()).updateInviteLinkSettings(settings, options),
    onSaved: (link) => {
      // A look at the link started before this save may answer with the settings from before it: look again after.
      if (this.requests.isRunning('link') && !this.refreshing) this.changedMeanwhile = true;
      this.showLink(link);
      this.emit('invite-link-settings-changed', { link });
    },
    onSettled: () => this.lookAgainIfChanged(),
  });

  /** The heading; defaults to "Share Invite Link". */
  @property() heading?: string;

  /** Keeps the heading for screen readers only (where a tab or a dialog title already says it). */
  @property({ type: Boolean, attribute: 'hide-heading' }) hideHeading = false;

  /** The heading's level in the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The link field's label; defaults to "Invite link". */
  @property() label?: string;

  /**
   * A link to show instead of loading the portal's invite link (a link the host loads itself).
   * Only the link and Copy Link show then: refreshing and link settings are the host's.
   */
  @property() url?: string;

  @state() private link?: InviteLink;
  @state() private capabilities?: Capabilities;
  @state() private loadState: 'loading' | 'ready' | 'error' = 'loading';
  @state() private loadError?: InviteKitError;
  @state() private confirming = false;
  @state() private refreshing = false;
  @state() private refreshError?: InviteKitError;
  @state() private refreshed = false;
  /** What changed elsewhere since the link was first shown here: it was replaced, or its settings changed. */
  @state() private changedElsewhere?: 'replaced' | 'settings';

  /** The key of the refresh being attempted; a retry after a failure reuses it. */
  private refreshKey?: string;
  /** A change was pushed while this element's own refresh or settings save ran: look again once it is done. */
  private changedMeanwhile = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.refreshing = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('client') || changed.has('providedClient') || changed.has('url')) {
      // Another client, or a link the host shows itself: stop following the old one's changes.
      this.live.stop();
      this.changedMeanwhile = false;
      if (this.url === undefined) void this.access.check();
    }
  }

  /** Loads the link again from the client. */
  async reload(): Promise<void> {
    await this.access.check();
  }

  private async loadLink(): Promise<void> {
    if (this.url !== undefined || this.refreshing) return;
    if (!this.link) this.loadState = 'loading';
    const outcome = await this.requests.run(
      'link',
      async (signal) => {
        const client = this.readyClient ?? (await this.resolveClient());
        return { client, link: await client.getInviteLink({ signal }) };
      },
      { resume: () => void this.loadLink() },
    );
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      if (outcome.error.code === 'permission') return this.access.refuse(outcome.error);
      this.loadError = outcome.error;
      this.loadState = this.link ? 'ready' : 'error';
      return;
    }
    const { client, link } = outcome.value;
    this.loadError = undefined;
    this.capabilities = client.capabilities;
    const previous = this.link;
    this.showLink(link);
    if (previous && this.link !== previous) this.noticeChange(previous, this.link!);
    this.live.follow(client);
  }

  private handleChange(change: ChangeEvent): void {
    if (change.type !== 'invite-link-changed' || this.url !== undefined) return;
    // This element's own refresh or save is under way (and may be what changed): its answer first, then a look.
    if (this.refreshing || this.settings.saving) {
      this.changedMeanwhile = true;
      return;
    }
    void this.loadLink();
  }

  /** After this element's own refresh or save: loads the link again if it changed meanwhile. */
  private lookAgainIfChanged(): void {
    if (!this.changedMeanwhile || this.refreshing || this.settings.saving) return;
    this.changedMeanwhile = false;
    void this.loadLink();
  }

  /**
   * The link on screen changed without this element doing it: another admin refreshed it or
   * changed its settings. Says so, and drops what belonged to the old link (a failed refresh's
   * retry, the question before refreshing it).
   */
  private noticeChange(previous: InviteLink, link: InviteLink): void {
    if (link.url !== previous.url) {
      this.changedElsewhere = 'replaced';
      this.refreshed = false;
      this.refreshError = undefined;
      this.refreshKey = undefined;
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

  private readonly handleAskRefresh = async () => {
    if (this.refreshing) return;
    this.confirming = true;
    this.refreshed = false;
    this.changedElsewhere = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="cancel-button"]')?.focus();
  };

  private readonly handleCancelRefresh = async () => {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="refresh-button"]')?.focus();
  };

  private readonly handleConfirmKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape dismisses the question, not the dialog this element may sit in.
    event.preventDefault();
    event.stopPropagation();
    void this.handleCancelRefresh();
  };

  private readonly handleRefresh = async () => {
    if (this.refreshing || this.retryWait(this.refreshError) > 0) return;
    this.confirming = false;
    this.refreshing = true;
    this.refreshError = undefined;
    this.refreshKey ??= newIdempotencyKey();
    const idempotencyKey = this.refreshKey;
    const previousUrl = this.link?.url;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="refresh-button"]')?.focus();
    // Under the same key as loading: an earlier load still in flight is superseded and can't show the old link.
    const outcome = await this.requests.run(
      'link',
      async (signal) => (await this.resolveClient()).refreshInviteLink({ signal, idempotencyKey }),
      {
        // Cut short by leaving the page: its outcome is unknown, so look at the link again on return.
        resume: () => void this.loadLink(),
      },
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
    this.emit('invite-link-refreshed', { link: outcome.value, previousUrl });
    // Someone else may have refreshed it too, after this one: what the backend has now wins.
    this.lookAgainIfChanged();
    await this.updateComplete;
    if (this.matches(':focus-within')) this.copy.focus();
  };

  private readonly handleRetryLoad = () => void this.loadLink();

  private get expired(): boolean {
    return Boolean(this.url === undefined && this.link?.expiresAt && Date.parse(this.link.expiresAt) <= Date.now());
  }

  protected override render(): TemplateResult {
    return html`<section part="base" class="base" aria-labelledby="heading">
      <div part="header" class="header">
        <div part="heading" class="heading ${this.hideHeading ? 'visually-hidden' : ''}" id="heading" role="heading" aria-level=${this.headingLevel}>
          ${this.heading ?? this.t('shareLink.heading')}
        </div>
        ${this.renderBadge()} ${this.renderDemoBadge()}
      </div>
      ${this.url === undefined ? this.renderPortalLink() : this.renderHostLink()}
    </section>`;
  }

  private renderBadge(): TemplateResult | typeof nothing {
    if (this.url !== undefined || !this.link || !this.access.allowed || this.loadState !== 'ready') return nothing;
    if (this.expired) return html`<span part="status-badge" class="badge badge--danger">${this.t('shareLink.expired')}</span>`;
    if (this.link.expiresAt) {
      const when = this.localize.relativeTime(this.link.expiresAt);
      return html`<span part="status-badge" class="badge badge--warning">${this.t('shareLink.expiresIn', { when })}</span>`;
    }
    if (this.capabilities?.linkExpiry) return html`<span part="status-badge" class="badge">${this.t('shareLink.neverExpires')}</span>`;
    return nothing;
  }

  private renderField(url: string): TemplateResult {
    return this.copy.render(url, { id: 'link', label: this.label ?? this.t('shareLink.label') });
  }

  /** A link the host gives: the link, its note and the host's controls. */
  private renderHostLink(): TemplateResult {
    return html`${this.renderField(this.url!)}
      <slot name="note"><p part="note" class="note">${this.t('shareLink.note')}</p></slot>
      <slot name="settings"></slot>`;
  }

  private renderPortalLink(): TemplateResult {
    const { access } = this;
    if (access.state === 'checking' || (access.allowed && this.loadState === 'loading')) {
      return this.renderLoadingStatus(this.t('shareLink.loading'));
    }
    if (access.state === 'forbidden') {
      return access.renderForbidden({
        part: 'alert',
        title: this.t('shareLink.forbiddenTitle'),
        text: this.t('shareLink.forbidden'),
        retryLabel: this.t('common.retry'),
        checkingText: this.t('shareLink.loading'),
      });
    }
    const loadFailed = (reason: string) => this.t('shareLink.loadFailed', { reason });
    if (access.state === 'failed') {
      return this.renderErrorAlert(access.error!, { sentence: loadFailed, onRetry: access.retry, retrying: access.rechecking });
    }
    if (this.loadState === 'error' || !this.link) {
      return this.renderErrorAlert(this.loadError!, { sentence: loadFailed, onRetry: this.handleRetryLoad });
    }
    return html`
      ${this.renderField(this.link.url)}
      ${this.loadError ? this.renderErrorAlert(this.loadError, { sentence: loadFailed, onRetry: this.handleRetryLoad }) : nothing}
      <slot name="note"><p part="note" class="note">${this.t('shareLink.note')}</p></slot>
      ${
        this.expired
          ? html`<div part="alert" class="alert alert--danger">
            ${this.t('shareLink.expiredNote', { when: this.localize.relativeTime(this.link!.expiresAt!) })}
          </div>`
          : nothing
      }
      ${this.renderRefresh()} ${this.capabilities ? this.settings.render(this.link, this.capabilities) : nothing}
      <slot name="settings"></slot>
    `;
  }

  private renderRefresh(): TemplateResult {
    const t = this.t.bind(this);
    // Always on the page (even while asking), so what it says is announced when it changes.
    const status = refreshStatus({ t, refreshed: this.refreshed, changedElsewhere: this.changedElsewhere });
    if (this.confirming) {
      return html`${status}${refreshConfirm({
        t,
        onCancel: this.handleCancelRefresh,
        onConfirm: this.handleRefresh,
        onKeydown: this.handleConfirmKeydown,
      })}`;
    }
    const failure = this.refreshError
      ? this.renderErrorAlert(this.refreshError, {
          sentence: (reason) => t('shareLink.refreshFailed', { reason }),
          onRetry: this.handleRefresh,
        })
      : undefined;
    return html`${status}${refreshControls({ t, refreshing: this.refreshing, failure, onAsk: this.handleAskRefresh })}`;
  }
}
