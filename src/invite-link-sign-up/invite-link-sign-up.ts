import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { ChangeEvent, InternalUser, InviteLinkCheck, InviteLinkSignUpInput } from '../client/types.js';
import { directionOf, isolateBidi } from '../i18n/format.js';
import { namesFields } from '../internal/field-errors.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { LiveUpdatesController } from '../internal/live-updates-controller.js';
import { SubmitController } from '../internal/submit-controller.js';
import { baseStyles } from '../styles/base.js';
import { pageStyles } from '../styles/page.js';
import { normalisedContact } from '../invite-user-form/invite-draft-rules.js';
import { textField } from '../invite-user-form/invite-form-templates.js';
import type {} from './events.js';
import {
  DOMAIN_NOT_ALLOWED,
  PHONE_NOT_ACCEPTED,
  SIGN_UP_FIELDS,
  checkSignUp,
  checkSignUpField,
  emptySignUpDraft,
  mapSignUpFieldErrors,
} from './sign-up-draft.js';
import type { SignUpDraft, SignUpField } from './sign-up-draft.js';
import { conflictNotice, linkProblemNotice, signedUpResult } from './sign-up-templates.js';
import type { LinkProblem } from './sign-up-templates.js';
import { styles } from './invite-link-sign-up.styles.js';
import './invite-link-sign-up.messages.js';

/** Reads the invite link from the page's address: a `?link=` parameter, else the address itself. */
export function linkFromLocation(location: Location): string | undefined {
  return new URLSearchParams(location.search).get('link')?.trim() || location.href;
}

/** Where the page is, for hosts and tests. */
export type SignUpStatus = 'checking' | 'check-failed' | LinkProblem | 'ready' | 'sending' | 'failed' | 'conflict' | 'signed-up';

/**
 * The page the portal's shareable invite link opens: it checks the link, then lets the person
 * sign up themselves with their Full Name and an email address or phone number. It says in
 * plain words when the link has expired, was replaced by a newer one ("Refresh Link"), isn't
 * valid, or — where the portal limits sign-up to some email domains — which addresses it takes,
 * before the person types. Works for a signed-out visitor; the host navigates on success.
 *
 * The link comes from the `link` attribute, or — when none is given — from the page's address
 * through `fromLocation` (default: the `?link=` query parameter, else the whole address). Set
 * the static `InviteLinkSignUp.fromLocation` (every instance) or the `fromLocation` property
 * (one instance) to read it your way.
 *
 * Where the client pushes changes (`capabilities.liveUpdates`), a link refreshed while the
 * person is on the page turns into "This link is no longer active" without a reload.
 *
 * @tag invite-link-sign-up
 * @summary The sign-up page an invite link opens: checks the link, then signs the person up.
 *
 * @slot sign-in - Replaces the "Sign in" button (where the person is already in the portal, and after signing up) with the host's own link.
 *
 * @fires invite-link-signed-up - When the backend signed the person up (detail: `user`, the new internal user). The host navigates.
 * @fires sign-in-requested - When "Sign in" was pressed, by a person already in the portal or just signed up (detail: `email` or `phone`).
 *
 * @csspart base - The wrapper.
 * @csspart heading - "Join Acme Portal".
 * @csspart intro - The line under the heading.
 * @csspart domain-rule - Which email addresses the portal takes, said before the person types.
 * @csspart form - The sign-up form.
 * @csspart field - Each field's wrapper (also `field-fullName`, `field-contact`).
 * @csspart label - Each field's label.
 * @csspart input - Each text input.
 * @csspart hint - Help text under a field.
 * @csspart preview - The normalised email or phone number under the contact field.
 * @csspart error - A field's error message.
 * @csspart footer - The row holding the buttons.
 * @csspart submit-button - "Sign Up".
 * @csspart alert - Messages about the whole page: the link's problem, a failure, the conflict, the welcome.
 * @csspart alert-detail - The backend's own words under an error, where they are in another language than the page.
 * @csspart link-problem - Why the link lets nobody sign up (also an `alert`).
 * @csspart failure - Why signing up failed, with Try again (also an `alert`).
 * @csspart conflict - The message when an account with these details already exists (also an `alert`).
 * @csspart sign-in-button - "Sign in".
 * @csspart change-details-button - "Use other details", after a conflict.
 * @csspart retry-button - "Try again" after a failed check or sign-up.
 * @csspart status - The line shown while the link is checked.
 * @csspart result - The welcome after signing up.
 * @csspart result-title - "You’re in".
 * @csspart result-message - Who is in, and with what.
 * @csspart demo-badge - "Demo data", while the element shows the embedded demo portal (no client given).
 *
 * @cssprop [--invite-kit-sign-up-max-width=28rem] - The page's width at most.
 * @cssprop [--invite-kit-sign-up-gap=var(--invite-kit-space-lg)] - Space between the page's pieces.
 */
