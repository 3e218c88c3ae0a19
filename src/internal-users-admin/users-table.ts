/**
 * The Internal Users list as templates: the search bar, the table (name, email or phone,
 * User ID, Administrator badge, status, last invitation, "Resend Invitation"), its empty and
 * error states, and the pager. Everything it shows and every handler comes in `UsersTableContext`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { InviteClient } from '../client/invite-client.js';
import type { InternalUser } from '../client/types.js';
import { avatar } from '../internal/avatar.js';
import { loadingStatus } from '../internal/status-templates.js';
import type { UsersListController, UsersSort } from './users-list-controller.js';
import type { Translate } from '../internal/locale-controller.js';

export interface UsersTableContext {
  t: Translate;
  relativeTime(date: string): string;
  /** For the initials in avatars. */
  locale: string;
  dateTime(date: string): string;
  list: UsersListController;
  viewerId?: string;
  client?: InviteClient;
  resendCooldown: number;
  now: number;
  /** A table, or a card per user where the table's columns don't fit (see `TableFitController`). */
  layout: 'table' | 'cards';
  /** The list's error as an alert with "Try again", its sentence from the message key given (`{reason}` filled in). */
  errorAlert(sentenceKey: string): TemplateResult;
  onSearchInput(event: InputEvent): void;
  onSearchKeydown(event: KeyboardEvent): void;
  onClearSearch(): void;
  onSort(sort: UsersSort): void;
  onPage(offset: number): void;
}

const RESEND_PARTS = ['base', 'button', 'spinner', 'status', 'cooldown', 'error'].map((part) => `${part}:resend-${part}`).join(', ');

export function renderSearch(ctx: UsersTableContext): TemplateResult {
  const { t, list } = ctx;
  const total = list.page?.total ?? 0;
  const count = list.shownQuery
    ? t('usersAdmin.countMatching', { count: total, query: list.shownQuery })
    : t('usersAdmin.count', { count: total });
  return html`<div part="toolbar" class="header toolbar">
    <div part="search" class="field search">
      <label part="label" class="label" for="search">${t('usersAdmin.search')}</label>
      <input
        part="input search-input"
        class="input"
        id="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="search-hint"
        .value=${live(list.query)}
        @input=${ctx.onSearchInput}
        @keydown=${ctx.onSearchKeydown}
      />
      <span part="hint" class="hint" id="search-hint">${t('usersAdmin.searchHint')}</span>
    </div>
    <p part="count" class="count" role="status">
      ${list.status === 'ready' ? count : nothing}
      ${list.busy && list.status === 'ready' ? html`<span class="updating"><span class="spinner" aria-hidden="true"></span>${t('usersAdmin.updating')}</span>` : nothing}
    </p>
  </div>`;
}

export function renderUsers(ctx: UsersTableContext): TemplateResult {
  const { t, list } = ctx;
  if (list.status === 'loading' || list.status === 'idle') {
    return loadingStatus({ text: t('usersAdmin.loading') });
  }
  if (list.status === 'error') return ctx.errorAlert('usersAdmin.loadFailed');
  const page = list.page!;
  const problem = list.error ? ctx.errorAlert('usersAdmin.reloadFailed') : nothing;
  if (page.total === 0 && !list.shownQuery) return html`${problem}${empty(t('usersAdmin.empty'))}`;
  if (page.total === 0) {
    const clear = html`<button type="button" part="clear-search-button" class="button button--small" @click=${ctx.onClearSearch}>${t('usersAdmin.clearSearch')}</button>`;
    return html`${problem}${empty(t('usersAdmin.noMatches', { query: list.shownQuery }), clear)}`;
  }
  const onlyViewer = !list.shownQuery && page.total === 1 && page.items[0]?.id === ctx.viewerId;
  return html`${problem}
    <div class="fit-probe" aria-hidden="true"></div>
    <div part="table-wrapper" class="table-wrapper" data-layout=${ctx.layout} role="region" tabindex="0" aria-labelledby="users-caption">
      <table part="table" class="table" aria-busy=${list.busy ? 'true' : 'false'}>
        <caption class="visually-hidden" id="users-caption">${t('usersAdmin.caption', { order: t(`usersAdmin.order.${list.sort}.${list.direction}`) })}</caption>
        <thead part="table-head">
          <tr>
            ${sortHeader(ctx, 'name', t('usersAdmin.column.name'))}
            <th scope="col" part="column-header">${t('usersAdmin.column.contact')}</th>
            <th scope="col" part="column-header">${t('usersAdmin.column.userId')}</th>
            <th scope="col" part="column-header">${t('usersAdmin.column.status')}</th>
            ${sortHeader(ctx, 'invited', t('usersAdmin.column.invited'))}
            <th scope="col" part="column-header"><span class="visually-hidden">${t('usersAdmin.column.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            page.items,
            (user) => user.id,
            (user) => renderUser(ctx, user),
          )}
        </tbody>
      </table>
    </div>
    ${onlyViewer ? empty(t('usersAdmin.onlyYou')) : nothing}
    ${renderPager(ctx)}`;
}

