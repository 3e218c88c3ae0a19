/** Registers an element once; a second import (two bundles on one page) is harmless. */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
}
