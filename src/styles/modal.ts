import { css } from 'lit';

/**
 * The layout of every kit modal (`ModalController`): a native `<dialog class="modal">` holding
 * `.modal-header` (title and close button), `.modal-body` (what scrolls) and, optionally,
 * `.modal-footer`. It fits every viewport: centred with the same gap above and below, never
 * taller than the viewport minus those gaps, its header (and footer) always visible and its
 * body scrolling inside. Content that wants its own buttons always in view (a form inside the
 * body) makes its footer `position: sticky; bottom: 0` — the body is its scroll container.
 *
 * A modal with tabs or views sets `--_modal-height` (a fixed height, capped by the viewport),
 * so switching tabs never makes it jump; the others grow with their content up to the cap.
 * On a phone (narrow viewport) it becomes a sheet along the bottom edge.
 *
 * Tokens: `--invite-kit-modal-gap` (space kept around it, default 1rem, in tokens.ts) — each
 * modal documents its own width and height properties.
 */
export const modalStyles = css`
  /* An element sets its own in a later \`:host\` rule. */
  :host {
    --_modal-width: 36rem;
    /* fit-content, not auto: a modal dialog is inset on all sides, so auto would stretch it to the viewport. */
    --_modal-height: fit-content;
  }
  .modal {
    width: min(var(--_modal-width), calc(100vw - 2 * var(--_modal-gap)));
    max-width: none;
    height: var(--_modal-height);
    max-height: calc(100dvh - 2 * var(--_modal-gap));
    /* The UA centres a modal; say it again so a host's dialog rules can't push it off screen. */
    margin: auto;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-lg);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    box-shadow: var(--_shadow-lg);
    overflow: hidden;
  }
  .modal[open] {
    display: flex;
    flex-direction: column;
    animation: invite-kit-modal-in calc(var(--_duration) * 1.5) ease-out;
  }
  .modal::backdrop {
    background: var(--_color-backdrop);
  }
  @keyframes invite-kit-modal-in {
    /* Movement only: fading would leave text briefly below contrast minimums. */
    from {
      transform: translateY(8px) scale(0.98);
    }
  }
  .modal-header {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-md);
    padding: var(--_space-lg) var(--_space-xl) 0;
  }
  .modal-title {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-strong);
  }
  .modal-title:focus {
    outline: none;
  }
  .close-button {
    flex: none;
    /* At least 44 px to hit, whatever the control height token says. */
    min-width: max(var(--_control-height), 2.75rem);
    min-height: max(var(--_control-height), 2.75rem);
  }
  .close-button svg {
    display: block;
  }
  .modal-body {
    flex: 1 1 auto;
    min-height: 0;
    padding: var(--_space-lg) var(--_space-xl) var(--_space-xl);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .modal-footer {
    flex: none;
    padding: var(--_space-md) var(--_space-xl);
    border-top: 1px solid var(--_color-border);
  }

  @media (max-width: 30rem) {
    .modal {
      width: 100vw;
      max-height: calc(100dvh - var(--_modal-gap));
      margin: auto 0 0;
      border-radius: var(--_radius-lg) var(--_radius-lg) 0 0;
    }
    .modal-header,
    .modal-body {
      padding-inline: var(--_space-lg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .modal[open] {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .modal {
      border: 2px solid CanvasText;
    }
  }
`;
