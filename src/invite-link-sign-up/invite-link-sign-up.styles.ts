import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--invite-kit-sign-up-gap, var(--_space-lg));
    --_max-width: var(--invite-kit-sign-up-max-width, 28rem);
  }

  .base,
  .form,
  .result {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .base {
    max-width: var(--_max-width);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-sm);
  }
  .heading {
    font-size: calc(var(--_font-size-lg) * 1.25);
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
    outline: none;
    border-radius: var(--_radius-sm);
  }
  .heading:focus-visible {
    box-shadow: var(--_focus-ring);
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

  .preview:empty {
    display: none;
  }
  .preview {
    font-variant-numeric: tabular-nums;
  }
  .alert,
  .hint {
    overflow-wrap: anywhere;
  }
  .form > .hint {
    margin: calc(var(--_gap) / -2) 0 0;
  }

  .result-title {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    font-weight: var(--_font-weight-strong);
    color: var(--_color-success);
    outline: none;
  }
  .result-title:focus-visible {
    box-shadow: var(--_focus-ring);
    border-radius: var(--_radius-sm);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: var(--_space-sm);
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
