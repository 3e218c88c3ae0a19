import type { ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { JoinRequest, Viewer, Workspace, WorkspaceLink, WorkspaceMember, WorkspaceTeam } from '../client/types.js';
import { LiveUpdatesController } from '../internal/live-updates-controller.js';
import { RequestController } from '../internal/request-controller.js';

interface DataSources {
  resolveClient(): Promise<InviteClient>;
  resolveViewer(signal: AbortSignal): Promise<Viewer>;
}

/**
 * Holds what the members panel shows — the workspace, its members and teams, pending join
 * requests, the workspace link, the viewer — loads it, and keeps it current: when the client
 * pushes a change, only the part that changed is fetched again, quietly, so the list keeps
 * its scroll position, filter and focus.
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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sources: DataSources,
  ) {
    this.requests = new RequestController(host);
    // Only the part that changed is fetched again, quietly.
    this.live = new LiveUpdatesController(host, (change) => {
      if (!('workspaceId' in change) || change.workspaceId !== this.workspaceId) return;
      if (change.type === 'members-changed') void this.reloadMembers();
      else if (change.type === 'join-requests-changed') void this.reloadJoinRequests();
      else if (change.type === 'workspace-link-changed') void this.reloadLink();
    });
  }

  get loaded(): boolean {
    return this.workspace !== undefined;
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
    }
    this.loading = true;
    this.loadError = undefined;
    this.host.requestUpdate();
    const outcome = await this.requests.run(
      'load',
      async (signal) => {
        const client = await this.sources.resolveClient();
        const [workspace, list, joinRequests, viewer] = await Promise.all([
          client.getWorkspace(workspaceId, { signal }),
          client.listWorkspaceMembers(workspaceId, undefined, { signal }),
          // People who may not manage requests simply see none.
          client.listJoinRequests(workspaceId, { signal }).catch((error: unknown) => {
            if ((error as InviteKitError)?.code === 'permission') return [];
            throw error;
          }),
          this.sources.resolveViewer(signal),
        ]);
        return { client, workspace, list, joinRequests, viewer };
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
    const { client, workspace, list, joinRequests, viewer } = outcome.value;
    Object.assign(this, { client, workspace, viewer, members: list.members, teams: list.teams, joinRequests });
    this.link = undefined;
    this.linkError = undefined;
    this.host.requestUpdate();
    if (workspace.kind === 'flow') void this.reloadLink();
    this.live.follow(client);
  }

  async reloadMembers(): Promise<void> {
    const { client, workspaceId } = this;
    if (!client) return;
    const outcome = await this.requests.run('members', (signal) => client.listWorkspaceMembers(workspaceId, undefined, { signal }));
    if (outcome.status !== 'ok') return;
    this.members = outcome.value.members;
    this.teams = outcome.value.teams;
    this.host.requestUpdate();
  }

  async reloadJoinRequests(): Promise<void> {
    const { client, workspaceId } = this;
    if (!client) return;
    const outcome = await this.requests.run('join-requests', (signal) => client.listJoinRequests(workspaceId, { signal }));
    if (outcome.status !== 'ok') return;
    this.joinRequests = outcome.value.filter((request) => !this.settlingRequests.has(request.id));
    this.host.requestUpdate();
  }

  async reloadLink(): Promise<void> {
    const { client, workspaceId } = this;
    if (!client) return;
    this.linkError = undefined;
    const outcome = await this.requests.run('link', (signal) => client.getWorkspaceLink(workspaceId, { signal }));
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') this.linkError = outcome.error;
    else this.link = outcome.value;
    this.host.requestUpdate();
  }

  /** Replaces one member in place (after a resend renewed their invitation, say). */
  updateMember(memberId: string, change: (member: WorkspaceMember) => WorkspaceMember): void {
    this.members = this.members.map((member) => (member.id === memberId ? change(member) : member));
    this.host.requestUpdate();
  }
}
