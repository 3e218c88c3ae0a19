import { css } from 'lit';
import { chipListStyles } from '../styles/combobox.js';

/** After `baseStyles` and `pageStyles`; the allowed domains are a chip list (`chipListStyles`), each domain a badge. */
export const styles = [
  chipListStyles,
  css`
  .header:has(.visually-hidden):not(:has(.badge)) {
    display: contents;
  }
  .note {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }

  .refresh-status:empty {
    display: none;
  }

  .settings {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space-md);
  }
  .settings-summary {
    cursor: pointer;
    font-weight: var(--_font-weight-strong);
    border-radius: var(--_radius-sm);
    width: fit-content;
  }
  .settings-summary:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .settings-body {
    display: grid;
    gap: var(--_space-lg);
    padding-top: var(--_space-md);
  }
  .settings-status {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .settings-status:empty {
    display: none;
  }

  .settings select {
    justify-self: start;
    width: auto;
    min-width: 12rem;
    max-width: 100%;
  }

  .domain {
    max-width: 100%;
    padding-inline-end: 0;
    color: var(--_color-text);
  }
  .domain > span {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .remove-domain {
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius-sm);
    background: transparent;
    cursor: pointer;
    font-size: 1.1em;
    line-height: 1;
  }
  .remove-domain:hover {
    background: var(--_color-border);
  }
  .remove-domain:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .domain-form {
    display: flex;
    gap: var(--_space-sm);
  }
  .domain-form .input {
    flex: 1;
    min-width: 0;
  }

  @media (max-width: 30rem) {
    .domain-form {
      flex-wrap: wrap;
    }
  }
`,
];
