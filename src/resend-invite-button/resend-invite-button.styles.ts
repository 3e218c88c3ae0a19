import { css } from 'lit';

/**
 * The few shared rules this button needs, instead of all of `baseStyles`: it has a 12 KB
 * (brotli) budget with its dependencies and the full sheet would spend a tenth of it on
 * fields, alerts and avatars it never shows. Keep these in step with `.button` in `styles/base.ts`.
 */
export const styles = css`
  :host {
    display: inline-block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size-md);
    line-height: var(--_line-height);
    color: var(--_color-text);
    font-weight: normal;
    font-style: normal;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  .base {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-sm);
    box-sizing: border-box;
    min-height: calc(var(--_control-height) * 0.8);
    margin: 0;
    padding: 0 var(--_space-md);
    border: 1px solid var(--_color-border-strong);
    border-radius: var(--_radius-md);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
    cursor: pointer;
    box-shadow: var(--_shadow-sm);
    transition: background-color var(--_duration);
  }
  .button:hover {
    background: var(--_color-surface-sunken);
  }
  .button:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :host([state='sending']) .button {
    cursor: progress;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin calc(var(--_duration) * 5) linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .message {
    font-size: var(--_font-size-sm);
  }
  .message:not(:empty) {
    margin-top: var(--invite-kit-resend-invite-button-gap, var(--_space-xs));
  }
  .status {
    color: var(--invite-kit-resend-invite-button-success-color, var(--_color-success));
  }
  .hint {
    color: var(--_color-text-muted);
  }
  .error {
    color: var(--_color-danger);
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2s;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
