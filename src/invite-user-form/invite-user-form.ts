import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InviteKitError } from '../client/errors.js';
import type { DeliveryMethod, InviteInternalUserRequest, InviteResult } from '../client/types.js';
import { deepActiveElement } from '../internal/focus.js';
import { AccessController } from '../internal/access-controller.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { SubmitController } from '../internal/submit-controller.js';
import { baseStyles } from '../styles/base.js';
import { pageStyles } from '../styles/page.js';
import type { InviteBeforeSendDetail } from './events.js';
import { DRAFT_FIELDS, draftRulesChunk, emptyDraft, mapFieldErrors } from './invite-draft.js';
import type { DraftField, DraftRulesModule, InviteDraft } from './invite-draft.js';
import { administratorOption, deliveryChoices, sentResult, textField } from './invite-form-templates.js';
import type { TextFieldOptions } from './invite-form-templates.js';
import { conflictNotice, failureNotice } from './invite-form-notices.js';
import { WorkspacesController } from './workspaces-controller.js';
import { namesFields } from '../internal/field-errors.js';
import type { PlacedFieldErrors } from '../internal/field-errors.js';
import { styles } from './invite-user-form.styles.js';
import './invite-user-form.messages.js';

/** Each field's name, as its label says it, for sentences about the field. */
const FIELD_LABELS: Record<DraftField, string> = {
  fullName: 'inviteForm.fullName',
  contact: 'inviteForm.contact',
  userId: 'inviteForm.userId',
  workspaceId: 'inviteForm.workspace',
};

/** Where the form is: checking the viewer, refused, or somewhere in filling in and sending. */
export type InviteFormStatus =
  'checking' | 'unavailable' | 'forbidden' | 'editing' | 'invalid' | 'sending' | 'sent' | 'failed' | 'conflict';

/**
 * The "Invite Internal User" form: Full Name, Email Address or Phone Number, an optional
 * User ID and the three delivery choices, sent through the client with an idempotency key.
 * Used inside `<invite-user-dialog>` and on its own (the Admin Portal's invite).
 *
 * @tag invite-user-form
 * @summary Invites one internal user to the portal, by workspace, contacts or quietly.
 *
 * @slot actions - Extra buttons next to "Send Invitation" (a Cancel, say).
 * @slot forbidden - Replaces the explanation shown to viewers who may not invite internal users.
 *
 * @fires invite-before-send - Before sending; cancelable. `detail.input` may be changed to adjust what is sent.
 * @fires invite-sent - After the backend accepted the invitation (detail: `input` and `result`).
 *
 * @csspart base - The form.
 * @csspart field - Each field's wrapper (also `field-fullName`, `field-contact`, `field-userId`, `field-workspace`, `field-administrator`).
 * @csspart label - Each field's label.
 * @csspart input - Each text input and the workspace select.
 * @csspart hint - Help text under a field or choice.
 * @csspart preview - The normalised email or phone number under the contact field.
 * @csspart error - A field's error message.
 * @csspart delivery - The group of delivery choices.
 * @csspart delivery-legend - The delivery group's title.
 * @csspart delivery-option - One delivery choice.
 * @csspart delivery-label - A delivery choice's name.
 * @csspart delivery-hint - The line explaining what a delivery choice does.
 * @csspart workspace-select - The workspace picker for "Add to Workspace".
 * @csspart advanced - The "Advanced Options" section.
 * @csspart advanced-toggle - The "+ Advanced Options" button.
 * @csspart administrator-switch - The Administrator switch.
 * @csspart alert - Messages about the whole form: failure, conflict, refusal, confirmation.
 * @csspart failure - The message after a failed send (also an `alert`).
 * @csspart conflict - The message when the backend says some details are already in use in the portal (also an `alert`).
 * @csspart forbidden - The explanation for viewers who may not invite (also an `alert`).
 * @csspart workspace-error - The message when the workspaces could not be loaded.
 * @csspart retry-button - "Try again" after a failure, and under the explanation for viewers who may not invite.
 * @csspart forbidden-retry-button - "Try again" under that explanation (also a `retry-button`): checks again, for a session renewed meanwhile.
 * @csspart change-details-button - "Change details", after a conflict.
 * @csspart footer - The row holding the buttons.
 * @csspart submit-button - "Send Invitation".
 * @csspart status - The line shown while checking access or loading workspaces.
 * @csspart result - The confirmation after sending.
 * @csspart result-title - The confirmation's title.
 * @csspart result-message - Who was invited and how.
 * @csspart result-administrator - The note that the person is an Administrator.
 * @csspart invite-another-button - "Invite another".
 *
 * @cssprop [--invite-kit-invite-form-gap=var(--invite-kit-space-lg)] - Space between fields.
 * @cssprop [--invite-kit-invite-form-option-radius=var(--invite-kit-radius-md)] - Corner radius of the delivery choices.
 */
