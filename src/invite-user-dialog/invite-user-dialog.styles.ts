import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }

  /* Sizing, placement and scrolling: styles/modal.ts. One height for both tabs, so switching never jumps. */
  :host {
    --_modal-width: var(--invite-kit-dialog-width, 36rem);
    --_modal-height: var(--invite-kit-dialog-height, 44rem);
  }
  .title {
    flex: 1 1 auto;
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
    align-content: start;
    gap: var(--_space-lg);
  }
  /*
   * "Send Invitation" stays in view however far the form scrolls: its footer sticks to the
   * bottom of the body, which is the scroll container, on a surface of its own.
   */
  invite-user-form::part(footer) {
    position: sticky;
    bottom: calc(-1 * var(--_space-xl));
    z-index: 1;
    margin-inline: calc(-1 * var(--_space-xl));
    padding: var(--_space-md) var(--_space-xl) var(--_space-xl);
    background: var(--_color-surface-raised);
    border-top: 1px solid var(--_color-border);
  }
  .panel[hidden] {
    display: none;
  }

  @media (max-width: 30rem) {
    invite-user-form::part(footer) {
      bottom: calc(-1 * var(--_space-xl));
      margin-inline: calc(-1 * var(--_space-lg));
      padding-inline: var(--_space-lg);
    }
  }

  @media (forced-colors: active) {
    .tab[aria-selected='true']::after {
      background: Highlight;
    }
  }
`;
