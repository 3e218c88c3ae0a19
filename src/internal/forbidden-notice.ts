/**
 * The refusal an element shows when the client says the viewer may not see it: why, and
 * "Try again" — a session renewed in another tab recovers without a reload. The button stays
 * in place (unavailable, with a spinner) while the element checks again, so focus stays on
 * it, and is described by the explanation.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

export interface ForbiddenNoticeOptions {
  /** The notice's CSS parts (`alert`, `forbidden`, …). */
  part: string;
  title: string;
  text: string;
  /** Whether hosts may put their own explanation in a `forbidden` slot (documented with `@slot forbidden`). */
  slot: boolean;
  retryLabel: string;
  /** Checking again right now. */
  retrying: boolean;
  /**
   * What a polite status line inside the notice says (how trying again went); leave it out
   * when the element announces that in its own live region.
   */
  status?: string;
  onRetry: () => void;
}

export function forbiddenNotice(options: ForbiddenNoticeOptions): TemplateResult {
  const explanation = html`<p class="alert-title" id="forbidden-title">${options.title}</p>
    <p id="forbidden-text">${options.text}</p>`;
  // The slot describes the button with whatever it shows, the host's words or these.
  const describedBy = options.slot ? 'forbidden-explanation' : 'forbidden-title forbidden-text';
  return html`<div part=${options.part} class="alert alert--warning">
    ${options.slot ? html`<slot name="forbidden" id="forbidden-explanation">${explanation}</slot>` : explanation}
    <div class="alert-actions">
      <button
        type="button"
        part="retry-button forbidden-retry-button"
        class="button button--small"
        aria-describedby=${describedBy}
        aria-disabled=${options.retrying ? 'true' : 'false'}
        @click=${options.onRetry}
      >
        ${options.retrying ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${options.retryLabel}
      </button>
    </div>
    ${options.status === undefined ? nothing : html`<p class="visually-hidden" role="status">${options.status}</p>`}
  </div>`;
}
