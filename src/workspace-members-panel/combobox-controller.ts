import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { Person } from '../client/types.js';
import { RequestController } from '../internal/request-controller.js';

/** How long typing must pause before the directory is searched. */
export const SEARCH_DEBOUNCE_MS = 200;

/**
 * The type-ahead behind the picker's combobox: debounces what is typed, searches the
 * directory, aborts the search a newer keystroke made stale (a late answer never replaces a
 * newer one), and tracks the active option for `aria-activedescendant`.
 */
export class DirectorySearchController implements ReactiveController {
  query = '';
  /** The query the current `results` answer; lags `query` while a search is pending. */
  answeredQuery = '';
  results: Person[] = [];
  searching = false;
  error?: InviteKitError;
  activeIndex = -1;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly requests: RequestController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { client(): Promise<InviteClient>; excludeWorkspaceId(): string },
  ) {
    host.addController(this);
    this.requests = new RequestController(host);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Whether the results are for what is in the box now. */
  get settled(): boolean {
    return !this.searching && this.answeredQuery === this.query.trim();
  }

  setQuery(query: string): void {
    this.query = query;
    this.activeIndex = -1;
    clearTimeout(this.timer);
    const trimmed = query.trim();
    if (!trimmed) {
      this.requests.abort('search');
      this.results = [];
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
    const outcome = await this.requests.run('search', async (signal) => {
      const client = await this.options.client();
      return client.searchDirectory({ query, excludeWorkspaceId: this.options.excludeWorkspaceId(), limit: 20 }, { signal });
    });
    if (outcome.status === 'stale') return;
    this.searching = false;
    this.answeredQuery = query;
    if (outcome.status === 'error') {
      this.error = outcome.error;
      this.results = [];
    } else {
      this.results = outcome.value.items;
    }
    this.activeIndex = -1;
    this.host.requestUpdate();
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
