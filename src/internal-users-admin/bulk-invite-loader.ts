/**
 * Brings in the Bulk Invite code (bulk-invite.ts, its own chunk) the first time it is wanted,
 * and stands in for the panel until it is there. Most admins never bulk invite, so the element
 * leaves it out: it is fetched when a person points at or focuses "Bulk Invite" (so it has
 * usually arrived by the click) or when the dialog opens on it. Meanwhile the dialog shows a
 * loading line; a chunk that can't be fetched shows the error with "Try again".
 */
import { adoptStyles } from 'lit';
import type { CSSResult, LitElement, TemplateResult, nothing } from 'lit';
import type { InternalUser } from '../client/types.js';
import { LazyChunkController, lazyTexts } from '../internal/lazy-element.js';
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

/** The Bulk Invite panel's stand-in: fetches its code (`LazyChunkController`: the wait, the failure with "Try again"), then hands over to it. */
export class BulkInviteLoader {
  private readonly code: LazyChunkController<BulkInvite>;

  constructor(
    private readonly host: LitElement,
    deps: BulkInviteHost,
    private readonly options: BulkInviteLoaderOptions,
  ) {
    this.code = new LazyChunkController(host, {
      load: async () => {
        const module = await bulkInviteChunk.load();
        this.adopt(module.bulkEditorStyles);
        return module.createBulkInvite(host, deps, options);
      },
      ...lazyTexts(options.t, 'usersAdmin.bulk.loading'),
      // Focus goes to the panel (or to "Try again") once the fetch has settled, if nobody moved it meanwhile.
      root: () => (this.focusLeftWaiting() ? this.host.renderRoot.querySelector('dialog') : null),
      focusReady: () => {
        if (this.focusLeftWaiting()) this.code.value!.panel.focusStart();
      },
    });
  }

  /** The fetch under way, for the host's `updateComplete` to wait on. */
  get pending(): Promise<void> | undefined {
    return this.code.pending;
  }

  /** Starts the fetch, once (again after a failure); cheap to call on every pointerenter and focus. */
  readonly load = (): Promise<void> => this.code.load();

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
    this.code.value?.state.portalChanged();
  }

  /** Someone was invited outside Bulk Invite (the Invite dialog): its rows know them at once. */
  learnInvited(user: Pick<InternalUser, 'fullName' | 'email' | 'phone'>): void {
    this.code.value?.state.learnInvited(user);
  }

  /** Where a keyboard user starts: the paste box, now or once the code is there (the title holds focus meanwhile). */
  focusStart(): void {
    if (this.code.focusWhenReady()) this.code.value!.panel.focusStart();
    else this.host.renderRoot.querySelector<HTMLElement>('#dialog-title')?.focus();
  }

  /** Whether the dialog still shows Bulk Invite with focus where it was left waiting (the person may have moved on, to Close, say). */
  private focusLeftWaiting(): boolean {
    if (!this.options.isShowing()) return false;
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    return !active || active.matches('#dialog-title, dialog [part~="retry-button"]');
  }

  render(): TemplateResult | typeof nothing {
    return this.code.render(() => this.code.value!.panel.render());
  }
}