export class InviteLinkSignUp extends InviteKitElement {
  static override styles = [baseStyles, pageStyles, styles];
  static override readonly clientOperations = ['checkInviteLink', 'signUpWithInviteLink'] as const;

  /** How every instance reads the link from the page's address when it has no `link`; replace it for your URL format. */
  static fromLocation: (location: Location) => string | undefined = linkFromLocation;

  private readonly live = new LiveUpdatesController(this, (change) => this.handleChange(change));
  /** Validate → sign up with one idempotency key per intended sign-up, reused by its retry. */
  private readonly submitter = new SubmitController<InviteLinkSignUpInput, InternalUser, SignUpField, 'conflict' | 'signed-up'>(this, {
    fields: SIGN_UP_FIELDS,
    ready: (): boolean => this.retryWait(this.submitter.failure) <= 0 && !!this.effectiveLink && !!this.check?.valid,
    check: () => checkSignUp(this.effectiveLink!, this.draft, this.allowedDomains),
    send: async (input, options) => (await this.resolveClient()).signUpWithInviteLink(input, options),
    onFailure: (error) => this.showFailure(error),
    onSuccess: (user, input) => {
      this.signedUp = { user, input };
      this.submitter.submission = 'signed-up';
      this.emit('invite-link-signed-up', { user });
    },
    successFocus: '#result-title',
  });

  /** The invite link to sign up with; when unset, read from the page's address by `fromLocation`. */
  @property() link?: string;

  /** How this instance reads the link from the page's address (default: the class's `fromLocation`). */
  @property({ attribute: false }) fromLocation?: (location: Location) => string | undefined;

  /** The heading's level in the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** What has been typed so far. Set it to prefill the form; it survives failures and a link that stops working. */
  @property({ attribute: false }) draft: SignUpDraft = emptySignUpDraft();

  @state() private check?: InviteLinkCheck;
  @state() private checkState: 'checking' | 'done' | 'failed' = 'checking';
  @state() private checkError?: InviteKitError;
  @state() private signedUp?: { user: InternalUser; input: InviteLinkSignUpInput };
  @state() private conflictKind: 'email' | 'phone' = 'email';

  /** Where the page is now. */
  get status(): SignUpStatus {
    const submission = this.submitter.reported;
    if (submission === 'signed-up') return 'signed-up';
    if (this.checkState === 'checking' && !this.check) return 'checking';
    if (this.checkState === 'failed' && !this.check) return 'check-failed';
    const problem = this.linkProblem;
    if (problem) return problem;
    return submission === 'idle' ? 'ready' : submission;
  }

