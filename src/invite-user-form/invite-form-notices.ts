/**
 * What the invite form says above its fields after a failed send, and when the backend says
 * some details are already in use in the portal. (Checking access, and viewers who may not
 * invite: the shared AccessController.)
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
  /** The contact as it was sent, for a conflict the backend tied to no field. */
  contact: string;
  /** The backend's own sentence, when it adds to what it said about the fields. */
  reason?: string;
  /** What the backend said about each field it named, in words; absent when it named none. */
  said?: string[];
  onChangeDetails: () => void;
  onInviteAnother: () => void;
}

/**
 * Someone in the portal already has these details: what the backend said about the fields it
 * named (a User ID, an address), or — when it named none — that the contact is taken, so there
 * is nobody new to invite. Either way, offer to correct the details or start over.
 */
export function conflictNotice(o: ConflictNoticeOptions): TemplateResult {
  const { t } = o;
  return html`<div part="alert conflict" class="alert alert--warning" role="alert">
    ${
      o.said
        ? html`<p class="alert-title">${t('inviteForm.conflictNamedTitle')}</p>
          ${o.reason ? html`<p>${o.reason}</p>` : ''}
          ${o.said.map((sentence) => html`<p>${sentence}</p>`)}
          <p class="hint">${t('inviteForm.conflictNamedHint')}</p>`
        : html`<p class="alert-title">${t('inviteForm.conflictTitle')}</p>
          <p>${t('inviteForm.conflict', { contact: o.contact })}</p>`
    }
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
