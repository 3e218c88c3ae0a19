import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteClient } from '../client/invite-client.js';
import type { ChangeEvent } from '../client/types.js';

/**
 * Follows the changes a client pushes (`capabilities.liveUpdates` and `subscribe`), for one
 * element: `follow(client)` once the element knows its client, and the listener hears every
 * change until the element leaves the page. Leaving unsubscribes; coming back subscribes
 * again to the same client; following another client drops the first. Clients without live
 * updates are followed silently: nothing arrives, and the element refetches on its own terms.
 *
 * Changes pushed while the element was away were not heard: `onReturn` (when given) runs as it
 * comes back to the page still following a client with live updates, so the element looks again.
 */
export class LiveUpdatesController implements ReactiveController {
  private client?: InviteClient;
  private unsubscribe?: () => void;
  private connected = false;
  /** Connected once already: a later connection is a return, with changes possibly missed. */
  private wasConnected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly listener: (change: ChangeEvent) => void,
    private readonly options: { onReturn?: () => void } = {},
  ) {
    host.addController(this);
  }

  /** Whether changes are arriving right now. */
  get active(): boolean {
    return this.unsubscribe !== undefined;
  }

  /** The client being followed, if any. */
  get following(): InviteClient | undefined {
    return this.client;
  }

  /** Follows `client`'s changes (a no-op when it is the one already followed). */
  follow(client: InviteClient): void {
    if (this.client === client) return;
    this.stop();
    this.client = client;
    this.subscribe();
  }

  /** Stops following (another workspace, another link: the element follows again when it knows its client). */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.client = undefined;
  }

  hostConnected(): void {
    const returning = this.wasConnected;
    this.connected = true;
    this.wasConnected = true;
    this.subscribe();
    if (returning && this.active) this.options.onReturn?.();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    const client = this.client;
    if (!client || !this.connected || this.unsubscribe) return;
    if (!client.capabilities.liveUpdates || !client.subscribe) return;
    this.unsubscribe = client.subscribe((change) => this.listener(change));
  }
}
