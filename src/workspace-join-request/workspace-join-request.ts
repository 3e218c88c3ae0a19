import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { ChangeEvent, JoinRequestStatus, Viewer, WorkspaceLinkDetails } from '../client/types.js';
import { directionOf, isolateBidi } from '../i18n/format.js';
import { AnnouncerController } from '../internal/announcer.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { LiveUpdatesController } from '../internal/live-updates-controller.js';
import { SubmitController } from '../internal/submit-controller.js';
import { textField } from '../invite-user-form/invite-form-templates.js';
import { baseStyles } from '../styles/base.js';
import { pageStyles } from '../styles/page.js';
import type {} from './events.js';
import {
  JOIN_FIELDS,
  checkJoinDraft,
  checkJoinField,
  draftFromViewer,
  emptyJoinDraft,
  isJoinDraftBlank,
  mapJoinFieldErrors,
} from './join-draft.js';
import type { JoinDraft, JoinField } from './join-draft.js';
import { header, notice, pendingBody, withWorkspace } from './join-templates.js';
import { styles } from './workspace-join-request.styles.js';
import './workspace-join-request.messages.js';

/** Where the page is, for hosts and tests. */
export type WorkspaceJoinStatus =
  'loading' | 'unavailable' | 'unknown' | 'replaced' | 'member' | 'editing' | 'sending' | 'failed' | 'pending' | 'approved' | 'declined';

type Phase = 'loading' | 'load-failed' | 'unknown' | 'replaced' | 'member' | 'form' | 'request';

/** The default rule for reading the link from the page's address: `?link=`, else the whole address. */
function linkFromLocation(location: Location): string | undefined {
  return new URL(location.href).searchParams.get('link') ?? location.href;
}

/**
 * The page a workspace link opens: the workspace's name and kind, whether the link includes
 * viewing permissions, and "Request to Join" with Full Name and Email Address or Phone Number
 * (prefilled for someone signed in). The request then shows as pending and turns into approved
 * (as an internal user or as a client) or declined when a member answers it in the Members
 * panel: live where the client pushes changes, else with "Check again".
 *
 * The link comes from the `link` attribute, else from the page's address through
 * `fromLocation` (default: the `link` query parameter, else the whole address).
 *
 * @tag workspace-join-request
 * @summary Lets the person who opened a workspace link ask to join, and shows the answer.
 *
 * @slot sign-in - Replaces the "Sign in" button shown to someone who is already a member but not signed in.
 *
 * @fires workspace-join-requested - When the request was sent, or was found already made (detail: `request`, pending).
 * @fires workspace-join-settled - When a member approved (detail `request.approvedAs`) or declined the request (detail: `request`).
 * @fires workspace-view-available - When the link turns out to include viewing permissions: the host may show the workspace (detail: `workspace`).
 * @fires sign-in-requested - When "Sign in" is pressed by someone already a member (detail: the `email` or `phone` typed).
 *
 * @csspart announcer - The polite live region saying what changed (visually hidden).
 * @csspart base - The wrapper.
 * @csspart header - The heading and the workspace's kind.
 * @csspart heading - The heading: "Join …", or the state the page is in.
 * @csspart workspace-name - The workspace's name wherever a sentence says it.
 * @csspart workspace-kind - "A group workspace in Acme Portal".
 * @csspart viewing - Whether the link includes viewing permissions.
 * @csspart intro - The line saying a member approves each request.
 * @csspart form - The request form.
 * @csspart field - Each field's wrapper (also `field-fullName`, `field-contact`).
 * @csspart label - Each field's label.
 * @csspart input - Each text input.
 * @csspart hint - Help text; also the lines under the pending request.
 * @csspart preview - The normalised email or phone number under the contact field.
 * @csspart error - A field's error message.
 * @csspart submit-button - "Request to Join".
 * @csspart footer - The row holding the buttons.
 * @csspart notice - A state said in a sentence (also `unknown`, `replaced`, `member`, `pending`, `approved`, `declined`).
 * @csspart requested-at - When the request was made.
 * @csspart pending-note - That the page changes by itself, or to check again.
 * @csspart check-again-button - "Check again", where the client pushes no changes.
 * @csspart sign-in-button - "Sign in", for someone already a member.
 * @csspart change-details-button - "Use other details", back to the form after "already a member".
 * @csspart alert - A failure, with "Try again".
 * @csspart alert-detail - The backend's own words under an error, where they are in another language than the page.
 * @csspart retry-button - "Try again" (held, counting down, after "too many requests").
 * @csspart status - The loading line.
 * @csspart demo-badge - "Demo data", while the element shows the embedded demo portal (no client given).
 *
 * @cssprop [--invite-kit-join-request-gap=var(--invite-kit-space-lg)] - Space between the page's pieces.
 */
