import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .base {
    display: grid;
    gap: var(--_space-md);
    max-inline-size: var(--invite-kit-accept-invitation-max-width, 32rem);
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-strong);
    line-height: 1.3;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }

  .summary {
    display: grid;
    gap: var(--_space-xs);
  }
  .lead,
  .message,
  .note {
    margin: 0;
  }
  .note {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }

  .form {
    display: grid;
    gap: var(--_space-md);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
  }

  .demo-badge {
    justify-self: start;
  }
`;
