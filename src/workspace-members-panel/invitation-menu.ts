import { html, nothing } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InvitationTarget } from '../client/types.js';
import { ActionKey } from '../internal/idempotency.js';
import { LazyElementController, lazyTexts } from '../internal/lazy-element.js';
import { PopoverController } from '../internal/popover-controller.js';
import type { MemberRow } from './member-rows.js';
import { panelChunks } from './lazy-pieces.js';
import type { PanelContext, PanelPieceHost } from './members-data.js';

/** What the menu needs from the panel it sits in. */
export interface InvitationMenuHost extends PanelPieceHost {
  readonly resendCooldown: number;
  /** Focus was in the menu of a row that left: it goes to the row that took its place. */
  focusAfterRevoke(): Promise<void>;
}

function targetOf(row: MemberRow, workspaceId: string): InvitationTarget {
  return row.kind === 'team'
    ? { type: 'team', workspaceId, teamId: row.team.id }
    : { type: 'member', workspaceId, memberId: row.member.id };
}

const nameOf = (row: MemberRow) => (row.kind === 'team' ? row.team.name : row.member.person.fullName);

/**
 * The small popover that opens from a "Not Joined" box: "Resend Invitation" (through
 * `<resend-invite-button>`) and, where the client supports it, "Revoke Invitation" with a
 * confirmation step. A top-layer `popover="manual"` escapes the list's scroll clipping;
 * Floating UI keeps it next to its box; Escape or a click elsewhere closes it (a click on its
 * own box toggles it, which the browser's light dismiss would turn into close-then-reopen);
 * focus goes in on open and back to the box on close.
 */
export class InvitationMenu {
  row?: MemberRow;
  private trigger?: HTMLElement;
  private confirming = false;
  private revoking = false;
  private error?: InviteKitError;
  private readonly revokeKey = new ActionKey();
  /** Keeps it next to its box, and closes it on a press elsewhere; stops when the panel leaves the page. */
  private readonly popoverPosition = new PopoverController(this.host, { placement: 'bottom-end' });
  /** `<resend-invite-button>`, fetched as the pointer or focus reaches a "Not Joined" box, or when the menu opens. */
  private readonly resendCode = new LazyElementController(this.host, {
    tag: 'resend-invite-button',
    load: () => panelChunks.resendButton(),
    ...lazyTexts((key) => this.context.t(key)),
    root: () => this.popover,
    focusReady: () => {
      if (this.row) this.popover?.querySelector<HTMLElement>('resend-invite-button')?.focus();
    },
  });

  constructor(
    private readonly host: InvitationMenuHost,
    private readonly context: PanelContext,
  ) {}

  /** The resend button's code on its way, for the panel's `updateComplete`. */
  get pending(): Promise<void> | undefined {
    return this.resendCode.pending;
  }

  /** Starts fetching the menu's code: the resend button and the positioning (cheap to call on every pointer move over a box). */
  preload(): void {
    void this.resendCode.load();
    this.popoverPosition.preload();
  }

  private get popover(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('#invitation-menu');
  }

  /** Opens the menu for a row from its "Not Joined" box, or closes it when it is already open for that row. */
  async toggle(row: MemberRow, trigger: HTMLElement): Promise<void> {
    if (this.row?.key === row.key) {
      this.close(true);
      return;
    }
    this.popoverPosition.stop();
    this.row = row;
    this.trigger = trigger;
    this.confirming = false;
    this.error = undefined;
    this.revokeKey.settled();
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popover = this.popover;
    if (!popover || this.row?.key !== row.key) return;
    if (!popover.matches(':popover-open')) popover.showPopover();
    this.popoverPosition.start(trigger, popover, {
      onOutsidePointer: () => this.close(false),
      onAnchorGone: () => this.close(false),
    });
    // Resend, once its code is here (the menu itself holds focus meanwhile).
    if (this.resendCode.focusWhenReady()) popover.querySelector<HTMLElement>('resend-invite-button, button')?.focus();
    else popover.focus();
  }

  /** Keeps the open menu's row current when the list refreshes (a live update, a resend). */
  sync(rows: MemberRow[]): void {
    if (!this.row) return;
    const row = rows.find((candidate) => candidate.key === this.row!.key);
    if (row) this.row = row;
    else if (!this.revoking) this.close(false);
  }

