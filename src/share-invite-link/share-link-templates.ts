/**
 * Pieces of `<share-invite-link>` kept out of the element file: the refresh question, the
 * refresh controls with their outcome, and the error with a retry that every failure shows.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function errorWithRetry(t: Translate, message: string, onRetry: () => void): TemplateResult {
  return html`<div part="alert" class="alert alert--danger" role="alert">
    <p>${message}</p>
    <span><button type="button" part="retry-button" class="button button--small" @click=${onRetry}>${t('common.retry')}</button></span>
  </div>`;
}

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

export interface RefreshControlsOptions {
  t: Translate;
  refreshing: boolean;
  refreshed: boolean;
  /** The failure in words, when the last refresh failed. */
  failure?: string;
  onAsk: () => void;
  onRetry: () => void;
}

/** "Refresh Link", what the last refresh did, and a retry when it failed. */
export function refreshControls(o: RefreshControlsOptions): TemplateResult {
  const { t } = o;
  return html`
    <div class="refresh-status" role="status">
      ${o.refreshed ? html`<div part="alert" class="alert alert--success">${t('shareLink.refreshed')}</div>` : nothing}
    </div>
    ${o.failure ? errorWithRetry(t, t('shareLink.refreshFailed', { reason: o.failure }), o.onRetry) : nothing}
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
