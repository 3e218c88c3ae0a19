/**
 * Every CSS part an element documents (`@csspart`, in custom-elements.json) exists: rendering
 * every story of every element (each reachable state has one) and gathering the parts found in
 * each kit element's shadow root — its own `part` names and the names it re-exports with
 * `exportparts`, when the inner element really has that part — must cover the documentation.
 * And every part found is documented, so hosts can rely on the list.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { deepElements } from './fixtures/dom.js';
import { isStory, renderStory, storyModules } from './fixtures/stories.js';

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssParts?: Array<{ name: string; description?: string }>;
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

describe('CSS parts', function () {
  this.timeout(600_000);
  const seen = new Map<string, Set<string>>();
  let declarations: ManifestDeclaration[] = [];
  let kitTags = new Set<string>();
  const originalError = console.error;

  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
    declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((entry) => entry.customElement && entry.tagName);
    kitTags = new Set(declarations.map((entry) => entry.tagName!));
    // Stories that show failures log them; the story smoke test judges those, not this one.
    console.error = () => {};

    for (const [file, module] of Object.entries(storyModules)) {
      const meta = module.default;
      for (const [exportName, story] of Object.entries(module)) {
        if (!isStory(exportName, story)) continue;
        const canvasElement = document.createElement('div');
        document.body.append(canvasElement);
        try {
          await renderStory(meta, exportName, story, canvasElement);
        } catch (error) {
          originalError.call(console, `${file} ${exportName}: ${String(error)}`);
        }
        for (const element of deepElements(canvasElement)) {
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
