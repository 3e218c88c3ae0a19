import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { JoinRequest, Viewer, Workspace, WorkspaceLink, WorkspaceMember, WorkspaceTeam } from '../client/types.js';
import { LiveUpdatesController } from '../internal/live-updates-controller.js';
import { RequestController } from '../internal/request-controller.js';
import { filterRows, memberRows } from './member-rows.js';
import { MembersPager, pagingQuery } from './members-pager.js';
import type { MemberFilter } from './members-pager.js';

/** The panel itself, as its private pieces see it: what they render for, and where they update. */
export interface PanelPieceHost extends HTMLElement, ReactiveControllerHost {
  readonly workspaceId: string;
}

/** What the panel's private pieces (the invitation menu, the join requests, the Workspace Link) are given: not the panel's members. */
export interface PanelContext {
  readonly data: MembersData;
  readonly requests: RequestController;
  t(key: string, params?: Record<string, string | number>): string;
  describeError(error: InviteKitError): string;
  /** The kit's error alert (parts `alert`, `retry-button`), worded as the panel words its own. */
  errorAlert(error: InviteKitError, options: { sentence: (reason: string) => string; onRetry: () => void; part: string }): TemplateResult;
  relativeTime(date: string): string;
  announce(message: string): void;
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never): boolean;
}

interface DataSources {
  /** The client when it can be used at once (InviteKitElement's `readyClient`). */
  readyClient(): InviteClient | undefined;
  resolveClient(): Promise<InviteClient>;
  resolveViewer(signal: AbortSignal): Promise<Viewer>;
  /** The list's filter now: a backend that pages filters on the server, from the first page on. */
  filter(): MemberFilter;
}

/**
 * Holds what the members panel shows, loads it and keeps it current: when the client pushes a
 * change, only the part that changed is fetched again, quietly, so the list keeps its scroll
 * position, filter and focus. A client that pages its members leaves `members` empty: `pager` holds them.
 */
export class MembersData {
  client?: InviteClient;
  workspace?: Workspace;
  viewer?: Viewer;
  members: WorkspaceMember[] = [];
  teams: WorkspaceTeam[] = [];
  joinRequests: JoinRequest[] = [];
  link?: WorkspaceLink;
  linkError?: InviteKitError;
  loading = false;
  loadError?: InviteKitError;

  /** Join requests being approved or declined: a refresh must not bring them back meanwhile. */
  readonly settlingRequests = new Set<string>();

