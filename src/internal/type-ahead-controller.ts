import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import { RequestController } from './request-controller.js';

/** How long typing must pause before a search starts. */
export const SEARCH_DEBOUNCE_MS = 200;

/** One page of matches, as a paged search answers (the directory's `searchDirectory`, say). */
export interface MatchPage<T> {
  items: T[];
  /** Where the next page starts; `null` when this was the last. */
  nextCursor: string | null;
  /** How many match in all, where the backend says. */
  total?: number;
}

/** Asks for one page of matches for `query`, from `cursor` (none: the first page). */
export type PageSearch<T> = (query: string, cursor: string | undefined, signal: AbortSignal) => Promise<MatchPage<T>>;

/**
 * The type-ahead behind a combobox: debounces what is typed, runs the search, aborts the
 * search a newer keystroke made stale (a late answer never replaces a newer one), and tracks
 * the active option for `aria-activedescendant`. Matches come a page at a time: `loadMore()`
 * appends the next page of the same query, and a newer keystroke aborts it too, so one query's
 * pages never mix with another's. Generic plumbing, not the picker's: it knows only a paged
 * search of items with an `id`.
 */
export class TypeAheadController<T extends { id: string }> implements ReactiveController {
  query = '';
  /** The query the current `results` answer; lags `query` while a search is pending. */
  answeredQuery = '';
  results: T[] = [];
  searching = false;
  error?: InviteKitError;
  /** Where the next page of `answeredQuery` starts; `null` when every match is in `results`. */
  nextCursor: string | null = null;
  /** How many people match `answeredQuery` in all, when the directory says (it is optional). */
  total?: number;
  /** Whether the next page is on its way. */
  loadingMore = false;
  /** Why the last `loadMore()` failed; the results already shown stay. */
  moreError?: InviteKitError;
  activeIndex = -1;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly requests: RequestController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly searchPage: PageSearch<T>,
  ) {
    host.addController(this);
    this.requests = new RequestController(host);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Whether the results are for what is in the box now. */
  get settled(): boolean {
    return !this.searching && this.answeredQuery === this.query.trim();
  }

  /** Whether the directory has more matches for what is in the box than `results` holds. */
  get hasMore(): boolean {
    return this.settled && !this.error && this.nextCursor !== null;
  }

  setQuery(query: string): void {
    this.query = query;
    this.activeIndex = -1;
    clearTimeout(this.timer);
    this.stopLoadingMore();
    const trimmed = query.trim();
    if (!trimmed) {
      this.requests.abort('search');
      this.results = [];
      this.nextCursor = null;
      this.total = undefined;
      this.answeredQuery = '';
      this.searching = false;
      this.error = undefined;
      this.host.requestUpdate();
      return;
    }
    this.searching = true;
    this.host.requestUpdate();
    this.timer = setTimeout(() => void this.search(trimmed), SEARCH_DEBOUNCE_MS);
  }

  /** Searches again for what is in the box (after a failure). */
  retry(): void {
    if (this.query.trim()) void this.search(this.query.trim());
  }

  private async search(query: string): Promise<void> {
    this.searching = true;
    this.error = undefined;
    this.stopLoadingMore();
    const outcome = await this.requests.run('search', (signal) => this.searchPage(query, undefined, signal));
    if (outcome.status === 'stale') return;
    this.searching = false;
    this.answeredQuery = query;
    if (outcome.status === 'error') {
      this.error = outcome.error;
      this.results = [];
      this.nextCursor = null;
      this.total = undefined;
    } else {
      this.results = outcome.value.items;
      this.nextCursor = outcome.value.nextCursor;
      this.total = outcome.value.total;
    }
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  /**
   * Appends the next page of the answered query (also the retry after a failed page). Resolves
   * to whether matches were added; the active option is left where it was, so an option at the
   * end of the list becomes the first new match.
   */
  async loadMore(): Promise<boolean> {
    const cursor = this.nextCursor;
    if (!this.hasMore || cursor === null || this.loadingMore) return false;
    const query = this.answeredQuery;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    const outcome = await this.requests.run('more', (signal) => this.searchPage(query, cursor, signal));
    // A newer query aborted this page (stale), or answered before it did: either way, not ours to show.
    if (outcome.status === 'stale' || query !== this.answeredQuery || this.nextCursor !== cursor) return false;
    this.loadingMore = false;
    if (outcome.status === 'error') {
      this.moreError = outcome.error;
      this.host.requestUpdate();
      return false;
    }
    // What changed between pages can repeat a match: each shows once.
    const shown = new Set(this.results.map((item) => item.id));
    const added = outcome.value.items.filter((item) => !shown.has(item.id));
    this.results = [...this.results, ...added];
    this.nextCursor = outcome.value.nextCursor;
    this.total = outcome.value.total ?? this.total;
    this.host.requestUpdate();
    return added.length > 0;
  }

  /** Aborts a page on its way and forgets a failed one: what is typed next starts over. */
  private stopLoadingMore(): void {
    this.requests.abort('more');
    this.loadingMore = false;
    this.moreError = undefined;
  }

  /** Moves the active option; wraps around like most comboboxes. */
  move(delta: number, count: number): void {
    if (count === 0) return;
    this.activeIndex = this.activeIndex < 0 ? (delta > 0 ? 0 : count - 1) : (this.activeIndex + delta + count) % count;
    this.host.requestUpdate();
  }

  clear(): void {
    this.setQuery('');
  }
}
