import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { WorkspaceMember } from '../client/types.js';
import { AnnouncerController } from '../internal/announcer.js';
import { initials } from '../internal/avatar.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { LazyElementController, lazyTexts } from '../internal/lazy-element.js';
import { ModalController, closeButton } from '../internal/modal-controller.js';
import { RequestController } from '../internal/request-controller.js';
import { baseStyles } from '../styles/base.js';
import { copyLinkStyles } from '../styles/copy-link.js';
import { modalStyles } from '../styles/modal.js';
import type { InviteResentEvent } from '../resend-invite-button/events.js';
import { InvitationMenu } from './invitation-menu.js';
import { JoinRequestsController } from './join-requests.js';
import { MemberListController } from './member-list.js';
import { buildRows, filterRows, pagedRows, peopleIn, prepareSearch, STATUS_FILTERS, teamRows } from './member-rows.js';
import type { ListRow, MemberRow, StatusFilter } from './member-rows.js';
import { MembersData } from './members-data.js';
import { isUnfiltered } from './members-pager.js';
import type { PanelContext } from './members-data.js';
import type { WorkspaceMembersPicker } from '../workspace-members-picker/workspace-members-picker.js';
import { panelChunks } from './lazy-pieces.js';
import { WorkspaceLinkController } from './workspace-link.js';
import { styles } from './workspace-members-panel.styles.js';
import { workspaceMembersPanelMessages } from './workspace-members-panel.messages.js';
// The "+ Invite Members" dialog's title (`picker.title`) is the picker's string, drawn by the panel before the picker arrives.
import '../workspace-members-picker/workspace-members-picker.messages.js';
import './events.js';

