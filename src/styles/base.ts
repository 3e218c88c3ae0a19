import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Shared base styles: box model, typography, buttons, fields, badges, messages. Every
 * element starts its `static styles` with this. Classes here are internal; hosts style
 * through parts and tokens.
 *
 * Every shadow element is `box-sizing: border-box`, not `inherit`: in Chromium a
 * non-inherited property set to `inherit` on every element makes each re-styled row's
 * subtree miss the style cache, and the cost grows with every distinct row position until
 * the next GC (a scrolled virtualized list went from ~2 ms to ~60 ms of style recalc per frame).
 */
export const baseStyles = [
  tokens,
  css`
    /*
     * The kit's typography, on the host and again on the element's inner root (its \`base\`
     * part, or its \`<dialog>\`): a page rule that reaches the host itself (\`* { all: unset }\`,
     * a utility class) can change what the host inherits, but not the inner root, so one panel
     * never shows two typefaces.
     */
    :host,
    .base,
    dialog {
      font-family: var(--_font-family);
      font-size: var(--_font-size-md);
      line-height: var(--_line-height);
      color: var(--_color-text);
      -webkit-text-size-adjust: 100%;
      /* What a page's utility classes on an ancestor (uppercase, bold, centred, nowrap…) would pass down. */
      font-weight: normal;
      font-style: normal;
      text-align: start;
      text-transform: none;
      text-indent: 0;
      letter-spacing: normal;
      word-spacing: normal;
      white-space: normal;
    }
    :host {
      box-sizing: border-box;
    }
    /* An element that forces a colour scheme paints that scheme's surface behind its content (tokens.ts). */
    :host([color-scheme]) .base {
      background-color: var(--_color-surface);
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    /* Host resets (Tailwind's preflight and friends) reach slotted content only; still, be explicit. */
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
      margin: 0;
    }

    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }

    .truncate {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      min-width: 0;
      /* Names and addresses take their direction from their own text, so an email in an Arabic row is cut at its end, not its start. */
      unicode-bidi: plaintext;
      text-align: match-parent;
    }

    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space-sm);
      min-height: var(--_control-height);
      padding: 0 var(--_space-lg);
      border: 1px solid var(--_color-border-strong);
      border-radius: var(--_radius-md);
      background: var(--_color-surface);
      color: var(--_color-text);
      font-weight: var(--_font-weight-strong);
      cursor: pointer;
      white-space: nowrap;
      box-shadow: var(--_shadow-sm);
      transition: background-color var(--_duration), border-color var(--_duration);
    }
    .button:hover {
      background: var(--_color-surface-sunken);
    }
    .button:focus-visible,
    .input:focus-visible,
    .checkbox:focus-visible,
    [role='tab']:focus-visible,
    [role='menuitem']:focus-visible,
    [role='switch']:focus-visible,
    a:focus-visible {
      outline: 2px solid transparent;
      box-shadow: var(--_focus-ring);
    }
    .button[aria-disabled='true'],
    .button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .button--primary {
      background: var(--_color-primary);
      border-color: var(--_color-primary);
      color: var(--_color-on-primary);
    }
    .button--primary:hover {
      background: var(--_color-primary-hover);
      border-color: var(--_color-primary-hover);
    }
    .button--danger {
      background: var(--_color-danger);
      border-color: var(--_color-danger);
      color: var(--_color-surface);
    }
    .button--quiet {
      border-color: transparent;
      background: transparent;
      box-shadow: none;
    }
    .button--small {
      min-height: calc(var(--_control-height) * 0.8);
      padding: 0 var(--_space-md);
      font-size: var(--_font-size-sm);
    }
    .icon-button {
      min-height: 0;
      width: var(--_control-height);
      height: var(--_control-height);
      padding: 0;
    }

    .field {
      display: grid;
      /* A select whose option is a 10,000-character workspace name stays as wide as the field. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space-xs);
    }
    .label {
      font-weight: var(--_font-weight-strong);
      font-size: var(--_font-size-sm);
    }
    .required {
      color: var(--_color-danger);
    }
    .hint {
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
    }
    /* Messages quote what the client sent (names, addresses, its own error text): a word too long for the line breaks rather than widen the element. */
    .hint,
    .error,
    .alert {
      overflow-wrap: anywhere;
    }
    .input {
      width: 100%;
      min-height: var(--_control-height);
      padding: 0 var(--_space-md);
      border: 1px solid var(--_color-border-strong);
      border-radius: var(--_radius-md);
      background: var(--_color-surface);
      color: var(--_color-text);
    }
    .input[aria-invalid='true'] {
      border-color: var(--_color-danger);
    }
    /* Not usable yet (a members panel's filters while its members load): sunken and quieter, as a disabled button is. */
    .input:disabled {
      background: var(--_color-surface-sunken);
      color: var(--_color-text-muted);
      cursor: not-allowed;
    }
    .checkbox {
      width: 1.125rem;
      height: 1.125rem;
      accent-color: var(--_color-primary);
    }
    .error {
      display: flex;
      min-width: 0;
      gap: var(--_space-xs);
      font-size: var(--_font-size-sm);
      color: var(--_color-danger);
    }

    .badge {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      padding: 0 var(--_space-sm);
      border-radius: var(--_radius-sm);
      font-size: var(--_font-size-sm);
      font-weight: var(--_font-weight-strong);
      background: var(--_color-surface-sunken);
      color: var(--_color-text-muted);
      white-space: nowrap;
    }
    .badge--warning {
      background: var(--_color-warning-surface);
      color: var(--_color-warning);
    }
    .badge--success {
      background: var(--_color-success-surface);
      color: var(--_color-success);
    }
    .badge--danger {
      background: var(--_color-danger-surface);
      color: var(--_color-danger);
    }
    .badge--primary {
      background: color-mix(in srgb, var(--_color-primary) 14%, transparent);
      color: var(--_color-primary);
    }

    .alert {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space-sm);
      padding: var(--_space-md) var(--_space-lg);
      border-radius: var(--_radius-md);
      border: 1px solid var(--_color-border);
      background: var(--_color-surface-sunken);
    }
    .alert--danger {
      border-color: var(--_color-danger);
      background: var(--_color-danger-surface);
    }
    .alert--success {
      border-color: var(--_color-success);
      background: var(--_color-success-surface);
    }
    .alert--warning {
      border-color: var(--_color-warning);
      background: var(--_color-warning-surface);
    }
    .alert p {
      margin: 0;
    }
    .alert-title {
      font-weight: var(--_font-weight-strong);
    }
    /* Rows of buttons: under an alert, beside a title (\`.actions\`), under a form's fields, and a form's or a dialog's last row (\`.footer\`, at its end). */
    .alert-actions,
    .actions,
    .form-actions,
    .footer {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-sm);
    }
    .form-actions,
    .footer {
      align-items: center;
    }
    .footer {
      justify-content: flex-end;
    }
    /* The backend's own words under the kit's sentence (internal/error-description.ts). */
    .alert-detail {
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
      unicode-bidi: plaintext;
    }
    /* The loading line (internal/status-templates.ts). */
    .kit-loading {
      display: flex;
      align-items: center;
      gap: var(--_space-sm);
      margin: 0;
      color: var(--_color-text-muted);
    }
    .demo-badge {
      flex: none;
      cursor: help;
    }

    /* A switch: a button with role="switch" holding a .switch-thumb. */
    .switch {
      position: relative;
      flex: none;
      width: 2.75rem;
      height: 1.5rem;
      padding: 0;
      border: 1px solid var(--_color-border-strong);
      border-radius: 999px;
      background: var(--_color-surface-sunken);
      cursor: pointer;
      transition: background-color var(--_duration), border-color var(--_duration);
    }
    .switch-thumb {
      position: absolute;
      inset-block-start: 2px;
      inset-inline-start: 2px;
      width: calc(1.5rem - 6px);
      height: calc(1.5rem - 6px);
      border-radius: 50%;
      background: var(--_color-text-muted);
      transition: transform var(--_duration), background-color var(--_duration);
    }
    .switch[aria-checked='true'] {
      background: var(--_color-primary);
      border-color: var(--_color-primary);
    }
    .switch[aria-checked='true'] .switch-thumb {
      background: var(--_color-on-primary);
      transform: translateX(1.25rem);
    }
    :host(:dir(rtl)) .switch[aria-checked='true'] .switch-thumb {
      transform: translateX(-1.25rem);
    }
    /* A switch with its name beside it, both in one label. */
    .switch-row {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-sm);
      cursor: pointer;
      font-weight: var(--_font-weight-strong);
    }

    .avatar {
      display: inline-grid;
      place-items: center;
      flex: none;
      width: 2rem;
      height: 2rem;
      border-radius: 50%;
      overflow: hidden;
      background: var(--_color-primary);
      color: var(--_color-on-primary);
      font-size: var(--_font-size-sm);
      font-weight: var(--_font-weight-strong);
      position: relative;
    }
    /* Over the initials, which show again if the picture fails (see internal/avatar.ts). */
    .avatar img {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .avatar img[hidden] {
      display: none;
    }

    .spinner {
      width: 1em;
      height: 1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: invite-kit-spin calc(var(--_duration) * 5) linear infinite;
    }
    @keyframes invite-kit-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation-duration: 2s;
      }
    }

    /* Windows High Contrast: system colours, and borders on everything that acts. */
    @media (forced-colors: active) {
      .button,
      .input,
      .badge,
      .alert,
      .avatar {
        border: 1px solid CanvasText;
      }
      .button--primary {
        background: ButtonText;
        color: ButtonFace;
        forced-color-adjust: none;
      }
      .button[aria-disabled='true'],
      .button:disabled,
      .input:disabled {
        color: GrayText;
        border-color: GrayText;
      }
      /* Forced colours drop box-shadow, which draws the usual focus ring: every focus gets an outline instead. */
      :focus-visible {
        outline: 2px solid Highlight !important;
        outline-offset: 1px;
      }
      /*
       * A switch paints its track and thumb itself, in system colours: left to forced colours the
       * thumb's background would become the track's Canvas and vanish. (Specific enough to win
       * over the switch rules above.)
       */
      .switch[role='switch'] {
        forced-color-adjust: none;
        background: Canvas;
        border: 1px solid ButtonText;
      }
      .switch[role='switch'] .switch-thumb {
        background: ButtonText;
      }
      .switch[role='switch'][aria-checked='true'] {
        background: Highlight;
        border-color: Highlight;
      }
      .switch[role='switch'][aria-checked='true'] .switch-thumb {
        background: HighlightText;
      }
      .switch[role='switch']:focus-visible {
        outline-color: CanvasText !important;
        outline-offset: 2px;
      }
    }
  `,
];
