import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Shows a table where its columns fit and as a list of cards where they don't (the layouts are
 * `styles/table.ts`'s, chosen by `data-layout` on the `[part~="table-wrapper"]`),
 * by measuring rather than by a breakpoint: a longer translation, a larger font, a theme's
 * padding or the page's data move the switch with them.
 *
 * The table's narrowest width (every column at its smallest) is measured whenever what it
 * shows changes, by laying it out at that width and reading it back before anything is
 * painted. The space it has is watched through `.fit-probe`, an element of no height that
 * spans the table's box: switching layouts never resizes it, so the observer never loops.
 */
export class TableFitController implements ReactiveController {
  /** The columns don't fit: the rows are shown as cards. */
  narrow = false;

  private needed = 0;
  /** What the last measurement was made for: the table element and the host's `content()`. */
  private measuredFor: readonly unknown[] = [];
  /** Bumped on every measurement started, so only the latest one counts. */
  private generation = 0;
  private observer?: ResizeObserver;
  private probe?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    /** What the table's width depends on besides the element itself (the page shown, the language). */
    private readonly content: () => readonly unknown[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.watch(this.host.renderRoot.querySelector('.fit-probe'));
    const wrapper = this.wrapper();
    if (!wrapper) return;
    const measuredFor = [wrapper.querySelector('table'), ...this.content()];
    if (measuredFor.length === this.measuredFor.length && measuredFor.every((item, index) => item === this.measuredFor[index])) return;
    this.measuredFor = measuredFor;
    void this.measure(wrapper);
  }

  hostDisconnected(): void {
    this.generation++;
    this.observer?.disconnect();
    this.probe = undefined;
    // Measured again on return: the page it comes back to may be another width.
    this.measuredFor = [];
  }

  private readonly handleResize = () => {
    const wrapper = this.wrapper();
    if (wrapper) this.fit(wrapper);
  };

  private wrapper(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="table-wrapper"]');
  }

  private watch(probe: Element | null): void {
    if (probe === (this.probe ?? null)) return;
    this.observer ??= new ResizeObserver(this.handleResize);
    this.observer.disconnect();
    this.probe = probe ?? undefined;
    if (probe) this.observer.observe(probe);
  }

  private async measure(wrapper: HTMLElement): Promise<void> {
    const generation = ++this.generation;
    // The kit elements in the rows ("Resend Invitation") render just after this element: measure them drawn.
    const inner = [...wrapper.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    await Promise.all(inner.map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    const table = wrapper.querySelector('table');
    if (generation !== this.generation || !wrapper.isConnected || !table) return;
    const shown = wrapper.dataset.layout;
    wrapper.dataset.layout = 'measuring';
    // Rounded as the wrapper's scroll width is: wider than its client width by a pixel, and it would scroll.
    this.needed = Math.round(table.getBoundingClientRect().width);
    if (shown === undefined) delete wrapper.dataset.layout;
    else wrapper.dataset.layout = shown;
    this.fit(wrapper);
  }

  private fit(wrapper: HTMLElement): void {
    const narrow = this.needed > wrapper.clientWidth;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