/**
 * Everyone in a flow or group workspace, and everything the viewer can do about them:
 * resend or revoke invitations, approve or decline requests to join, invite more people,
 * and share the Workspace Link (flow workspaces). Stays fast with tens of thousands of
 * members and updates live when the client pushes changes.
 *
 * @tag workspace-members-panel
 * @summary The Members panel of a workspace: members, join requests, "+ Invite Members" and the Workspace Link.
 *
 * @keyboard Tab - The member list is one tab stop: Tab enters it on the row last focused (the first row at the start), then that row's "Not Joined"/"Expired" box; the next Tab leaves the list.
 * @keyboard ↓ / ↑ - The next / previous row; a row not rendered yet is scrolled in first. Screen readers hear each row's place in the whole list.
 * @keyboard Home / End - The first / last row. On a backend that pages, a row whose page has not arrived is brought into view and takes focus once it has (placeholders are passed over, never focused).
 * @keyboard Page Down / Page Up - A screenful of rows further down / up.
 * @keyboard Enter or Space on a row - Opens its "Not Joined"/"Expired" options ("Resend Invitation", "Revoke Invitation"), as its box does; a joined member's row has none.
 * @keyboard Escape in the options - Closes them (and only them, not a dialog around the panel); focus goes back to the box.
 * @keyboard Tab out of the options - Closes them.
 * @keyboard (rows change) - Focus stays on the same person when rows arrive, leave or move (live updates, filters); a revoked row hands it to the row that takes its place.
 * @keyboard In "+ Invite Members": ↓ / ↑, Enter - Move through the suggestions, choose one (Enter chooses the only one). Escape clears the search, a second Escape closes the dialog; Backspace in an empty search removes the last person chosen.
 *
 * @slot title - Replaces the "Members" heading text.
 * @slot empty - Shown instead of the default text when the workspace has no members.
 *
 * @fires join-request-approved - A request to join was approved as an internal user or a client.
 * @fires join-request-declined - A request to join was declined.
 * @fires members-invited - People were added from "+ Invite Members" and invited.
 * @fires invitation-revoked - A pending invitation was revoked.
 * @fires invite-resent - A member or team was sent a new invitation (from the inner `<resend-invite-button>`).
 * @fires workspace-link-copied - The Workspace Link was copied, by "Copy Link" or by hand (detail: `workspaceId`, `url`, `method`).
 * @fires workspace-link-changed - The Workspace Link's viewing permission changed.
 * @fires invite-kit-unsafe-link - The Workspace Link was refused: neither https: nor on the page's origin (detail: `url`, `reason`).
 * @fires invite-new-internal-user-requested - In a flow workspace, the viewer wants to invite a new internal user to the portal first; open `<invite-user-dialog>`.
 *
 * @csspart base - The panel.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart count - The workspace's name and how many are in it ("7 members", or "7 entries · 12 people" where a team row stands for several).
 * @csspart workspace-name - The workspace's name in it.
 * @csspart invite-members-button - "+ Invite Members".
 * @csspart list-skeleton - Where the list will be while the members load: a box the list's height, the loading message in it.
 * @csspart loading - The loading message (also a `status`).
 * @csspart status - The loading message.
 * @csspart error - The load failure message (also an `alert`).
 * @csspart alert - The load failure message.
 * @csspart retry-button - "Try again" under it.
 * @csspart empty - The "nobody yet" or "no matches" message.
 * @csspart join-requests - The "Requests to join" section.
 * @csspart join-requests-title - Its heading.
 * @csspart join-requests-note - Shown to viewers who aren't portal admins: only a portal admin can approve (they may still decline).
 * @csspart join-request - One request.
 * @csspart join-request-error - Why an approval or decline was rolled back.
 * @csspart approve-internal-button - "Approve as Internal User" (portal admins only).
 * @csspart approve-client-button - "Approve as Client" (portal admins only).
 * @csspart decline-button - "Decline".
 * @csspart filters - The filter bar.
 * @csspart filter-input - The name/email filter.
 * @csspart status-filter - The status filter.
 * @csspart list - The virtualized member list.
 * @csspart row - A member row.
 * @csspart team-row - A team row.
 * @csspart placeholder-row - Where a backend that pages has not sent a member yet: a row-high placeholder (also a `row`); after a failed page it says so, with "Try again" (`retry-button`).
 * @csspart avatar - A row's avatar or initials.
 * @csspart name - A name.
 * @csspart details - Contact and role line.
 * @csspart type-badge - "Internal", "Client" or "Team".
 * @csspart invitation - When a pending invitation was sent and expires.
 * @csspart status-badge - A row's status.
 * @csspart status-button - The "Not Joined"/"Expired" box.
 * @csspart menu - The popover opened from a "Not Joined" box.
 * @csspart resend-base - The box around that button and what it says.
 * @csspart resend-button - Its "Resend Invitation" button.
 * @csspart resend-status - What the resend did.
 * @csspart resend-cooldown - When it can resend again.
 * @csspart resend-error - Why a resend failed.
 * @csspart revoke-button - "Revoke Invitation".
 * @csspart revoke-confirmation - The confirmation step.
 * @csspart revoke-confirm-button - Its "Revoke Invitation".
 * @csspart menu-error - Why revoking failed.
 * @csspart workspace-link - The Workspace Link section (the link, Copy Link and the viewing switch).
 * @csspart workspace-link-title - Its heading.
 * @csspart workspace-link-label - The link's label (visually hidden).
 * @csspart workspace-link-input - The link.
 * @csspart copy-button - "Copy Link".
 * @csspart workspace-link-copy-status - The "Copied" confirmation, or how to copy by hand when the browser refused.
 * @csspart viewing-switch - The viewing-permissions switch.
 * @csspart viewing-hint - What the switch means.
 * @csspart workspace-link-error - Why the switch was put back.
 * @csspart workspace-link-load-error - Why the Workspace Link couldn't be loaded, with "Try again" (`retry-button`; also an `alert`).
 * @csspart workspace-link-refused - Why the Workspace Link isn't shown (the client gave a link that is neither https: nor on the page's origin).
 * @csspart picker-dialog - The "+ Invite Members" dialog.
 * @csspart picker - The picker inside it.
 * @csspart close-button - Its close button.
 * @csspart chips - The people chosen.
 * @csspart chip - One of them.
 * @csspart chip-remove-button - Its remove button.
 * @csspart search-input - The type-ahead combobox.
 * @csspart listbox - Its suggestions.
 * @csspart option - One suggestion.
 * @csspart search-status - "Searching…", "Nobody matches…".
 * @csspart new-person-form - The new client / new internal user form.
 * @csspart form-label - A label in it.
 * @csspart form-input - A field in it.
 * @csspart form-error - A field's error.
 * @csspart form-submit - "Add Client" / "Add Internal User".
 * @csspart flow-notice - Why a new internal user must first be invited to the portal.
 * @csspart portal-invite-button - Its button.
 * @csspart invite-button - "Invite".
 * @csspart picker-error - Why inviting failed.
 *
 * @cssprop [--invite-kit-share-link-input-font=ui-monospace, monospace] - Font of the Workspace Link.
 * @cssprop [--invite-kit-workspace-members-panel-list-height=28rem] - Tallest the member list grows before it scrolls (unless `list-height="auto"`).
 * @cssprop [--invite-kit-workspace-members-panel-row-hover=var(--invite-kit-color-surface-sunken)] - Row background on hover and focus.
 */
