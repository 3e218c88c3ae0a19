/**
 * The refusal an element shows when the viewer may not see it: why, and — where trying again
 * can change the answer (`AccessController` decides) — "Try again". The button stays in place
 * (unavailable, with a spinner) while the element checks again, so focus stays on it, and is
 * described by the explanation.
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
  /**
   * Whether the slot holds the host's words, flattened (`assignedNodes({ flatten: true })`): a
   * kit element forwarding its own `forbidden` slot into this one, empty, must not hide the
   * explanation. Kept by the caller from `onSlotChange`.
   */
  slotted?: boolean;
  onSlotChange?: (event: Event) => void;
  /** "Try again", when a retry can change the answer. */
  retry?: {
    label: string;
    /** Checking again right now. */
    retrying: boolean;
    /** What a polite status line inside the notice says (how trying again went); leave it out when the element announces that itself. */
    status?: string;
    onRetry: () => void;
  };
}

export function forbiddenNotice(options: ForbiddenNoticeOptions): TemplateResult {
  const explanation = html`<p class="alert-title" id="forbidden-title">${options.title}</p>
    <p id="forbidden-text">${options.text}</p>`;
  const hostWords = options.slot && options.slotted === true;
  // The button is described by whatever the notice shows, the host's words or these.
  const describedBy = hostWords ? 'forbidden-explanation' : 'forbidden-title forbidden-text';
  const { retry } = options;
  return html`<div part=${options.part} class="alert alert--warning">
    ${
      options.slot
        ? html`<div id="forbidden-explanation" class="forbidden-explanation" ?hidden=${!hostWords}>
          <slot name="forbidden" @slotchange=${options.onSlotChange}></slot>
        </div>`
        : nothing
    }
    ${hostWords ? nothing : explanation}
    ${
      retry
        ? html`<div class="alert-actions">
            <button
              type="button"
              part="retry-button forbidden-retry-button"
              class="button button--small"
              aria-describedby=${describedBy}
              aria-disabled=${retry.retrying ? 'true' : 'false'}
              @click=${retry.onRetry}
            >
              ${retry.retrying ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${retry.label}
            </button>
          </div>
          ${retry.status === undefined ? nothing : html`<p class="visually-hidden" role="status">${retry.status}</p>`}`
        : nothing
    }
  </div>`;
}
