import { css } from 'lit';

/** After `baseStyles` and `pageStyles`. */
export const styles = css`
  .base {
    max-inline-size: var(--invite-kit-accept-invitation-max-width, 32rem);
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    line-height: 1.3;
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

  .demo-badge {
    justify-self: start;
  }
`;