export class WorkspaceMembersPanel extends InviteKitElement {
  static override styles = [baseStyles, copyLinkStyles, modalStyles, styles];
  // <workspace-members-picker> and <resend-invite-button> are not dependencies: they are fetched
  // when first wanted (./lazy-pieces.ts), as "+ Invite Members" or a "Not Joined" box is reached.
  /** The English messages (keys for translations and `overrideMessages`). */
  static readonly messages = workspaceMembersPanelMessages;
  /**
   * The workspace, its members, join requests and Workspace Link, the viewer, and what the panel
   * does with them (approve or decline a request, revoke an invitation, the link's viewing
   * permission). The picker and the resend button list their own.
   */
  static override readonly clientOperations = [
    'getWorkspace',
    'listWorkspaceMembers',
    'listJoinRequests',
    'getViewer',
    'getWorkspaceLink',
    'setWorkspaceLinkViewing',
    'approveJoinRequest',
    'declineJoinRequest',
    'revokeInvitation',
  ] as const;

  /** The workspace whose members to show. */
  @property({ attribute: 'workspace-id', reflect: true }) workspaceId = '';

  /** Seconds before the same person or team can be sent another invitation. */
  @property({ attribute: 'resend-cooldown', type: Number }) resendCooldown = 60;

  /**
   * How tall the member list is. `scroll` (the default): as tall as its rows up to
   * `--invite-kit-workspace-members-panel-list-height`, then it scrolls inside itself — for a
   * panel with a page of its own, and for very long lists. `auto`: always as tall as its rows,
   * and whatever scrolls the page scrolls it — for a panel in a side panel or a page that
   * scrolls already, so there is one scroll area, not two. Either way only the rows on screen
   * are in the DOM.
   */
  @property({ attribute: 'list-height', reflect: true }) listHeight: 'scroll' | 'auto' = 'scroll';

  @state() private filterQuery = '';
  @state() private statusFilter: StatusFilter = 'all';
  /** The picker is made the first time "+ Invite Members" opens it, not with every panel. */
  @state() private pickerWanted = false;

  @query('#picker-dialog') private pickerDialog?: HTMLDialogElement;
  @query('workspace-members-picker') private picker?: WorkspaceMembersPicker;

  private readonly announcer = new AnnouncerController(this);
  /** The picker's code, fetched as "+ Invite Members" is pointed at, focused or chosen. */
  private readonly pickerCode = new LazyElementController(this, {
    tag: 'workspace-members-picker',
    load: () => panelChunks.picker(),
    ...lazyTexts((key) => this.t(key)),
    root: () => this.pickerDialog,
    focusReady: () => {
      if (this.pickerDialog?.open) void this.focusPicker();
    },
  });
  private readonly pickerModal = new ModalController(this, {
    dialog: () => this.pickerDialog,
    // The picker's search; while its code is on its way, the close button holds focus (the native dialog's own choice).
    onOpen: () => {
      if (this.pickerCode.focusWhenReady()) void this.focusPicker();
    },
    // Back to "+ Invite Members", whichever way it closed.
    onClose: () => this.renderRoot.querySelector<HTMLElement>('[part="invite-members-button"]')?.focus(),
  });

