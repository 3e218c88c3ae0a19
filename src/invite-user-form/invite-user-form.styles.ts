import { css } from 'lit';

/** After `baseStyles` and `pageStyles`. */
export const styles = css`
  :host {
    --_gap: var(--invite-kit-invite-form-gap, var(--_space-lg));
    --_option-radius: var(--invite-kit-invite-form-option-radius, var(--_radius-md));
  }

  .status {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    margin: 0;
    color: var(--_color-text-muted);
  }

  .delivery {
    display: grid;
    gap: var(--_space-sm);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .delivery legend {
    padding: 0;
    margin-block-end: var(--_space-sm);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-md);
    padding: var(--_space-md);
    border: 1px solid var(--_color-border);
    border-radius: var(--_option-radius);
    background: var(--_color-surface);
    cursor: pointer;
    transition: border-color var(--_duration), background-color var(--_duration);
  }
  .option:hover {
    border-color: var(--_color-border-strong);
  }
  .option[data-checked] {
    border-color: var(--_color-primary);
    background: var(--_color-surface-sunken);
  }
  .option:has(input:focus-visible) {
    box-shadow: var(--_focus-ring);
  }
  .option input {
    flex: none;
    margin: 0.2em 0 0;
    width: 1rem;
    height: 1rem;
    accent-color: var(--_color-primary);
  }
  .option input:focus-visible {
    outline: none;
  }
  .option-text {
    display: grid;
    gap: 2px;
  }
  .option-label {
    font-weight: var(--_font-weight-strong);
  }
  .delivery[aria-disabled='true'] .option {
    cursor: default;
    opacity: 0.75;
  }
  .nested {
    margin-inline-start: calc(1rem + var(--_space-md) * 2);
  }

  select.input {
    padding-inline-end: var(--_space-sm);
  }

  .advanced {
    display: grid;
    gap: var(--_space-sm);
    justify-items: start;
  }
  .advanced-toggle {
    padding-inline: var(--_space-xs);
    color: var(--_color-primary);
  }
  .advanced-icon {
    display: inline-block;
    width: 1ch;
    font-weight: var(--_font-weight-strong);
  }
  .advanced-options {
    width: 100%;
  }
  .switch-field {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: var(--_space-xs) var(--_space-md);
    padding: var(--_space-md);
    border: 1px solid var(--_color-border);
    border-radius: var(--_option-radius);
  }
  .switch-field .hint {
    grid-column: 1 / -1;
  }

  .result-message {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .option[data-checked] {
      border: 2px solid Highlight;
    }
  }
`;
