/**
 * What the invite form says above its fields after a failed send, and when the person is
 * already a member of the portal. (Checking access, and viewers who may not invite: the
 * shared AccessController.)
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface FailureNoticeOptions {
  t: Translate;
  reason: string;
  /** Adapter errors about fields the form does not have, already in words. */
  other: string[];
  hasFieldErrors: boolean;
  onRetry: () => void;
}

/** A failed send: the adapter's reason, and either a retry or a pointer to the marked fields. */
export function failureNotice(o: FailureNoticeOptions): TemplateResult {
  const { t } = o;
  return html`<div part="alert failure" class="alert alert--danger" role="alert">
    <p>${t('inviteForm.failed', { reason: o.reason })}</p>
    ${o.other.map((message) => html`<p>${message}</p>`)}
    <p class="hint">${o.hasFieldErrors ? t('inviteForm.failedFields') : t('inviteForm.keptTyped')}</p>
    ${
      o.hasFieldErrors
        ? ''
        : html`<div class="alert-actions">
          <button type="button" part="retry-button" class="button button--small" @click=${o.onRetry}>${t('common.retry')}</button>
        </div>`
    }
  </div>`;
}

export interface ConflictNoticeOptions {
  t: Translate;
  contact: string;
  onChangeDetails: () => void;
  onInviteAnother: () => void;
}

/** Already a member: nobody new to invite, so offer to correct the address or start over. */
export function conflictNotice(o: ConflictNoticeOptions): TemplateResult {
  const { t } = o;
  return html`<div part="alert conflict" class="alert alert--warning" role="alert">
    <p class="alert-title">${t('inviteForm.conflictTitle')}</p>
    <p>${t('inviteForm.conflict', { contact: o.contact })}</p>
    <div class="alert-actions">
      <button type="button" part="change-details-button" class="button button--small" @click=${o.onChangeDetails}>
        ${t('inviteForm.changeDetails')}
      </button>
      <button type="button" part="invite-another-button" class="button button--small button--quiet" @click=${o.onInviteAnother}>
        ${t('inviteForm.inviteAnother')}
      </button>
    </div>
  </div>`;
}
