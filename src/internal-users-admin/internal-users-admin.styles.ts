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
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-sm);
  }
  .table[aria-busy='true'] tbody {
    opacity: 0.6;
    transition: opacity var(--_duration);
  }
  .table th,
  .table td {
    padding: var(--_space-sm) var(--_space-md);
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--_color-border);
  }
  .table tbody tr:last-child > * {
    border-bottom: 0;
  }
  .table thead th {
    background: var(--_color-surface-sunken);
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
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
  .person {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    min-width: 12rem;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-sm);
    min-width: 0;
  }
  .name {
    font-weight: var(--_font-weight-strong);
    font-size: var(--_font-size-md);
    /* A very long name is cut off (the whole of it is still the cell's text), never a column wider than the page. */
    max-width: min(20rem, 60vw);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .contact .truncate,
  .user-id .truncate {
    display: block;
    max-width: min(20rem, 60vw);
  }
  .badge--primary {
    background: color-mix(in srgb, var(--_color-primary) 14%, transparent);
    color: var(--_color-primary);
  }
  .stack {
    display: grid;
    max-width: 22rem;
  }
  .phone {
    unicode-bidi: isolate;
  }
  .user-id,
  .last-invitation {
    color: var(--_color-text-muted);
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

  /* On narrow hosts the users table becomes a list of cards. */
  @container (max-width: 44rem) {
    .base {
      padding: var(--_space-lg);
    }
    .users .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .users .table,
    .users .table tbody,
    .users .table tr {
      display: block;
    }
    .users .table .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: var(--_space-xs) var(--_space-sm);
      padding: var(--_space-md);
      border-bottom: 1px solid var(--_color-border);
    }
    .users .table .row:last-child {
      border-bottom: 0;
    }
    .users .table .row > * {
      display: block;
      padding: 0;
      border: 0;
    }
    .users .table .name-cell,
    .users .table .contact {
      grid-column: 1 / -1;
    }
    .users .table .actions-cell {
      grid-column: 1 / -1;
      text-align: start;
    }
  }

  /* The dialog */
  .dialog {
    width: min(var(--invite-kit-internal-users-admin-dialog-width, 36rem), calc(100vw - 2 * var(--_space-lg)));
    max-width: none;
    max-height: calc(100dvh - 2 * var(--_space-lg));
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-lg);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    box-shadow: var(--_shadow-lg);
    overflow: hidden;
  }
  .dialog--wide {
    width: min(var(--invite-kit-internal-users-admin-bulk-dialog-width, 72rem), calc(100vw - 2 * var(--_space-lg)));
  }
  .dialog[open] {
    display: flex;
    flex-direction: column;
    animation: users-admin-dialog-in calc(var(--_duration) * 1.5) ease-out;
  }
  .dialog::backdrop {
    background: var(--_color-backdrop);
  }
  @keyframes users-admin-dialog-in {
    from {
      transform: translateY(8px) scale(0.98);
    }
  }
  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-md);
    padding: var(--_space-lg) var(--_space-xl) 0;
  }
  .dialog-title {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-strong);
  }
  .dialog-title:focus {
    outline: none;
  }
  .icon-button svg {
    display: block;
  }
  .dialog-body {
    padding: var(--_space-lg) var(--_space-xl) var(--_space-xl);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .panel[hidden] {
    display: none;
  }
  .link-note {
    margin: 0;
  }

  @media (max-width: 30rem) {
    .dialog,
    .dialog--wide {
      width: 100vw;
      max-height: 100dvh;
      margin: auto 0 0;
      border-radius: var(--_radius-lg) var(--_radius-lg) 0 0;
    }
  }

  @media (forced-colors: active) {
    .dialog {
      border: 2px solid CanvasText;
    }
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
