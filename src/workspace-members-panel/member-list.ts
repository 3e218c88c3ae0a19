import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { styleProperties } from '../internal/style-properties.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { MemberListLayout, ROW_HEIGHT_REM } from './member-list-layout.js';
import { renderRow } from './member-rows.js';
import type { MemberRow, RowContext } from './member-rows.js';

export { ROW_HEIGHT_REM };

const layout = { type: MemberListLayout };

/**
 * The virtualized member list: only the rows on screen are in the DOM, yet every row tells
 * assistive technology its place in the whole list (`aria-posinset`/`aria-setsize`), and a
 * roving tabindex lets the arrow keys, Home/End and Page Up/Down reach any row — the
 * virtualizer scrolls an off-screen row in before it takes focus. Rows are keyed, so a live
 * update neither moves focus nor the scroll position.
 */
export class MemberListController implements ReactiveController {
  /** The row that holds the list's one tab stop. */
  activeKey?: string;
  private activeIndex = 0;
  private rows: MemberRow[] = [];
  private list?: HTMLElement & VirtualizerHostElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly listSelector: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const list = this.host.shadowRoot?.querySelector<HTMLElement & VirtualizerHostElement>(this.listSelector) ?? undefined;
    if (list && list !== this.list) {
      // The virtualizer looked for the scrolling elements around the list while Lit was still
      // building it, outside the page, and found none but the window. Now that the list is in
      // place it looks again, so a host's scrolling side panel moves the rows of a list as tall
      // as its rows (list-height="auto") too.
      const virtualizer = list[virtualizerRef];
      virtualizer?.disconnected();
      virtualizer?.connected();
    }
    this.list = list;
  }

  /** Call with each render's rows: keeps the tab stop on the same person, or on the nearest row if they left. */
  sync(rows: MemberRow[]): void {
    const hadFocus = this.focusedRowKey() !== undefined;
    this.rows = rows;
    const index = this.activeKey ? this.indexOf(this.activeKey, this.activeIndex) : -1;
    if (index >= 0) {
      this.activeIndex = index;
      return;
    }
    this.activeIndex = Math.min(this.activeIndex, Math.max(rows.length - 1, 0));
    this.activeKey = rows[this.activeIndex]?.key;
    if (hadFocus && this.activeKey) void this.focusRow(this.activeIndex);
  }

  /**
   * Where the row with this key is, trying the likely place first (a row's `data-index`, or
   * where the tab stop was): renders and key presses stay O(1) with 100,000 rows. Falls back
   * to a scan when the list changed under it.
   */
  private indexOf(key: string, hint: number): number {
    if (this.rows[hint]?.key === key) return hint;
    return this.rows.findIndex((row) => row.key === key);
  }

  private focusedRowKey(): string | undefined {
    const focused = this.host.shadowRoot?.activeElement;
    return focused?.closest<HTMLElement>('[role="listitem"]')?.dataset.key;
  }

  /** Focuses the row that holds the tab stop. */
  focusActive(): Promise<void> {
    return this.focusRow(this.activeIndex);
  }

  /** Scrolls a row into view (even one the virtualizer hasn't rendered) and focuses it. */
  async focusRow(index: number): Promise<void> {
    const row = this.rows[index];
    if (!row) return;
    this.activeIndex = index;
    this.activeKey = row.key;
    this.host.requestUpdate();
    this.list?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    for (let frame = 0; frame < 30; frame++) {
      const element = this.list?.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`);
      if (element) {
        element.focus({ preventScroll: frame === 0 ? false : true });
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[role="listitem"]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.key === 'Enter' || event.key === ' ') && target === row) {
      // On a row, Enter opens what its "Not Joined" box opens.
      const box = row.querySelector<HTMLElement>('[data-menu-trigger]');
      if (box) {
        event.preventDefault();
        box.click();
      }
      return;
    }
    const current = this.indexOf(row.dataset.key ?? '', Number(row.dataset.index));
    // A list as tall as its rows (list-height="auto") scrolls with the page: a page is what the window shows of it.
    const page = Math.max(1, Math.floor(Math.min(this.list?.clientHeight ?? 400, innerHeight) / (row.offsetHeight || 56)) - 1);
    const last = this.rows.length - 1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(current + 1, last),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(current + page, last),
      PageUp: Math.max(current - page, 0),
    };
    if (!(event.key in next) || current < 0) return;
    // Home/End inside a text field would mean something else; rows hold none.
    event.preventDefault();
    void this.focusRow(next[event.key]!);
  };

  private readonly handleFocusin = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="listitem"]');
    const key = row?.dataset.key;
    if (key && key !== this.activeKey) {
      this.activeKey = key;
      this.activeIndex = this.indexOf(key, Number(row.dataset.index));
      this.host.requestUpdate();
    }
  };

  render(ctx: Omit<RowContext, 'activeKey' | 'total'>, label: string) {
    const rows = this.rows;
    const rowContext: RowContext = { ...ctx, activeKey: this.activeKey, total: rows.length };
    return html`<div
      part="list"
      class="list"
      role="list"
      aria-label=${label}
      style=${styleProperties({ '--_rows': String(rows.length), 'min-height': '0px' })}
      @keydown=${this.handleKeydown}
      @focusin=${this.handleFocusin}
    >
      ${virtualize({
        layout,
        items: rows,
        keyFunction: (row: MemberRow | undefined) => row?.key,
        // The virtualizer can ask for an index past the end for one frame after the list shrinks.
        renderItem: (row: MemberRow | undefined, index: number) => (row ? renderRow(rowContext, row, index) : html``),
        scroller: true,
      })}
    </div>`;
  }
}