  /** @internal */
  readonly data = new MembersData(this, {
    readyClient: () => this.readyClient,
    resolveClient: () => this.resolveClient(),
    resolveViewer: (signal) => this.resolveViewer(signal),
    filter: () => ({ query: this.filterQuery, status: this.statusFilter }),
  });
  /** What the private pieces below are given (members-data.ts `PanelContext`): not the panel's members. */
  private readonly pieces: PanelContext = {
    data: this.data,
    requests: new RequestController(this),
    t: (key, params) => this.t(key, params),
    describeError: (error) => this.describeError(error),
    errorAlert: (error, options) => this.renderErrorAlert(error, options),
    relativeTime: (date) => this.localize.relativeTime(date),
    announce: (message) => this.announcer.announce(message),
    emit: (type, detail) => this.emit(type, detail),
  };
  private readonly list = Object.assign(new MemberListController(this), {
    // Scrolling re-renders the window alone, without the panel's update: it says which rows it reached.
    onShownRangeChange: () => this.wantShownPages(),
  });
  private readonly menu = new InvitationMenu(this, this.pieces);
  private readonly joinRequests = new JoinRequestsController(this, this.pieces);
  private readonly workspaceLink = new WorkspaceLinkController(this, this.pieces);
  private rowsCache?: { members: unknown; teams: unknown; rows: MemberRow[]; people: number; stopSearchPrep: () => void };
  private shownCache?: { keys: unknown[]; rows: ListRow[]; people: number };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const changes = changed as Map<PropertyKey, unknown>;
    if ((changes.has('workspaceId') || changes.has('client') || changes.has('providedClient')) && this.workspaceId) {
      if (changed.has('workspaceId') && changed.get('workspaceId') !== undefined) {
        this.menu.close(false);
        this.clearFilters();
      }
      void this.data.load(this.workspaceId);
      this.prepareFormats();
    } else if ((changes.has('filterQuery') || changes.has('statusFilter')) && this.data.pager.active) {
      // A backend that pages filters on the server: a chosen status at once, typing once it pauses.
      this.data.pager.setFilter({ query: this.filterQuery, status: this.statusFilter }, !changes.has('filterQuery'));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.wantShownPages();
  }

  /** The window says which rows it shows: a paged list asks for the pages they (and the next few) are on. */
  private wantShownPages(): void {
    if (!this.data.pager.active) return;
    const teams = this.shownCache ? this.shownCache.rows.length - this.data.pager.total : 0;
    const { start, end } = this.list.shownRange;
    this.data.pager.want(Math.max(0, start - teams), Math.max(0, end - teams));
  }

  /** Also waits for a piece fetched when first wanted (the picker) while it is on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const loading = this.pickerCode.pending ?? this.menu.pending;
    if (!loading) return complete;
    await loading;
    return super.getUpdateComplete();
  }

  private async focusPicker(): Promise<void> {
    await this.updateComplete;
    await this.picker?.updateComplete;
    this.picker?.focus();
  }

  /**
   * While the members load: the locale's plural rules, number and relative-time formats and the
   * grapheme segmenter behind the avatars' initials are slow to create the first time on a page
   * (ICU loads its data: ~10 ms for numbers alone), so they are created now rather than when the
   * list arrives.
   */
  private prepareFormats(): void {
    this.t('members.count', { count: 0 });
    this.localize.relativeTime(new Date());
    initials('A', this.localize.locale);
  }

  // ---- Hooks for the private pieces ------------------------------------------------------

  /** @internal */
  async focusAfterRevoke(): Promise<void> {
    await this.updateComplete;
    await this.list.focusActive();
  }

  // ---- Event handlers ---------------------------------------------------------------------

