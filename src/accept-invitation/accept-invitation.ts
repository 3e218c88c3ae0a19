import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import { FullNameSchema } from '../client/field-schemas.js';
import { InvitationTokenSchema } from '../client/schemas.js';
import type { ChangeEvent, InternalUser, InvitationDetails } from '../client/types.js';
import { validate } from '../client/validation.js';
import { placeFieldErrors } from '../internal/field-errors.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { LiveUpdatesController } from '../internal/live-updates-controller.js';
import { SubmitController } from '../internal/submit-controller.js';
import { baseStyles } from '../styles/base.js';
import { pageStyles } from '../styles/page.js';
import { heading, nameField, sentence, signIn, summary } from './accept-invitation-templates.js';
import { styles } from './accept-invitation.styles.js';
import { tokenFromLocation } from './token-from-location.js';
import type {} from './events.js';
import '../i18n/validation.messages.js';
import './accept-invitation.messages.js';

/** Where the page is; the invitation's own statuses, plus what this page adds around them. */
export type AcceptInvitationState =
  | 'loading'
  | 'load-failed'
  | 'unknown'
  | 'pending'
  | 'accepting'
  | 'accepted-now'
  | 'in-portal'
  | 'expired'
  | 'revoked'
  | 'replaced'
  | 'accepted';

/** States that say why the invitation can't be used, each with a title and a sentence. */
const ENDED = {
  expired: 'expired',
  revoked: 'revoked',
  replaced: 'replaced',
  accepted: 'alreadyAccepted',
  'in-portal': 'inPortal',
  unknown: 'unknown',
} as const;

/**
 * The page an emailed or texted invitation opens: who invited the person, to what (the portal,
 * a workspace) and until when, and "Accept Invitation" with their full name, prefilled and
 * editable. An invitation that expired, was withdrawn, replaced by a newer one ("Resend
 * Invitation") or already accepted says so; an unknown or malformed token too.
 *
 * The token comes from the `token` attribute, else from the page's address through
 * `fromLocation` (default: the `token` query parameter). "Add to Contacts Quietly" sends no
 * invitation, so those people have no token and never reach this page. Works signed out.
 *
 * @tag accept-invitation
 * @summary The invited person's page: reads an invitation token and accepts it.
 *
 * @slot sign-in - Replaces the "Sign in" button (for the already-accepted, already-in-the-portal and welcome states): put the host's own sign-in link here.
 *
 * @fires invitation-accepted - When the person accepted (detail: `user`, `invitation`); the host navigates on.
 * @fires sign-in-requested - When "Sign in" was pressed (detail: the invitation's `email` or `phone`).
 *
 * @csspart base - The wrapper.
 * @csspart heading - Each state's heading ("Join Acme Portal", "This invitation has expired", …).
 * @csspart summary - Who invited the person, to what, and until when.
 * @csspart invited-by - The sentence naming the inviter, the portal and the workspace.
 * @csspart sent-to - The address the invitation went to.
 * @csspart expiry - When the invitation expires.
 * @csspart form - The accept form.
 * @csspart field - The Full Name field's wrapper.
 * @csspart label - Its label.
 * @csspart input - The Full Name input.
 * @csspart hint - The help under it.
 * @csspart error - Its error message.
 * @csspart accept-button - "Accept Invitation".
 * @csspart message - The sentence of an ended state or of the welcome.
 * @csspart next - What happens next, after accepting.
 * @csspart sign-in - The area holding "Sign in" (or the `sign-in` slot).
 * @csspart sign-in-button - "Sign in".
 * @csspart alert - Failures.
 * @csspart alert-detail - The backend's own words under an error, where they are in another language than the page.
 * @csspart retry-button - "Try again" after a failure.
 * @csspart status - The loading line.
 * @csspart demo-badge - "Demo data", while the element shows the embedded demo portal (no client given).
 *
 * @cssprop [--invite-kit-accept-invitation-max-width=32rem] - The page's widest width.
 */
export class AcceptInvitation extends InviteKitElement {
  static override styles = [baseStyles, pageStyles, styles];
  static override readonly clientOperations = ['getInvitation', 'acceptInvitation'] as const;

  private readonly live = new LiveUpdatesController(this, (change) => this.handleChange(change));
  /** Validate the name → accept with one idempotency key per name tried; "Try again" reuses it. */
  private readonly submitter = new SubmitController(this, {
    fields: ['fullName'] as const,
    ready: () => this.state === 'pending' && this.invitation !== undefined,
    check: () => {
      const fullName = this.checkName();
      return fullName.ok ? { ok: true, input: { token: this.invitation!.token, fullName: fullName.value } } : fullName;
    },
    send: async (input, options) => (await this.resolveClient()).acceptInvitation(input, options),
    onSending: () => {
      this.state = 'accepting';
      this.submitter.fieldErrors = {};
    },
    onInterrupted: () => (this.state = 'pending'),
    onFailure: (error) => this.showFailure(error),
    onSuccess: (user) => {
      this.accepted = user;
      this.state = 'accepted-now';
      this.emit('invitation-accepted', { user, invitation: this.invitation! });
    },
    successFocus: '#heading',
    keepFailureWhileSending: true,
  });

