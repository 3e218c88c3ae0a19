import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import { ActionKey } from './idempotency.js';
import { RequestController } from './request-controller.js';

/** What a form's check of what was typed says: the request to send, the fields to fix, or nothing to do (a host cancelled). */
export type SubmitCheck<I, F extends string> = { ok: true; input: I } | { ok: false; fieldErrors: Partial<Record<F, string>> } | undefined;

/** Where a submit is: none yet (or back to the form), on its way, failed, or an outcome the element names (`sent`, `conflict`…). */
export type Submission<S extends string> = 'idle' | 'sending' | 'failed' | S;

export interface SubmitOptions<I, R, F extends string> {
  /** The form's fields in page order, each the id of its input: focus goes to the first one with a problem. */
  fields: readonly F[];
  /** Whether a submit may start now (the page still open for it…); never while one is on its way. */
  ready(): boolean;
  /** What was typed, validated with the request's schema (and a host's adjustments): the input, or each field's problem. */
  check(): SubmitCheck<I, F>;
  send(input: I, options: { signal: AbortSignal; idempotencyKey: string }): Promise<R>;
  /** The request is on its way (the submission is `sending`; the last failure is gone unless `keepFailureWhileSending`). */
  onSending?(): void;
  /** Cut short by leaving the page (or superseded): back to the form (`idle`). Sending again reuses the key: the backend may have acted. */
  onInterrupted?(): void;
  /** The backend refused (the submission is back to `idle`): `fail()` records what the page says about it. */
  onFailure(error: InviteKitError): void;
  /** The backend took it: the submission is `idle` (the element names its outcome), the failure and field problems are cleared, and the next submit is a new action. */
  onSuccess(result: R, input: I): void;
  /** What takes focus after success (a selector in the render root), when focus was in the element. */
  successFocus: string;
  /** Keeps the last failure on the page, with its "Try again", while the retry is on its way (the accept page). */
  keepFailureWhileSending?: boolean;
}

type SubmitHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * The submit flow every form of the kit shares: validate what was typed → show each field's
 * problem and focus the first → one idempotency key per intended action (`ActionKey`), reused
 * by a retry → run the request (aborted on removal, back to the form on return) → success
 * (key settled, field problems cleared, focus moved on where it was inside) or failure. The
 * submission's state lives here — where it is (`submission`, with the element's own outcome
 * names `S`), the failure the page shows and what the backend said that no field shows — and
 * so do the field problems, so backend errors placed on fields (`internal/field-errors.ts`) go
 * through `showFieldErrors` too. What each outcome means on the page stays the element's, in
 * `onSuccess`, `onFailure` (which calls `fail()`), and the optional `onSending`/`onInterrupted`.
 */
export class SubmitController<I, R, F extends string, S extends string = never> implements ReactiveController {
  private readonly requests: RequestController;
  private readonly actionKey = new ActionKey();
  private errors: Partial<Record<F, string>> = {};
  private state: Submission<S> = 'idle';
  private error?: InviteKitError;
  private other: readonly string[] = [];
  /** From the host's update() to its updated(): a blur then is the render taking the focused input off the page (Chromium blurs it as it goes). */
  private rendering = false;

