import { css } from 'lit';

/** After `baseStyles` and `pageStyles`. */
export const styles = css`
  :host {
    --_gap: var(--invite-kit-sign-up-gap, var(--_space-lg));
    --_max-width: var(--invite-kit-sign-up-max-width, 28rem);
  }

  .result {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .base {
    max-width: var(--_max-width);
  }
  .heading {
    font-size: calc(var(--_font-size-lg) * 1.25);
  }

  .intro {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .domain-rule {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-sm) var(--_space-md);
    border-inline-start: 3px solid var(--_color-primary);
    background: var(--_color-surface-sunken);
    border-radius: var(--_radius-sm);
  }
  .domain-rule p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .domain-rule-title {
    font-weight: var(--_font-weight-strong);
  }

  .alert,
  .hint {
    overflow-wrap: anywhere;
  }
  .form > .hint {
    margin: calc(var(--_gap) / -2) 0 0;
  }

  .footer .button {
    min-width: 8rem;
  }
  @media (max-width: 30rem) {
    .form .footer .button {
      flex: 1 1 auto;
    }
  }
`;