  private readonly requests: RequestController;
  private readonly live: LiveUpdatesController;
  private workspaceId = '';
  /** The members of a client that pages them; inactive otherwise. */
  readonly pager: MembersPager;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sources: DataSources,
  ) {
    this.requests = new RequestController(host);
    this.pager = new MembersPager(host, this.requests, {
      list: (key, query) => this.fetch(key, (client, workspaceId, signal) => client.listWorkspaceMembers(workspaceId, query, { signal })),
      teams: (teams) => (this.teams = teams),
    });
    this.live = new LiveUpdatesController(host, (change) => {
      if (!('workspaceId' in change) || change.workspaceId !== this.workspaceId) return;
      if (change.type === 'members-changed') void this.reloadMembers();
      else if (change.type === 'join-requests-changed') void this.reloadJoinRequests();
      else if (change.type === 'workspace-link-changed') void this.reloadLink();
    });
  }

  /** Loads everything for a workspace; a newer call supersedes an older one. */
  async load(workspaceId: string): Promise<void> {
    this.workspaceId = workspaceId;
    // A refresh still running for the previous workspace must not land in this one.
    for (const key of ['members', 'join-requests', 'link']) this.requests.abort(key);
    this.live.stop();
    if (this.workspace && this.workspace.id !== workspaceId) {
      // Another workspace: show it loading rather than the previous one's people.
      Object.assign(this, { workspace: undefined, members: [], teams: [], joinRequests: [], link: undefined });
      this.pager.stop();
    }
    this.loading = true;
    this.loadError = undefined;
    this.host.requestUpdate();
    const outcome = await this.requests.run(
      'load',
      async (signal) => {
        // Sent before the panel renders its loading state, when the client can be used at once.
        const client = this.sources.readyClient() ?? (await this.sources.resolveClient());
        // A backend that pages answers the first page (of the filter already typed): painted before any other is asked for.
        const filter = this.sources.filter();
        const paging = client.capabilities.memberPaging === true;
        const [workspace, list, joinRequests, viewer] = await Promise.all([
          client.getWorkspace(workspaceId, { signal }),
          client.listWorkspaceMembers(workspaceId, paging ? pagingQuery(filter) : undefined, { signal }),
          // People who may not manage requests simply see none.
          client.listJoinRequests(workspaceId, { signal }).catch((error: unknown) => {
            if ((error as InviteKitError)?.code === 'permission') return [];
            throw error;
          }),
          this.sources.resolveViewer(signal),
        ]);
        return { client, workspace, list, joinRequests, viewer, filter: paging ? filter : undefined };
      },
      // Interrupted by leaving the page: loaded again on return.
      { resume: () => void this.load(workspaceId) },
    );
    if (outcome.status === 'stale') return;
    this.loading = false;
    if (outcome.status === 'error') {
      this.loadError = outcome.error;
      this.host.requestUpdate();
      return;
    }
    const { client, workspace, list, joinRequests, viewer, filter } = outcome.value;
    const paged = this.pager.start(filter, list);
    Object.assign(this, { client, workspace, viewer, members: paged ? [] : list.members, teams: list.teams, joinRequests });
    this.link = undefined;
    this.linkError = undefined;
    this.host.requestUpdate();
    if (workspace.kind === 'flow') void this.reloadLink();
    this.live.follow(client);
  }

  async reloadMembers(): Promise<void> {
    if (this.pager.active) return this.pager.refresh();
    const outcome = await this.fetch('members', (client, workspaceId, signal) =>
      client.listWorkspaceMembers(workspaceId, undefined, { signal }),
    );
    if (outcome?.status !== 'ok') return;
    this.teams = outcome.value.teams;
    this.setMembers(outcome.value.members);
  }

  async reloadJoinRequests(): Promise<void> {
    const outcome = await this.fetch('join-requests', (client, workspaceId, signal) => client.listJoinRequests(workspaceId, { signal }));
    if (outcome?.status !== 'ok') return;
    this.joinRequests = outcome.value.filter((request) => !this.settlingRequests.has(request.id));
    this.host.requestUpdate();
  }

  async reloadLink(): Promise<void> {
    this.linkError = undefined;
    const outcome = await this.fetch('link', (client, workspaceId, signal) => client.getWorkspaceLink(workspaceId, { signal }));
    if (!outcome || outcome.status === 'stale') return;
    if (outcome.status === 'error') this.linkError = outcome.error;
    else this.link = outcome.value;
    this.host.requestUpdate();
  }

  /** Replaces one member in place (after a resend renewed their invitation, say). */
  updateMember(memberId: string, change: (member: WorkspaceMember) => WorkspaceMember): void {
    if (!this.pager.updateMember(memberId, change))
      this.setMembers(this.members.map((member) => (member.id === memberId ? change(member) : member)));
  }

  /** A member taken out here (their invitation revoked): out of the list, and the counts, at once. */
  removeMember(memberId: string): void {
    if (!this.pager.remove(memberId)) this.setMembers(this.members.filter((member) => member.id !== memberId));
  }

  /**
   * Members added here (from the picker, or an approved request to join): in the list at once, at
   * the end where the server puts newcomers; a paged list shows those its filter matches.
   */
  addMembers(added: WorkspaceMember[]): void {
    const { filter } = this.pager;
    if (!filter) {
      const known = new Set(this.members.map((member) => member.id));
      this.setMembers([...this.members, ...added.filter((member) => !known.has(member.id))]);
      return;
    }
    // A member of a team in the list is in its row, not one of their own (`excludeTeamMembers`).
    const rows = memberRows(added, this.teams, Date.now());
    const shown = filterRows(rows, filter.query, filter.status).map((row) => row.member);
    this.pager.add(shown, rows.length);
  }

  private setMembers(members: WorkspaceMember[]): void {
    this.members = members;
    this.host.requestUpdate();
  }

  /** Runs a request about the workspace shown, under `key`; nothing before there is a client. */
  private fetch<T>(key: string, call: (client: InviteClient, workspaceId: string, signal: AbortSignal) => Promise<T>) {
    const { client, workspaceId } = this;
    return client ? this.requests.run(key, (signal) => call(client, workspaceId, signal)) : undefined;
  }
}
