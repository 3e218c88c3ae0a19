import { css } from 'lit';

/** The Bulk Invite panel: paste box, editable rows with their statuses, and the sticky send bar. */
export const bulkEditorStyles = css`
  .bulk {
    display: grid;
    gap: var(--_space-lg);
  }
  .textarea {
    padding: var(--_space-sm) var(--_space-md);
    resize: vertical;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: var(--_font-size-sm);
  }
  .paste-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
    margin-top: var(--_space-xs);
  }
  .bulk-summary {
    font-weight: var(--_font-weight-strong);
  }
  .bulk-table-wrapper {
    max-height: min(28rem, 50dvh);
    overflow: auto;
  }
  .bulk-table thead th {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .bulk-table td,
  .bulk-table th {
    vertical-align: top;
    padding: var(--_space-xs) var(--_space-sm);
  }
  .bulk-table tbody th {
    padding-top: calc(var(--_space-sm) + 0.35rem);
  }
  .bulk-table tbody td.admin-column,
  .bulk-table tbody td.remove-cell {
    padding-top: calc(var(--_space-xs) + 0.35rem);
  }
  .bulk-cell {
    min-width: 10rem;
  }
  .bulk-cell .input {
    min-height: calc(var(--_control-height) * 0.85);
    font-size: var(--_font-size-sm);
  }
  .bulk-cell .error {
    margin-top: var(--_space-xs);
    max-width: 20rem;
  }
  .locked-value {
    display: block;
    padding-top: 0.35rem;
  }
  .number-column {
    width: 1%;
    color: var(--_color-text-muted);
    text-align: end;
  }
  .admin-column {
    width: 1%;
    text-align: center;
  }
  .bulk-table thead th.admin-column {
    text-align: center;
  }
  .checkbox {
    margin: 0.3rem 0 0;
  }
  .bulk-table tbody td.bulk-status-cell {
    padding-top: calc(var(--_space-xs) + 0.4rem);
    min-width: 9rem;
  }
  .status-stack {
    display: grid;
    justify-items: start;
    gap: var(--_space-xs);
  }
  .bulk-row[data-status='sent'] {
    background: color-mix(in srgb, var(--_color-success-surface) 60%, transparent);
  }
  .bulk-row[data-status='failed'],
  .bulk-row[data-status='invalid'] {
    background: color-mix(in srgb, var(--_color-danger-surface) 45%, transparent);
  }
  .bulk-row[data-status='duplicate'],
  .bulk-row[data-status='exists'] {
    background: color-mix(in srgb, var(--_color-warning-surface) 55%, transparent);
  }
  .remove-cell {
    width: 1%;
  }
  .remove-cell .icon-button {
    width: calc(var(--_control-height) * 0.8);
    height: calc(var(--_control-height) * 0.8);
  }
  /* The send buttons stay in reach however long the list of rows is. */
  .bulk-footer {
    position: sticky;
    bottom: calc(var(--_space-xl) * -1);
    margin: 0 calc(var(--_space-xl) * -1) calc(var(--_space-xl) * -1);
    padding: var(--_space-md) var(--_space-xl) var(--_space-xl);
    background: var(--_color-surface-raised);
    border-top: 1px solid var(--_color-border);
  }
  .alert:focus {
    outline: none;
  }
  .alert:focus-visible {
    box-shadow: var(--_focus-ring);
  }
`;
