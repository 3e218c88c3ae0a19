import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * Every row's height in rem: `wide`, or `narrow` in a list narrower than `narrowBelow` rem,
 * where a row's details move under its status and may take a second line. The styles build
 * `.row`'s height (`--_row-height`), their container query and the list's own height from
 * these, and the layout's first estimate below picks the same one by the list's width. One
 * fixed height per width keeps the virtualizer's size estimate exact, so the scroll position
 * holds still while rows are measured or change state in a live update.
 */
export const ROW_HEIGHT_REM = { wide: 4.5, narrow: 5.75, narrowBelow: 36 } as const;

/** Rows rendered beyond each edge of the list's viewport. */
const OVERHANG_ROWS = 4;
/** A list this short is rendered whole. */
const WHOLE_LIST_ROWS = 24;

/**
 * The member list's layout: the virtualizer's flow layout, imported statically (left to
 * itself, the virtualizer fetches it with a dynamic `import()` on first use, a request
 * before the first row can appear), told the rows' height up front, and keeping fewer rows
 * beyond the edges.
 *
 * - Rows are `ROW_HEIGHT_REM` tall (wide or narrow), so the first pass already places them where they belong:
 *   no render with the default 100 px guess, then a measure, then a second render. Rows are
 *   still measured, so a host that restyles `::part(row)` to another height gets a correct
 *   list, one pass later.
 * - The default overhang renders 1,000 px beyond each edge (about 35 rows, each of them
 *   rebuilt on a long jump). Four rows each way (288 px) cover what a fast fling scrolls in a
 *   frame (~100 px at 6,000 px/s), and a frame has ~15 rows to build. A short list (up to
 *   24 people) is rendered whole, so whoever was just added is in it wherever they land.
 */
export class MemberListLayout extends FlowLayout {
  private rowHeight?: number;

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this.setOverhang();
  }

  protected override _setItems(items: unknown[]): void {
    super._setItems(items);
    this.setOverhang();
  }

  private setOverhang(): void {
    const rows = (this.items?.length ?? 0) <= WHOLE_LIST_ROWS ? WHOLE_LIST_ROWS : OVERHANG_ROWS;
    this._overhang = rows * (this.rowHeight ?? ROW_HEIGHT_REM.wide * 16);
  }

  /**
   * Until rows are measured, the height they are styled with: narrow rows when the list is
   * narrower than the styles' container query says (the list's width is its region's, the
   * query's container). Worked out when first needed, after the virtualizer has measured the
   * list (reading the root font size earlier would force a style pass over a half-built panel).
   */
  override _getAverageSize(): number {
    if (this._metricsCache.averageChildSize) return this._metricsCache.averageChildSize;
    if (this.rowHeight === undefined) {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const width = this.viewportSize.width;
      this.rowHeight = (width > 0 && width < ROW_HEIGHT_REM.narrowBelow * rem ? ROW_HEIGHT_REM.narrow : ROW_HEIGHT_REM.wide) * rem;
      this._itemSize = { width: this._itemSize.width, height: this.rowHeight };
      this.setOverhang();
    }
    return this.rowHeight;
  }

  /**
   * Where a row that isn't rendered starts, reckoned from the rendered ones. The flow layout's
   * own estimate for a row below them counts one row too many, so on a long list every jump
   * downwards landed a row further off, then moved the scroll position to make up for it (a
   * forced layout in every frame, and rows drifting away from where the scrollbar says:
   * ten rows off after a tenth of 100,000). Here: the last rendered row's end, then the gaps
   * and the rows in between, at their average sizes.
   */
  override _estimatePosition(index: number): number {
    const metrics = this._metricsCache;
    const first = this._getPhysicalItem(this._first);
    const last = this._getPhysicalItem(this._last);
    if (!first || !last) return super._estimatePosition(index);
    const size = this._getAverageSize();
    const gap = metrics.averageMarginSize;
    if (index > this._last) {
      const rows = index - this._last;
      return last.pos + (metrics.getChildSize(this._last) ?? size) + rows * gap + (rows - 1) * size;
    }
    const rows = this._first - index;
    return first.pos - (metrics.getMarginSize(this._first) ?? gap) - rows * size - (rows - 1) * gap;
  }
}
