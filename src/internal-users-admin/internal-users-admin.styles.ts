import { css } from 'lit';
import { cardStyles } from '../styles/base.js';

/** After `baseStyles`; the outer card (`.base`) is the shared `cardStyles`. */
export const styles = [
  cardStyles,
  css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* The outer card is the shared cardStyles, with more room here. */
  .base {
    padding: var(--_space-xl);
  }
  p {
    margin: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-md);
  }
  .title {
    font-size: calc(var(--_font-size-lg) * 1.15);
    font-weight: var(--_font-weight-strong);
    line-height: 1.25;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
  }
  .status {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-sm);
    padding: var(--_space-xl) 0;
    color: var(--_color-text-muted);
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-sm);
    padding: var(--_space-lg);
    text-align: center;
    color: var(--_color-text-muted);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius-md);
  }

  /* Search and count */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-sm) var(--_space-lg);
  }
  .search {
    flex: 1 1 18rem;
    max-width: 28rem;
  }
  .count {
    display: flex;
    align-items: center;
    gap: var(--_space-md);
    min-height: var(--_control-height);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .updating {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  /* Tables */
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
  /* The width the users table has, watched by TableFitController; never resized by the switch. */
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
  .row:hover {
    background: var(--invite-kit-internal-users-admin-row-hover, var(--_color-surface-sunken));
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
  /*
   * How the columns share the width. The person's and the address's columns have floors
   * (10rem, 13rem: an ordinary address fits on one line at 13rem), so no value is squeezed to
   * a few letters a line; the table becomes cards (TableFitController) rather than go below
   * them. Above the floors the columns share what is left in proportion to what they hold, up
   * to ceilings, so one very long value takes no more than its ceiling from the others. The
   * floors are fixed, not the values' own widths: a long value on the page never changes the
   * layout, it wraps in its column.
   */
  .person {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    min-width: 10rem;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-sm);
    min-width: 0;
  }
  /*
   * A name, address or User ID wraps rather than widening its column (between words where it
   * has them, anywhere where it has none) and past a few lines is cut off. The whole of it is
   * always the element's text (for assistive technology and copying) and its title.
   */
  .value {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    /*
     * Takes its direction from its own text, so an Arabic name in an English row reads right to
     * left (and an override in it ends with it), yet lines up with the column like its neighbours:
     * "start" would follow the text's own direction here.
     */
    unicode-bidi: plaintext;
    text-align: left;
  }
  :host(:dir(rtl)) .value {
    text-align: right;
  }
  .name {
    max-width: 18rem;
    -webkit-line-clamp: 2;
    font-weight: var(--_font-weight-strong);
    font-size: var(--_font-size-md);
  }
  .stack {
    display: grid;
    min-width: 13rem;
    max-width: 24rem;
  }
  .user-id .value {
    min-width: 5rem;
    max-width: 10rem;
    -webkit-line-clamp: 2;
  }
  .status-badge {
    white-space: normal;
  }
  .badge--primary {
    background: color-mix(in srgb, var(--_color-primary) 14%, transparent);
    color: var(--_color-primary);
  }
  .phone {
    unicode-bidi: isolate;
  }
  .user-id,
  .last-invitation {
    color: var(--_color-text-muted);
  }
  .last-invitation {
    white-space: nowrap;
  }
  .actions-cell {
    text-align: end;
    width: 1%;
    white-space: nowrap;
  }

  /* Pager */
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-sm);
  }
  .pager-buttons {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-sm);
  }
  .page-status {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  /* Previous points to where the text starts, Next to where it ends: right to left, they swap. */
  :host(:dir(rtl)) .pager-icon {
    transform: scaleX(-1);
  }

  @container (max-width: 44rem) {
    .base {
      padding: var(--_space-lg);
    }
  }

  /* Where the table's columns don't fit (TableFitController), each user is a card. */
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
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'name status'
      'contact contact'
      'user-id user-id'
      'actions invited';
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
  /* Without its column header a lone dash says nothing ("None" is still there for screen readers). */
  .table-wrapper[data-layout='cards'] .row > :empty,
  .table-wrapper[data-layout='cards'] .no-invitation {
    display: none;
  }
  .table-wrapper[data-layout='cards'] .name-cell {
    grid-area: name;
  }
  .table-wrapper[data-layout='cards'] .status-cell {
    grid-area: status;
  }
  .table-wrapper[data-layout='cards'] .contact {
    grid-area: contact;
  }
  .table-wrapper[data-layout='cards'] .user-id {
    grid-area: user-id;
  }
  .table-wrapper[data-layout='cards'] .last-invitation {
    grid-area: invited;
    text-align: end;
  }
  .table-wrapper[data-layout='cards'] .actions-cell {
    grid-area: actions;
    width: auto;
    text-align: start;
  }
  .table-wrapper[data-layout='cards'] .person,
  .table-wrapper[data-layout='cards'] .stack {
    min-width: 0;
  }
  /* A card is as wide as the element: its values take all of it. */
  .table-wrapper[data-layout='cards'] .value,
  .table-wrapper[data-layout='cards'] .stack {
    max-width: none;
  }

  /* The dialog (its layout is modalStyles'): as wide as the tokens say. */
  :host {
    --_modal-width: var(--invite-kit-internal-users-admin-dialog-width, 36rem);
  }
  .dialog--wide {
    --_modal-width: var(--invite-kit-internal-users-admin-bulk-dialog-width, 72rem);
  }
  .panel[hidden] {
    display: none;
  }
  .link-note {
    margin: 0;
  }

  @media (forced-colors: active) {
    .table th,
    .table td {
      border-color: CanvasText;
    }
    .sort-button:focus-visible,
    .checkbox:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`,
];
