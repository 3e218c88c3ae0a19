/**
 * The two status pieces every element shows, once, with the same parts everywhere:
 *
 * - `errorAlert()`: what failed, the backend's own words as a detail where the error rule says
 *   so, and "Try again" (part `retry-button`) — held, and counting down, while a 429's
 *   `Retry-After` runs. Part `alert` (plus any the element adds), an assertive live region.
 * - `loadingStatus()`: a spinner and a line saying what is loading. Part `status`, polite.
 *
 * Elements reach them through `InviteKitElement.renderErrorAlert()` / `renderLoadingStatus()`, which fill
 * in the words; the functions are exported for private pieces that render outside an element.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

export interface ErrorAlertOptions {
  /** The sentence: what failed and what the person can do. */
  message: string;
  /** The backend's own text, when it is shown apart (a language other than the page's). */
  detail?: string | undefined;
  /** How the detail is introduced ("Details: {detail}"), already in words. */
  detailText?: string | undefined;
  /** Shows "Try again" when given. */
  onRetry?: (() => void) | undefined;
  retryLabel: string;
  /** Seconds before a retry may go (a 429's `Retry-After`); the button is held until then. */
  wait?: number;
  /** The button's label while held ("Try again in 3 s"). */
  waitLabel?: string | undefined;
  /** A retry is on its way: the button stays (focus stays on it), unavailable, with a spinner. */
  retrying?: boolean;
  /** Parts besides `alert` (an element's own name for this alert, kept for hosts that style it). */
  part?: string;
  /** Parts besides `retry-button`. */
  retryPart?: string;
  /** `alert` (default) interrupts; `status` waits its turn; `none` for alerts inside a region that already speaks. */
  role?: 'alert' | 'status' | 'none';
  /** An id for the sentence, so a control can be described by it. */
  id?: string;
}

export function errorAlert(options: ErrorAlertOptions): TemplateResult {
  const held = (options.wait ?? 0) > 0;
  const unavailable = held || options.retrying === true;
  const handleRetry = () => {
    if (!unavailable) options.onRetry?.();
  };
  const role = options.role ?? 'alert';
  return html`<div
    part="alert ${options.part ?? ''}"
    class="alert alert--danger kit-error"
    role=${role === 'none' ? nothing : role}
  >
    <p class="alert-message" id=${options.id ?? nothing}>${options.message}</p>
    ${options.detail ? html`<p part="alert-detail" class="alert-detail" dir="auto">${options.detailText ?? options.detail}</p>` : nothing}
    ${
      options.onRetry
        ? html`<div class="alert-actions">
          <button
            type="button"
            part="retry-button ${options.retryPart ?? ''}"
            class="button button--small"
            aria-disabled=${unavailable ? 'true' : 'false'}
            @click=${handleRetry}
          >
            ${options.retrying ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${
              held ? (options.waitLabel ?? options.retryLabel) : options.retryLabel
            }
          </button>
        </div>`
        : nothing
    }
  </div>`;
}

export interface LoadingStatusOptions {
  text: string;
  /** Parts besides `status`. */
  part?: string;
}

export function loadingStatus(options: LoadingStatusOptions): TemplateResult {
  return html`<p part="status ${options.part ?? ''}" class="status kit-loading" role="status">
    <span class="spinner" aria-hidden="true"></span>${options.text}
  </p>`;
}
