import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { ChildPart } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../internal/style-properties.js';
import { LIST_HEIGHT, OVERHANG_ROWS, ROW_HEIGHT_REM, WHOLE_LIST_ROWS, listHeightPx, rowRange } from './member-list-layout.js';
import type { RowRange } from './member-list-layout.js';
import { isPlaceholder, renderRow } from './member-rows.js';
import type { ListRow, RowContext } from './member-rows.js';

/** Printed, the list shows its rows in full, up to this many. */
const PRINTED_ROWS = 2_000;

/**
 * The list's rows as a part of their own: the panel renders them with everything else, and the
 * window re-renders them alone (`setValue`) when the scroll position or a measurement moves it,
 * so a scroll frame builds the rows it brings in and nothing of the panel around them.
 */
class WindowRows extends AsyncDirective {
  private list?: MemberListController;

  render(list: MemberListController) {
    return list.renderWindow();
  }

  override update(_part: ChildPart, [list]: [MemberListController]) {
    this.list = list;
    list.rowsPart = this;
    return this.render(list);
  }

  /** Renders the window again, outside the panel's update. */
  refresh(): boolean {
    if (!this.isConnected || !this.list) return false;
    this.setValue(this.list.renderWindow());
    this.list.syncListTabStop();
    return true;
  }

  protected override disconnected(): void {
    if (this.list?.rowsPart === this) this.list.rowsPart = undefined;
  }

  protected override reconnected(): void {
    if (this.list) this.list.rowsPart = this;
  }
}
const windowRows = directive(WindowRows);

/**
 * The member list, windowed: rows have one known height (ROW_HEIGHT_REM), so the list renders
 * only the rows that can be seen — spacers as tall as the rows above and below stand in for
 * the rest — and works out which those are from the scroll position alone, with no measuring
 * pass: the rows are painted in the frame their data arrives in, at any length. Every row tells
 * assistive technology its place in the whole list (`aria-posinset`/`aria-setsize`), and a
 * roving tabindex lets the arrow keys, Home/End and Page Up/Down reach any row — an
 * off-screen row is rendered and scrolled in before it takes focus. Rows are keyed, so a live
 * update neither moves focus nor the scroll position.
 *
 * (It replaced @lit-labs/virtualizer, whose measuring passes cost ~40 ms before the first rows
 * at every size, and ~8 KB.)
 */
