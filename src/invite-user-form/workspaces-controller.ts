import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { Workspace } from '../client/types.js';
import { RequestController } from '../internal/request-controller.js';

/**
 * Loads the workspaces "Add to Workspace" can choose from, once, when that choice is first
 * made — most invitations never need them. A failed load stays failed until retried.
 */
export class WorkspacesController implements ReactiveController {
  private readonly requests: RequestController;
  private workspaces?: Workspace[];
  private loading = false;
  private error?: InviteKitError;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly resolveClient: () => Promise<InviteClient>,
  ) {
    this.requests = new RequestController(host);
    host.addController(this);
  }

  hostConnected(): void {
    // A load cut short by leaving the page starts again on return.
    if (this.loading) {
      this.loading = false;
      this.ensure();
    }
  }

  /** Starts the first load; does nothing once loaded, loading or failed. */
  ensure(): void {
    if (!this.workspaces && !this.loading && !this.error) void this.load();
  }

  /** Forgets what was loaded (the client changed). */
  forget(): void {
    this.requests.abortAll();
    this.workspaces = undefined;
    this.loading = false;
    this.error = undefined;
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    const outcome = await this.requests.run('workspaces', async (signal) => (await this.resolveClient()).listWorkspaces({ signal }));
    if (outcome.status === 'stale') return;
    this.loading = false;
    if (outcome.status === 'error') this.error = outcome.error;
    else this.workspaces = outcome.value;
    this.host.requestUpdate();
  }

  /** What the workspace picker shows. */
  view(describe: (error: InviteKitError) => string) {
    return {
      workspaces: this.workspaces,
      workspacesLoading: this.loading,
      workspacesError: this.error ? describe(this.error) : undefined,
    };
  }
}