export class InviteUserForm extends InviteKitElement {
  static override styles = [baseStyles, pageStyles, styles];
  /** The access check (the viewer), the workspaces to invite into, and the invitation itself. */
  static override readonly clientOperations = ['getViewer', 'listWorkspaces', 'inviteInternalUser'] as const;

  private readonly workspaces = new WorkspacesController(this, () => this.resolveClient());
  /** Only portal admins invite internal users. */
  private readonly access = new AccessController(this, {
    check: async (signal) => (await this.resolveViewer(signal)).isPortalAdmin,
    onAllowed: () => this.handleAllowed(),
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('#fullName'),
  });
  /** Validate → before-send (a host may adjust or cancel) → send with one idempotency key per intended invitation. */
  private readonly submitter = new SubmitController<InviteInternalUserRequest, InviteResult, DraftField, 'sent' | 'conflict'>(this, {
    fields: DRAFT_FIELDS,
    ready: () => this.access.allowed,
    check: () => {
      // submit() runs only once the checks are here (handleSubmit, submit()).
      if (!this.draftRules) return undefined;
      const { checkDraft, checkRequest } = this.draftRules;
      const checked = checkDraft(this.draft, this.rules);
      if (!checked.ok) return checked;
      const detail: InviteBeforeSendDetail = { input: checked.input };
      return this.emit('invite-before-send', detail, { cancelable: true }) ? checkRequest(detail.input) : undefined;
    },
    send: async (input, options) => (await this.resolveClient()).inviteInternalUser(input, options),
    onFailure: (error) => this.showFailure(error),
    onSuccess: (result, input) => {
      this.sent = { input, result };
      this.submitter.submission = 'sent';
      // The next invitation often goes the same way, so the delivery choice stays.
      this.draft = { ...emptyDraft(this.draft.method), workspaceId: this.draft.workspaceId };
      this.emit('invite-sent', { input, result });
    },
    successFocus: '#result-title',
  });

  /** Shows "+ Advanced Options" with the Administrator switch (the Admin Portal's invite). */
  @property({ type: Boolean, attribute: 'administrator-option', reflect: true }) administratorOption = false;

  /**
   * Shows the three delivery choices. Without them (`delivery-options="false"` or the
   * property set to `false`) every invitation is a plain portal invitation, "Add to Contacts".
   */
  @property({ attribute: 'delivery-options', converter: (value) => value !== 'false' }) deliveryOptions = true;

  /** Replaces "Send Invitation" on the button (the Admin Portal says "Invite"). */
  @property({ attribute: 'submit-label' }) submitLabel?: string;

  /** What has been typed so far. Set it to prefill the form; it survives until an invitation is sent. */
  @property({ attribute: false }) draft: InviteDraft = emptyDraft();

  /** The fields a conflict is about: what the backend named, or the contact when it named none. Changing one ends the conflict. */
  @state() private conflictFields: DraftField[] = [];
  @state() private sent?: { input: InviteInternalUserRequest; result: InviteResult };
  @state() private advancedOpen = false;
  private focusWhenReady?: Element | null;
  /** The draft's checks (zod and the schemas, most of the form's weight), fetched at the first typing, blur or send, not with the dialog. */
  private draftRules?: DraftRulesModule;
  private draftRulesLoading?: Promise<DraftRulesModule>;

  /** Where the form is now, for hosts and tests. */
  get status(): InviteFormStatus {
    const access = this.access.state;
    if (access !== 'allowed') return access === 'failed' ? 'unavailable' : access;
    const submission = this.submitter.reported;
    if (submission !== 'idle') return submission;
    return this.submitter.invalid ? 'invalid' : 'editing';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const clientChanged = changed.has('client') || changed.has('providedClient');
    if (!this.hasUpdated || clientChanged || changed.has('providedViewer')) void this.access.check();
    if (clientChanged) this.workspaces.forget();
    if (changed.has('draft')) this.draft = { ...emptyDraft(), ...this.draft };
    // A draft given by the host shows its normalised contact as soon as the checks arrive.
    if (this.draft.contact.trim() && !this.draftRules) void this.loadRules().catch(() => undefined);
    if (this.access.allowed && this.deliveryOptions && this.draft.method === 'workspace') this.workspaces.ensure();
  }

