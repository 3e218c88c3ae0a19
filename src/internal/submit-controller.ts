import type { ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import { ActionKey } from './idempotency.js';
import { RequestController } from './request-controller.js';

/** What a form's check of what was typed says: the request to send, the fields to fix, or nothing to do (a host cancelled). */
export type SubmitCheck<I, F extends string> = { ok: true; input: I } | { ok: false; fieldErrors: Partial<Record<F, string>> } | undefined;

export interface SubmitOptions<I, R, F extends string> {
  /** The form's fields in page order, each the id of its input: focus goes to the first one with a problem. */
  fields: readonly F[];
  /** Whether a submit may start now (none on its way, the page still open for it…). */
  ready(): boolean;
  /** What was typed, validated with the request's schema (and a host's adjustments): the input, or each field's problem. */
  check(): SubmitCheck<I, F>;
  send(input: I, options: { signal: AbortSignal; idempotencyKey: string }): Promise<R>;
  /** The request is on its way. */
  onSending(): void;
  /** Cut short by leaving the page (or superseded): back to the form. Sending again reuses the key: the backend may have acted. */
  onInterrupted(): void;
  onFailure(error: InviteKitError): void;
  /** The backend took it: the field problems are already cleared, and the next submit is a new action. */
  onSuccess(result: R, input: I): void;
  /** What takes focus after success (a selector in the render root), when focus was in the element. */
  successFocus: string;
}

type SubmitHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * The submit flow every form of the kit shares: validate what was typed → show each field's
 * problem and focus the first → one idempotency key per intended action (`ActionKey`), reused
 * by a retry → run the request (aborted on removal, back to the form on return) → success
 * (key settled, field problems cleared, focus moved on where it was inside) or failure. What
 * each outcome means on the page stays the element's, in `onSending`, `onSuccess`, `onFailure`
 * and `onInterrupted`; the field problems live here, so backend errors placed on fields
 * (`internal/field-errors.ts`) go through `showFieldErrors` too.
 */
export class SubmitController<I, R, F extends string> {
  private readonly requests: RequestController;
  private readonly actionKey = new ActionKey();
  private errors: Partial<Record<F, string>> = {};

  constructor(
    private readonly host: SubmitHost,
    private readonly options: SubmitOptions<I, R, F>,
  ) {
    // Its own requests: removal aborts a send on its way, and the return resumes it as `onInterrupted`.
    this.requests = new RequestController(host);
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

  async submit(): Promise<void> {
    const { options } = this;
    if (!options.ready()) return;
    const checked = options.check();
    if (!checked) return;
    if (!checked.ok) return this.showFieldErrors(checked.fieldErrors);
    const { input } = checked;
    const idempotencyKey = this.actionKey.for(input);
    options.onSending();
    const outcome = await this.requests.run('submit', (signal) => options.send(input, { signal, idempotencyKey }), {
      resume: () => options.onInterrupted(),
    });
    if (outcome.status === 'stale') {
      if (this.host.isConnected) options.onInterrupted();
      return;
    }
    if (outcome.status === 'error') return options.onFailure(outcome.error);
    const focusWasInside = this.host.matches(':focus-within');
    this.actionKey.settled();
    this.fieldErrors = {};
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

  /** The action is over (its context is gone): a send on its way is aborted too. */
  reset(): void {
    this.requests.abort('submit');
    this.settle();
  }
}
