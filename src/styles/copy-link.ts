import { css } from 'lit';

/** The copy-link field's layout (internal/copy-link.ts), in the elements that show one. */
export const copyLinkStyles = css`
  .link-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
  }
  .link-input {
    flex: 1 1 12rem;
    min-width: 0;
    font-family: var(--invite-kit-share-link-input-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: var(--_font-size-sm);
    background: var(--_color-surface-sunken);
    text-overflow: ellipsis;
  }
  .copy-button {
    flex: none;
  }
  .copy-status {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .copy-status--copied {
    color: var(--_color-success);
    font-weight: var(--_font-weight-strong);
  }
`;
