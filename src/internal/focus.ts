/** The element that really has focus, looking through open shadow roots (`document.activeElement` stops at the first host). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
