import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { InvitationTarget, ResendResult } from '../client/types.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { newIdempotencyKey } from '../internal/idempotency.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './resend-invite-button.styles.js';
import { resendInviteButtonMessages } from './resend-invite-button.messages.js';
import './events.js';

export type ResendInviteButtonState = 'ready' | 'sending' | 'sent' | 'cooldown' | 'failed';

/**
 * When each target may be sent another invitation, per backend, shared by every button on
 * the page: a second button for the same person (or the same button re-created in a menu)
 * can't flood their inbox either.
 */
const coolingUntilByClient = new WeakMap<object, Map<string, number>>();

function targetKey(target: InvitationTarget): string {
  if (target.type === 'member') return `member:${target.workspaceId}:${target.memberId}`;
  if (target.type === 'team') return `team:${target.workspaceId}:${target.teamId}`;
  return `internal-user:${target.userId}`;
}

/**
 * Sends a new invitation to one workspace member who has not joined, to every member of an
 * internal team who has not joined, or to an invited internal user of the portal.
 *
 * @tag resend-invite-button
 * @summary "Resend Invitation": ready → sending → sent (saying when) → cool-down → ready, or failed with retry.
 *
 * @slot - The button's label while it is ready; defaults to "Resend Invitation".
 *
 * @fires invite-resent - When new invitations went out; detail: the target, who received one, when, and the new expiry.
 *
 * @csspart base - The wrapper around the button and its messages.
 * @csspart button - The button.
 * @csspart spinner - The spinner shown while sending.
 * @csspart status - The outcome message ("Invitation sent to … now."), a polite live region.
 * @csspart cooldown - The hint saying when the button can be used again.
 * @csspart error - The failure message, announced assertively.
 *
 * @cssprop [--invite-kit-resend-invite-button-gap=var(--invite-kit-space-xs)] - Space between the button and its messages.
 * @cssprop [--invite-kit-resend-invite-button-success-color=var(--invite-kit-color-success)] - Colour of the "sent" message.
 */
export class ResendInviteButton extends InviteKitElement {
  static override styles = [tokens, styles];
  /** The new invitation only. */
  static override readonly clientOperations = ['resendInvitation'] as const;
  static override shadowRootOptions: ShadowRootInit = { ...InviteKitElement.shadowRootOptions, delegatesFocus: true };
  /** The English messages this element speaks (keys for translations and `overrideMessages`). */
  static readonly messages = resendInviteButtonMessages;

  /** The workspace of the member or team. */
  @property({ attribute: 'workspace-id' }) workspaceId = '';

  /** Resend to this workspace member (with `workspace-id`). */
  @property({ attribute: 'member-id' }) memberId = '';

  /** Resend to every member of this internal team who has not joined (with `workspace-id`). */
  @property({ attribute: 'team-id' }) teamId = '';

  /** Resend to this invited internal user of the portal (Admin Portal). */
  @property({ attribute: 'user-id' }) userId = '';

  /** Seconds before the same target can be sent another invitation; `0` turns the cool-down off. */
  @property({ type: Number }) cooldown = 60;

  /** Makes the button unusable. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Where the button is in its cycle; reflected so hosts can style each state. */
  @property({ reflect: true }) state: ResendInviteButtonState = 'ready';

  @state() private phase: 'ready' | 'sending' | 'sent' | 'failed' = 'ready';
  @state() private result?: ResendResult;
  @state() private error?: InviteKitError;
  @state() private now = Date.now();

  private idempotencyKey?: string;
  private ticker?: ReturnType<typeof setInterval>;

  /** What the button resends for, from its attributes; `undefined` when they name nobody. */
  get target(): InvitationTarget | undefined {
    if (this.userId) return { type: 'internal-user', userId: this.userId };
    if (this.workspaceId && this.teamId) return { type: 'team', workspaceId: this.workspaceId, teamId: this.teamId };
    if (this.workspaceId && this.memberId) return { type: 'member', workspaceId: this.workspaceId, memberId: this.memberId };
    return undefined;
  }

  /** The cool-downs of the backend in use (one shared map until a client is known). */
  private get cooldowns(): Map<string, number> {
    const backend: object = this.activeClient ?? ResendInviteButton;
    let map = coolingUntilByClient.get(backend);
    if (!map) coolingUntilByClient.set(backend, (map = new Map()));
    return map;
  }

