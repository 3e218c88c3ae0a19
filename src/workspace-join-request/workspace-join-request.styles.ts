import { css } from 'lit';

/** After `baseStyles` and `pageStyles`. */
export const styles = css`
  :host {
    --_gap: var(--invite-kit-join-request-gap, var(--_space-lg));
  }

  /* One column no wider than the page: a long unbroken name wraps instead of widening every row. */
  .base {
    grid-template-columns: minmax(0, 1fr);
  }

  /* The heading over the workspace's kind. */
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-content: normal;
    gap: var(--_space-xs);
    min-width: 0;
  }
  .kind,
  .hint {
    margin: 0;
    overflow-wrap: anywhere;
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .workspace-name {
    overflow-wrap: anywhere;
  }

  .viewing {
    margin: 0;
    font-size: var(--_font-size-sm);
  }

  .notice {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-md);
    border-radius: var(--_radius-md);
    border: 1px solid var(--_color-border);
    overflow-wrap: anywhere;
  }
  .notice-text {
    margin: 0;
  }
  .notice--success {
    border-color: var(--_color-success);
  }
  .notice--danger {
    border-color: var(--_color-danger);
  }
  .notice--warning {
    border-color: var(--_color-warning);
  }

  .footer {
    justify-content: flex-start;
  }
`;
