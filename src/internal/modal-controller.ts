/**
 * The one wiring of a native `<dialog>` as a modal, shared by every kit modal (the invite
 * dialog, the Admin Portal's dialog, the members picker): `showModal()` gives the top layer,
 * the inert page behind and Escape; this adds what the platform leaves to us — focus goes
 * back to whatever opened it, every way of closing reports one reason, a modal open when its
 * element left the page opens again when it comes back, and a late `close` event from an
 * earlier closing never closes a dialog opened again meanwhile.
 *
 * Put `@cancel=${modal.handleCancel} @close=${modal.handleClose}` on the `<dialog>`, use
 * `closeButton()` for its close control and `modalStyles` for its layout.
 */
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { deepActiveElement } from './focus.js';

export type ModalCloseReason = 'escape' | 'close-button' | 'method';

export interface ModalOptions {
  /** The `<dialog>` element (queried when needed: it may not be rendered yet). */
  dialog: () => HTMLDialogElement | null | undefined;
  /** After `showModal()`: move focus in (the first field, a tab). */
  onOpen?: () => void;
  /** After every closing, before focus goes back to the opener. */
  onClose?: (reason: ModalCloseReason) => void;
}

export class ModalController implements ReactiveController {
  private returnFocusTo?: HTMLElement;
  private reason: ModalCloseReason = 'method';
  /** Open when the element left the page (which closes a dialog silently): opened again on return. */
  private reopen = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ModalOptions,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.options.dialog()?.open ?? false;
  }

  /** Shows the dialog as a modal (a no-op when it already shows or the element is off the page). */
  open(): void {
    const dialog = this.options.dialog();
    if (!dialog || !this.host.isConnected || dialog.matches(':modal')) return;
    // Still marked open, but not modal: it left the page while open and is back.
    if (dialog.open) dialog.close();
    const active = deepActiveElement();
    // Focus inside the dialog means it is reopening itself: keep the first opener.
    if (!(active instanceof Node && dialog.contains(active))) {
      this.returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : undefined;
    }
    dialog.showModal();
    this.options.onOpen?.();
  }

  /**
   * Closes it now, not on the dialog's `close` event a task later: a quick close-then-open
   * must not have that late event close the reopened dialog.
   */
  close(reason: ModalCloseReason = 'method'): void {
    const dialog = this.options.dialog();
    if (!dialog?.open) return;
    this.reason = reason;
    dialog.close();
    this.finish();
  }

  /** Escape, or a close request from assistive technology: the browser closes the dialog itself. */
  readonly handleCancel = (event: Event): void => {
    if (event.target === this.options.dialog()) this.reason = 'escape';
  };

  readonly handleClose = (event: Event): void => {
    const dialog = this.options.dialog();
    // A close arriving after the dialog was opened again is old news; one from a nested dialog isn't ours.
    if (event.target !== dialog || dialog?.open) return;
    this.finish();
  };

  /** The close button's handler. */
  readonly handleCloseButton = (): void => this.close('close-button');

  hostConnected(): void {
    if (!this.reopen) return;
    this.reopen = false;
    void (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => this.open());
  }

  hostDisconnected(): void {
    this.reopen = this.isOpen || this.reopen;
  }

  private finish(): void {
    const reason = this.reason;
    this.reason = 'method';
    this.options.onClose?.(reason);
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
  }
}

/** The close control every kit modal shows (part `close-button`, a 44 px target with the × drawn in SVG). */
export function closeButton(label: string, onClick: () => void, part = 'close-button'): TemplateResult {
  return html`<button type="button" part=${part} class="button button--quiet icon-button close-button" aria-label=${label} @click=${onClick}>
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  </button>`;
}
