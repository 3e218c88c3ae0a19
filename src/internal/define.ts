/**
 * Registration, in one place. Every kit class declares the kit elements it renders —
 * `static dependencies = { 'invite-user-form': InviteUserForm }`, keyed by the tag it renders
 * them with — and `Class.define(tagName, registry)` registers those first (under those tags,
 * where they are free), then the class itself. So a host with its own registry, or its own tag
 * name for an element, composes it without knowing what it holds:
 *
 *   import { InviteUserDialog } from 'invite-kit/elements'; // registers nothing
 *   InviteUserDialog.define('acme-invite-dialog');          // and <invite-user-form> with it
 *
 * The per-element entries (`invite-kit/invite-user-dialog`) do exactly this with the kit's tag.
 */

/** A class that can be registered with its dependencies. */
export interface DefinableElement extends CustomElementConstructor {
  readonly dependencies?: Readonly<Record<string, CustomElementConstructor>>;
}

/**
 * Registers `elementClass` as `tagName` in `registry`, after its dependencies (and theirs).
 * A tag already taken is left as it is, so a second import — two bundles on one page, a host
 * that registered a dependency itself — is harmless.
 */
export function defineElement(tagName: string, elementClass: DefinableElement, registry: CustomElementRegistry = customElements): void {
  defineDependencies(elementClass, registry, new Set());
  if (!registry.get(tagName)) registry.define(tagName, elementClass);
}

function defineDependencies(elementClass: DefinableElement, registry: CustomElementRegistry, seen: Set<CustomElementConstructor>): void {
  if (seen.has(elementClass)) return;
  seen.add(elementClass);
  for (const [tag, dependency] of Object.entries(elementClass.dependencies ?? {})) {
    defineDependencies(dependency as DefinableElement, registry, seen);
    if (registry.get(tag)) continue;
    // A registry takes each class once: registered already under a host's own name, it is
    // registered here as a subclass, so the element that renders it by this tag still works.
    registry.define(tag, registry.getName(dependency) ? class extends dependency {} : dependency);
  }
}

/**
 * A dependency fetched when first needed (the dialog's Share Invite Link tab, Bulk Invite):
 * imports it, then registers it as `tagName` with its own dependencies.
 */
export async function loadDependency(
  tagName: string,
  load: () => Promise<DefinableElement>,
  registry: CustomElementRegistry = customElements,
): Promise<void> {
  if (registry.get(tagName)) return;
  defineElement(tagName, await load(), registry);
}
