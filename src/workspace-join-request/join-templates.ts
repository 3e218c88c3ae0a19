/**
 * The join page's pieces as plain template functions, so the element file reads as states
 * and flow. Client text (the workspace's name) is only ever text, set in a `<bdi>` so a
 * right-to-left or hostile name cannot turn the sentence around it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

const SLOT = '\uE000';
/** The placeholder as the catalogue returns it: isolated in a right-to-left sentence, where the `<bdi>` does that job. */
const FILLED_SLOT = /\u2068?\uE000\u2069?/u;

/**
 * A translated sentence with the workspace's name in it, the name as an isolated `<bdi>`
 * (part `workspace-name`): the catalogue fills a placeholder, which is then swapped for the node.
 */
export function withWorkspace(t: Translate, key: string, name: string): TemplateResult {
  const [before = '', after = ''] = t(key, { workspace: SLOT }).split(FILLED_SLOT);
  return html`${before}<bdi part="workspace-name" class="workspace-name">${name}</bdi>${after}`;
}

export interface HeaderOptions {
  title: TemplateResult | string;
  headingLevel: number;
  /** "A group workspace in Acme Portal", when the workspace is known. */
  kind?: string;
}

/** The heading (focused after each change of state, so it is what a screen reader reads next) and the workspace's kind. */
export function header(o: HeaderOptions): TemplateResult {
  return html`<div part="header" class="header">
    <div part="heading" class="heading" id="heading" role="heading" aria-level=${o.headingLevel} tabindex="-1">${o.title}</div>
    ${o.kind ? html`<p part="workspace-kind" class="kind">${o.kind}</p>` : nothing}
  </div>`;
}

export interface NoticeOptions {
  header: TemplateResult;
  text: TemplateResult | string;
  tone: 'danger' | 'warning' | 'success' | 'neutral';
  /** Parts besides `notice`. */
  part: string;
  extra?: TemplateResult | typeof nothing;
}

/** A state that is a sentence, not a form: link unknown or replaced, already a member, answered. */
export function notice(o: NoticeOptions): TemplateResult {
  return html`${o.header}
    <div part="notice ${o.part}" class="notice notice--${o.tone}">
      <p class="notice-text">${o.text}</p>
      ${o.extra ?? nothing}
    </div>`;
}

export interface PendingOptions {
  t: Translate;
  workspaceName: string;
  requestedAt: string;
  live: boolean;
  checking: boolean;
  failure?: TemplateResult | undefined;
  onCheckAgain: () => void;
}

/** The pending request: what was sent, and either that the page will change by itself or "Check again". */
export function pendingBody(o: PendingOptions): TemplateResult {
  const { t } = o;
  return html`<div part="notice pending" class="notice notice--neutral">
      <p class="notice-text">${withWorkspace(t, 'joinRequest.pending', o.workspaceName)}</p>
      <p part="requested-at" class="hint">${o.requestedAt}</p>
      <p part="pending-note" class="hint">${t(o.live ? 'joinRequest.pendingLive' : 'joinRequest.pendingNoLive')}</p>
    </div>
    ${o.failure ?? nothing}
    ${
      o.live
        ? nothing
        : html`<div part="footer" class="footer">
          <button
            type="button"
            part="check-again-button"
            class="button"
            aria-disabled=${o.checking ? 'true' : 'false'}
            @click=${o.onCheckAgain}
          >
            ${o.checking ? html`<span class="spinner" aria-hidden="true"></span>${t('joinRequest.checking')}` : t('joinRequest.checkAgain')}
          </button>
        </div>`
    }`;
}