  /** The invitation token; when absent the element reads it from the page's address with `fromLocation`. */
  @property() token?: string;

  /**
   * How to find the token in the page's address when `token` is not set. Default: the `token` query
   * parameter (`?token=…`). Set your own when your invitation links look otherwise.
   */
  @property({ attribute: false }) fromLocation: (location: Location) => string | undefined = tokenFromLocation;

  /** The headings' level in the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  @state() private state: AcceptInvitationState = 'loading';
  @state() private invitation?: InvitationDetails;
  @state() private fullName = '';
  @state() private loadError?: InviteKitError;
  @state() private accepted?: InternalUser;

  /** The page's state, for hosts and tests. */
  get status(): AcceptInvitationState {
    return this.state;
  }

  /** The token in use: the property, else what `fromLocation` reads from the page's address. */
  get resolvedToken(): string | undefined {
    return this.token ?? this.fromLocation(window.location);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('token') || changed.has('fromLocation') || changed.has('client') || changed.has('providedClient')) {
      this.live.stop();
      this.submitter.settle();
      this.accepted = undefined;
      // Another token or backend: the invitation shown belonged to the old one, and must not be accepted meanwhile.
      this.invitation = undefined;
      this.submitter.clearFailure();
      void this.load();
    }
  }

  private async load(options: { focus?: boolean } = {}): Promise<void> {
    const token = this.resolvedToken;
    // A token no backend could have issued gets its own sentence without asking.
    if (!validate(InvitationTokenSchema, token ?? '').ok) return this.show('unknown', undefined, options.focus);
    if (!this.invitation || this.state === 'load-failed') this.state = 'loading';
    const outcome = await this.requests.run(
      'invitation',
      async (signal) => {
        const client = this.readyClient ?? (await this.resolveClient());
        return { client, invitation: await client.getInvitation(token!, { signal }) };
      },
      { resume: () => void this.load() },
    );
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      if (outcome.error.code === 'not_found' || outcome.error.code === 'validation') return this.show('unknown', undefined, options.focus);
      this.loadError = outcome.error;
      this.state = 'load-failed';
      return;
    }
    const { client, invitation } = outcome.value;
    // Someone who accepted here keeps the welcome, not "already accepted".
    if (this.state === 'accepted-now' || this.state === 'accepting') return;
    if (this.invitation?.token !== invitation.token || this.state !== 'pending') this.fullName = invitation.fullName;
    this.submitter.clearFailure();
    this.show(invitation.status, invitation, options.focus);
    this.live.follow(client);
  }

  private async show(next: AcceptInvitationState, invitation?: InvitationDetails, focus = false): Promise<void> {
    const moved = this.state !== next;
    this.state = next;
    this.invitation = invitation;
    if (!focus || !moved) return;
    await this.updateComplete;
    this.focusHeading();
  }

  /** A resend, a revoke or an acceptance elsewhere changes what this page says, without a reload. */
  private handleChange(change: ChangeEvent): void {
    if (change.type !== 'internal-users-changed' && change.type !== 'members-changed') return;
    if (this.state === 'pending' || this.state === 'load-failed') void this.load({ focus: this.matches(':focus-within') });
  }

  private readonly handleInput = (event: InputEvent) => {
    if (this.state === 'accepting') return;
    this.fullName = (event.target as HTMLInputElement).value;
    if (this.submitter.fieldErrors.fullName) this.submitter.fieldErrors = this.checkName().fieldErrors ?? {};
  };

  private readonly handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submitter.submit();
  };

  private readonly handleRetry = () => void (this.state === 'load-failed' ? this.load({ focus: true }) : this.submitter.submit());

  private readonly handleSignIn = () => {
    const { email, phone } = this.invitation ?? {};
    this.emit('sign-in-requested', { ...(email ? { email } : {}), ...(phone ? { phone } : {}) });
  };

  private checkName(): { ok: true; value: string; fieldErrors?: undefined } | { ok: false; fieldErrors: { fullName: string } } {
    const checked = validate(FullNameSchema, this.fullName);
    if (checked.ok) return { ok: true, value: checked.value };
    return { ok: false, fieldErrors: { fullName: checked.fieldErrors._ ?? 'validation.fullNameRequired' } };
  }

  /**
   * A refused accept: the backend's words on the name field when it names it (whatever the code); "already in the
   * portal" for a conflict; a fresh look when the invitation itself changed (expired, replaced,
   * withdrawn meanwhile); otherwise the failure, with "Try again" under the same key.
   */
  private async showFailure(error: InviteKitError): Promise<void> {
    this.state = 'pending';
    const { fields } = placeFieldErrors(error.fieldErrors, { fullName: 'fullName' } as const);
    if (fields.fullName) return void this.submitter.showFieldErrors(fields);
    if (error.code === 'conflict') return void this.show('in-portal', this.invitation, true);
    if (error.code === 'permission' || error.code === 'not_found') {
      // The invitation may have changed meanwhile; where it still stands, the refusal is said with "Try again", not lost.
      await this.load({ focus: true });
      if (this.state !== 'pending') return;
    }
    this.submitter.fail(error);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]')?.focus());
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  /** Reads the invitation again. */
  async reload(): Promise<void> {
    await this.load();
  }

  /** Focuses the Full Name field while the invitation can be accepted, else the heading. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('#fullName') ?? this.renderRoot.querySelector<HTMLElement>('#heading');
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base">${this.renderDemoBadge()}${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult {
    const t = this.t.bind(this);
    switch (this.state) {
      case 'loading':
        return this.renderLoadingStatus(t('acceptInvitation.loading'));
      case 'load-failed':
        return this.renderErrorAlert(this.loadError!, {
          sentence: (reason) => t('acceptInvitation.loadFailed', { reason }),
          onRetry: this.handleRetry,
        });
      case 'pending':
      case 'accepting':
        return this.renderInvitation();
      case 'accepted-now':
        return this.renderWelcome();
      default:
        return this.renderEnded(this.state);
    }
  }

  private renderInvitation(): TemplateResult {
    const t = this.t.bind(this);
    const invitation = this.invitation!;
    const accepting = this.state === 'accepting';
    const { failure, fieldErrors } = this.submitter;
    const nameError = this.message(fieldErrors.fullName);
    const { portalName: portal, workspace } = invitation;
    const title = workspace
      ? sentence(t, 'acceptInvitation.joinWorkspace', { portal, workspace: workspace.name })
      : sentence(t, 'acceptInvitation.joinPortal', { portal });
    const expiresIn = invitation.expiresAt ? this.localize.relativeTime(invitation.expiresAt) : undefined;
    return html`
      ${heading(title, this.headingLevel)} ${summary({ t, invitation, ...(expiresIn ? { expiresIn } : {}) })}
      <form part="form" class="form" novalidate aria-labelledby="heading" @submit=${this.handleSubmit}>
        ${nameField({ t, value: this.fullName, readonly: accepting, onInput: this.handleInput, ...(nameError ? { error: nameError } : {}) })}
        ${
          failure
            ? this.renderErrorAlert(failure, {
                sentence: (reason) => t('acceptInvitation.acceptFailed', { reason }),
                onRetry: this.handleRetry,
              })
            : nothing
        }
        <div class="actions">
          <button type="submit" part="accept-button" class="button button--primary" aria-disabled=${accepting ? 'true' : 'false'}>
            ${accepting ? html`<span class="spinner" aria-hidden="true"></span>${t('acceptInvitation.accepting')}` : t('acceptInvitation.accept')}
          </button>
        </div>
      </form>
    `;
  }

  private renderWelcome(): TemplateResult {
    const t = this.t.bind(this);
    const { portalName: portal, workspace } = this.invitation!;
    const contact = this.accepted?.email ?? this.accepted?.phone;
    return html`
      ${heading(sentence(t, 'acceptInvitation.acceptedTitle', { portal }), this.headingLevel)}
      <div role="status">
        <p part="message" class="message">
          ${
            workspace
              ? sentence(t, 'acceptInvitation.acceptedWorkspace', { portal, workspace: workspace.name })
              : sentence(t, 'acceptInvitation.acceptedPortal', { portal })
          }
        </p>
        <p part="next" class="note">
          ${contact ? sentence(t, 'acceptInvitation.next', { contact }) : t('acceptInvitation.nextNoContact')}
        </p>
      </div>
      ${signIn(t, this.handleSignIn)}
    `;
  }

  private renderEnded(state: keyof typeof ENDED): TemplateResult {
    const t = this.t.bind(this);
    const key = ENDED[state];
    const portal = this.invitation?.portalName ?? '';
    const offersSignIn = state === 'accepted' || state === 'in-portal';
    return html`
      ${heading(t(`acceptInvitation.${key}Title`), this.headingLevel)}
      <p part="message" class="message">${sentence(t, `acceptInvitation.${key}`, { portal })}</p>
      ${offersSignIn ? signIn(t, this.handleSignIn) : nothing}
    `;
  }
}
