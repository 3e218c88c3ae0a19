/**
 * Brings in the Bulk Invite code (bulk-invite.ts, its own chunk) the first time it is wanted,
 * and stands in for the panel until it is there. Most admins never bulk invite, so the element
 * leaves it out: it is fetched when a person points at or focuses "Bulk Invite" (so it has
 * usually arrived by the click) or when the dialog opens on it. Meanwhile the dialog shows a
 * loading line; a chunk that can't be fetched shows the error with "Try again".
 */
import { adoptStyles } from 'lit';
import type { CSSResult, LitElement, ReactiveController, TemplateResult } from 'lit';
import type { InternalUser } from '../client/types.js';
import { errorAlert, loadingStatus } from '../internal/status-templates.js';
import type { BulkInviteHost } from './bulk-invite-controller.js';
import type { BulkInvitePanelOptions } from './bulk-invite-panel.js';
import type { BulkInvite } from './bulk-invite.js';

export type BulkInviteModule = typeof import('./bulk-invite.js');

/** Where the code comes from. A seam, so tests can act out a chunk that fails to arrive. */
export const bulkInviteChunk: { load(): Promise<BulkInviteModule> } = { load: () => import('./bulk-invite.js') };

export interface BulkInviteLoaderOptions extends BulkInvitePanelOptions {
  /** Whether the dialog is open on Bulk Invite: focus is only moved there. */
  isShowing(): boolean;
}

/** The Bulk Invite panel's stand-in: fetches its code, shows the wait or the failure, then hands over to it. */
export class BulkInviteLoader implements ReactiveController {
  private status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** The fetch under way, for the host's `updateComplete` to wait on. */
  pending?: Promise<void>;
  private bulk?: BulkInvite;
  /** Focus goes to the panel (or to "Try again") once the fetch has settled, if nobody moved it meanwhile. */
  private focusOnArrival = false;

  constructor(
    private readonly host: LitElement,
    private readonly deps: BulkInviteHost,
    private readonly options: BulkInviteLoaderOptions,
  ) {
    host.addController(this);
  }

  /** Starts the fetch, once (again after a failure); cheap to call on every pointerenter and focus. */
  readonly load = (): Promise<void> => this.start(false);

  private start(retry: boolean): Promise<void> {
    if (this.status === 'ready') return Promise.resolve();
    if (!this.pending) {
      // "Try again" keeps the error and its (now unavailable) button in place, so focus stays on it.
      if (!retry) this.status = 'loading';
      this.pending = this.fetchChunk();
    }
    return this.pending;
  }

  private async fetchChunk(): Promise<void> {
    this.host.requestUpdate();
    try {
      const module = await bulkInviteChunk.load();
      this.adopt(module.bulkEditorStyles);
      this.bulk = module.createBulkInvite(this.host, this.deps, this.options);
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    } finally {
      this.pending = undefined;
      this.host.requestUpdate();
    }
  }

  /** Lit's static styles are fixed when the class is defined: the editor's join them when they arrive. */
  private adopt(styles: CSSResult): void {
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const sheet = styles.styleSheet;
    // Without constructable style sheets Lit itself uses <style> elements; do as it does.
    if (!sheet) adoptStyles(root, [styles]);
    else if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** The portal's internal users changed (the client said so): Bulk Invite, once here, asks about its rows again. */
  portalChanged(): void {
    this.bulk?.state.portalChanged();
  }

  /** Someone was invited outside Bulk Invite (the Invite dialog): its rows know them at once. */
  learnInvited(user: Pick<InternalUser, 'fullName' | 'email' | 'phone'>): void {
    this.bulk?.state.learnInvited(user);
  }

  /** Where a keyboard user starts: the paste box, now or once the code is there (the title holds focus meanwhile). */
  focusStart(): void {
    if (this.status === 'ready') return this.bulk!.panel.focusStart();
    this.find('#dialog-title')?.focus();
    this.focusOnArrival = true;
    void this.load();
  }

  hostUpdated(): void {
    if (!this.focusOnArrival || this.pending) return;
    this.focusOnArrival = false;
    if (!this.options.isShowing()) return;
    // The person may have moved on (to Close, say) while waiting: then focus stays where they put it.
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (active && !active.matches('#dialog-title, dialog [part~="retry-button"]')) return;
    if (this.status === 'ready') this.bulk!.panel.focusStart();
    else this.find('dialog [part~="retry-button"]')?.focus();
  }

  private readonly handleRetry = () => {
    if (this.pending) return;
    this.focusOnArrival = true;
    void this.start(true);
  };

  private find(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }

  render(): TemplateResult {
    if (this.status === 'ready') return this.bulk!.panel.render();
    const { t } = this.options;
    if (this.status === 'failed') {
      const retrying = Boolean(this.pending);
      // The alert says what is happening now, so a retry that fails again is announced again.
      return errorAlert({
        message: retrying ? t('usersAdmin.bulk.loading') : t('error.network'),
        retryLabel: t('common.retry'),
        retrying,
        onRetry: this.handleRetry,
      });
    }
    return loadingStatus({ text: t('usersAdmin.bulk.loading') });
  }
}
