/**
 * Keeps the token set honest (as Material Web's `testing/tokens.ts` does): from every element
 * class's Lit `elementStyles`, every private token used (`var(--_x)`) is defined, in
 * `styles/tokens.ts` or in that element's own styles; every token `tokens.ts` defines is used by
 * some element; and every public `--invite-kit-*` property an element reads is either a kit
 * token or documented with `@cssprop` for that element in custom-elements.json.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../src/index.js';
import * as elements from '../src/elements.js';
import { WorkspaceMembersPicker } from '../src/workspace-members-picker/workspace-members-picker.js';
import { tokens } from '../src/styles/tokens.js';

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  cssProperties?: Array<{ name: string }>;
}
interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

type ElementClass = typeof LitElement;

/** Elements that only live inside another one's shadow root document their properties on it. */
const PRIVATE_ELEMENTS: Array<{ element: ElementClass; documentedBy: string }> = [
  { element: WorkspaceMembersPicker, documentedBy: 'WorkspaceMembersPanel' },
];

function cssText(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  return style.cssText;
}

const matches = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((match) => match[1]!));
/** `var(--x` anywhere: the property is read. */
const reads = (text: string, prefix: string) => matches(text, new RegExp(`var\\(\\s*(${prefix}[\\w-]*)`, 'gu'));
/** `--x:` at the start of a declaration: the property is set. */
const defines = (text: string, prefix: string) => matches(text, new RegExp(`(?:^|[;{\\s])(${prefix}[\\w-]*)\\s*:`, 'gu'));

const tokensText = tokens.cssText;
const kitPrivate = defines(tokensText, '--_');
/** The public kit tokens: each private copy reads one, with its default as the fallback. */
const kitPublic = reads(tokensText, '--invite-kit-');

const elementClasses = Object.entries(elements)
  .filter(([name, value]) => typeof value === 'function' && name !== 'InviteKitElement' && 'elementStyles' in value)
  .filter(([, value]) => !PRIVATE_ELEMENTS.some(({ element }) => element === value))
  .map(([name, value]) => ({ name, element: value as unknown as ElementClass, documentedBy: name }));
const allClasses = [
  ...elementClasses,
  ...PRIVATE_ELEMENTS.map(({ element, documentedBy }) => ({ name: element.name, element, documentedBy })),
];

/** An element's own styles (everything but the shared token sheet), as text. */
function ownStyles(element: ElementClass): string {
  // Reading observedAttributes finalizes the class, which computes its elementStyles.
  void element.observedAttributes;
  return (element.elementStyles ?? [])
    .filter((style) => style !== tokens)
    .map(cssText)
    .join('\n');
}

describe('design tokens', () => {
  let manifest: Manifest;
  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  });

  function documented(className: string): Set<string> {
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((entry) => entry.name === className);
    return new Set((declaration?.cssProperties ?? []).map((property) => property.name));
  }

  it('finds every element class and its styles', () => {
    expect(allClasses.map(({ name }) => name)).to.include.members([
      'InviteKitProvider',
      'InviteProfileMenu',
      'InviteUserDialog',
      'InviteUserForm',
      'ShareInviteLink',
      'ResendInviteButton',
      'WorkspaceMembersPanel',
      'InternalUsersAdmin',
      'WorkspaceMembersPicker',
    ]);
    expect(kitPrivate.size).to.be.above(30);
  });

  it('each private token is the copy of the public one with the same name', () => {
    const unpaired = [...kitPrivate].filter((token) => !kitPublic.has(token.replace(/^--_/u, '--invite-kit-')));
    expect(unpaired).to.deep.equal([]);
  });

  it('every private token an element uses is defined in tokens.ts or in its own styles', () => {
    const problems: string[] = [];
    for (const { name, element } of allClasses) {
      const own = ownStyles(element);
      const usesTokens = (element.elementStyles ?? []).some((style) => style === tokens);
      const defined = new Set([...(usesTokens ? kitPrivate : []), ...defines(own, '--_')]);
      for (const used of reads(own, '--_')) if (!defined.has(used)) problems.push(`${name}: ${used} is used but never defined`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('every token tokens.ts defines is used by some element', () => {
    const used = new Set(allClasses.flatMap(({ element }) => [...reads(ownStyles(element), '--_')]));
    const unused = [...kitPrivate].filter((token) => !used.has(token));
    expect(unused, 'defined in tokens.ts and never used').to.deep.equal([]);
  });

  it('every public property an element reads is a kit token or documented with @cssprop on it', () => {
    const problems: string[] = [];
    for (const { name, element, documentedBy } of allClasses) {
      const allowed = new Set([...kitPublic, ...documented(documentedBy)]);
      for (const property of reads(ownStyles(element), '--invite-kit-')) {
        if (!allowed.has(property)) problems.push(`${name}: reads ${property}, which is neither a kit token nor documented with @cssprop`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('element-level properties are named for their element and fall back to a kit token or a value', () => {
    const problems: string[] = [];
    for (const { name, documentedBy } of allClasses) {
      for (const property of documented(documentedBy)) {
        if (kitPublic.has(property)) problems.push(`${name}: documents the kit token ${property} as its own`);
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
