import { ContextRoot } from '@lit/context';

/** Shared by every copy of the kit on a page, so one root answers them all. */
const ATTACHED = Symbol.for('invite-kit.context-root');

/**
 * Lets a provider defined after the elements inside it still reach them. The drop-in loader
 * defines each tag as its file arrives, in whatever order the network delivers them: an
 * element whose file arrives before `<invite-kit-provider>`'s asks for its client and locale
 * while the provider can't answer yet. A `ContextRoot` on the document keeps those requests
 * and asks again once the provider connects (@lit/context's own mechanism for late providers).
 * Attached on the first kit element's connection, never as an import's side effect.
 */
export function attachContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [ATTACHED]?: true };
  if (root[ATTACHED]) return;
  root[ATTACHED] = true;
  new ContextRoot().attach(root);
}