  private readonly handleListClick = (event: MouseEvent) => {
    const retry = (event.target as HTMLElement).closest<HTMLElement>('[data-retry-page]');
    if (retry) {
      this.data.pager.retry(Number(retry.dataset.retryPage));
      return;
    }
    const trigger = (event.target as HTMLElement).closest<HTMLElement>('[data-menu-trigger]');
    const key = trigger?.dataset.menuTrigger;
    const { rows } = this.shown;
    // The row says where it is; check it, and look further only if the list changed under it.
    const at = rows[Number(trigger?.closest<HTMLElement>('[role="listitem"]')?.dataset.index)];
    const row = at?.key === key ? at : rows.find((candidate) => candidate.key === key);
    // Only a member's or a team's row has a trigger: never a placeholder.
    if (trigger && row && row.kind !== 'placeholder') void this.menu.toggle(row, trigger);
  };

  private readonly handleResent = (event: InviteResentEvent) => {
    const { target, sentAt, expiresAt } = event.detail;
    if (target.type !== 'member') void this.data.reloadMembers();
    else
      this.data.updateMember(target.memberId, (member) => ({
        ...member,
        invitation: { sentAt: member.invitation?.sentAt ?? sentAt, lastSentAt: sentAt, expiresAt },
      }));
  };

  private readonly handleOpenPicker = async () => {
    if (!this.pickerWanted) {
      this.pickerWanted = true;
      // Usually here already (fetched as the pointer or focus reached the button); a failed fetch opens
      // the dialog on its error with "Try again".
      await this.pickerCode.load();
      await this.updateComplete;
      await this.picker?.updateComplete;
    }
    this.pickerModal.open();
  };

  /** The pointer or focus on "+ Invite Members", or on a "Not Joined" box: their code starts on its way. */
  private readonly handlePreloadPicker = () => void this.pickerCode.load();

  private readonly handleListPreload = (event: Event) => {
    if ((event.target as HTMLElement).closest?.('[data-menu-trigger]')) this.menu.preload();
  };

  /** The picker's own dialog closes: the panel's business, so the event goes no further. */
  private readonly handleClosePicker = (event: Event) => {
    event.stopPropagation();
    this.pickerModal.close();
  };

  private readonly handleMembersInvited = (event: CustomEvent<{ added: WorkspaceMember[] }>) => {
    const added = event.detail.added;
    this.data.addMembers(added);
    this.announcer.announce(this.t('members.invited', { count: added.length }));
    void this.data.reloadMembers();
  };

  private clearFilters(): void {
    this.filterQuery = '';
    this.statusFilter = 'all';
  }

  // ---- Public methods ---------------------------------------------------------------------

  /**
   * Loads the workspace, its members, join requests and Workspace Link again (after the host
   * changed them elsewhere, say, with a client that pushes no changes). The rows on screen stay
   * until the new ones arrive; resolves once they have.
   */
  async reload(): Promise<void> {
    if (this.workspaceId) await this.data.load(this.workspaceId);
  }

  // ---- Rendering --------------------------------------------------------------------------

  private get allRows(): MemberRow[] {
    const { members, teams } = this.data;
    if (this.rowsCache?.members !== members || this.rowsCache.teams !== teams) {
      this.rowsCache?.stopSearchPrep();
      const rows = buildRows(members, teams, Date.now());
      this.rowsCache = { members, teams, rows, people: peopleIn(rows), stopSearchPrep: prepareSearch(rows) };
    }
    return this.rowsCache.rows;
  }

  /**
   * The rows the filters let through, and how many people they stand for. A paged list's teams
   * follow what is typed at once (they come whole); its members, what the server last matched.
   */
  private get shown(): { rows: ListRow[]; people: number } {
    const { pager, teams } = this.data;
    const keys = [pager.active ? pager.version : this.allRows, teams, this.filterQuery, this.statusFilter];
    if (!this.shownCache || keys.some((key, at) => key !== this.shownCache!.keys[at])) {
      const filtered = filterRows(pager.active ? teamRows(teams) : this.allRows, this.filterQuery, this.statusFilter);
      const rows = pager.active ? pagedRows(filtered, pager.total, (index) => pager.memberAt(index), Date.now()) : filtered;
      this.shownCache = { keys, rows, people: rows === this.rowsCache?.rows ? this.rowsCache.people : peopleIn(rows) };
    }
    return this.shownCache;
  }

