import { css } from 'lit';

/**
 * A data table that becomes a list of cards where its columns don't fit
 * (`internal/table-fit-controller.ts` sets `data-layout` on the `.table-wrapper`): the
 * scrollable, keyboard-focusable wrapper, the table's cells and header row, the sort buttons in
 * the headers, and what the cards share — each row a grid of its cells, the header row hidden
 * (still read out). The element's own styles place its cells in the card (`grid-template-areas`).
 */
export const tableStyles = css`
  .table-wrapper {
    overflow-x: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-md);
  }
  /* Focusable so the keyboard can scroll it (it may hold nothing else that takes focus). */
  .table-wrapper:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  /* The width the table has, watched by TableFitController; never resized by the switch. */
  .fit-probe {
    height: 0;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-sm);
  }
  /* The table at its narrowest, every column at its smallest: laid out and read back, never painted. */
  .table-wrapper[data-layout='measuring'] .table {
    width: 0;
  }
  .table[aria-busy='true'] tbody {
    opacity: 0.6;
    transition: opacity var(--_duration);
  }
  .table th,
  .table td {
    padding: var(--_space-sm);
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--_color-border);
  }
  .table th:first-child,
  .table td:first-child {
    padding-inline-start: var(--_space-md);
  }
  .table th:last-child,
  .table td:last-child {
    padding-inline-end: var(--_space-md);
  }
  .table tbody tr:last-child > * {
    border-bottom: 0;
  }
  .table thead th {
    background: var(--_color-surface-sunken);
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-strong);
  }
  .table tbody th {
    font-weight: normal;
  }
  .sort-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    margin: calc(var(--_space-xs) * -1) calc(var(--_space-sm) * -1);
    padding: var(--_space-xs) var(--_space-sm);
    border: 0;
    border-radius: var(--_radius-sm);
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .sort-button:hover,
  .sort-button[data-active] {
    color: var(--_color-text);
  }
  .sort-button:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .sort-icon {
    font-size: 0.9em;
    opacity: 0.7;
  }
  /* Where the columns don't fit, each row is a card. */
  .table-wrapper[data-layout='cards'] thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .table-wrapper[data-layout='cards'] .table,
  .table-wrapper[data-layout='cards'] tbody,
  .table-wrapper[data-layout='cards'] tr {
    display: block;
  }
  .table-wrapper[data-layout='cards'] .row {
    display: grid;
    align-items: center;
    gap: var(--_space-xs) var(--_space-sm);
    padding: var(--_space-md);
    border-bottom: 1px solid var(--_color-border);
  }
  .table-wrapper[data-layout='cards'] .row:last-child {
    border-bottom: 0;
  }
  .table-wrapper[data-layout='cards'] .row > * {
    display: block;
    min-width: 0;
    padding: 0;
    border: 0;
  }
  /* Without its column header a lone dash says nothing (the cell's text is still there for screen readers). */
  .table-wrapper[data-layout='cards'] .row > :empty {
    display: none;
  }

  @media (forced-colors: active) {
    .table th,
    .table td {
      border-color: CanvasText;
    }
  }
`;