export class WorkspaceJoinRequest extends InviteKitElement {
  static override styles = [baseStyles, pageStyles, styles];
  static override readonly clientOperations = [
    'getViewer',
    'getWorkspaceLinkDetails',
    'requestToJoinWorkspace',
    'getJoinRequestStatus',
  ] as const;

  /**
   * How every instance reads the link from the page's address when no `link` is given.
   * Replace it for your URL format (`WorkspaceJoinRequest.fromLocation = (l) => l.pathname.split('/').pop()`).
   */
  static fromLocation: (location: Location) => string | undefined = linkFromLocation;

  private readonly live = new LiveUpdatesController(this, (change) => this.handleChange(change));
  private readonly announcer = new AnnouncerController(this, 'announcer');
  /** Validate → request to join with one idempotency key per intended request, reused by its retry. */
  private readonly submitter = new SubmitController(this, {
    fields: JOIN_FIELDS,
    ready: (): boolean => this.phase === 'form' && this.retryWait(this.submitter.failure) <= 0,
    check: () => checkJoinDraft(this.currentLink, this.draft),
    send: async (input, options) => (await this.resolveClient()).requestToJoinWorkspace(input, options),
    onSending: () => {
      this.submitter.fieldErrors = {};
    },
    onFailure: (error) => this.showFailure(error),
    onSuccess: (request) => {
      this.alreadyRequested = false;
      this.request = request;
      this.phase = 'request';
      this.emit('workspace-join-requested', { request });
    },
    successFocus: '#heading',
  });

  /** The workspace link. Without it the link is read from the page's address (`fromLocation`). */
  @property() link?: string;

  /** This instance's own rule for reading the link from the address; overrides the static one. */
  @property({ attribute: false }) fromLocation?: (location: Location) => string | undefined;

  /** The heading's level in the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** What has been typed. Set it to prefill the form; it survives failures and live changes until a request is made. */
  @property({ attribute: false }) draft: JoinDraft = emptyJoinDraft();

  @state() private phase: Phase = 'loading';
  @state() private details?: WorkspaceLinkDetails;
  @state() private loadError?: InviteKitError;
  @state() private signedIn = false;
  @state() private request?: JoinRequestStatus;
  /** The request was already there when the page opened (or when "Request to Join" was pressed). */
  @state() private alreadyRequested = false;
  @state() private checking = false;
  @state() private checkError?: InviteKitError;
  /** The workspace `workspace-view-available` was last fired for, so it fires once per workspace. */
  private viewAnnouncedFor?: string;

  /** Whether the link includes viewing permissions: the host may show the workspace behind the request. Reflected as `includes-viewing`. */
  get includesViewing(): boolean {
    return this.details?.valid === true && this.details.includesViewing === true;
  }

  /** Where the page is now. */
  get status(): WorkspaceJoinStatus {
    switch (this.phase) {
      case 'load-failed':
        return 'unavailable';
      case 'form':
        return this.submitter.submission === 'idle' ? 'editing' : this.submitter.submission;
      case 'request':
        return this.request!.status;
      default:
        return this.phase;
    }
  }