  private get coolingUntil(): number {
    const target = this.target;
    return target ? (this.cooldowns.get(targetKey(target)) ?? 0) : 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A resend cut short by leaving the page: its outcome is unknown, so it is offered again as a
    // retry, with the same idempotency key (it may have gone out already).
    if (this.hasUpdated && this.phase === 'sending' && !this.requests.isRunning('resend')) this.phase = 'failed';
    this.startTicking();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('workspaceId') || changed.has('memberId') || changed.has('teamId') || changed.has('userId')) {
      if (
        changed.get('workspaceId') !== undefined ||
        changed.get('memberId') !== undefined ||
        changed.get('teamId') !== undefined ||
        changed.get('userId') !== undefined
      ) {
        // Another person: forget the previous one's outcome and any request in flight.
        this.requests.abort('resend');
        this.phase = 'ready';
        this.result = undefined;
        this.error = undefined;
        this.idempotencyKey = undefined;
      }
      this.startTicking();
    }
    this.state = this.computeState();
  }

  private computeState(): ResendInviteButtonState {
    if (this.phase === 'sending') return 'sending';
    const cooling = this.coolingUntil > this.now;
    if (this.phase === 'sent' && cooling) return 'sent';
    if (cooling) return 'cooldown';
    if (this.phase === 'failed') return 'failed';
    return 'ready';
  }

  /** Every second while cooling down (the countdown), then every half minute while "sent … ago" shows. */
  private startTicking(): void {
    this.now = Date.now();
    this.stopTicking();
    const cooling = this.coolingUntil > this.now;
    if (!this.isConnected || (!cooling && !this.result)) return;
    this.ticker = setInterval(
      () => {
        this.now = Date.now();
        if (cooling && this.coolingUntil <= this.now) this.startTicking();
      },
      cooling ? 1000 : 30_000,
    );
  }

  private stopTicking(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private readonly handleClick = () => {
    if (this.disabled || !this.target || (this.state !== 'ready' && this.state !== 'failed')) return;
    void this.resend();
  };

  /** Sends the invitation again, as a click would; a retry after a failure reuses the same idempotency key. */
  async resend(): Promise<void> {
    const target = this.target;
    if (!target || this.phase === 'sending') return;
    if (this.phase !== 'failed' || !this.idempotencyKey) this.idempotencyKey = newIdempotencyKey();
    const idempotencyKey = this.idempotencyKey;
    this.phase = 'sending';
    this.error = undefined;
    const outcome = await this.requests.run('resend', async (signal) => {
      const client = await this.resolveClient();
      return client.resendInvitation(target, { signal, idempotencyKey });
    });
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      this.phase = 'failed';
      this.error = outcome.error;
      if (outcome.error.code === 'rate_limited' && outcome.error.retryAfter) {
        this.coolDown(target, outcome.error.retryAfter);
      }
      return;
    }
    this.phase = 'sent';
    this.result = outcome.value;
    this.idempotencyKey = undefined;
    this.coolDown(target, this.cooldown);
    this.startTicking();
    this.emit('invite-resent', {
      target,
      recipients: outcome.value.recipients,
      sentAt: outcome.value.sentAt,
      expiresAt: outcome.value.expiresAt,
    });
  }

  private coolDown(target: InvitationTarget, seconds: number): void {
    if (seconds <= 0) return;
    const key = targetKey(target);
    const until = Date.now() + seconds * 1000;
    this.cooldowns.set(key, Math.max(this.cooldowns.get(key) ?? 0, until));
    this.startTicking();
  }

  private renderStatus() {
    const result = this.result;
    if (!result) return nothing;
    const age = this.now - Date.parse(result.sentAt);
    const time = age < 60_000 ? this.t('resendInvite.justNow') : this.localize.relativeTime(result.sentAt, new Date(this.now));
    if (result.recipients.length === 0) return this.t('resendInvite.nobodyToInvite');
    if (this.target?.type === 'team' || result.recipients.length > 1) {
      return this.t('resendInvite.sentToMany', { count: result.recipients.length, time });
    }
    return this.t('resendInvite.sentTo', { name: result.recipients[0]!.fullName, time });
  }

  protected override render() {
    const state = this.state;
    const target = this.target;
    const unusable = this.disabled || !target || state === 'sending' || state === 'sent' || state === 'cooldown';
    const secondsLeft = Math.ceil((this.coolingUntil - this.now) / 1000);
    const showCooldown = (state === 'sent' || state === 'cooldown') && secondsLeft > 0;
    return html`
      <div part="base" class="base">
        <button
          part="button"
          class="button button--small"
          type="button"
          aria-disabled=${unusable ? 'true' : 'false'}
          aria-describedby="cooldown"
          @click=${this.handleClick}
        >
          ${state === 'sending' ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
          ${
            state === 'sending'
              ? this.t('resendInvite.sending')
              : state === 'failed'
                ? this.t('common.retry')
                : html`<slot>${this.t('resendInvite.label')}</slot>`
          }
        </button>
        <span part="status" class="message status" role="status">${this.phase === 'sent' || (this.result && state === 'ready') ? this.renderStatus() : nothing}</span>
        <span part="cooldown" id="cooldown" class="message hint">${
          showCooldown ? this.t('resendInvite.coolingDown', { count: secondsLeft }) : target ? nothing : this.t('resendInvite.noTarget')
        }</span>
        <span part="error" class="message error" role="alert">${
          this.error ? this.t('resendInvite.failed', { reason: this.describeError(this.error) }) : nothing
        }</span>
      </div>
    `;
  }
}
