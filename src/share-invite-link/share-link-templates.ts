/**
 * Pieces of `<share-invite-link>` kept out of the element file: the refresh question, the
 * refresh controls, and what the last refresh (or a change made elsewhere) did.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface RefreshConfirmOptions {
  t: Translate;
  onCancel: () => void;
  onConfirm: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** "The current link will stop working for everyone": asked before every refresh. */
export function refreshConfirm(o: RefreshConfirmOptions): TemplateResult {
  const { t } = o;
  return html`<div
    part="confirm"
    class="alert alert--warning confirm"
    role="group"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-text"
    @keydown=${o.onKeydown}
  >
    <p class="alert-title" id="confirm-title">${t('shareLink.refreshConfirmTitle')}</p>
    <p id="confirm-text">${t('shareLink.refreshConfirm')}</p>
    <div class="actions">
      <button type="button" part="cancel-button" class="button button--small" @click=${o.onCancel}>${t('common.cancel')}</button>
      <button type="button" part="confirm-button" class="button button--small button--danger" @click=${o.onConfirm}>
        ${t('shareLink.refreshConfirmButton')}
      </button>
    </div>
  </div>`;
}

export interface RefreshStatusOptions {
  t: Translate;
  /** This element just refreshed the link. */
  refreshed: boolean;
  /** The link was replaced, or its settings changed, somewhere else. */
  changedElsewhere?: 'replaced' | 'settings' | undefined;
}

/** The polite live region saying what the last refresh did, or what changed elsewhere. */
export function refreshStatus(o: RefreshStatusOptions): TemplateResult {
  const { t } = o;
  const notice = o.refreshed
    ? html`<div part="alert" class="alert alert--success">${t('shareLink.refreshed')}</div>`
    : o.changedElsewhere === 'replaced'
      ? html`<div part="alert" class="alert alert--warning">${t('shareLink.replacedElsewhere')}</div>`
      : o.changedElsewhere === 'settings'
        ? html`<div part="alert" class="alert">${t('shareLink.settingsChangedElsewhere')}</div>`
        : nothing;
  return html`<div class="refresh-status" role="status">${notice}</div>`;
}

export interface RefreshControlsOptions {
  t: Translate;
  refreshing: boolean;
  /** The error alert (with its retry), when the last refresh failed. */
  failure?: TemplateResult | undefined;
  onAsk: () => void;
}

/** "Refresh Link", and a retry when the last refresh failed. */
export function refreshControls(o: RefreshControlsOptions): TemplateResult {
  const { t } = o;
  return html`
    ${o.failure ?? nothing}
    <div class="actions">
      <button
        type="button"
        part="refresh-button"
        class="button button--small"
        aria-disabled=${o.refreshing ? 'true' : 'false'}
        @click=${o.onAsk}
      >
        ${o.refreshing ? html`<span class="spinner" aria-hidden="true"></span>${t('shareLink.refreshing')}` : t('shareLink.refresh')}
      </button>
    </div>
  `;
}
