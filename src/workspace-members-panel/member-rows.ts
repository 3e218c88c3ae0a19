import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Invitation, WorkspaceMember, WorkspaceTeam } from '../client/types.js';
import { isolateBidi } from '../i18n/format.js';
import { avatar } from '../internal/avatar.js';

/** Members a paged list asks for at once. */
export const PAGE_SIZE = 100;

export type RowStatus = 'joined' | 'not_joined' | 'expired';
export type StatusFilter = 'all' | RowStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'joined', 'not_joined', 'expired'];

interface RowFields {
  readonly key: string;
  readonly status: RowStatus;
  /** Name, email and phone in lower case, for the filter. */
  readonly search: string;
}
export type MemberRow =
  | (RowFields & { readonly kind: 'member'; readonly member: WorkspaceMember })
  | (RowFields & { readonly kind: 'team'; readonly team: WorkspaceTeam });

/**
 * Where a paged list holds a member whose page has not arrived (or failed): it has the row's
 * height and place, so the scroll position and every row's `aria-posinset` hold from the start.
 * `index` is the member's place in the server's order.
 */
export interface PlaceholderRow {
  readonly kind: 'placeholder';
  readonly key: string;
  readonly index: number;
}
/** What the member list shows: members and teams, and in a paged list placeholders for members not loaded yet. */
export type ListRow = MemberRow | PlaceholderRow;

export const isPlaceholder = (row: ListRow | undefined): row is PlaceholderRow => row?.kind === 'placeholder';

export function isExpired(invitation: Invitation | undefined, now: number): boolean {
  return Boolean(invitation?.expiresAt && Date.parse(invitation.expiresAt) <= now);
}

/**
 * A member's row. Its key, status and search text are worked out the first time they are
 * asked for and kept: 100,000 rows are built in a few milliseconds, the rows on screen pay
 * for their own, and the search text is filled in while the page is idle (`prepareSearch`).
 */
class MemberItem {
  readonly kind = 'member';
  #key?: string;
  #status?: RowStatus;
  #search?: string;

  constructor(
    readonly member: WorkspaceMember,
    private readonly now: number,
  ) {}

