/**
 * One memory portal and everything around it that all its clients share: the call runner
 * (failures, latency, idempotency), the live-update feed and the storage. Clients for
 * different viewers (`asViewer`) are views onto one backend, like two people on one server.
 */
import { CallRunner } from './call-runner.js';
import { ChangeFeed } from './change-feed.js';
import type { Latency } from './latency.js';
import { loadStoredSeed, saveState } from './persistence.js';
import type { MemoryStorage } from './persistence.js';
import { MemoryPortal } from './portal.js';
import type { PortalConfig } from './portal.js';
import type { MemorySeed } from './records.js';
import type { ChangeEvent } from '../types.js';

export class MemoryBackend {
  readonly portal: MemoryPortal;
  readonly runner: CallRunner;
  readonly feed = new ChangeFeed();

  constructor(
    config: PortalConfig,
    private readonly seed: MemorySeed,
    latency: Latency,
    private readonly storage?: MemoryStorage,
  ) {
    this.portal = new MemoryPortal(config, loadStoredSeed(storage) ?? seed);
    this.runner = new CallRunner(latency);
  }

  /**
   * Runs a rule. When it succeeds its changes are saved and announced; when it throws,
   * nothing was changed (rules check everything first) and its noted changes are dropped.
   */
  apply<T>(rule: () => T): T {
    let result: T;
    try {
      result = rule();
    } catch (error) {
      this.portal.takeChanges();
      throw error;
    }
    this.commit(this.portal.takeChanges());
    return result;
  }

  /** Back to the seed the client was created with; everything on screen is stale. */
  reset(): void {
    this.portal.load(this.seed);
    this.runner.forgetKeys();
    const everything: ChangeEvent[] = [{ type: 'internal-users-changed' }, { type: 'invite-link-changed' }];
    for (const workspaceId of this.portal.workspaces.keys()) {
      everything.push(
        { type: 'members-changed', workspaceId },
        { type: 'join-requests-changed', workspaceId },
        { type: 'workspace-link-changed', workspaceId },
      );
    }
    this.commit(everything);
  }

  private commit(changes: ChangeEvent[]): void {
    saveState(this.storage, this.portal);
    if (this.portal.config.capabilities.liveUpdates) this.feed.publish(changes);
  }
}