  /** A check waiting for the draft's rules belongs to the update, so whoever awaits `updateComplete` sees its outcome as before they were fetched lazily. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    if (!this.draftRulesLoading || this.draftRules) return settled;
    await this.draftRulesLoading.catch(() => undefined);
    return super.getUpdateComplete();
  }

  /** Access came: focus the first field if `focus()` was asked for while checking and nobody moved on. */
  private async handleAllowed(): Promise<void> {
    const wanted = this.focusWhenReady;
    this.focusWhenReady = undefined;
    if (wanted === undefined) return;
    await this.updateComplete;
    if (deepActiveElement() === wanted) this.focusFirstField();
  }

  private readonly handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    this.submit();
  };

  /** Fetches the draft's checks once; a failed fetch is tried again when next wanted. */
  private loadRules(): Promise<DraftRulesModule> {
    this.draftRulesLoading ??= draftRulesChunk.load().then(
      (rules) => {
        this.draftRules = rules;
        this.requestUpdate();
        return rules;
      },
      (error: unknown) => {
        this.draftRulesLoading = undefined;
        throw error;
      },
    );
    return this.draftRulesLoading;
  }

  /** Runs `use` with the draft's checks: at once when they are here, else when they arrive. */
  private withRules(use: (rules: DraftRulesModule) => void): void {
    if (this.draftRules) use(this.draftRules);
    else this.loadRules().then(use, () => undefined);
  }

  private setDraftField(field: keyof InviteDraft, value: InviteDraft[keyof InviteDraft]): void {
    if (this.submitter.sending) return;
    this.draft = { ...this.draft, [field]: value };
    const formField = field === 'method' ? 'workspaceId' : field;
    if (this.submitter.submission === 'conflict' && (this.conflictFields as string[]).includes(formField))
      this.submitter.submission = 'idle';
    if ((DRAFT_FIELDS as readonly string[]).includes(formField) && this.submitter.fieldErrors[formField as DraftField]) {
      this.withRules(({ checkField }) =>
        this.submitter.setFieldError(formField as DraftField, checkField(formField as DraftField, this.draft, this.rules)),
      );
    }
  }

  private onInput(field: 'fullName' | 'contact' | 'userId') {
    return (event: InputEvent) => {
      if (!this.draftRules) void this.loadRules().catch(() => undefined);
      this.setDraftField(field, (event.target as HTMLInputElement).value);
    };
  }

  private onBlur(field: 'fullName' | 'contact' | 'userId') {
    // A field already marked is kept current by typing (setDraftField); see `leaveField` for why leaving it changes nothing.
    // A skipped field is never checked, so leaving one does not fetch the checks either.
    return () => {
      if (!this.draft[field].trim()) return;
      this.withRules(({ checkField }) =>
        this.submitter.leaveField(field, this.draft[field], () => checkField(field, this.draft, this.rules)),
      );
    };
  }

  private get rules() {
    return { deliveryOptions: this.deliveryOptions, administratorOption: this.administratorOption };
  }

  private readonly handleMethod = (method: DeliveryMethod, radio: HTMLInputElement) => {
    // While sending, the choice is locked: put the radio back rather than show a choice that isn't used.
    if (!this.submitter.sending) return this.setDraftField('method', method);
    radio.checked = false;
    const chosen = this.renderRoot.querySelector<HTMLInputElement>(`input[name="delivery"][value="${this.draft.method}"]`);
    if (chosen) chosen.checked = true;
  };

  private readonly handleWorkspace = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    if (this.submitter.sending) select.value = this.draft.workspaceId;
    else this.setDraftField('workspaceId', select.value);
  };

  /**
   * A failed send, whatever its code: the fields the backend named carry its words (those the
   * form doesn't show are said in the notice). A conflict naming no field is taken to be about
   * the contact, the one thing that makes someone already a member.
   */
  private showFailure(error: InviteKitError): void {
    const { fields, other } = this.placeOnScreen(mapFieldErrors(error.fieldErrors));
    if (error.code === 'conflict') {
      const named = namesFields(error.fieldErrors);
      this.submitter.fail(error, { as: 'conflict', other });
      this.submitter.fieldErrors = named ? fields : { ...this.submitter.fieldErrors, contact: 'inviteForm.conflictField' };
      this.conflictFields = named ? DRAFT_FIELDS.filter((field) => fields[field]) : ['contact'];
      return;
    }
    this.submitter.fail(error, { other });
    if (Object.keys(fields).length) void this.submitter.showFieldErrors(fields);
  }

  /** Messages about a field not on screen (the workspace picker while another delivery is chosen) go with the others. */
  private placeOnScreen(placed: PlacedFieldErrors<DraftField>): PlacedFieldErrors<DraftField> {
    const shown = (field: DraftField) => field !== 'workspaceId' || (this.deliveryOptions && this.draft.method === 'workspace');
    const fields: Partial<Record<DraftField, string>> = {};
    const other = [...placed.other];
    for (const field of DRAFT_FIELDS) {
      const message = placed.fields[field];
      if (message && shown(field)) fields[field] = message;
      else if (message) other.push(message);
    }
    return { fields, other };
  }

  private readonly handleRetry = () => void this.submitter.submit();

  private readonly handleChangeDetails = async () => {
    const field = this.conflictFields[0] ?? 'contact';
    this.submitter.submission = 'idle';
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${field}`);
    input?.focus();
    if (input instanceof HTMLInputElement) input.select();
  };

  private readonly handleInviteAnother = async () => {
    this.reset();
    await this.updateComplete;
    this.focusFirstField();
  };

  /** Sends the invitation as if "Send Invitation" were pressed. */
  submit(): void {
    if (this.draftRules) return void this.submitter.submit();
    // Pressing "Send Invitation" again fetches the checks again.
    this.loadRules().then(
      () => this.submitter.submit(),
      () => this.showFailure(new InviteKitError('network', 'The invite form’s checks could not be loaded.')),
    );
  }

  /** A copy of what has been typed, to keep an unsent invitation. */
  getDraft(): InviteDraft {
    return { ...this.draft };
  }

  /** Clears everything typed and any result, back to the empty form. */
  reset(): void {
    this.submitter.reset();
    this.draft = emptyDraft(this.draft.method);
    this.submitter.fieldErrors = {};
    this.conflictFields = [];
    this.sent = undefined;
  }

  /** Focuses the first field that needs attention (or the confirmation once sent). */
  override focus(options?: FocusOptions): void {
    if (this.access.state === 'checking') {
      this.focusWhenReady = deepActiveElement();
      return;
    }
    if (!this.focusFirstField(options)) super.focus(options);
  }

  private focusFirstField(options?: FocusOptions): boolean {
    const invalid = DRAFT_FIELDS.find((field) => this.submitter.fieldErrors[field]);
    const target = this.renderRoot.querySelector<HTMLElement>(
      this.submitter.submission === 'sent' ? '#result-title' : `#${invalid ?? 'fullName'}`,
    );
    target?.focus(options);
    return Boolean(target);
  }

  protected override render(): TemplateResult {
    const t = this.t.bind(this);
    const access = this.access.state;
    if (access === 'checking') return html`<div part="base" class="base">${this.renderLoadingStatus(t('inviteForm.checkingAccess'))}</div>`;
    if (access === 'failed') {
      return html`<div part="base" class="base">
        ${this.renderErrorAlert(this.access.error!, {
          sentence: (reason) => t('inviteForm.accessFailed', { reason }),
          onRetry: this.access.retry,
          retrying: this.access.rechecking,
        })}
      </div>`;
    }
    if (access === 'forbidden') return this.renderForbidden();
    if (this.submitter.submission === 'sent' && this.sent)
      return sentResult({ t, ...this.sent, onInviteAnother: this.handleInviteAnother });
    return this.renderForm();
  }

  /**
   * Why the viewer may not invite (or the host's words, in the `forbidden` slot); "Try again"
   * only after the backend refused (a session that ran out), not for a viewer who isn't an admin.
   */
  private renderForbidden(): TemplateResult {
    return html`<div part="base" class="base">
      ${this.access.renderForbidden({
        part: 'alert forbidden',
        title: this.t('inviteForm.forbiddenTitle'),
        text: this.t('inviteForm.forbidden'),
        slot: true,
        retryLabel: this.t('common.retry'),
        checkingText: this.t('inviteForm.checkingAccess'),
      })}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const { draft } = this;
    const sending = this.submitter.sending;
    const field = (id: 'fullName' | 'contact' | 'userId', extra: Partial<TextFieldOptions>) =>
      textField({
        id,
        label: this.t(`inviteForm.${id}`),
        value: draft[id],
        error: this.message(this.submitter.fieldErrors[id]),
        readonly: sending,
        autocomplete: 'off',
        requiredLabel: this.t('common.required'),
        optionalLabel: this.t('common.optional'),
        onInput: this.onInput(id),
        onBlur: this.onBlur(id),
        ...extra,
      });
    const contact = this.draftRules?.normalisedContact(draft.contact);
    // Show what will actually be used when it differs from what was typed (E.164, punycode).
    const preview =
      contact && contact.value !== draft.contact.trim()
        ? this.t(contact.kind === 'phone' ? 'inviteForm.contactIsPhone' : 'inviteForm.contactIsEmail', { value: contact.value })
        : undefined;
    return html`
      <form part="base" class="base" novalidate aria-label=${this.t('inviteForm.label')} @submit=${this.handleSubmit}>
        ${field('fullName', { required: true })}
        ${field('contact', { required: true, hint: this.t('inviteForm.contactHint'), preview, inputmode: 'email' })}
        ${field('userId', { hint: this.t('inviteForm.userIdHint') })}
        ${
          this.deliveryOptions
            ? deliveryChoices({
                t: this.t.bind(this),
                method: draft.method,
                locked: sending,
                workspaceId: draft.workspaceId,
                ...this.workspaces.view(this.describeError.bind(this)),
                workspaceError: this.message(this.submitter.fieldErrors.workspaceId),
                onMethod: this.handleMethod,
                onWorkspace: this.handleWorkspace,
                onRetryWorkspaces: () => this.workspaces.load(),
              })
            : nothing
        }
        ${
          this.administratorOption
            ? administratorOption({
                t: this.t.bind(this),
                expanded: this.advancedOpen || draft.isAdministrator,
                checked: draft.isAdministrator,
                onToggleExpanded: () => (this.advancedOpen = !(this.advancedOpen || draft.isAdministrator)),
                onToggle: () => this.setDraftField('isAdministrator', !draft.isAdministrator),
              })
            : nothing
        }
        ${this.renderProblem()}
        <div part="footer" class="footer">
          <slot name="actions"></slot>
          <button
            type="submit"
            part="submit-button"
            class="button button--primary"
            aria-disabled=${sending ? 'true' : 'false'}
          >
            ${sending ? html`<span class="spinner" aria-hidden="true"></span>${this.t('inviteForm.sending')}` : (this.submitLabel ?? this.t('inviteForm.submit'))}
          </button>
        </div>
      </form>
    `;
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const t = this.t.bind(this);
    const { submission, failure, failureOther } = this.submitter;
    if (submission === 'conflict' && failure) {
      const contact = this.draftRules?.normalisedContact(this.draft.contact)?.value ?? this.draft.contact.trim();
      const named = namesFields(failure.fieldErrors);
      const said = [
        ...this.conflictFields.map((field) =>
          this.t('inviteForm.conflictOn', {
            field: this.t(FIELD_LABELS[field]),
            message: this.message(this.submitter.fieldErrors[field]) ?? '',
          }),
        ),
        ...failureOther.map((message) => this.message(message)),
      ];
      const reason = this.describeError(failure);
      const fieldMessages = Object.values(failure.fieldErrors ?? {}).map((message) => this.message(message));
      return conflictNotice({
        t,
        contact,
        // The backend's own sentence, unless it only repeats what it said about a field.
        reason: named && !fieldMessages.includes(reason) ? reason : undefined,
        said: named ? said : undefined,
        onChangeDetails: this.handleChangeDetails,
        onInviteAnother: this.handleInviteAnother,
      });
    }
    if (submission !== 'failed' || !failure) return nothing;
    return failureNotice({
      t,
      reason: this.describeError(failure),
      other: failureOther.map((message) => this.message(message)),
      hasFieldErrors: this.submitter.invalid,
      onRetry: this.handleRetry,
    });
  }
}
