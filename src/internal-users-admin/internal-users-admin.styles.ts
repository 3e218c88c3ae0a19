import { css } from 'lit';
import { panelStyles } from '../styles/panel.js';
import { tableStyles } from '../styles/table.js';

/** After `baseStyles`; the card, its header, loading line and empty box are the shared `panelStyles`, the users table `tableStyles`. */
export const styles = [
  panelStyles,
  tableStyles,
  css`
  /* More room here than the panel's usual. */
  .base {
    padding: var(--_space-xl);
  }
  p {
    margin: 0;
  }
  .title {
    font-size: calc(var(--_font-size-lg) * 1.15);
    font-weight: var(--_font-weight-strong);
  }

  /* Search and count: a header row (headerStyles), lined up on the input rather than the label */
  .toolbar {
    align-items: end;
    --_header-gap: var(--_space-sm) var(--_space-lg);
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

  /* The users table (its layout is tableStyles') */
  .row:hover {
    background: var(--invite-kit-internal-users-admin-row-hover, var(--_color-surface-sunken));
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

  /* Pager: a header row (headerStyles), closer together */
  .pager {
    --_header-gap: var(--_space-sm);
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
  .table-wrapper[data-layout='cards'] .row {
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'name status'
      'contact contact'
      'user-id user-id'
      'actions invited';
  }
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
`,
];
