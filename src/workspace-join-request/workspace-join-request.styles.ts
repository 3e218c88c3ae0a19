import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--invite-kit-join-request-gap, var(--_space-lg));
  }

  /* One column no wider than the page: a long unbroken name wraps instead of widening every row. */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    min-width: 0;
  }

  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-xs);
    min-width: 0;
  }
  .heading {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
    border-radius: var(--_radius-sm);
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

  .form {
    display: grid;
    gap: var(--_gap);
  }
  .label .optional {
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  .preview:empty {
    display: none;
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
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
    align-items: center;
  }
`;
