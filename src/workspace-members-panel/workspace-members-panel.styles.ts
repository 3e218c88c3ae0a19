import { css, unsafeCSS } from 'lit';
import { panelStyles } from '../styles/panel.js';
import { popoverStyles } from '../styles/popover.js';
import { LIST_HEIGHT, ROW_HEIGHT_REM } from './member-list-layout.js';

/** After `baseStyles`; the card, its header, title, loading line and empty box are the shared `panelStyles`, the menu's surface `popoverStyles`. */
export const styles = [
  panelStyles,
  popoverStyles,
  css`
  .heading {
    display: grid;
    min-width: 0;
  }
  /* The workspace's name gives way before the count does: the count is what the line is for. */
  .count {
    display: flex;
    min-width: 0;
  }
  .count-text {
    flex: none;
    white-space: pre;
  }
  .section-title {
    margin: 0 0 var(--_space-sm);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-strong);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-text-muted);
  }
  .alert > span {
    display: block;
  }
  .empty {
    padding: var(--_space-xl) var(--_space-lg);
  }

  /* Join requests */
  .join-requests {
    container: join-requests / inline-size;
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
    display: grid;
    min-width: 0;
    flex: 1 1 12rem;
    /* One column no wider than the request: a very long name or address is cut off, never stretching it. */
    grid-template-columns: minmax(0, 1fr);
  }
  /* "Asked 2 hours ago" must stay readable next to the buttons: it moves under the address rather than clip; an
     address too long for the line is cut off (never a wall of text pushing the member list off the screen). */
  .request .details .contact {
    display: inline-block;
    /* Room for the "·" kept with it, so a line never starts with one. */
    max-width: calc(100% - 1em);
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
  /* The three actions are one group: beside who asked when there is room, else under it as a row, and in a
     narrow panel stacked at full width, the approvals first — never one button wrapped away from the others. */
  .request-actions {
    display: flex;
    gap: var(--_space-xs);
    margin-inline-start: auto;
  }
  .request-actions .button {
    white-space: nowrap;
  }
  @container join-requests (max-width: ${ROW_HEIGHT_REM.narrowBelow}rem) {
    .request {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .request-actions {
      display: grid;
      margin-inline-start: 0;
    }
    .request-actions .button {
      width: 100%;
      white-space: normal;
    }
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

  /* The list: as tall as its rows (--_rows, set by the list) up to the token, then it scrolls; or, with
     list-height="auto", always as tall as its rows, scrolled by the page. The row height comes from the
     container query below, so the list's height follows a narrow row's too. Content-box: the border is
     outside the rows' height, so a short list neither scrolls by a pixel nor leaves space under its rows. */
  .list-region {
    container: member-list / inline-size;
  }
  .list,
  .list-skeleton {
    box-sizing: content-box;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-md);
  }
  .list {
    /* How many rows the list has, and how many are outside its window before and after: set on the
       element by the list as it renders (member-list.ts). */
    --_rows: 0;
    --_before: 0;
    --_after: 0;
    --_row-height: ${ROW_HEIGHT_REM.wide}rem;
    height: min(calc(var(--_rows, 0) * var(--_row-height)), var(${unsafeCSS(LIST_HEIGHT.property)}, ${LIST_HEIGHT.defaultRem}rem));
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The window keeps the scroll position itself; the browser's anchoring would fight it when rows come and go. */
    overflow-anchor: none;
  }
  /* While the members load: a box where the list will be, as tall as a full list (four rows for a list as
     tall as its rows), so the list arriving fills it rather than pushing the page down. */
  .list-skeleton {
    display: grid;
    align-content: center;
    height: var(${unsafeCSS(LIST_HEIGHT.property)}, ${LIST_HEIGHT.defaultRem}rem);
  }
  :host([list-height='auto']) .list-skeleton {
    height: calc(4 * ${ROW_HEIGHT_REM.wide}rem);
  }
  /* What the rows outside the window would take (member-list.ts): the list scrolls as if they were all there. */
  .list-spacer--before {
    height: calc(var(--_before, 0) * var(--_row-height));
  }
  .list-spacer--after {
    height: calc(var(--_after, 0) * var(--_row-height));
  }
  :host([list-height='auto']) .list {
    height: calc(var(--_rows, 0) * var(--_row-height));
  }
  @media print {
    .list {
      height: auto;
      overflow: visible;
    }
  }
  /* Wide: avatar, then the name line over the details lines, then the status; each line cut off at its end. */
  .row {
    height: var(--_row-height);
    overflow: hidden;
    line-height: 1.35;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'avatar line status'
      'avatar facts status';
    align-content: center;
    align-items: center;
    column-gap: var(--_space-md);
    padding: var(--_space-sm) var(--_space-md);
    border-bottom: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .row > .avatar {
    grid-area: avatar;
  }
  .row > .line {
    grid-area: line;
  }
  .row > .facts {
    grid-area: facts;
    display: grid;
    min-width: 0;
  }
  .row > .status-cell {
    grid-area: status;
  }
  .row:hover,
  .row:focus-within {
    background: var(--invite-kit-workspace-members-panel-row-hover, var(--_color-surface-sunken));
  }
  .row:focus-visible {
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
  }
  /* A member of a paged list not loaded yet: the row's height and place, quieter than a row. */
  .row--placeholder {
    color: var(--_color-text-muted);
  }
  .row--placeholder:hover {
    background: var(--_color-surface);
  }
  .placeholder-avatar {
    background: var(--_color-surface-sunken);
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
    display: block;
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .details,
  .invitation {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
    min-width: 0;
  }
  /* A person's address gives way (cut off at its end); the role after it stays whole. */
  .details--person {
    display: flex;
  }
  .details--person .separator {
    flex: none;
    white-space: pre;
  }
  .details--person .fact {
    flex: none;
  }
  /* Facts stay whole; where a line has no room for them all, the line is cut off at its end. A team row has
     no invitation line, so its details may take two. */
  .invitation,
  .details--team {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .details--team {
    white-space: normal;
    max-height: calc(2lh);
  }
  .fact {
    white-space: nowrap;
  }
  .details--team .fact,
  .invitation .fact {
    display: inline-block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: bottom;
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
    display: none;
    min-width: 14rem;
    max-width: min(22rem, calc(100vw - 1rem));
    padding: var(--_space-sm);
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
  .workspace-link,
  .viewing {
    display: grid;
    gap: var(--_space-sm);
  }
  .workspace-link {
    padding-top: var(--_space-md);
    border-top: 1px solid var(--_color-border);
  }
  .workspace-link .section-title {
    margin: 0;
  }
  .hint {
    margin: 0;
  }

  /* The picker dialog (its layout is modalStyles') */
  :host {
    --_modal-width: 32rem;
  }

  /* Narrow: the status moves up beside the name, and the details take the row's whole width under both,
     wrapping between facts rather than cutting off what an invitation's expiry says. */
  @container member-list (max-width: ${ROW_HEIGHT_REM.narrowBelow}rem) {
    .list {
      --_row-height: ${ROW_HEIGHT_REM.narrow}rem;
    }
    .row {
      grid-template-areas:
        'avatar line status'
        'avatar facts facts';
      row-gap: 2px;
      padding-block: var(--_space-xs);
    }
    .details,
    .invitation {
      line-height: 1.25;
    }
    .invitation {
      white-space: normal;
    }
  }
  @container (max-width: 26rem) {
    .base {
      padding: var(--_space-md);
    }
    .row {
      column-gap: var(--_space-sm);
      padding-inline: var(--_space-sm);
    }
    .filters {
      grid-template-columns: 1fr;
    }
  }
`,
];
