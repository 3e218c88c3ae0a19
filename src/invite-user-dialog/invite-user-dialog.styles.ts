import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }

  .dialog {
    width: min(var(--invite-kit-dialog-width, 36rem), calc(100vw - 2 * var(--_space-lg)));
    max-height: calc(100dvh - 2 * var(--_space-lg));
    /* Anchored near the top rather than centred, so switching tabs doesn't make it jump. */
    margin-block: min(10vh, 5rem) auto;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-lg);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    box-shadow: var(--_shadow-lg);
    overflow: hidden;
  }
  .dialog[open] {
    display: flex;
    flex-direction: column;
    animation: invite-dialog-in calc(var(--_duration) * 1.5) ease-out;
  }
  .dialog::backdrop {
    background: var(--_color-backdrop);
  }
  @keyframes invite-dialog-in {
    /* Movement only: fading would leave text briefly below contrast minimums. */
    from {
      transform: translateY(8px) scale(0.98);
    }
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-md);
    padding: var(--_space-lg) var(--_space-xl) 0;
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-strong);
  }
  .icon-button svg {
    display: block;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    padding: var(--_space-lg) 0;
    color: var(--_color-text-muted);
  }

  .tabs {
    display: flex;
    gap: var(--_space-lg);
    margin: var(--_space-md) var(--_space-xl) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .tab {
    position: relative;
    padding: var(--_space-sm) 0;
    border: 0;
    background: none;
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
    border-radius: var(--_radius-sm) var(--_radius-sm) 0 0;
  }
  .tab:hover {
    color: var(--_color-text);
  }
  .tab[aria-selected='true'] {
    color: var(--_color-primary);
  }
  .tab[aria-selected='true']::after {
    content: '';
    position: absolute;
    inset: auto 0 -1px;
    height: 3px;
    border-radius: 3px 3px 0 0;
    background: currentColor;
  }

  .body {
    display: grid;
    gap: var(--_space-lg);
    padding: var(--_space-lg) var(--_space-xl) var(--_space-xl);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .panel[hidden] {
    display: none;
  }

  @media (max-width: 30rem) {
    .dialog {
      width: 100vw;
      max-width: 100vw;
      max-height: 100dvh;
      margin: auto 0 0;
      border-radius: var(--_radius-lg) var(--_radius-lg) 0 0;
    }
  }

  @media (forced-colors: active) {
    .dialog {
      border: 2px solid CanvasText;
    }
    .tab[aria-selected='true']::after {
      background: Highlight;
    }
  }
`;
