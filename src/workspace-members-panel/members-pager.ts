import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { WorkspaceMember, WorkspaceMembers, WorkspaceMembersQuery, WorkspaceTeam } from '../client/types.js';
import type { RequestController, RequestOutcome } from '../internal/request-controller.js';
import { PAGE_SIZE } from './member-rows.js';
import type { StatusFilter } from './member-rows.js';

/** What the person typed and chose: sent to the server, which filters a paged list. */
export interface MemberFilter {
  query: string;
  status: StatusFilter;
}

/** Rows beyond the window that count as "approaching": their page is asked for before it scrolls in. */
const LOOKAHEAD_ROWS = 40;
/** How long typing may pause before the filter goes to the server. */
export const FILTER_DEBOUNCE_MS = 250;

interface PagerSource {
  /** Runs `listWorkspaceMembers` for the panel's workspace under a request key (nothing before there is a client). */
  list(key: string, query: WorkspaceMembersQuery): Promise<RequestOutcome<WorkspaceMembers>> | undefined;
  /** Every answer carries the workspace's teams: the newest are handed over. */
  teams(teams: WorkspaceTeam[]): void;
}

/** One filter's members: which have arrived (at their places in the server's order), which pages are on their way, which failed. */
class Pages {
  /** Sparse: a member at their index once their page has arrived. */
  readonly members: WorkspaceMember[] = [];
  /** The pages whose every row is here. */
  readonly loaded = new Set<number>();
  /** The cursor that fetches a page, from the `nextCursor` of the page before it. */
  readonly cursors = new Map<number, string>();
  readonly loading = new Set<number>();
  readonly failed = new Map<number, InviteKitError>();

  constructor(
    readonly filter: MemberFilter,
    public total = 0,
  ) {}
}

export function pagingQuery(filter: MemberFilter, page: { offset?: number; cursor?: string; limit?: number } = {}): WorkspaceMembersQuery {
  return {
    limit: page.limit ?? PAGE_SIZE,
    ...(page.cursor !== undefined ? { cursor: page.cursor } : page.offset ? { offset: page.offset } : {}),
    ...(filter.query.trim() ? { query: filter.query.trim() } : {}),
    ...(filter.status !== 'all' ? { status: filter.status } : {}),
    // The list shows a team as one row: its members come with it, not page by page.
    excludeTeamMembers: true,
  };
}

export const isUnfiltered = (filter: MemberFilter) => !filter.query.trim() && filter.status === 'all';

/**
 * The member list of a backend that pages (`capabilities.memberPaging`), one filter's pages at a
 * time. Every request runs through the panel's RequestController under the key of its place
 * (`members-page:<n>`, `members-filter` for a new filter's first page), so a newer one supersedes an older one.
 */