  get key(): string {
    return (this.#key ??= `member:${this.member.id}`);
  }

  get status(): RowStatus {
    return (this.#status ??=
      this.member.status === 'joined' ? 'joined' : isExpired(this.member.invitation, this.now) ? 'expired' : 'not_joined');
  }

  get search(): string {
    if (this.#search === undefined) {
      const { fullName, email, phone } = this.member.person;
      this.#search = [fullName, email, phone].filter(Boolean).join(' ').toLocaleLowerCase();
    }
    return this.#search;
  }
}

/**
 * One row per member, and one per internal team added as a unit (its members fold into it).
 * Teams first, then people by name — a stable order, so live updates don't reshuffle the list.
 */
export function buildRows(members: WorkspaceMember[], teams: WorkspaceTeam[], now: number): MemberRow[] {
  return teamRows(teams).concat(memberRows(members, teams, now));
}

/** The rows of the members who are not in one of these teams' rows. */
export function memberRows(members: WorkspaceMember[], teams: WorkspaceTeam[], now: number): MemberItem[] {
  const teamIds = new Set(teams.map((team) => team.id));
  const rows: MemberItem[] = [];
  for (const member of members) if (!member.teamId || !teamIds.has(member.teamId)) rows.push(new MemberItem(member, now));
  return rows;
}

export function teamRows(teams: WorkspaceTeam[]): MemberRow[] {
  return teams.map((team) => ({
    kind: 'team',
    key: `team:${team.id}`,
    team,
    status: team.notJoinedCount > 0 ? 'not_joined' : 'joined',
    search: team.name.toLocaleLowerCase(),
  }));
}

// One row object per member object and per placeholder place, kept: a page arriving rebuilds the
// row list without rebuilding (or re-deriving the status and search text of) the rows already there.
const memberItems = new WeakMap<WorkspaceMember, MemberRow>();
const placeholders: PlaceholderRow[] = [];

/**
 * A paged list's rows: the teams (filtered here, they come whole), then one row per member the
 * filter matches on the server — `memberAt` gives those loaded, a placeholder stands in for the rest.
 */
export function pagedRows(
  teams: readonly MemberRow[],
  total: number,
  memberAt: (index: number) => WorkspaceMember | undefined,
  now: number,
): ListRow[] {
  // Sized once and filled by index: a list of 100,000 builds in half the time it takes pushed row by row.
  const rows: ListRow[] = new Array<ListRow>(teams.length + total);
  for (let i = 0; i < teams.length; i++) rows[i] = teams[i]!;
  for (let index = 0; index < total; index++) {
    const member = memberAt(index);
    let row = member && memberItems.get(member);
    if (member && !row) memberItems.set(member, (row = new MemberItem(member, now)));
    rows[teams.length + index] = row ?? (placeholders[index] ??= { kind: 'placeholder', key: `placeholder:${index}`, index });
  }
  return rows;
}

/**
 * Works out every row's search text in idle moments (a few thousand rows at a time), so the
 * first filter keystroke on a long list finds it ready. Returns a function that stops it.
 */
export function prepareSearch(rows: readonly MemberRow[]): () => void {
  let next = 0;
  let stopped = false;
  const idle: (callback: (deadline?: IdleDeadline) => void) => unknown =
    typeof requestIdleCallback === 'function'
      ? (callback) => requestIdleCallback(callback, { timeout: 500 })
      : (callback) => setTimeout(callback, 1);
  const step = (deadline?: IdleDeadline) => {
    if (stopped) return;
    const until = performance.now() + Math.min(8, Math.max(2, deadline?.timeRemaining() ?? 4));
    while (next < rows.length && performance.now() < until) {
      const end = Math.min(next + 500, rows.length);
      for (; next < end; next++) void rows[next]!.search;
    }
    if (next < rows.length) idle(step);
  };
  idle(step);
  return () => {
    stopped = true;
  };
}

export function filterRows<Row extends MemberRow>(rows: Row[], query: string, status: StatusFilter): Row[] {
  const needle = query.trim().toLocaleLowerCase();
  const digits = needle.replace(/[\s().\-/]/gu, '');
  if (!needle && status === 'all') return rows;
  return rows.filter(
    (row) =>
      (status === 'all' || row.status === status) &&
      (!needle || row.search.includes(needle) || (digits.length > 2 && /^\+?\d+$/u.test(digits) && row.search.includes(digits))),
  );
}

/** How many people these rows stand for: a team row counts each of its members, a person row (or its placeholder) one. */
export function peopleIn(rows: readonly ListRow[]): number {
  let people = 0;
  for (const row of rows) people += row.kind === 'team' ? row.team.memberCount : 1;
  return people;
}

/** What a row template needs from the panel. */
export interface RowContext {
  t(key: string, params?: Record<string, string | number>): string;
  relativeTime(date: string): string;
  /** For the initials in avatars. */
  locale: string;
  activeKey: string | undefined;
  openMenuKey: string | undefined;
  total: number;
  /** In a paged list: whether a placeholder's page failed to load (it then says so, with "Try again"). */
  pageFailed?: (index: number) => boolean;
  /** The first row rendered: a failed page's "Try again" shows there too, when its first row is scrolled away. */
  firstShown?: number;
}

/**
 * A member not loaded yet: as tall as a row, in its place in the list, not focusable (arrow keys
 * pass over it to the rows around it, and bring it in). Once its page failed it says so, with
 * "Try again" on its page's first row on screen.
 */
function renderPlaceholder(ctx: RowContext, row: PlaceholderRow, index: number, pageSize: number) {
  const failed = ctx.pageFailed?.(row.index) ?? false;
  const showRetry = failed && (row.index % pageSize === 0 || index === ctx.firstShown);
  return html`<div
    part="row placeholder-row"
    class="row row--placeholder"
    role="listitem"
    data-key=${row.key}
    data-index=${index}
    aria-posinset=${index + 1}
    aria-setsize=${ctx.total}
    aria-busy=${failed ? 'false' : 'true'}
  >
    <span class="avatar placeholder-avatar" aria-hidden="true"></span>
    <span class="line">${failed ? ctx.t('members.pageFailed') : html`<span class="placeholder-bar">${ctx.t('members.loadingRow')}</span>`}</span>
    <span class="status-cell">${
      showRetry
        ? html`<button part="retry-button" class="button button--small" type="button" data-retry-page=${Math.floor(row.index / pageSize)}>
            ${ctx.t('common.retry')}
          </button>`
        : nothing
    }</span>
  </div>`;
}

function invitationTimes(ctx: RowContext, invitation: Invitation | undefined, status: RowStatus) {
  if (!invitation) return nothing;
  const resent = invitation.lastSentAt !== invitation.sentAt;
  const sent = ctx.t(resent ? 'members.resentAt' : 'members.invitedAt', { time: ctx.relativeTime(invitation.lastSentAt) });
  const expiry = invitation.expiresAt
    ? ctx.t(status === 'expired' ? 'members.expiredAt' : 'members.expiresAt', { time: ctx.relativeTime(invitation.expiresAt) })
    : '';
  return html`<span part="invitation" class="invitation">${facts([sent, expiry])}</span>`;
}

/**
 * Short facts in a line ("6 members · Editor · 2 have not joined"): each stays whole, and
 * where the line may wrap (narrow rows) it breaks between them, after a "·", never before one.
 */
function facts(items: string[]) {
  return items.filter(Boolean).map((item, index) => html`${index > 0 ? '\u00A0· ' : ''}<span class="fact">${item}</span>`);
}

function statusCell(ctx: RowContext, row: MemberRow, name: string) {
  const label = ctx.t(`members.status.${row.status}`);
  if (row.status === 'joined') return html`<span part="status-badge" class="badge badge--success status">${label}</span>`;
  const open = ctx.openMenuKey === row.key;
  return html`<button
    part="status-badge status-button"
    class="badge ${row.status === 'expired' ? 'badge--danger' : 'badge--warning'} status status-button"
    type="button"
    data-menu-trigger=${row.key}
    tabindex=${ctx.activeKey === row.key ? 0 : -1}
    aria-haspopup="dialog"
    aria-expanded=${open ? 'true' : 'false'}
    aria-label=${ctx.t('members.statusFor', { status: label, name })}
  >
    ${label}<span class="chevron" aria-hidden="true"></span>
  </button>`;
}

/** What differs between a team row and a person row. */
interface RowContent {
  part: 'row' | 'row team-row';
  /** Whose row: the name line, the avatar's initials and the status button's label. */
  name: string;
  avatarUrl?: string | undefined;
  /** "Internal", "Client" or "Team", beside the name. */
  badge: string;
  /** The details (and invitation) lines under it. */
  facts: TemplateResult;
}

/** What every row shares. Each cell is a grid area: a narrow row puts the details under the status rather than squeeze them beside it. */
function rowShell(ctx: RowContext, row: MemberRow, index: number, content: RowContent) {
  return html`<div
    part=${content.part}
    class="row"
    role="listitem"
    data-key=${row.key}
    data-index=${index}
    tabindex=${ctx.activeKey === row.key ? 0 : -1}
    aria-posinset=${index + 1}
    aria-setsize=${ctx.total}
  >
    ${avatar({ name: content.name, url: content.avatarUrl, locale: ctx.locale, part: 'avatar' })}
    <span class="line"><span part="name" class="name truncate">${content.name}</span>
      <span part="type-badge" class="badge">${content.badge}</span></span>
    <span class="facts">${content.facts}</span>
    <span class="status-cell">${statusCell(ctx, row, content.name)}</span>
  </div>`;
}

/** One row of the virtualized list: a team added as a unit, one person, or a person still loading. */
export function renderRow(ctx: RowContext, row: ListRow, index: number, pageSize = PAGE_SIZE) {
  if (row.kind === 'placeholder') return renderPlaceholder(ctx, row, index, pageSize);
  if (row.kind === 'team') {
    const { team } = row;
    return rowShell(ctx, row, index, {
      part: 'row team-row',
      name: team.name,
      badge: ctx.t('members.team'),
      facts: html`<span part="details" class="details details--team">${facts([
        ctx.t('members.teamSummary', { count: team.memberCount }),
        ctx.t(`members.role.${team.role}`),
        team.notJoinedCount > 0 ? ctx.t('members.teamNotJoined', { count: team.notJoinedCount }) : '',
      ])}</span>`,
    });
  }
  const { member } = row;
  const { person } = member;
  const contact = person.email ?? person.phone;
  return rowShell(ctx, row, index, {
    part: 'row',
    name: person.fullName,
    avatarUrl: person.avatarUrl,
    badge: ctx.t(person.type === 'internal' ? 'common.internal' : 'common.client'),
    // A long address is cut off; the role after it is not.
    facts: html`<span part="details" class="details details--person">${
      contact ? html`<bdi class="contact truncate">${isolateBidi(contact)}</bdi><span class="separator"> · </span>` : nothing
    }<span class="fact">${ctx.t(`members.role.${member.role}`)}</span></span>
      ${row.status === 'joined' ? nothing : invitationTimes(ctx, member.invitation, row.status)}`,
  });
}