  /** Entries and people in the whole list (the header's count), paged or not. */
  private get wholeCount(): { entries: number; people: number } {
    const { pager, teams } = this.data;
    if (!pager.active) return { entries: this.allRows.length, people: this.rowsCache!.people };
    const teamPeople = teams.reduce((sum, team) => sum + team.memberCount, 0);
    return { entries: teams.length + pager.unfilteredTotal, people: teamPeople + pager.unfilteredTotal };
  }

  /**
   * "7 members", or where team rows stand for several people, "7 entries · 12 people": the
   * header and the filter status count alike, so the list's own count (its rows) never
   * seems to contradict the number of people.
   */
  private countText(kind: 'count' | 'showing', entries: number, people: number): string {
    if (this.data.teams.length === 0 || (kind === 'showing' && entries === 0)) return this.t(`members.${kind}`, { count: entries });
    return this.t(kind === 'count' ? 'members.countWithTeams' : 'members.showingWithTeams', {
      entries: this.t('members.entries', { count: entries }),
      people: this.t('members.people', { count: people }),
    });
  }

  protected override render() {
    const { data } = this;
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${data.loading || data.pager.busy ? 'true' : 'false'}>
      <header part="header" class="header">
        <div class="heading">
          <h2 id="title" part="title" class="title"><slot name="title">${this.t('members.title')}</slot></h2>
          ${data.workspace ? this.renderCount(data.workspace.name) : nothing}
        </div>
        ${
          data.workspace
            ? html`<button part="invite-members-button" class="button button--primary" type="button" @click=${this.handleOpenPicker}
                @pointerenter=${this.handlePreloadPicker} @focus=${this.handlePreloadPicker}>${this.t('members.inviteMembers')}</button>`
            : nothing
        }
      </header>
      ${this.announcer.render()}
      ${data.loadError ? this.renderLoadError(data.loadError) : this.renderBody()}
    </section>`;
  }

  /** The workspace's name (client data: isolated, and cut off before the count is) and how many are in it. */
  private renderCount(name: string) {
    const { entries, people } = this.wholeCount;
    return html`<span part="count" class="count hint"
      ><bdi part="workspace-name" class="workspace-name truncate">${name}</bdi
      ><span class="count-text"> · ${this.countText('count', entries, people)}</span></span
    >`;
  }

  private renderLoadError(error: InviteKitError) {
    return this.renderErrorAlert(error, {
      part: 'error',
      sentence: (reason) => this.t('members.loadFailed', { reason }),
      onRetry: () => void this.data.load(this.workspaceId),
    });
  }

  /**
   * The body, the same template while the members load (filters disabled, the loading line where
   * the list will be, the closed menu and picker dialog already in place) and once they are here:
   * when the list resolves only the count and the rows are new, so the first frame after it paints
   * them, and nothing around the list moves.
   */
  private renderBody() {
    const workspace = this.data.workspace;
    const { pager } = this.data;
    const everyone = workspace ? this.wholeCount.entries : 0;
    const { rows, people: shownPeople } = workspace ? this.shown : { rows: [], people: 0 };
    if (workspace) this.list.sync(rows);
    // The menu's row is a member's or a team's; a placeholder never has a menu.
    this.menu.sync(rows as MemberRow[]);
    // A paged list filtered down to nobody still has people: the filters stay to undo it.
    const empty = workspace !== undefined && everyone === 0 && (!pager.filter || isUnfiltered(pager.filter));
    return html`
      ${this.joinRequests.render()}
      ${!empty ? this.renderFilters(rows.length, shownPeople, !workspace) : nothing}
      <div class="list-region" @click=${this.handleListClick} @pointerover=${this.handleListPreload} @focusin=${this.handleListPreload}>
        ${
          !workspace
            ? html`<div part="list-skeleton" class="list-skeleton">${this.renderLoadingStatus(this.t('members.loading'), 'loading')}</div>`
            : empty
              ? html`<p part="empty" class="empty"><slot name="empty">${this.t('members.empty')}</slot></p>`
              : rows.length === 0
                ? html`<p part="empty" class="empty">${this.t('members.noMatches')}
                <button class="button button--small" type="button" @click=${() => this.clearFilters()}>${this.t('members.clearFilters')}</button></p>`
                : this.list.render(
                    {
                      t: (key, params) => this.t(key, params),
                      relativeTime: (date) => this.localize.relativeTime(date),
                      locale: this.localize.locale,
                      openMenuKey: this.menu.row?.key,
                      ...(pager.active ? { pageFailed: (index: number) => pager.pageFailed(index) } : {}),
                    },
                    this.t('members.listLabel'),
                  )
        }
      </div>
      ${workspace?.kind === 'flow' ? this.workspaceLink.render() : nothing}
      <div @invite-resent=${this.handleResent}>${this.menu.render()}</div>
      ${this.renderPickerDialog()}
    `;
  }

  /** The filter field and the status filter; `loading`: disabled, and no count to describe them yet. */
  private renderFilters(shown: number, people: number, loading: boolean) {
    return html`<div part="filters" class="filters" role="search">
      <div class="field filter-field">
        <label class="label" for="filter">${this.t('members.filterLabel')}</label>
        <input id="filter" part="filter-input" class="input" type="search" placeholder=${this.t('members.filterPlaceholder')}
          aria-describedby=${loading ? nothing : 'showing'} .value=${this.filterQuery} ?disabled=${loading}
          @input=${(event: InputEvent) => (this.filterQuery = (event.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label class="label" for="status-filter">${this.t('members.statusFilterLabel')}</label>
        <select id="status-filter" part="status-filter" class="input" .value=${this.statusFilter} ?disabled=${loading}
          @change=${(event: Event) => (this.statusFilter = (event.target as HTMLSelectElement).value as StatusFilter)}>
          ${STATUS_FILTERS.map(
            (status) => html`<option value=${status} ?selected=${status === this.statusFilter}>
            ${this.t(status === 'all' ? 'members.statusAll' : `members.status.${status}`)}</option>`,
          )}
        </select>
      </div>
      ${
        // Put in with its first count, as before the skeleton: a live region filled later would announce it.
        loading
          ? nothing
          : html`<span id="showing" class="visually-hidden" aria-live="polite">${this.countText('showing', shown, people)}</span>`
      }
    </div>`;
  }

  private renderPickerDialog() {
    const modal = this.pickerModal;
    return html`<dialog
      id="picker-dialog"
      part="picker-dialog"
      class="modal"
      aria-labelledby="picker-title"
      @cancel=${modal.handleCancel}
      @close=${modal.handleClose}
    >
      <header class="modal-header dialog-header">
        <h2 id="picker-title" class="modal-title">${this.t('picker.title')}</h2>
        ${closeButton(this.t('common.close'), modal.handleCloseButton)}
      </header>
      <div class="modal-body">${this.pickerWanted ? this.pickerCode.render(() => this.renderPicker()) : nothing}</div>
    </dialog>`;
  }

  private renderPicker() {
    const { workspace, viewer } = this.data;
    return html`<workspace-members-picker
        part="picker"
        exportparts="chips, chip, chip-remove-button, search-input, listbox, option, search-status, new-person-form, form-label, form-input, form-error, form-submit, flow-notice, portal-invite-button, invite-button, picker-error"
        workspace-id=${this.workspaceId}
        workspace-kind=${workspace?.kind ?? 'group'}
        ?can-invite-internal-users=${viewer?.isPortalAdmin ?? false}
        .client=${this.data.client}
        @picker-close=${this.handleClosePicker}
        @members-invited=${this.handleMembersInvited}
      ></workspace-members-picker>`;
  }
}
