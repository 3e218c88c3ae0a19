import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * Every row has this height in rem (`.row` in the styles uses the same). One fixed height
 * keeps the virtualizer's size estimate exact, so the scroll position holds still while rows
 * are measured or change state in a live update.
 */
export const ROW_HEIGHT_REM = 4.5;

/**
 * The member list's layout: the virtualizer's flow layout, imported statically (left to
 * itself, the virtualizer fetches it with a dynamic `import()` on first use, a request
 * before the first row can appear), told the rows' height up front, and keeping fewer rows
 * beyond the edges.
 *
 * - Rows are `ROW_HEIGHT_REM` tall, so the first pass already places them where they belong:
 *   no render with the default 100 px guess, then a measure, then a second render. Rows are
 *   still measured, so a host that restyles `::part(row)` to another height gets a correct
 *   list, one pass later.
 * - The default overhang renders 1,000 px beyond each edge (about 35 rows, each of them
 *   rebuilt on a long jump); six rows each way still covers a fast fling.
 */
export class MemberListLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const rowHeight = ROW_HEIGHT_REM * rem;
    this._itemSize = { width: this._itemSize.width, height: rowHeight };
    this._overhang = 6 * rowHeight;
  }
}
