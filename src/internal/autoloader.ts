/**
 * The drop-in bundle's autoloader: a page pays only for the kit elements it shows. Each kit tag
 * that appears — in the document, or inside a kit element's shadow root — loads the one module
 * that defines it (and the kit elements it renders), the way Shoelace's and Web Awesome's
 * autoloaders do. `customElements.whenDefined(tag)` resolves once it has loaded.
 */

/** Tag → a function loading the module that defines it. */
export type ElementTable = Readonly<Record<string, () => Promise<unknown>>>;

/** How much room an element takes before it is defined, so nothing jumps when it renders. */
export const UNDEFINED_STYLES = (tags: readonly string[]): string =>
  [
    // Nothing the host slotted or wrote inside shows before the element can lay it out.
    `:is(${tags.join(',')}):not(:defined){visibility:hidden}`,
    // The profile button's size (avatar, caret and padding), in the header of every page.
    'invite-profile-menu:not(:defined){display:inline-block;min-inline-size:4rem;min-block-size:2.75rem}',
  ].join('');

export interface Autoloader {
  /** Loads and defines one kit tag now (eager use, or before creating it from script). */
  load(tag: string): Promise<void>;
  /** Looks for kit tags in `root` and watches it for more (the loader does this for the document itself). */
  watch(root: Document | ShadowRoot): void;
}

export function createAutoloader(table: ElementTable, registry: CustomElementRegistry = customElements): Autoloader {
  const tags = Object.keys(table);
  const selector = tags.join(',');
  const loads = new Map<string, Promise<void>>();
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });

  function load(tag: string): Promise<void> {
    const loader = table[tag];
    if (!loader) return Promise.reject(new Error(`invite-kit: <${tag}> is not a kit element.`));
    let loading = loads.get(tag);
    if (!loading) {
      loading = registry.get(tag)
        ? Promise.resolve()
        : loader().then(
            () => undefined,
            (error: unknown) => {
              // Forgotten, so the next appearance of the tag tries again.
              loads.delete(tag);
              console.error(`invite-kit: <${tag}> could not be loaded.`, error);
              throw error;
            },
          );
      loads.set(tag, loading);
    }
    return loading;
  }

  /** A kit element: defined (loading it if needed), then its own shadow root watched for the kit elements it shows. */
  function found(element: Element): void {
    const tag = element.localName;
    if (!registry.get(tag)) load(tag).catch(() => {});
    void registry.whenDefined(tag).then(async () => {
      const root = element.shadowRoot;
      if (!root) return;
      watch(root);
      // Lit renders in a microtask after the upgrade: look again once the first render is in.
      await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      discoverIn(root);
    });
  }

  function discover(element: Element): void {
    if (element.matches(selector)) found(element);
    discoverIn(element);
  }

  function discoverIn(root: ParentNode): void {
    for (const element of root.querySelectorAll(selector)) found(element);
  }

  function watch(root: Document | ShadowRoot): void {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    discoverIn(root);
  }

  return { load, watch };
}