export class MemberListController implements ReactiveController {
  /** The row that holds the list's one tab stop. */
  activeKey?: string;
  private activeIndex = 0;
  private rows: ListRow[] = [];
  /** The rows the last render put in the DOM, `[start, end)`: a paged list loads what they need. */
  shownRange: RowRange = { start: 0, end: 0 };
  /** A placeholder an arrow key moved to: focused once its member has arrived. */
  private pendingFocusIndex?: number;
  private list?: HTMLElement;
  private range: RowRange = { start: 0, end: 0 };
  /** A row's height in px, once a row has been laid out (a host may restyle `::part(row)`). */
  private rowHeight = 0;
  private printing = false;
  /** A row rendered out of its place to take focus, to scroll to once it is in the DOM. */
  private pendingScrollIndex?: number;
  /** A list just put in the DOM, measured once it is laid out (in the resize observer's first call, before its first paint). */
  private measureOnLayout = false;
  /** The rows' own part (WindowRows), re-rendered alone when only the window moves. @internal */
  rowsPart?: WindowRows;
  /** What the panel's last render gave the rows (translations, the open menu). */
  private context?: Omit<RowContext, 'activeKey' | 'total' | 'firstShown'>;
  /** Whether the list element itself holds the tab stop (no real row in the window). */
  private listTabStop = false;
  /** Told when the window shows another range of rows (the panel asks a pager for their pages). */
  onShownRangeChange?: (range: RowRange) => void;
  private readonly resizeObserver = new ResizeObserver(() => {
    // Called after layout: measuring here costs no extra layout, and what it changes is painted in the same frame.
    const first = this.measureOnLayout;
    this.measureOnLayout = false;
    this.updateRange(first);
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capturing: the page, or any scrolling box around the panel (a host's side panel), moving the list.
    document.addEventListener('scroll', this.handleScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.handleScroll, { passive: true });
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.handleScroll, { capture: true });
    window.removeEventListener('resize', this.handleScroll);
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    this.resizeObserver.disconnect();
    this.list = undefined;
  }

  hostUpdated(): void {
    // The element render() below put in the host's shadow root.
    const list = this.host.shadowRoot?.querySelector<HTMLElement>('.list') ?? undefined;
    if (list !== this.list) {
      this.resizeObserver.disconnect();
      // The list's own scrolling (scroll events reach no listener outside its shadow root).
      this.list?.removeEventListener('scroll', this.handleScroll);
      list?.addEventListener('scroll', this.handleScroll, { passive: true });
      if (list) this.resizeObserver.observe(list);
      this.list = list;
      // Measured now, in the same task as the render: that lays the panel out while the browser waits for
      // its next frame, so the frame that shows the rows only paints them (measuring in the resize
      // observer's first call left the whole layout to that frame, and the rows to the one after it).
      // The rows rendered cover what it finds in the usual case, so this changes nothing but the timing.
      this.measureOnLayout = Boolean(list);
      if (list) this.updateRange(true);
    }
    if (!list) return;
    this.syncListTabStop();
    if (this.pendingScrollIndex !== undefined) {
      this.scrollToRow(this.pendingScrollIndex);
      this.pendingScrollIndex = undefined;
    }
    if (!this.measureOnLayout) this.updateRange();
  }

  /** Call with each render's rows: keeps the tab stop on the same person, or on the nearest row if they left. */
  sync(rows: ListRow[]): void {
    const hadFocus = this.focusedRowKey() !== undefined;
    this.rows = rows;
    // Before the list is laid out: the rows a viewport holds from the top (corrected after the render if it is scrolled).
    if (!this.list || this.range.end === 0) this.range = this.computeRange();
    const pending = this.pendingFocusIndex;
    if (pending !== undefined && rows[pending] && !isPlaceholder(rows[pending])) {
      // The row a key asked for has arrived: it takes focus, unless the person has gone elsewhere meanwhile
      // (the row they left may have scrolled out of the DOM, leaving focus nowhere: that still counts as here).
      this.pendingFocusIndex = undefined;
      const focused = this.host.shadowRoot?.activeElement;
      if (hadFocus || !focused || (this.list?.contains(focused) ?? false)) {
        this.activeIndex = pending;
        this.activeKey = rows[pending]!.key;
        void this.focusRow(pending);
        return;
      }
    }
    const index = this.activeKey ? this.indexOf(this.activeKey, this.activeIndex) : -1;
    if (index >= 0) {
      this.activeIndex = index;
      return;
    }
    this.activeIndex = Math.min(this.activeIndex, Math.max(rows.length - 1, 0));
    this.activeKey = rows[this.activeIndex]?.key;
    if (hadFocus && this.activeKey) void this.focusRow(this.activeIndex);
    else if (isPlaceholder(rows[this.activeIndex])) this.activeKey = undefined;
  }

  /** Where the row with this key is, trying the likely place first (its `data-index`, or the tab stop's): O(1) at 100,000 rows. */
  private indexOf(key: string, hint: number): number {
    if (this.rows[hint]?.key === key) return hint;
    return this.rows.findIndex((row) => row.key === key);
  }

  private focusedRowKey(): string | undefined {
    const focused = this.host.shadowRoot?.activeElement;
    return focused?.closest<HTMLElement>('[role="listitem"]')?.dataset.key;
  }

  /** A row's height in px: a laid-out row's, else the styles' (by the list's width, as their container query has it). */
  private currentRowHeight(): number {
    const row = this.list?.querySelector<HTMLElement>('[role="listitem"]');
    if (row && row.offsetHeight > 0) return (this.rowHeight = row.offsetHeight);
    if (this.rowHeight) return this.rowHeight;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const width = this.list?.clientWidth ?? 0;
    return (width > 0 && width < ROW_HEIGHT_REM.narrowBelow * rem ? ROW_HEIGHT_REM.narrow : ROW_HEIGHT_REM.wide) * rem;
  }

  /**
   * The tallest the list can be, before it exists: the host's list-height token (read while the panel
   * is laid out already, so it costs no layout), or the viewport for a list as tall as its rows.
   */
  private maxListHeight(): number {
    if (this.host.getAttribute('list-height') === 'auto') return innerHeight;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return listHeightPx(getComputedStyle(this.host).getPropertyValue(LIST_HEIGHT.property), rem) ?? innerHeight;
  }

  /** The rows that can be seen, with the list where it is now: clipped by its own scrolling and by the window. */
  private computeRange(): RowRange {
    const total = this.rows.length;
    const list = this.list;
    const rowHeight = this.currentRowHeight();
    if (!list || !list.isConnected) {
      const visible = Math.min(innerHeight, this.maxListHeight());
      return rowRange(total, rowHeight, 0, visible, visible);
    }
    const box = list.getBoundingClientRect();
    const contentTop = box.top + list.clientTop - list.scrollTop;
    const clipTop = Math.max(0, box.top + list.clientTop);
    const clipBottom = Math.min(innerHeight, box.top + list.clientTop + list.clientHeight);
    return rowRange(
      total,
      rowHeight,
      clipTop - contentTop,
      clipBottom - contentTop,
      Math.min(innerHeight, list.clientHeight || innerHeight),
    );
  }

  /**
   * Moves the window to the rows that can be seen. `keepCovering`: rows already rendered that
   * include those are kept (the first measurement of a list rendered from the top of the viewport).
   */
  private updateRange(keepCovering = false): void {
    const next = this.computeRange();
    const { start, end } = this.range;
    if (next.start === start && next.end === end) return;
    if (keepCovering && next.start >= start && next.end <= end && end > start) return;
    this.range = next;
    // Only the rows: the panel around them has not changed.
    if (!this.refreshWindow()) this.host.requestUpdate();
  }

  /** Renders the rows and the spacers around them again, without the panel; false when they are not in the DOM. */
  private refreshWindow(): boolean {
    const list = this.list;
    if (!list || !this.rowsPart || !this.context) return false;
    const { total, start, end } = this.windowBounds();
    list.style.setProperty('--_before', String(start));
    list.style.setProperty('--_after', String(total - end));
    return this.rowsPart.refresh();
  }

  private readonly handleScroll = () => {
    if (this.list && this.rows.length > WHOLE_LIST_ROWS) this.updateRange();
  };

  private readonly handlePrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.host.requestUpdate();
  };