  /** The link this page signs up with: `link`, else what `fromLocation` reads from the address. */
  get effectiveLink(): string | undefined {
    if (this.link !== undefined) return this.link.trim() || undefined;
    const rule = this.fromLocation ?? (this.constructor as typeof InviteLinkSignUp).fromLocation;
    return rule(window.location)?.trim() || undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('draft')) this.draft = { ...emptySignUpDraft(), ...this.draft };
    if (!this.hasUpdated || changed.has('client') || changed.has('providedClient') || changed.has('link') || changed.has('fromLocation')) {
      this.live.stop();
      this.check = undefined;
      void this.checkLink();
    }
  }

  private get linkProblem(): LinkProblem | undefined {
    if (!this.check || this.check.valid) return undefined;
    return this.check.reason ?? 'unknown';
  }

  private get allowedDomains(): readonly string[] {
    return this.check?.valid ? (this.check.allowedDomains ?? []) : [];
  }

  private get portalName(): string {
    return this.check?.portalName ?? this.t('signUp.thisPortal');
  }

  /** Checks the link (again after a live change): a first check shows its loading line; a second one keeps the page as it is until it answers. */
  private async checkLink(): Promise<void> {
    const url = this.effectiveLink;
    this.checkState = 'checking';
    const outcome = await this.requests.run(
      'check',
      async (signal) => {
        const client = this.readyClient ?? (await this.resolveClient());
        // No link at all is an unknown link; the client still follows changes, for a host that sets one later.
        return {
          client,
          check: url === undefined ? ({ valid: false, reason: 'unknown' } as const) : await client.checkInviteLink(url, { signal }),
        };
      },
      { resume: () => void this.checkLink() },
    );
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      this.checkState = 'failed';
      this.checkError = outcome.error;
      return;
    }
    const { client, check } = outcome.value;
    const wasOpen = this.check?.valid === true;
    this.check = check;
    this.checkState = 'done';
    this.checkError = undefined;
    this.live.follow(client);
    if (this.submitter.submission !== 'signed-up' && (!check.valid || !wasOpen)) await this.moveFocusToHeading();
  }

  /** A state change the person didn't cause by typing: focus goes to the heading, where the page's new state starts — if focus was on the page. */
  private async moveFocusToHeading(): Promise<void> {
    const focusWasInside = this.matches(':focus-within');
    await this.updateComplete;
    if (focusWasInside) this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  private handleChange(change: ChangeEvent): void {
    // A refreshed link, or new settings: what the backend says about this one now.
    if (change.type !== 'invite-link-changed' || this.submitter.submission === 'signed-up' || this.submitter.sending) return;
    void this.checkLink();
  }

  private readonly handleRetryCheck = () => void this.checkLink();

  private setDraftField(field: SignUpField, value: string): void {
    if (this.submitter.sending) return;
    this.draft = { ...this.draft, [field]: value };
    if (this.submitter.submission === 'conflict' && field === 'contact') this.submitter.submission = 'idle';
    if (this.submitter.fieldErrors[field]) this.submitter.setFieldError(field, checkSignUpField(field, this.draft, this.allowedDomains));
  }

  private handleInput(field: SignUpField) {
    return (event: InputEvent) => this.setDraftField(field, (event.target as HTMLInputElement).value);
  }

  private handleBlur(field: SignUpField) {
    // Early word about a malformed entry, never about a field skipped; a marked field is kept current by typing.
    return () => this.submitter.leaveField(field, this.draft[field], () => checkSignUpField(field, this.draft, this.allowedDomains));
  }

  private readonly handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submitter.submit();
  };

  /**
   * A failed sign-up, whatever its code: the fields the backend named carry its words. A
   * conflict is the person already being in the portal. A refusal naming no field means the
   * link stopped working meanwhile (refreshed, expired): the link is checked again, and says so.
   */
  private showFailure(error: InviteKitError): void {
    const { fields, other } = mapSignUpFieldErrors(error.fieldErrors);
    if (error.code === 'conflict') {
      this.conflictKind =
        error.fieldErrors?.phone && !error.fieldErrors.email ? 'phone' : (normalisedContact(this.draft.contact)?.kind ?? 'email');
      this.submitter.fail(error, { as: 'conflict' });
      void this.moveFocusToConflict();
      return;
    }
    this.submitter.fail(error, { other });
    if ((error.code === 'permission' || error.code === 'not_found') && !namesFields(error.fieldErrors)) void this.checkLink();
    if (Object.keys(fields).length) void this.submitter.showFieldErrors(fields);
  }

  private async moveFocusToConflict(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="sign-in-button"]')?.focus();
  }

  private readonly handleRetry = () => void this.submitter.submit();

  private readonly handleSignIn = () => {
    const input = this.signedUp?.input ?? normalisedContactInput(this.draft.contact);
    this.emit('sign-in-requested', {
      ...(input.email ? { email: input.email } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
    });
  };

  private readonly handleChangeDetails = async () => {
    this.submitter.submission = 'idle';
    this.submitter.clearFailure();
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#contact');
    input?.focus();
    input?.select();
  };

  /** Checks the link again (after a host changed something the page can't see). */
  async recheck(): Promise<void> {
    await this.checkLink();
  }

  /** Signs up as if "Sign Up" were pressed. */
  submit(): void {
    void this.submitter.submit();
  }

  /** Focuses the heading, or the first field that needs attention. */
  override focus(options?: FocusOptions): void {
    const invalid = SIGN_UP_FIELDS.find((field) => this.submitter.fieldErrors[field]);
    const target = this.renderRoot.querySelector<HTMLElement>(
      invalid ? `#${invalid}` : this.submitter.submission === 'signed-up' ? '#result-title' : '#heading',
    );
    if (target) target.focus(options);
    else super.focus(options);
  }

  private domainList(): string {
    const list = new Intl.ListFormat(this.localize.locale, { type: 'disjunction' });
    return list.format([...this.allowedDomains]);
  }

  protected override render(): TemplateResult {
    const heading = this.check?.portalName ? this.t('signUp.heading', { portal: this.check.portalName }) : this.t('signUp.headingNoPortal');
    return html`<section part="base" class="base" aria-labelledby="heading">
      <div class="header">
        <div part="heading" class="heading" id="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">${heading}</div>
        ${this.renderDemoBadge()}
      </div>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody(): TemplateResult {
    const status = this.status;
    const t = this.t.bind(this);
    switch (status) {
      case 'checking':
        return this.renderLoadingStatus(t('signUp.checking'));
      case 'check-failed':
        return this.renderErrorAlert(this.checkError!, {
          sentence: (reason) => t('signUp.checkFailed', { reason }),
          onRetry: this.handleRetryCheck,
          retrying: this.checkState === 'checking',
        });
      case 'expired':
      case 'replaced':
      case 'unknown':
        return linkProblemNotice(t, status);
      case 'signed-up': {
        const { user, input } = this.signedUp!;
        return signedUpResult({
          t,
          portal: this.portalName,
          name: user.fullName || input.fullName,
          contact: user.email ?? user.phone ?? input.email ?? input.phone ?? '',
          onSignIn: this.handleSignIn,
        });
      }
      default:
        return this.renderForm();
    }
  }

  private renderForm(): TemplateResult {
    const { draft } = this;
    const sending = this.submitter.sending;
    const domains = this.allowedDomains.length ? this.domainList() : undefined;
    const field = (id: SignUpField, extra: Partial<Parameters<typeof textField>[0]>) =>
      textField({
        id,
        label: this.t(`signUp.${id}`),
        value: draft[id],
        error: this.fieldMessage(this.submitter.fieldErrors[id], domains),
        readonly: sending,
        required: true,
        requiredLabel: this.t('common.required'),
        optionalLabel: this.t('common.optional'),
        onInput: this.handleInput(id),
        onBlur: this.handleBlur(id),
        ...extra,
      });
    const contact = normalisedContact(draft.contact);
    const preview = contact && contact.value !== draft.contact.trim() ? this.t('signUp.contactIs', { value: contact.value }) : undefined;
    return html`
      <p part="intro" class="intro">${this.t('signUp.intro')}</p>
      ${
        domains
          ? html`<div part="domain-rule" class="domain-rule" id="domain-rule">
            <p class="domain-rule-title">${this.t('signUp.domainRule', { domains })}</p>
            <p class="hint">${this.t('signUp.domainRuleHint', { portal: this.portalName, domains })}</p>
          </div>`
          : nothing
      }
      <form part="form" class="form" novalidate aria-labelledby="heading" @submit=${this.handleSubmit}>
        ${field('fullName', { autocomplete: 'name' })}
        ${field('contact', {
          // Where domains are limited, the rule right above the form is the hint (and a phone number doesn't do).
          ...(domains ? {} : { hint: this.t('signUp.contactHint') }),
          preview,
          autocomplete: 'email',
          inputmode: 'email',
        })}
        ${this.renderProblem()}
        <div part="footer" class="footer">
          <button type="submit" part="submit-button" class="button button--primary" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? html`<span class="spinner" aria-hidden="true"></span>${this.t('signUp.sending')}` : this.t('signUp.submit')}
          </button>
        </div>
      </form>
    `;
  }

  /** A field's problem in words: the domain rule names the domains; the backend's own words stay as they are. */
  private fieldMessage(problem: string | undefined, domains: string | undefined): string | undefined {
    if (problem === DOMAIN_NOT_ALLOWED || problem === PHONE_NOT_ACCEPTED) return this.t(problem, { domains: domains ?? '' });
    return this.message(problem);
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const t = this.t.bind(this);
    const { submission, failure, failureOther } = this.submitter;
    if (submission === 'conflict') {
      return conflictNotice({
        t,
        portal: this.portalName,
        kind: this.conflictKind,
        onSignIn: this.handleSignIn,
        onChangeDetails: this.handleChangeDetails,
      });
    }
    if (submission !== 'failed' || !failure) return nothing;
    const hasFieldErrors = this.submitter.invalid;
    return html`${this.renderErrorAlert(failure, {
      part: 'failure',
      // The backend's own words follow the kit's sentence: set apart like any client text in a sentence.
      sentence: (reason) =>
        [t('signUp.failed', { reason }), ...failureOther.map((m) => isolateBidi(m, directionOf(this.localize.locale)))].join(' '),
      ...(hasFieldErrors ? {} : { onRetry: this.handleRetry }),
    })}
      <p part="hint" class="hint">${hasFieldErrors ? t('signUp.failedFields') : t('signUp.keptTyped')}</p>`;
  }
}

/** The email or phone typed, normalised when it parses (for the sign-in the host offers). */
function normalisedContactInput(contact: string): { email?: string; phone?: string } {
  const parsed = normalisedContact(contact);
  if (!parsed) return {};
  return parsed.kind === 'email' ? { email: parsed.value } : { phone: parsed.value };
}