/** The "nothing here" box (part `empty`): what it says, and what can be done about it. */
function empty(text: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div part="empty" class="empty"><p>${text}</p>${action}</div>`;
}

function sortHeader(ctx: UsersTableContext, sort: UsersSort, label: string): TemplateResult {
  const { list } = ctx;
  const active = list.sort === sort;
  const ariaSort = active ? (list.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const arrow = active ? (list.direction === 'asc' ? '↑' : '↓') : '↕';
  return html`<th scope="col" part="column-header" aria-sort=${ariaSort}>
    <button type="button" part="sort-button" class="sort-button" ?data-active=${active} @click=${() => ctx.onSort(sort)}>
      ${label}<span class="sort-icon" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}

function renderUser(ctx: UsersTableContext, user: InternalUser): TemplateResult {
  const { t } = ctx;
  const invitation = user.invitation;
  const expired = user.status === 'invited' && Boolean(invitation?.expiresAt && Date.parse(invitation.expiresAt) <= ctx.now);
  const status = user.status === 'active' ? 'active' : expired ? 'expired' : 'invited';
  const badge = status === 'active' ? 'badge--success' : status === 'expired' ? 'badge--danger' : 'badge--warning';
  return html`<tr part="row" class="row" data-user-id=${user.id}>
    <th scope="row" part="cell name-cell" class="name-cell">
      <span class="person">
        ${avatar({ name: user.fullName, url: user.avatarUrl, locale: ctx.locale, part: 'avatar' })}
        <span class="who">
          <span part="name" class="name value" title=${user.fullName}>${user.fullName}</span>
          ${user.id === ctx.viewerId ? html`<span part="you-badge" class="badge">${t('usersAdmin.you')}</span>` : nothing}
          ${user.isAdministrator ? html`<span part="administrator-badge" class="badge badge--primary">${t('usersAdmin.administrator')}</span>` : nothing}
        </span>
      </span>
    </th>
    <td part="cell contact" class="contact">
      <span class="stack">
        ${user.email ? html`<span class="value" title=${user.email}>${user.email}</span>` : nothing}
        ${user.phone ? html`<span class="value phone" dir="ltr" title=${user.phone}>${user.phone}</span>` : nothing}
      </span>
    </td>
    <td part="cell user-id" class="user-id">${user.userId ? html`<span class="value" title=${user.userId}>${user.userId}</span>` : nothing}</td>
    <td part="cell" class="status-cell"><span part="status-badge" class="badge status-badge ${badge}" data-status=${status}>${t(`usersAdmin.status.${status}`)}</span></td>
    <td part="cell last-invitation" class="last-invitation">
      ${
        invitation
          ? html`<time datetime=${invitation.lastSentAt} title=${ctx.dateTime(invitation.lastSentAt)}>${ctx.relativeTime(invitation.lastSentAt)}</time>`
          : user.status === 'invited'
            ? t('usersAdmin.notSent')
            : html`<span class="no-invitation" aria-hidden="true">—</span><span class="visually-hidden">${t('usersAdmin.none')}</span>`
      }
    </td>
    <td part="cell actions-cell" class="actions-cell">
      ${
        user.status === 'invited'
          ? html`<resend-invite-button
            exportparts=${RESEND_PARTS}
            user-id=${user.id}
            cooldown=${ctx.resendCooldown}
            .client=${ctx.client}
          >${t('usersAdmin.resend')}<span class="visually-hidden"> ${t('usersAdmin.resendTo', { name: user.fullName })}</span></resend-invite-button>`
          : nothing
      }
    </td>
  </tr>`;
}

function renderPager(ctx: UsersTableContext): TemplateResult | typeof nothing {
  const { t, list } = ctx;
  const total = list.page?.total ?? 0;
  const pages = Math.ceil(total / list.pageSize);
  if (pages <= 1) return nothing;
  const page = Math.floor(list.offset / list.pageSize) + 1;
  const from = list.offset + 1;
  const to = Math.min(list.offset + list.pageSize, total);
  const atStart = page <= 1;
  const atEnd = page >= pages;
  return html`<nav part="pager" class="header pager" aria-label=${t('usersAdmin.pagination')}>
    <span part="range" class="hint">${t('usersAdmin.range', { from, to, total })}</span>
    <span class="pager-buttons">
      ${pagerButton('previous', t('usersAdmin.previous'), atStart, () => ctx.onPage(list.offset - list.pageSize))}
      <span part="page-status" class="page-status">${t('usersAdmin.page', { page, pages })}</span>
      ${pagerButton('next', t('usersAdmin.next'), atEnd, () => ctx.onPage(list.offset + list.pageSize))}
    </span>
  </nav>`;
}

/** "Previous" or "Next", its arrow on the side it points to; at the end of the list it stays focusable but does nothing. */
function pagerButton(direction: 'previous' | 'next', label: string, atEnd: boolean, onClick: () => void): TemplateResult {
  const path = direction === 'previous' ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5';
  const icon = html`<svg class="pager-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d=${path} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`;
  return html`<button type="button" part="${direction}-button" class="button button--small" aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => !atEnd && onClick()}>
    ${direction === 'previous' ? icon : nothing} ${label} ${direction === 'next' ? icon : nothing}
  </button>`;
}
