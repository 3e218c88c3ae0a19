/**
 * The one access check of every element that only some viewers may use (sharing the invite
 * link, inviting internal users, the Admin Portal): checking → allowed, or forbidden, or
 * failed — and "Try again" where trying again can change the answer.
 *
 * Two refusals are told apart, because a person should only be offered what can help:
 * - `rule`: the viewer is known and the portal's rules don't let them (not a portal admin).
 *   Saying why is the whole answer; there is no "Try again".
 * - `refused`: the backend answered `permission` (401/403) — a session that ran out, say. A
 *   session renewed in another tab may be let in, so "Try again" checks again. It stays in
 *   place while checking (focus stays on it), says how it went, and hands focus on to the
 *   element's content, or to the new error's retry, when the answer changes.
 *
 * A failed check (network, 5xx…) shows the error with its own retry. A check interrupted by
 * leaving the page runs again on return.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { AnnouncerController } from './announcer.js';
import { forbiddenNotice } from './forbidden-notice.js';
import { RequestController } from './request-controller.js';

export type AccessState = 'checking' | 'allowed' | 'forbidden' | 'failed';
export type AccessRefusal = 'rule' | 'refused';

export interface AccessCheckOptions {
  /** Whether the viewer may use the element: `true`, `false` (a rule says no), or it throws (the backend refused or failed). */
  check(signal: AbortSignal): Promise<boolean>;
  /** Runs each time access is granted (the element loads its content); awaited before focus moves on. */
  onAllowed?(): Promise<void> | void;
  /** Where focus goes when "Try again" lets the viewer in (only when focus was inside the element). */
  focusTarget?(): HTMLElement | null | undefined;
  /**
   * The element's live region: how trying again goes ("Checking…", then the refusal again) is
   * said there instead of in a status line inside the notice.
   */
  announcer?: AnnouncerController;
}

export interface ForbiddenTexts {
  title: string;
  text: string;
  /** Whether hosts may put their own explanation in a `forbidden` slot (documented with `@slot forbidden`). */
  slot?: boolean;
  /** Parts of the notice (default `alert forbidden`). */
  part?: string;
  retryLabel: string;
  /** Said while checking again ("Checking…"). */
  checkingText: string;
}

export class AccessController {
  state: AccessState = 'checking';
  /** Why the check failed, or the backend's refusal. */
  error?: InviteKitError;
  refusal?: AccessRefusal;
  /** "Try again" was pressed and the answer is not in yet. */
  rechecking = false;
  /** Trying again was refused again: said once more to screen readers. */
  stillForbidden = false;
  /** The host put its own explanation in the `forbidden` slot (through any slots forwarding it). */
  private slotted = false;
  /** The words of the refusal last shown, for the announcer. */
  private checkingText?: string;
  private forbiddenTitle?: string;

  private readonly requests: RequestController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AccessCheckOptions,
  ) {
    // Its own requests: a check never supersedes, nor is superseded by, the element's loads.
    this.requests = new RequestController(host);
  }

  get allowed(): boolean {
    return this.state === 'allowed';
  }

  /** Checks (again): on first render, and whenever the client or viewer changes. */
  async check(): Promise<void> {
    // Trying again after a refusal keeps the refusal (and its focused "Try again") on screen until the answer.
    if (this.state !== 'allowed' && !this.rechecking) this.setState('checking');
    const outcome = await this.requests.run('access', (signal) => this.options.check(signal), { resume: () => void this.check() });
    if (outcome.status === 'stale') {
      // Left the page: "Try again" is usable again on return.
      this.rechecking = false;
      return;
    }
    if (outcome.status === 'error') {
      this.error = outcome.error;
      if (outcome.error.code === 'permission') this.refuse(outcome.error);
      else this.setState('failed');
      return;
    }
    this.error = undefined;
    if (!outcome.value) {
      this.refusal = 'rule';
      this.setState('forbidden');
      return;
    }
    this.refusal = undefined;
    this.setState('allowed');
    await this.options.onAllowed?.();
  }

  /**
   * The element's own load was refused after access was granted (the backend said 403): shows
   * the refusal with "Try again", as if the check had said so.
   */
  refuse(error: InviteKitError): void {
    this.error = error;
    this.refusal = 'refused';
    this.setState('forbidden');
  }

  /** "Try again" after a refusal or a failed check. */
  readonly retry = async (): Promise<void> => {
    if (this.rechecking) return;
    const focusWasInside = this.host.matches(':focus-within');
    this.rechecking = true;
    this.stillForbidden = false;
    if (this.checkingText !== undefined) this.options.announcer?.announce(this.checkingText);
    this.host.requestUpdate();
    await this.check();
    // Left the page meanwhile: nothing to say or focus.
    if (!this.rechecking) return;
    this.rechecking = false;
    if (this.state === 'forbidden') {
      this.stillForbidden = true;
      if (this.forbiddenTitle !== undefined) this.options.announcer?.announce(this.forbiddenTitle);
      this.host.requestUpdate();
      return;
    }
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    if (!focusWasInside) return;
    // Let in but its content failed to load: focus goes to that failure's "Try again".
    const retryButton = () => this.host.shadowRoot?.querySelector<HTMLElement>('[part~="retry-button"]');
    const next = this.state === 'allowed' ? (this.options.focusTarget?.() ?? retryButton()) : retryButton();
    next?.focus();
  };

  /** The refusal: why, and "Try again" only where a retry can change the answer. */
  renderForbidden(texts: ForbiddenTexts): TemplateResult {
    const retry = this.refusal === 'refused';
    // Kept for the announcer, which speaks after the render that showed them.
    this.checkingText = texts.checkingText;
    this.forbiddenTitle = texts.title;
    const announced = this.options.announcer !== undefined;
    return forbiddenNotice({
      part: texts.part ?? 'alert forbidden',
      title: texts.title,
      text: texts.text,
      slot: texts.slot ?? false,
      slotted: this.slotted,
      onSlotChange: this.handleSlotChange,
      ...(retry
        ? {
            retry: {
              label: texts.retryLabel,
              retrying: this.rechecking,
              onRetry: () => void this.retry(),
              ...(announced ? {} : { status: this.rechecking ? texts.checkingText : this.stillForbidden ? texts.title : '' }),
            },
          }
        : {}),
    });
  }

  private readonly handleSlotChange = (event: Event) => {
    const slotted = (event.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
    if (slotted === this.slotted) return;
    this.slotted = slotted;
    this.host.requestUpdate();
  };

  private setState(state: AccessState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
