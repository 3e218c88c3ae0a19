/**
 * Every CSS part an element documents (`@csspart`, in custom-elements.json) exists: rendering
 * every story of every element (each reachable state has one) and gathering the parts found in
 * each kit element's shadow root — its own `part` names and the names it re-exports with
 * `exportparts`, when the inner element really has that part — must cover the documentation.
 * And every part found is documented, so hosts can rely on the list.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

type Args = Record<string, unknown>;
interface StoryObject {
  args?: Args;
  render?: (args: Args, context: unknown) => TemplateResult | HTMLElement;
  decorators?: Array<(story: () => TemplateResult | HTMLElement, context: unknown) => TemplateResult | HTMLElement>;
  play?: (context: unknown) => Promise<void> | void;
  parameters?: Record<string, unknown>;
}
interface StoryMeta extends StoryObject {
  title: string;
}
interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssParts?: Array<{ name: string; description?: string }>;
}

const storyModulesUrl = '/__story-modules__.js';
const storyModules = (await import(/* @vite-ignore */ storyModulesUrl)).default as Record<
  string,
  Record<string, unknown> & { default: StoryMeta }
>;

async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(
      elements.map(async (el) => {
        await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        if (el.shadowRoot) await settle(el.shadowRoot);
      }),
    );
    await nextFrame();
  }
}

/** The parts an element offers right now: its shadow root's `part` names and what it re-exports. */
function partsOf(element: Element): Set<string> {
  const parts = new Set<string>();
  const root = element.shadowRoot;
  if (!root) return parts;
  for (const node of root.querySelectorAll('[part]'))
    for (const name of node.getAttribute('part')!.split(/\s+/u)) if (name) parts.add(name);
  for (const inner of root.querySelectorAll('[exportparts]')) {
    const offered = partsOf(inner);
    for (const mapping of inner.getAttribute('exportparts')!.split(',')) {
      const [from, to = from] = mapping.split(':').map((name) => name.trim());
      if (from && offered.has(from)) parts.add(to!);
    }
  }
  return parts;
}

/** Every element in a tree, shadow roots included. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

const RESIZE_OBSERVER_NOISE = /ResizeObserver loop/;

describe('CSS parts', function () {
  this.timeout(600_000);
  const seen = new Map<string, Set<string>>();
  let declarations: ManifestDeclaration[] = [];
  let kitTags = new Set<string>();
  const originalOnError = window.onerror;
  const originalError = console.error;

  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
    declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((entry) => entry.customElement && entry.tagName);
    kitTags = new Set(declarations.map((entry) => entry.tagName!));
    window.onerror = (message) => RESIZE_OBSERVER_NOISE.test(String(message));
    // Stories that show failures log them; the story smoke test judges those, not this one.
    console.error = () => {};

    for (const [file, module] of Object.entries(storyModules)) {
      const meta = module.default;
      for (const [exportName, story] of Object.entries(module)) {
        if (exportName === 'default' || exportName.startsWith('_') || typeof story !== 'object' || story === null) continue;
        const object = story as StoryObject;
        const canvasElement = document.createElement('div');
        document.body.append(canvasElement);
        const context = {
          args: { ...meta.args, ...object.args },
          canvasElement,
          globals: { locale: 'en', colorScheme: 'light' },
          parameters: { ...meta.parameters, ...object.parameters },
          id: `${meta.title}--${exportName}`,
          name: exportName,
          step: async (_label: string, play: () => Promise<void> | void) => play(),
        };
        try {
          const renderStory = object.render ?? meta.render!;
          const decorators = [...(object.decorators ?? []), ...(meta.decorators ?? [])];
          const decorated = decorators.reduce<() => TemplateResult | HTMLElement>(
            (inner, decorator) => () => decorator(inner, context),
            () => renderStory(context.args, context),
          );
          const output = decorated();
          if (output instanceof HTMLElement) canvasElement.append(output);
          else render(output, canvasElement);
          await settle(canvasElement);
          await object.play?.(context);
          await settle(canvasElement);
        } catch (error) {
          originalError.call(console, `${file} ${exportName}: ${String(error)}`);
        }
        for (const element of allElements(canvasElement)) {
          if (!kitTags.has(element.localName)) continue;
          const parts = seen.get(element.localName) ?? new Set<string>();
          for (const name of partsOf(element)) parts.add(name);
          seen.set(element.localName, parts);
        }
        render(null, canvasElement);
        canvasElement.remove();
      }
    }
  });

  after(() => {
    window.onerror = originalOnError;
    console.error = originalError;
  });

  /** Documented names: each `@csspart`, and the variants its description lists as "(also `tab-invite`, …)". */
  function documentedNames(entry: ManifestDeclaration): string[] {
    return (entry.cssParts ?? []).flatMap(({ name, description = '' }) => {
      const also = /\(also ([^)]*)\)/u.exec(description)?.[1] ?? '';
      return [name, ...[...also.matchAll(/`([\w-]+)`/gu)].map((match) => match[1]!)];
    });
  }
  const matchesDocumented = (documented: string[], name: string) =>
    documented.some((doc) => doc === name || (doc.endsWith('-*') && name.startsWith(doc.slice(0, -1))));

  it('every documented part of every element appears in at least one of its stories', () => {
    const missing: string[] = [];
    for (const entry of declarations) {
      const found = seen.get(entry.tagName!) ?? new Set<string>();
      for (const { name } of entry.cssParts ?? []) {
        const present = name.endsWith('-*') ? [...found].some((part) => part.startsWith(name.slice(0, -1))) : found.has(name);
        if (!present) missing.push(`${entry.tagName}::part(${name})`);
      }
    }
    expect(missing, 'documented but never rendered').to.deep.equal([]);
  });

  it('every part an element renders is documented', () => {
    const undocumented: string[] = [];
    for (const entry of declarations) {
      const documented = documentedNames(entry);
      for (const name of seen.get(entry.tagName!) ?? [])
        if (!matchesDocumented(documented, name)) undocumented.push(`${entry.tagName}::part(${name})`);
    }
    expect(undocumented, 'rendered but not documented with @csspart').to.deep.equal([]);
  });
});
