import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { InternalUsersPage } from '../client/types.js';
import { LiveUpdatesController } from '../internal/live-updates-controller.js';
import type { RequestOutcome } from '../internal/request-controller.js';

export type UsersSort = 'name' | 'invited';
export type SortDirection = 'asc' | 'desc';

export interface UsersListHost {
  resolveClient(): Promise<InviteClient>;
  run<T>(key: string, request: (signal: AbortSignal) => Promise<T>): Promise<RequestOutcome<T>>;
  /** Told when the client pushes a change to the internal users, for what else keeps track of them (Bulk Invite's check). */
  portalChanged(): void;
  /** The backend refused the list (`permission`): the viewer lost admin rights since the check. */
  refused(error: InviteKitError): void;
}

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;
/** Changes announced by the client arrive in bursts (a bulk invite): one reload per burst. */
const RELOAD_COALESCE_MS = 120;

/**
 * The Internal Users list as the backend pages it: search, sort by name or by last
 * invitation in either direction, and pages of `pageSize` with the total. Only one page is
 * ever held, so 10,000 users cost what 50 do. A newer request supersedes an older one, so a
 * slow answer for "ad" never replaces the answer for "ada".
 */
export class UsersListController implements ReactiveController {
  /** What is typed in the search field. */
  query = '';
  sort: UsersSort = 'name';
  direction: SortDirection = 'asc';
  offset = 0;
  pageSize = 50;
  /** The page on screen and the query it answers. */
  page?: InternalUsersPage;
  shownQuery = '';
  status: 'idle' | 'loading' | 'ready' | 'error' | 'forbidden' = 'idle';
  /** A request is in flight (the page on screen may be about to change). */
  busy = false;
  error?: InviteKitError;

  private searchTimer?: ReturnType<typeof setTimeout>;
  private reloadTimer?: ReturnType<typeof setTimeout>;
  /** Follows changes others make (where the client pushes them), so the list never goes stale. */
  private readonly live: LiveUpdatesController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: UsersListHost,
  ) {
    host.addController(this);
    this.live = new LiveUpdatesController(host, (change) => {
      if (change.type !== 'internal-users-changed') return;
      this.reloadSoon();
      this.deps.portalChanged();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
    clearTimeout(this.reloadTimer);
    this.busy = false;
  }

  /** Searches once typing pauses; `immediate` (Enter) searches now. */
  search(query: string, immediate = false): void {
    this.query = query;
    clearTimeout(this.searchTimer);
    const run = () => {
      this.offset = 0;
      void this.load();
    };
    if (immediate) run();
    else this.searchTimer = setTimeout(run, SEARCH_DEBOUNCE_MS);
    this.host.requestUpdate();
  }

  /** Sorts by a column; choosing the current column again reverses the direction. */
  sortBy(sort: UsersSort): void {
    if (this.sort === sort) this.direction = this.direction === 'asc' ? 'desc' : 'asc';
    else {
      this.sort = sort;
      // Names read A to Z; invitations most recent first.
      this.direction = sort === 'name' ? 'asc' : 'desc';
    }
    this.offset = 0;
    void this.load();
  }

  goTo(offset: number): void {
    const last = this.page ? Math.max(0, Math.ceil(this.page.total / this.pageSize) - 1) * this.pageSize : 0;
    this.offset = Math.min(Math.max(0, offset), last);
    void this.load();
  }

  /** Fetches the page again soon, once for a burst of changes. */
  reloadSoon(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.load(), RELOAD_COALESCE_MS);
  }

  async load(): Promise<void> {
    clearTimeout(this.reloadTimer);
    const { query, sort, direction, offset, pageSize } = this;
    this.busy = true;
    this.error = undefined;
    if (!this.page) this.status = 'loading';
    this.host.requestUpdate();
    let client: InviteClient | undefined;
    const outcome = await this.deps.run('list', async (signal) => {
      client = await this.deps.resolveClient();
      return client.listInternalUsers({ query: query.trim(), sort, direction, offset, limit: pageSize }, { signal });
    });
    if (outcome.status === 'stale') return;
    this.busy = false;
    if (outcome.status === 'error') {
      this.error = outcome.error;
      this.status = outcome.error.code === 'permission' ? 'forbidden' : this.page ? 'ready' : 'error';
      if (this.status === 'forbidden') {
        this.page = undefined;
        this.deps.refused(outcome.error);
      }
      this.host.requestUpdate();
      return;
    }
    const page = outcome.value;
    // People left since the last look and this page is now past the end: show the last one.
    if (page.items.length === 0 && page.total > 0 && offset > 0) {
      this.offset = Math.floor((page.total - 1) / pageSize) * pageSize;
      return this.load();
    }
    this.page = page;
    this.shownQuery = query.trim();
    this.status = 'ready';
    this.host.requestUpdate();
    if (client) this.live.follow(client);
  }
}