  constructor(
    private readonly host: SubmitHost,
    private readonly options: SubmitOptions<I, R, F>,
  ) {
    host.addController(this);
    // Its own requests: removal aborts a send on its way, and the return resumes it as `onInterrupted`.
    this.requests = new RequestController(host);
  }

  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
  }

  /** Where the submit is. The element sets its own outcomes (`sent`, `conflict`…) and puts it back to `idle`. */
  get submission(): Submission<S> {
    return this.state;
  }

  set submission(submission: Submission<S>) {
    this.state = submission;
    this.host.requestUpdate();
  }

  /** Whether a submit is on its way (the submission is `sending`): the form is locked meanwhile. */
  get sending(): boolean {
    return this.state === 'sending';
  }

  /**
   * The submission as a host's `status` says it: a send cut short by leaving the page is over,
   * back to `idle`, though the page hears so only on its return (and re-renders so then).
   */
  get reported(): Submission<S> {
    return this.sending && !this.host.isConnected && !this.running ? 'idle' : this.state;
  }

  /** The failure the page shows, until the next send (or `clearFailure()`). */
  get failure(): InviteKitError | undefined {
    return this.error;
  }

  /** What the backend said about the failure that no field on the page shows (catalogue keys or its own words). */
  get failureOther(): readonly string[] {
    return this.other;
  }

  /** Each field's problem: a catalogue key or the backend's own words. */
  get fieldErrors(): Partial<Record<F, string>> {
    return this.errors;
  }

  set fieldErrors(errors: Partial<Record<F, string>>) {
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** Whether any field shows a problem. */
  get invalid(): boolean {
    return Object.values(this.errors).some(Boolean);
  }

  /** Whether a submit is on its way. */
  get running(): boolean {
    return this.requests.isRunning('submit');
  }

  /** Sets one field's problem (`undefined`: none), keeping the others. */
  setFieldError(field: F, problem: string | undefined): void {
    this.fieldErrors = { ...this.errors, [field]: problem };
  }

  /**
   * The person left a field: a malformed entry is said early, but a field skipped (empty) is not
   * nagged about. A field already marked is kept current by typing, so leaving it changes nothing:
   * what the backend said about an unchanged value stays, and the form doesn't reflow under a
   * pointer on its way to the submit button (which lost that click, and so the send). Nothing
   * either while sending, or during the host's render: a render that takes the focused input off
   * the page blurs it on its way out, nobody left it, and a problem set then would schedule
   * another update from inside this one.
   */
  leaveField(field: F, value: string, check: () => string | undefined): void {
    if (this.rendering || this.errors[field] || !value.trim() || this.sending) return;
    this.setFieldError(field, check());
  }

  /**
   * Records the failure the page shows: the submission becomes `failed`, or the element's own
   * outcome for it (`as`, a `conflict`); `other` is what the backend said that no field shows.
   */
  fail(error: InviteKitError, { as = 'failed', other = [] }: { as?: 'failed' | S; other?: readonly string[] } = {}): void {
    this.error = error;
    this.other = other;
    this.submission = as;
  }

  /** The failure is no longer the page's to show (a fresh look at what it was about, another context). */
  clearFailure(): void {
    this.error = undefined;
    this.other = [];
    this.host.requestUpdate();
  }

  async submit(): Promise<void> {
    const { options } = this;
    if (this.sending || !options.ready()) return;
    const checked = options.check();
    if (!checked) return;
    if (!checked.ok) return this.showFieldErrors(checked.fieldErrors);
    const { input } = checked;
    const idempotencyKey = this.actionKey.for(input);
    if (!options.keepFailureWhileSending) this.clearFailure();
    this.submission = 'sending';
    options.onSending?.();
    const outcome = await this.requests.run('submit', (signal) => options.send(input, { signal, idempotencyKey }), {
      resume: () => this.interrupted(),
    });
    if (outcome.status === 'stale') {
      if (this.host.isConnected) this.interrupted();
      return;
    }
    this.submission = 'idle';
    if (outcome.status === 'error') return options.onFailure(outcome.error);
    const focusWasInside = this.host.matches(':focus-within');
    this.actionKey.settled();
    this.fieldErrors = {};
    this.clearFailure();
    options.onSuccess(outcome.value, input);
    await this.host.updateComplete;
    if (focusWasInside) this.host.renderRoot.querySelector<HTMLElement>(options.successFocus)?.focus();
  }

  /** Shows each field's problem and focuses the first field that has one. */
  async showFieldErrors(errors: Partial<Record<F, string>>): Promise<void> {
    this.fieldErrors = errors;
    await this.host.updateComplete;
    const first = this.options.fields.find((field) => errors[field]);
    if (first) this.host.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  /** The next submit is a new action with a new key, even with the same input (what it was for changed). */
  settle(): void {
    this.actionKey.settled();
  }

  /** The action is over (its context is gone): a send on its way is aborted, and the form is back to `idle` with no failure. */
  reset(): void {
    this.requests.abort('submit');
    this.settle();
    this.clearFailure();
    this.submission = 'idle';
  }

  private interrupted(): void {
    this.submission = 'idle';
    this.options.onInterrupted?.();
  }
}
