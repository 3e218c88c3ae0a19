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
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-md);
    flex-wrap: wrap;
  }
  .heading {
    display: grid;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-lg);
    line-height: 1.25;
  }
  .section-title {
    margin: 0 0 var(--_space-sm);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-strong);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-text-muted);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    color: var(--_color-text-muted);
    padding: var(--_space-xl) 0;
    justify-content: center;
  }
  .alert > span {
    display: block;
  }
  .empty {
    margin: 0;
    padding: var(--_space-xl) var(--_space-lg);
    text-align: center;
    color: var(--_color-text-muted);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius-md);
    display: grid;
    gap: var(--_space-sm);
    justify-items: center;
  }

  /* Join requests */
  .join-requests {
    padding: var(--_space-md);
    border-radius: var(--_radius-md);
    background: var(--_color-warning-surface);
    border: 1px solid var(--_color-border);
  }
  .requests {
    display: grid;
    gap: var(--_space-sm);
    margin: var(--_space-sm) 0 0;
    padding: 0;
    list-style: none;
  }
  .request {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-sm);
    padding: var(--_space-sm) var(--_space-md);
    border-radius: var(--_radius-md);
    background: var(--_color-surface);
  }
  .request .who {
    flex: 1 1 12rem;
    /* One column no wider than the request: a very long name or address is cut off, never stretching it. */
    grid-template-columns: minmax(0, 1fr);
  }
  /* "Asked 2 hours ago" must stay readable next to the buttons: it moves under the address rather than clip; an
     address too long for the line is cut off (never a wall of text pushing the member list off the screen). */
  .request .details .contact {
    display: inline-block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: bottom;
  }
  .request .details .asked {
    white-space: nowrap;
  }
  .requests-note {
    margin: 0;
    font-size: var(--_font-size-sm);
  }
  .request-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  /* Filters */
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-sm);
    align-items: end;
  }
  select.input {
    padding-inline-end: var(--_space-xl);
  }

  /* The list */
  .list {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-md);
    overscroll-behavior: contain;
    /* The virtualizer keeps its own scroll anchor; the browser's would fight it on live updates. */
    overflow-anchor: none;
  }
  .row {
    height: 4.5rem;
    overflow: hidden;
    line-height: 1.35;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space-md);
    width: 100%;
    padding: var(--_space-sm) var(--_space-md);
    border-bottom: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .row:hover,
  .row:focus-within {
    background: var(--invite-kit-workspace-members-panel-row-hover, var(--_color-surface-sunken));
  }
  .row:focus-visible {
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
  }
  .who {
    display: grid;
    min-width: 0;
  }
  .line {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    min-width: 0;
  }
  .name {
    font-weight: var(--_font-weight-strong);
  }
  /* In a narrow panel the name and its badge both give way, the name keeping the larger share. */
  .line .badge {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .details,
  .invitation {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .status-button {
    border: 1px solid currentColor;
    cursor: pointer;
    min-height: 1.75rem;
  }
  .status-button:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .chevron::before {
    content: '▾';
  }

  /* The "Not Joined" popover */
  .menu {
    position: fixed;
    inset: auto;
    margin: 0;
    display: none;
    min-width: 14rem;
    max-width: min(22rem, calc(100vw - 1rem));
    padding: var(--_space-sm);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-md);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    box-shadow: var(--_shadow-lg);
  }
  .menu:popover-open {
    display: grid;
    justify-items: start;
    gap: var(--_space-xs);
  }
  .confirm-text {
    margin: var(--_space-xs) 0;
    font-size: var(--_font-size-sm);
  }
  .confirm-actions {
    display: flex;
    gap: var(--_space-xs);
  }

  /* Workspace Link: its heading matches the panel's other sections; the link is the shared copy-link field (internal/copy-link.ts). */
  .workspace-link {
    display: grid;
    gap: var(--_space-sm);
    padding-top: var(--_space-md);
    border-top: 1px solid var(--_color-border);
  }
  .viewing {
    display: grid;
    gap: var(--_space-sm);
  }
  .workspace-link .section-title {
    margin: 0;
  }
  .hint {
    margin: 0;
  }
  .switch-row {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-sm);
    cursor: pointer;
    font-weight: var(--_font-weight-strong);
  }

  /* The picker dialog */
  .dialog {
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: var(--_space-lg);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-lg);
    background: var(--_color-surface);
    color: var(--_color-text);
    box-shadow: var(--_shadow-lg);
  }
  .dialog::backdrop {
    background: var(--_color-backdrop);
  }
  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    margin-bottom: var(--_space-md);
  }

  @container (max-width: 26rem) {
    .base {
      padding: var(--_space-md);
    }
    .row {
      gap: var(--_space-sm);
      padding-inline: var(--_space-sm);
    }
    .filters {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .row:focus-visible,
    .status-button:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`,
];
