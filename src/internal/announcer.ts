import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/**
 * One polite live region per element, for what happened that the screen doesn't already say
 * where focus is ("Olivia Bennett was approved as a client", "Checking again…"). Put
 * `${this.announcer.render()}` once in the element's template and call `announce()`.
 *
 * The region is emptied first and filled a frame later, so the same sentence said twice is
 * read twice; a newer sentence replaces one not yet read.
 */
export class AnnouncerController implements ReactiveController {
  private message = '';
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** A part for the region, where an element documents one (it is visually hidden: none by default). */
    private readonly part?: string,
  ) {
    host.addController(this);
  }

  /** What the region says now (for tests and for elements that show it as well). */
  get current(): string {
    return this.message;
  }

  announce(message: string): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.message = '';
    this.host.requestUpdate();
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.message = message;
      this.host.requestUpdate();
    });
  }

  /** Forgets what was said (another workspace, a reset). */
  clear(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.message = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  render(): TemplateResult {
    return html`<div part=${this.part ?? nothing} class="visually-hidden" role="status" aria-live="polite">${this.message}</div>`;
  }
}
