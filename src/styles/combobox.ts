import { css } from 'lit';

/**
 * A row of removable items that wraps, one `<li>` each in a `<ul class="chips">`: what a combobox
 * chose (its `.chip`s below), the invite link's allowed domains. Listed after `baseStyles`.
 */
export const chipListStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/**
 * A WAI-ARIA combobox's pieces (`internal/type-ahead-controller.ts` behind it): what was chosen
 * as removable chips, the listbox under the input and its options — the active one
 * (`aria-activedescendant`) outlined, action options ("Load more results", "+ Invite …") in
 * the primary colour. Listed after `baseStyles`.
 */
export const comboboxStyles = [
  chipListStyles,
  css`
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    max-width: 16rem;
    padding-block: 0;
    padding-inline: var(--_space-sm) var(--_space-xs);
    border-radius: 999px;
    background: var(--_color-surface-sunken);
    border: 1px solid var(--_color-border);
    font-size: var(--_font-size-sm);
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_color-border);
  }
  .chip-remove:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .listbox {
    margin: 0;
    padding: var(--_space-xs);
    list-style: none;
    max-height: 16rem;
    overflow: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-md);
    background: var(--_color-surface-raised);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    padding: var(--_space-xs) var(--_space-sm);
    border-radius: var(--_radius-sm);
    cursor: pointer;
  }
  .option:hover,
  .option--active {
    background: var(--_color-surface-sunken);
  }
  .option--active {
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
  }
  .option--action {
    color: var(--_color-primary);
    font-weight: var(--_font-weight-strong);
    min-height: var(--_control-height);
  }
  .option--more[aria-disabled='true'] {
    cursor: progress;
  }
  .option-text {
    display: grid;
    min-width: 0;
  }
  /* What the search found, and why it failed (with Try again), under the listbox. */
  .search-status:empty {
    display: none;
  }
  .search-status {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    margin: 0;
  }
  @media (forced-colors: active) {
    .option--active {
      outline-color: Highlight;
    }
  }
`,
];
