/**
 * Every row's height in rem: `wide`, or `narrow` in a list narrower than `narrowBelow` rem,
 * where a row's details move under its status and may take a second line. The styles build
 * `.row`'s height (`--_row-height`), their container query and the list's own height from
 * these, and the list window below picks the same one by the list's width. One fixed height
 * per width is what lets the window place any row without measuring the others, so the scroll
 * position holds still while rows change state in a live update.
 */
export const ROW_HEIGHT_REM = { wide: 4.5, narrow: 5.75, narrowBelow: 36 } as const;

/**
 * The tallest the list grows before it scrolls, unless a host sets
 * `--invite-kit-workspace-members-panel-list-height`: the styles use it, and the window reads the
 * token before the list is laid out, so the first render holds the rows that box shows.
 */
export const LIST_HEIGHT = { property: '--invite-kit-workspace-members-panel-list-height', defaultRem: 28 } as const;

/**
 * The token's value in px when it is a plain length in px or rem (what hosts set); undefined for
 * anything the layout alone can resolve (calc(), vh, %), when the window falls back to the viewport.
 */
export function listHeightPx(value: string, remPx: number): number | undefined {
  const match = /^(\d*\.?\d+)(px|rem)$/.exec(value.trim() || `${LIST_HEIGHT.defaultRem}rem`);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'rem' ? remPx : 1);
}

/** Rows rendered beyond each edge of what is visible: what a fast fling scrolls in a frame (~100 px at 6,000 px/s). */
export const OVERHANG_ROWS = 4;
/** A list this short is rendered whole, so whoever was just added is in it wherever they land. */
export const WHOLE_LIST_ROWS = 24;

/** The rows to render, `[start, end)`. */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * Which rows to render: those in `[visibleTop, visibleBottom)` (px from the list's first row)
 * and a few beyond. A list scrolled out of view still renders the rows at its edge nearest the
 * viewport, so the box is never empty (a full-page screenshot, a list below the fold).
 */
export function rowRange(total: number, rowHeight: number, visibleTop: number, visibleBottom: number, viewportHeight: number): RowRange {
  if (total <= WHOLE_LIST_ROWS) return { start: 0, end: total };
  const listHeight = total * rowHeight;
  // Out of view: as many rows as a viewport holds, at the nearest edge.
  const top = Math.min(Math.max(visibleTop, 0), listHeight - Math.min(viewportHeight, listHeight));
  const bottom = Math.max(Math.min(visibleBottom, listHeight), top + Math.min(viewportHeight, listHeight));
  const start = Math.max(0, Math.floor(top / rowHeight) - OVERHANG_ROWS);
  const end = Math.min(total, Math.ceil(bottom / rowHeight) + OVERHANG_ROWS);
  return { start, end };
}