  /** Focuses the row that holds the tab stop. */
  focusActive(): Promise<void> {
    return this.focusRow(this.activeIndex);
  }

  /** Scrolls a row into view (rendering it first if it is off screen) and focuses it. */
  async focusRow(index: number): Promise<void> {
    const row = this.rows[index];
    if (!row) return;
    const placeholder = isPlaceholder(row);
    // A placeholder takes no focus: it is brought into view, its page loads, and the row that arrives in its place takes focus.
    this.pendingFocusIndex = placeholder ? index : undefined;
    if (!placeholder) {
      this.activeIndex = index;
      this.activeKey = row.key;
    }
    if (index < this.range.start || index >= this.range.end) {
      // Rendered around the row first; scrolled to it once that render is in (hostUpdated), then the scroll position decides again.
      const reach = Math.ceil(innerHeight / this.currentRowHeight()) + OVERHANG_ROWS;
      this.range = { start: Math.max(0, index - reach), end: Math.min(this.rows.length, index + reach) };
      this.pendingScrollIndex = index;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (placeholder) {
      this.list?.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`)?.scrollIntoView({ block: 'nearest' });
      return;
    }
    // The window may render once more as the scroll position settles: until the row holds focus, a few frames.
    for (let frame = 0; frame < 30; frame++) {
      const element = this.list?.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`);
      if (element) {
        if (frame === 0) element.scrollIntoView({ block: 'nearest' });
        element.focus({ preventScroll: true });
        if (this.host.shadowRoot?.activeElement === element) return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  /**
   * Brings a row that isn't rendered into view by where it would be (rows have one height), so
   * the window, following the scroll position, renders it: the list's own scrolling, or the
   * page's for a list as tall as its rows.
   */
  private scrollToRow(index: number): void {
    const list = this.list!;
    const rowHeight = this.currentRowHeight();
    const top = index * rowHeight;
    if (list.scrollHeight > list.clientHeight) {
      list.scrollTop = top < list.scrollTop ? top : Math.max(top + rowHeight - list.clientHeight, 0);
    } else {
      const box = list.getBoundingClientRect();
      const rowTop = box.top + list.clientTop + top;
      if (rowTop < 0) scrollBy(0, rowTop);
      else if (rowTop + rowHeight > innerHeight) scrollBy(0, rowTop + rowHeight - innerHeight);
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
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    const step = steps[event.key];
    if (step === undefined || current < 0) return;
    // Home/End inside a text field would mean something else; rows hold none.
    event.preventDefault();
    void this.focusRow(Math.min(Math.max(current + step, 0), this.rows.length - 1));
  };

  private readonly handleFocusin = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="listitem"]');
    const key = row?.dataset.key;
    if (key && key !== this.activeKey) {
      this.activeKey = key;
      this.activeIndex = this.indexOf(key, Number(row.dataset.index));
      // The roving tabindex moves with it: the rows' part alone.
      if (!this.refreshWindow()) this.host.requestUpdate();
    }
  };

  /** The first row in `[start, end)` that is not a placeholder (a placeholder cannot hold the tab stop). */
  private firstRealKey(start: number, end: number): string | undefined {
    for (let index = start; index < end; index++) if (!isPlaceholder(this.rows[index])) return this.rows[index]!.key;
    return undefined;
  }

  /** The rows to render: the window, the whole list when it is short, or every row when printing. */
  private windowBounds(): { total: number; start: number; end: number } {
    const total = this.rows.length;
    if (this.printing) return { total, start: 0, end: Math.min(total, PRINTED_ROWS) };
    if (total <= WHOLE_LIST_ROWS) return { total, start: 0, end: total };
    return { total, start: Math.min(this.range.start, total), end: Math.min(this.range.end, total) };
  }

  /**
   * Only placeholders in view (a paged list scrolled far): the list itself holds the tab stop, so it can
   * still be reached and scrolled. Set here rather than bound in the template, since the window re-renders
   * without the panel. @internal
   */
  syncListTabStop(): void {
    if (this.listTabStop) this.list?.setAttribute('tabindex', '0');
    else this.list?.removeAttribute('tabindex');
  }

  /** The spacers and the rows between them (WindowRows renders this). @internal */
  renderWindow() {
    const rows = this.rows;
    const { total, start, end } = this.windowBounds();
    const moved = start !== this.shownRange.start || end !== this.shownRange.end;
    this.shownRange = { start, end };
    // The tab stop stays on the person who had it; scrolled far from them, on the first row shown, so Tab still reaches the list.
    const activeShown = this.activeIndex >= start && this.activeIndex < end && this.activeKey !== undefined;
    const rowContext: RowContext = {
      ...this.context!,
      activeKey: activeShown ? this.activeKey : this.firstRealKey(start, end),
      total,
      firstShown: start,
    };
    this.listTabStop = rowContext.activeKey === undefined && end > start;
    // Rows the window just reached may still be on their way (a paged list): whoever loads them is told.
    if (moved) queueMicrotask(() => this.onShownRangeChange?.(this.shownRange));
    return html`<div class="list-spacer list-spacer--before" aria-hidden="true"></div>
      ${repeat(
        rows.slice(start, end),
        (row) => row.key,
        (row, offset) => renderRow(rowContext, row, start + offset),
      )}
      <div class="list-spacer list-spacer--after" aria-hidden="true"></div>`;
  }

  render(ctx: Omit<RowContext, 'activeKey' | 'total' | 'firstShown'>, label: string) {
    this.context = ctx;
    const { total, start, end } = this.windowBounds();
    return html`<div
      part="list"
      class="list"
      role="list"
      aria-label=${label}
      style=${styleProperties({ '--_rows': String(total), '--_before': String(start), '--_after': String(total - end) })}
      @keydown=${this.handleKeydown}
      @focusin=${this.handleFocusin}
    >${windowRows(this)}</div>`;
  }
}