  /** The link in use: the `link` property, else what `fromLocation` reads from the address. */
  get currentLink(): string {
    if (this.link !== undefined) return this.link;
    const rule = this.fromLocation ?? (this.constructor as typeof WorkspaceJoinRequest).fromLocation;
    return rule(window.location) ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('draft')) this.draft = { ...emptyJoinDraft(), ...this.draft };
    if (!this.hasUpdated || changed.has('client') || changed.has('providedClient') || changed.has('link')) {
      // Another link or another backend: what was shown belonged to the old one (what was typed stays).
      if (this.hasUpdated) this.forgetRequest();
      void this.load();
    }
    this.toggleAttribute('includes-viewing', this.includesViewing);
  }

  private forgetRequest(): void {
    this.live.stop();
    this.requests.abortAll();
    this.submitter.reset();
    this.request = undefined;
    this.alreadyRequested = false;
    this.details = undefined;
    this.checkError = undefined;
    this.viewAnnouncedFor = undefined;
  }

  /** Loads the link's details (and who is signed in, if anyone) and shows the state they say. */
  private async load(): Promise<void> {
    const url = this.currentLink;
    if (!this.details) this.phase = 'loading';
    const outcome = await this.requests.run(
      'details',
      async (signal) => {
        const client = this.readyClient ?? (await this.resolveClient());
        // A signed-out visitor has no viewer: the page works without one.
        const viewer = this.resolveViewer(signal).catch(() => undefined);
        return { client, details: await client.getWorkspaceLinkDetails(url, { signal }), viewer: await viewer };
      },
      { resume: () => void this.load() },
    );
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      this.loadError = outcome.error;
      if (!this.details) this.phase = 'load-failed';
      return;
    }
    const { client, details, viewer } = outcome.value;
    this.loadError = undefined;
    this.live.follow(client);
    this.showDetails(details, viewer);
  }

  private showDetails(details: WorkspaceLinkDetails, viewer: Viewer | undefined): void {
    const before = this.phase;
    this.details = details;
    this.signedIn = viewer !== undefined;
    if (viewer && isJoinDraftBlank(this.draft)) this.draft = draftFromViewer(viewer);
    // A request made here stands, whatever happens to the link afterwards.
    if (this.request) return;
    if (!details.valid) this.phase = details.reason === 'replaced' ? 'replaced' : 'unknown';
    else if (details.viewerStatus === 'member') this.phase = 'member';
    else if (details.viewerStatus === 'requested' && details.request) {
      this.request = details.request;
      this.alreadyRequested = true;
      this.phase = 'request';
      this.emit('workspace-join-requested', { request: details.request });
    } else if (before !== 'member' || this.signedIn) this.phase = 'form';
    if (this.includesViewing && details.workspace && this.viewAnnouncedFor !== details.workspace.id) {
      this.viewAnnouncedFor = details.workspace.id;
      this.emit('workspace-view-available', { workspace: details.workspace });
    }
    if (before !== 'loading' && before !== this.phase) void this.focusHeading();
  }

  private handleChange(change: ChangeEvent): void {
    const workspaceId = this.request?.workspaceId ?? this.details?.workspace?.id;
    if (!workspaceId || !('workspaceId' in change) || change.workspaceId !== workspaceId) return;
    if (change.type === 'workspace-link-changed') return void this.load();
    if (this.request?.status === 'pending') return void this.checkStatus(false);
    // Someone signed in may have been added meanwhile: the page then says they're a member.
    if (change.type === 'members-changed' && this.signedIn && this.phase === 'form') void this.load();
  }

  private async checkStatus(byHand: boolean): Promise<void> {
    const request = this.request;
    if (!request || (byHand && (this.checking || this.retryWait(this.checkError) > 0))) return;
    if (byHand) this.checking = true;
    const outcome = await this.requests.run('status', async (signal) =>
      (await this.resolveClient()).getJoinRequestStatus(request.id, { signal }),
    );
    if (byHand) this.checking = false;
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      this.checkError = outcome.error;
      return;
    }
    this.checkError = undefined;
    this.showRequest(outcome.value);
    if (byHand && outcome.value.status === 'pending') this.announcer.announce(this.t('joinRequest.stillPending'));
  }

  private showRequest(request: JoinRequestStatus): void {
    const answered = request.status !== 'pending' && this.request?.status === 'pending';
    this.request = request;
    this.phase = 'request';
    if (!answered) return;
    this.emit('workspace-join-settled', { request });
    this.announcer.announce(this.resultSentence(request));
    void this.focusHeading();
  }

  private showFailure(error: InviteKitError): void {
    if (error.code === 'conflict') {
      // The email or phone belongs to a member: already in, nothing to ask.
      this.phase = 'member';
      void this.focusHeading();
      return;
    }
    const { fields, other } = mapJoinFieldErrors(error.fieldErrors);
    this.submitter.fail(error, { other });
    // The link may have changed under the form (replaced, or gone): a fresh look says so. Where it still works, the
    // form stays with the failure and "Try again" (a refusal of a working link — a session that ended — is said, not lost).
    if (error.code === 'not_found' || (error.code === 'permission' && !error.fieldErrors)) return void this.load();
    if (Object.keys(fields).length) void this.submitter.showFieldErrors(fields);
  }

  /** After a change of state: the heading says where the page is now (only when focus was here, so nobody's focus is stolen). */
  private async focusHeading(): Promise<void> {
    const wasInside = this.matches(':focus-within');
    await this.updateComplete;
    if (wasInside) this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  private readonly handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submitter.submit();
  };

  private handleInput(field: JoinField) {
    return (event: InputEvent) => {
      if (this.submitter.sending) return;
      this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
      if (this.submitter.fieldErrors[field]) this.submitter.setFieldError(field, checkJoinField(field, this.draft));
    };
  }

  private handleBlur(field: JoinField) {
    return () => this.submitter.leaveField(field, this.draft[field], () => checkJoinField(field, this.draft));
  }

  private readonly handleRetryLoad = () => void this.load();
  private readonly handleRetrySend = () => void this.submitter.submit();
  private readonly handleCheckAgain = () => void this.checkStatus(true);

  private readonly handleSignIn = () => {
    const typed = checkJoinDraft(this.currentLink, this.draft);
    const contact = typed.ok
      ? { ...(typed.input.email ? { email: typed.input.email } : {}), ...(typed.input.phone ? { phone: typed.input.phone } : {}) }
      : {};
    this.emit('sign-in-requested', contact);
  };

  private readonly handleChangeDetails = async () => {
    this.phase = 'form';
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#contact');
    input?.focus();
    input?.select();
  };

  /** Loads the link's details again (and the request's status, once there is one). */
  async reload(): Promise<void> {
    if (this.request?.status === 'pending') await this.checkStatus(false);
    else await this.load();
  }

  private get workspaceName(): string {
    return this.request?.workspaceName ?? this.details?.workspace?.name ?? '';
  }

  private resultSentence(request: JoinRequestStatus): string {
    const key =
      request.status === 'declined'
        ? 'joinRequest.declined'
        : request.approvedAs
          ? `joinRequest.approved.${request.approvedAs}`
          : 'joinRequest.approved';
    return this.t(key, { workspace: request.workspaceName });
  }

  protected override render(): TemplateResult {
    const headed = this.phase !== 'loading' && this.phase !== 'load-failed';
    return html`<section part="base" class="base" aria-labelledby=${headed ? 'heading' : nothing} aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>
      ${this.renderDemoBadge()} ${this.renderBody()} ${this.announcer.render()}
    </section>`;
  }

  private renderBody(): TemplateResult {
    const t = this.t.bind(this);
    const level = this.headingLevel;
    switch (this.phase) {
      case 'loading':
        return this.renderLoadingStatus(t('joinRequest.loading'));
      case 'load-failed':
        return this.renderErrorAlert(this.loadError!, {
          sentence: (reason) => t('joinRequest.loadFailed', { reason }),
          onRetry: this.handleRetryLoad,
        });
      case 'unknown':
        return notice({
          header: header({ title: t('joinRequest.unknownTitle'), headingLevel: level }),
          text: t('joinRequest.unknown'),
          tone: 'danger',
          part: 'unknown',
        });
      case 'replaced':
        return notice({
          header: header({ title: t('joinRequest.replacedTitle'), headingLevel: level, ...this.kindLine() }),
          // Naming the workspace tells the person which link to ask for.
          text: this.details?.workspace
            ? withWorkspace(t, 'joinRequest.replacedNamed', this.details.workspace.name)
            : t('joinRequest.replaced'),
          tone: 'warning',
          part: 'replaced',
        });
      case 'member':
        return this.renderMember();
      case 'request':
        return this.renderRequest();
      default:
        return this.renderForm();
    }
  }

  private kindLine(): { kind?: string } {
    const details = this.details;
    if (!details?.workspace) return {};
    const { kind } = details.workspace;
    return {
      kind: details.portalName ? this.t(`joinRequest.kindIn.${kind}`, { portal: details.portalName }) : this.t(`joinRequest.kind.${kind}`),
    };
  }

  private renderMember(): TemplateResult {
    const t = this.t.bind(this);
    const signedOut = !this.signedIn;
    return notice({
      header: header({ title: t('joinRequest.memberTitle'), headingLevel: this.headingLevel, ...this.kindLine() }),
      text: withWorkspace(t, 'joinRequest.member', this.workspaceName),
      tone: 'neutral',
      part: 'member',
      extra: signedOut
        ? html`<p class="notice-text">${t('joinRequest.memberSignIn')}</p>
            <div part="footer" class="footer">
              <slot name="sign-in"
                ><button type="button" part="sign-in-button" class="button button--primary" @click=${this.handleSignIn}>
                  ${t('joinRequest.signIn')}
                </button></slot
              >
              <button type="button" part="change-details-button" class="button button--quiet" @click=${this.handleChangeDetails}>
                ${t('joinRequest.changeDetails')}
              </button>
            </div>`
        : nothing,
    });
  }

  private renderRequest(): TemplateResult {
    const t = this.t.bind(this);
    const request = this.request!;
    const kind = this.kindLine();
    if (request.status === 'pending') {
      const title = t(this.alreadyRequested ? 'joinRequest.alreadyRequestedTitle' : 'joinRequest.pendingTitle');
      return html`${header({ title, headingLevel: this.headingLevel, ...kind })}${this.renderViewing()}${pendingBody({
        t,
        workspaceName: request.workspaceName,
        requestedAt: t('joinRequest.requestedAt', { when: this.localize.relativeTime(request.requestedAt) }),
        live: this.live.active,
        checking: this.checking,
        failure: this.checkError
          ? this.renderErrorAlert(this.checkError, {
              sentence: (reason) => t('joinRequest.checkFailed', { reason }),
              onRetry: this.handleCheckAgain,
              retrying: this.checking,
            })
          : undefined,
        onCheckAgain: this.handleCheckAgain,
      })}`;
    }
    const approved = request.status === 'approved';
    return notice({
      header: header({
        title: t(approved ? 'joinRequest.approvedTitle' : 'joinRequest.declinedTitle'),
        headingLevel: this.headingLevel,
        ...kind,
      }),
      text: this.renderResultSentence(request),
      tone: approved ? 'success' : 'danger',
      part: request.status,
    });
  }

  private renderResultSentence(request: JoinRequestStatus): TemplateResult {
    const t = this.t.bind(this);
    if (request.status === 'declined') return withWorkspace(t, 'joinRequest.declined', request.workspaceName);
    return withWorkspace(
      t,
      request.approvedAs ? `joinRequest.approved.${request.approvedAs}` : 'joinRequest.approved',
      request.workspaceName,
    );
  }

  private renderViewing(): TemplateResult | typeof nothing {
    if (!this.details?.valid) return nothing;
    return html`<p part="viewing" class="viewing">${this.t(this.includesViewing ? 'joinRequest.viewing' : 'joinRequest.noViewing')}</p>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t.bind(this);
    const { submission, failure, failureOther } = this.submitter;
    const sending = submission === 'sending';
    const name = this.workspaceName;
    const field = (id: JoinField, hint?: string) =>
      textField({
        id,
        label: t(`joinRequest.${id}`),
        value: this.draft[id],
        error: this.message(this.submitter.fieldErrors[id]),
        required: true,
        readonly: sending,
        autocomplete: id === 'fullName' ? 'name' : 'email',
        ...(id === 'contact' ? { inputmode: 'email' } : {}),
        ...(hint ? { hint } : {}),
        requiredLabel: t('common.required'),
        optionalLabel: t('common.optional'),
        onInput: this.handleInput(id),
        onBlur: this.handleBlur(id),
      });
    return html`${header({ title: withWorkspace(t, 'joinRequest.heading', name), headingLevel: this.headingLevel, ...this.kindLine() })}
      ${this.renderViewing()}
      <p part="intro" class="hint">${t('joinRequest.intro')}</p>
      <form part="form" class="form" novalidate aria-label=${t('joinRequest.formLabel', { workspace: name })} @submit=${this.handleSubmit}>
        ${field('fullName')} ${field('contact', t('joinRequest.contactHint'))}
        ${
          submission === 'failed' && failure
            ? this.renderErrorAlert(failure, {
                // The backend's own words follow the kit's sentence: set apart like any client text in a sentence.
                sentence: (reason) =>
                  [
                    t('joinRequest.sendFailed', { reason }),
                    ...failureOther.map((m) => isolateBidi(this.message(m), directionOf(this.localize.locale))),
                  ].join(' '),
                onRetry: this.handleRetrySend,
              })
            : nothing
        }
        <div part="footer" class="footer">
          <button type="submit" part="submit-button" class="button button--primary" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? html`<span class="spinner" aria-hidden="true"></span>${t('joinRequest.sending')}` : t('joinRequest.submit')}
          </button>
        </div>
      </form>`;
  }
}
