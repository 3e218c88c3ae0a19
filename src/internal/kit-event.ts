/**
 * Every kit event bubbles and is composed, so a host listening on any ancestor — across
 * shadow roots — hears it. Built here rather than inline in `emit()` so the manifest
 * analyzer documents each element's real events (from `@fires`), not a generic one.
 */
export function kitEvent<T>(type: string, detail: T, cancelable: boolean): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}
