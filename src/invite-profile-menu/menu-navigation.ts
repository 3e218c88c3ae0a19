import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../internal/focus.js';

const TYPEAHEAD_RESET_MS = 500;

/**
 * Keyboard movement inside a menu, as the WAI-ARIA menu pattern asks: arrow keys move and
 * wrap, Home and End jump, Enter and Space choose, and typing letters moves to the next item
 * whose label starts with them. Items may live in the shadow root or be slotted by the host.
 */
export class MenuNavigation implements ReactiveController {
  private typed = '';
  private typedTimer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly items: () => HTMLElement[],
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.typedTimer);
    this.typed = '';
  }

  focusFirst(): void {
    this.items()[0]?.focus();
  }

  focusLast(): void {
    this.items().at(-1)?.focus();
  }

  private current(): number {
    const active = deepActiveElement();
    return this.items().findIndex((item) => item === active || item.contains(active));
  }

  private move(by: number): void {
    const items = this.items();
    if (!items.length) return;
    const index = this.current();
    const next = index === -1 ? (by > 0 ? 0 : items.length - 1) : (index + by + items.length) % items.length;
    items[next]!.focus();
  }

  /** Handles one key press on the menu; returns whether it was a menu key. */
  handleKey(event: KeyboardEvent): boolean {
    switch (event.key) {
      case 'ArrowDown':
        this.move(1);
        return true;
      case 'ArrowUp':
        this.move(-1);
        return true;
      case 'Home':
      case 'PageUp':
        this.focusFirst();
        return true;
      case 'End':
      case 'PageDown':
        this.focusLast();
        return true;
      case 'Enter':
      case ' ': {
        // Slotted links and plain elements don't all click on both keys: make them.
        const item = this.items()[this.current()];
        if (item && item.getAttribute('aria-disabled') !== 'true') item.click();
        return true;
      }
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.typeahead(event.key);
      return true;
    }
    return false;
  }

  private typeahead(character: string): void {
    clearTimeout(this.typedTimer);
    this.typedTimer = setTimeout(() => (this.typed = ''), TYPEAHEAD_RESET_MS);
    const items = this.items();
    const start = this.current();
    const lower = character.toLocaleLowerCase();
    // Pressing one letter again cycles through the items starting with it.
    const repeating = this.typed.length > 0 && [...this.typed].every((typed) => typed === lower);
    this.typed = repeating ? lower : this.typed + lower;
    const label = (item: HTMLElement) => (item.textContent ?? '').trim().toLocaleLowerCase();
    const from = this.typed.length === 1 || repeating ? start + 1 : Math.max(start, 0);
    for (let offset = 0; offset < items.length; offset++) {
      const item = items[(from + offset) % items.length]!;
      if (label(item).startsWith(this.typed)) {
        item.focus();
        return;
      }
    }
  }
}
