/**
 * The sign-up page's larger pieces as plain template functions, so the element file reads as
 * states and flow: a link that no longer lets anyone in, an account that already exists, and
 * the welcome.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export type LinkProblem = 'expired' | 'replaced' | 'unknown';

/** Why the link lets nobody sign up, in one sentence a person can act on. */
export function linkProblemNotice(t: Translate, problem: LinkProblem): TemplateResult {
  return html`<div part="alert link-problem" class="alert alert--warning" role="alert" data-problem=${problem}>
    <p>${t(`signUp.${problem}`)}</p>
  </div>`;
}

export interface ConflictNoticeOptions {
  t: Translate;
  portal: string;
  kind: 'email' | 'phone';
  onSignIn: () => void;
  onChangeDetails: () => void;
}

/** The person is already in the portal: say so, and offer to sign in (or the host's own link, in the `sign-in` slot). */
export function conflictNotice(o: ConflictNoticeOptions): TemplateResult {
  const { t } = o;
  return html`<div part="alert conflict" class="alert alert--warning" role="alert">
    <p class="alert-title">${t('signUp.conflictTitle')}</p>
    <p>${t(o.kind === 'phone' ? 'signUp.conflictPhone' : 'signUp.conflictEmail', { portal: o.portal })}</p>
    <p class="hint">${t('signUp.conflictHint')}</p>
    <div class="alert-actions">
      <slot name="sign-in">
        <button type="button" part="sign-in-button" class="button button--small button--primary" @click=${o.onSignIn}>
          ${t('signUp.signIn')}
        </button>
      </slot>
      <button type="button" part="change-details-button" class="button button--small" @click=${o.onChangeDetails}>
        ${t('signUp.changeDetails')}
      </button>
    </div>
  </div>`;
}

export interface SignedUpOptions {
  t: Translate;
  portal: string;
  name: string;
  contact: string;
  onSignIn: () => void;
}

/** The welcome: who is in, with what, and how to go on (the host navigates on `invite-link-signed-up`). */
export function signedUpResult(o: SignedUpOptions): TemplateResult {
  const { t } = o;
  return html`<div part="result" class="result">
    <div part="alert" class="alert alert--success">
      <p part="result-title" class="result-title" id="result-title" tabindex="-1">
        <span class="check" aria-hidden="true">✓</span>${t('signUp.doneTitle')}
      </p>
      <p part="result-message">${t('signUp.done', { portal: o.portal, name: o.name, contact: o.contact })}</p>
    </div>
    <div part="footer" class="footer">
      <slot name="sign-in">
        <button type="button" part="sign-in-button" class="button button--primary" @click=${o.onSignIn}>${t('signUp.signIn')}</button>
      </slot>
    </div>
  </div>`;
}