export class MembersPager implements ReactiveController {
  /** How many members are in the list without a filter (the header's count), from the last answer that knew. */
  unfilteredTotal = 0;
  private pages?: Pages;
  /** Bumps whenever what the rows are built from changes. */
  version = 0;
  private filterTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly requests: RequestController,
    private readonly source: PagerSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.filterTimer);
    // Aborted with the element; asked for again when the window next wants them.
    this.pages?.loading.clear();
  }

  get active(): boolean {
    return this.pages !== undefined;
  }

  get total(): number {
    return this.pages?.total ?? 0;
  }

  get filter(): MemberFilter | undefined {
    return this.pages?.filter;
  }

  memberAt(index: number): WorkspaceMember | undefined {
    return this.pages?.members[index];
  }

  pageFailed(index: number): boolean {
    return this.pages?.failed.has(Math.floor(index / PAGE_SIZE)) ?? false;
  }

  /** Whether any page is on its way (for `aria-busy`). */
  get busy(): boolean {
    return (this.pages?.loading.size ?? 0) > 0 || this.requests.isRunning('members-filter');
  }

  /**
   * Takes the first page of a load (`filter`: it was asked for paged); an answer without `total` came from a
   * backend that ignored the paging. An unfiltered first page that already holds everyone is not paged either:
   * the whole list is here, so filtering it stays in the page, instant, with no round trip per keystroke.
   */
  start(filter: MemberFilter | undefined, first: WorkspaceMembers): boolean {
    this.stop();
    if (!filter || first.total === undefined) return false;
    if (isUnfiltered(filter) && first.nextCursor === undefined && first.members.length >= first.total) return false;
    this.take((this.pages = new Pages(filter)), 0, first);
    this.changed();
    return true;
  }

  /** Back to a backend that answers everything: drops every page and every request for one. */
  stop(): void {
    clearTimeout(this.filterTimer);
    this.abortPages();
    this.requests.abort('members-filter');
    this.requests.abort('members-total');
    this.pages = undefined;
    this.unfilteredTotal = 0;
  }

  /**
   * The rows `[start, end)` of the member order are on screen or about to be: asks for the
   * pages they fall in (and those just beyond) that have not arrived, are not on their way and
   * did not fail (a failed page waits for its "Try again").
   */
  want(start: number, end: number): void {
    const pages = this.pages;
    if (!pages || pages.total === 0) return;
    const first = Math.max(0, Math.floor((start - LOOKAHEAD_ROWS) / PAGE_SIZE));
    const last = Math.floor((Math.min(pages.total, end + LOOKAHEAD_ROWS) - 1) / PAGE_SIZE);
    for (let page = first; page <= last; page++) {
      if (!pages.loaded.has(page) && !pages.loading.has(page) && !pages.failed.has(page)) void this.loadPage(pages, page);
    }
  }

  retry(page: number): void {
    const pages = this.pages;
    if (!pages?.failed.delete(page)) return;
    this.changed();
    void this.loadPage(pages, page);
  }

  /** A new filter: sent once typing pauses; the rows of the old one stay until the new first page arrives. */
  setFilter(filter: MemberFilter, immediately = false): void {
    clearTimeout(this.filterTimer);
    if (!this.pages) return;
    if (immediately) void this.applyFilter(filter);
    else this.filterTimer = setTimeout(() => void this.applyFilter(filter), FILTER_DEBOUNCE_MS);
  }

  /** After a live update (or a change made here): the pages held are fetched again, with the same filter. */
  async refresh(): Promise<void> {
    const pages = this.pages;
    if (!pages) return;
    const reloads = (pages.loaded.size > 0 ? [...pages.loaded] : [0]).map((page) => this.loadPage(pages, page));
    // The header counts everyone: a filtered list asks once more, for one row, to learn how many that is.
    if (!isUnfiltered(pages.filter)) reloads.push(this.reloadUnfilteredTotal());
    await Promise.all(reloads);
  }

  /** Replaces one member where a page holds them. */
  updateMember(memberId: string, change: (member: WorkspaceMember) => WorkspaceMember): boolean {
    const members = this.pages?.members ?? [];
    const index = members.findIndex((member) => member?.id === memberId);
    if (index < 0) return false;
    members[index] = change(members[index]!);
    this.changed();
    return true;
  }

  /**
   * A member taken out here (their invitation revoked): gone at once, the rows after them one
   * place up and both counts one lower, as the server has them now. False if no page holds them.
   */
  remove(memberId: string): boolean {
    const pages = this.pages;
    const index = pages?.members.findIndex((member) => member?.id === memberId) ?? -1;
    if (!pages || index < 0) return false;
    pages.members.splice(index, 1);
    pages.total -= 1;
    this.unfilteredTotal -= 1;
    this.shifted(pages, index);
    return true;
  }

  /**
   * Members added here (invited, approved): at the end, where the server puts newcomers, at once.
   * `shown` are those the filter matches; `everyone` how many join the unfiltered count.
   */
  add(shown: WorkspaceMember[], everyone: number): void {
    const pages = this.pages;
    if (!pages) return;
    const fresh = shown.filter((member) => !pages.members.some((held) => held?.id === member.id));
    const at = pages.total;
    pages.members.length = at;
    pages.members.push(...fresh);
    pages.total += fresh.length;
    this.unfilteredTotal += everyone;
    this.shifted(pages, at);
  }

  private async applyFilter(filter: MemberFilter): Promise<void> {
    if (!this.pages) return;
    const outcome = await this.source.list('members-filter', pagingQuery(filter));
    const previous = this.pages;
    if (!outcome || outcome.status === 'stale' || !previous) return;
    if (outcome.status === 'ok' && outcome.value.total === undefined) return;
    // Pages of the previous filter still on their way would land in the wrong list.
    this.abortPages();
    if (outcome.status === 'ok') this.take((this.pages = new Pages(filter)), 0, outcome.value);
    // The rows of the old filter would lie about this one: show the new filter's list failed in place.
    else (this.pages = new Pages(filter, Math.max(previous.total, 1))).failed.set(0, outcome.error);
    this.changed();
  }

  private async loadPage(pages: Pages, page: number): Promise<void> {
    const cursor = pages.cursors.get(page);
    const key = `members-page:${page}`;
    const request = this.source.list(key, pagingQuery(pages.filter, cursor !== undefined ? { cursor } : { offset: page * PAGE_SIZE }));
    if (!request) return;
    pages.loading.add(page);
    const outcome = await request;
    // Only the list these pages belong to: a page of an older filter is dropped.
    if (this.pages !== pages) return;
    // Superseded by a newer request for the same page (a refresh): that one is still on its way.
    if (outcome.status === 'stale') {
      if (!this.requests.isRunning(key)) pages.loading.delete(page);
      return;
    }
    pages.loading.delete(page);
    if (outcome.status === 'error') pages.failed.set(page, outcome.error);
    else {
      pages.failed.delete(page);
      this.take(pages, page, outcome.value);
    }
    this.changed();
  }

  private async reloadUnfilteredTotal(): Promise<void> {
    const outcome = await this.source.list('members-total', pagingQuery({ query: '', status: 'all' }, { limit: 1 }));
    if (outcome?.status !== 'ok' || outcome.value.total === undefined) return;
    this.unfilteredTotal = outcome.value.total;
    this.changed();
  }

  private take(pages: Pages, page: number, answer: WorkspaceMembers): void {
    if (answer.total !== undefined && answer.total !== pages.total) {
      // A filtered list that held pages changed size: so may the header's count, which counts everyone.
      if (pages.loaded.size > 0 && !isUnfiltered(pages.filter)) void this.reloadUnfilteredTotal();
      pages.total = answer.total;
      // Members came or went: rows past the end are gone, and cursors may point elsewhere now.
      pages.members.length = Math.min(pages.members.length, pages.total);
      for (const held of pages.loaded) if (held * PAGE_SIZE >= pages.total && held > 0) pages.loaded.delete(held);
      pages.cursors.clear();
    }
    answer.members.forEach((member, at) => (pages.members[page * PAGE_SIZE + at] = member));
    pages.loaded.add(page);
    if (answer.nextCursor !== undefined) pages.cursors.set(page + 1, answer.nextCursor);
    if (page === 0 && isUnfiltered(pages.filter) && answer.total !== undefined) this.unfilteredTotal = answer.total;
    this.source.teams(answer.teams);
  }

  /**
   * The rows from `from` on moved (a member left or came here): a page there is whole again once
   * fetched anew, cursors may skip a row, and the pages on their way answer for the list before.
   */
  private shifted(pages: Pages, from: number): void {
    pages.cursors.clear();
    const first = Math.floor(from / PAGE_SIZE);
    for (const page of pages.loaded) {
      const start = page * PAGE_SIZE;
      const places = Array.from({ length: Math.min(pages.total, start + PAGE_SIZE) - start }, (_, at) => start + at);
      if (page >= first && places.some((index) => !(index in pages.members))) pages.loaded.delete(page);
    }
    for (const page of [...pages.loading]) if (page >= first) void this.loadPage(pages, page);
    this.changed();
  }

  private abortPages(): void {
    const pages = this.pages;
    if (!pages) return;
    for (const page of [...pages.loading, ...pages.loaded]) this.requests.abort(`members-page:${page}`);
    pages.loading.clear();
  }

  private changed(): void {
    this.version += 1;
    this.host.requestUpdate();
  }
}