  close(restoreFocus: boolean): void {
    const popover = this.popover;
    const trigger = this.trigger;
    this.popoverPosition.stop();
    this.row = undefined;
    this.trigger = undefined;
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
    if (restoreFocus && trigger?.isConnected) trigger.focus();
  }

  /** Tabbing out of the menu closes it, as with any popover that isn't modal. */
  private readonly handleFocusout = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    const popover = this.popover;
    if (!next || !popover || popover.contains(next) || next === this.trigger) return;
    this.close(false);
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    // Escape inside the menu closes only the menu, never a dialog around the panel.
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      this.close(true);
    }
  };

  private async revoke(row: MemberRow): Promise<void> {
    const client = this.context.data.client;
    if (!client || this.revoking) return;
    const target = targetOf(row, this.host.workspaceId);
    const idempotencyKey = this.revokeKey.for(row.key);
    this.revoking = true;
    this.error = undefined;
    this.host.requestUpdate();
    const outcome = await this.context.requests.run(`revoke:${row.key}`, (signal) =>
      client.revokeInvitation(target, { signal, idempotencyKey }),
    );
    this.revoking = false;
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      this.error = outcome.error;
      this.host.requestUpdate();
      return;
    }
    this.close(false);
    // A member's row leaves at once; a team's waits for the server (its people may stay, in part).
    if (row.kind === 'member') this.context.data.removeMember(row.member.id);
    else void this.context.data.reloadMembers();
    this.context.announce(this.context.t('menu.revoked', { name: nameOf(row) }));
    this.context.emit('invitation-revoked', { workspaceId: this.host.workspaceId, target });
    void this.host.focusAfterRevoke();
  }

  /** Swaps "Revoke Invitation" for its confirmation (and back), keeping focus on what replaced it. */
  private async setConfirming(confirming: boolean): Promise<void> {
    this.confirming = confirming;
    this.error = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.popover?.querySelector<HTMLElement>(confirming ? '[part="revoke-confirm-button"]' : '[part="revoke-button"]')?.focus();
  }

  render() {
    const row = this.row;
    const t = (key: string, params?: Record<string, string | number>) => this.context.t(key, params);
    const name = row ? nameOf(row) : '';
    return html`<div
      id="invitation-menu"
      part="menu"
      class="menu"
      popover="manual"
      role="dialog"
      tabindex="-1"
      aria-label=${row ? t('menu.label', { name }) : t('menu.revoke')}
      @keydown=${this.handleKeydown}
      @focusout=${this.handleFocusout}
    >
      ${
        row
          ? html`
            ${this.resendCode.render(
              () => html`<resend-invite-button
              exportparts="base: resend-base, button: resend-button, status: resend-status, cooldown: resend-cooldown, error: resend-error"
              workspace-id=${this.host.workspaceId}
              member-id=${row.kind === 'member' ? row.member.id : ''}
              team-id=${row.kind === 'team' ? row.team.id : ''}
              cooldown=${this.host.resendCooldown}
              .client=${this.context.data.client}
            ></resend-invite-button>`,
            )}
            ${this.context.data.client?.capabilities.revokeInvitation ? this.renderRevoke(row, name, t) : nothing}
          `
          : nothing
      }
    </div>`;
  }

  private renderRevoke(row: MemberRow, name: string, t: (key: string, params?: Record<string, string | number>) => string) {
    if (!this.confirming) {
      return html`<button part="revoke-button" class="button button--quiet button--small" type="button" @click=${() => void this.setConfirming(true)}>
        ${t('menu.revoke')}
      </button>`;
    }
    return html`<div part="revoke-confirmation" class="confirm">
      <p class="confirm-text">${t('menu.revokeConfirm', { name })}</p>
      <div class="confirm-actions">
        <button part="revoke-confirm-button" class="button button--danger button--small" type="button"
          aria-disabled=${this.revoking ? 'true' : 'false'} @click=${() => void this.revoke(row)}>
          ${this.revoking ? html`<span class="spinner" aria-hidden="true"></span>${t('menu.revoking')}` : t('menu.revoke')}
        </button>
        <button class="button button--quiet button--small" type="button" @click=${() => void this.setConfirming(false)}>${t('common.cancel')}</button>
      </div>
      <p part="menu-error" class="error" role="alert">${this.error ? t('menu.revokeFailed', { reason: this.context.describeError(this.error) }) : nothing}</p>
    </div>`;
  }
}
