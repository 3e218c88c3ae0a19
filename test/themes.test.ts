/**
 * Theming from outside: the shipped themes (`src/themes/*.css`) use nothing but
 * `--invite-kit-*` properties and `::part()` rules on kit tags, name only documented parts and
 * properties, reach every element and really restyle it; dark mode follows the viewer's
 * preference and the `color-scheme` attribute; reduced motion stops movement; and forced
 * colours (Windows High Contrast) keep custom controls and focus visible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { tokens } from '../src/styles/tokens.js';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { InviteKitProvider } from '../src/invite-kit-provider/invite-kit-provider.js';
import type { InviteUserDialog } from '../src/invite-user-dialog/invite-user-dialog.js';
import type { InviteUserForm } from '../src/invite-user-form/invite-user-form.js';
import { waitUntil } from './fixtures/wait.js';
import { part } from './fixtures/dom.js';

const THEMES = ['corporate', 'high-contrast'];

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

async function loadManifest(): Promise<ManifestDeclaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((entry) => entry.customElement && entry.tagName);
}

/** Splits a selector list at its top-level commas. */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

interface ThemeRule {
  selector: string;
  properties: string[];
  text: string;
}

/** Every style rule of a theme, with the at-rules it sits in checked on the way. */
function themeRules(sheet: CSSStyleSheet, problems: string[]): ThemeRule[] {
  const rules: ThemeRule[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) {
        if (rule.cssRules?.length) problems.push(`nested rules inside "${rule.selectorText}"`);
        const properties = [...rule.style].map((name) => name);
        for (const selector of selectors(rule.selectorText)) rules.push({ selector, properties, text: rule.cssText });
      } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
        walk(rule.cssRules);
      } else {
        problems.push(`not allowed in a theme: ${rule.cssText.slice(0, 60)}`);
      }
    }
  };
  walk(sheet.cssRules);
  return rules;
}

async function themeSheet(name: string): Promise<{ text: string; sheet: CSSStyleSheet }> {
  const response = await fetch(`/src/themes/${name}.css`);
  expect(response.ok, `src/themes/${name}.css exists`).to.equal(true);
  const text = await response.text();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return { text, sheet };
}

const kitTokens = new Set([...tokens.cssText.matchAll(/var\(\s*(--invite-kit-[\w-]+)/gu)].map((match) => match[1]!));

describe('shipped themes', () => {
  let declarations: ManifestDeclaration[];
  let kitTags: string[];
  before(async () => {
    declarations = await loadManifest();
    kitTags = declarations.map((entry) => entry.tagName!);
  });

  for (const theme of THEMES) {
    describe(theme, () => {
      it('uses only --invite-kit-* properties on :root or kit tags, and ::part() rules on kit tags', async () => {
        const { text, sheet } = await themeSheet(theme);
        const problems: string[] = [];
        const rules = themeRules(sheet, problems);
        expect(rules.length).to.be.above(5);
        const tag = `(?:${kitTags.join('|')})`;
        const partSelector = new RegExp(
          `^${tag}::part\\([\\w-]+(?: [\\w-]+)*\\)(?::(?:hover|focus|focus-visible|focus-within|active|disabled|enabled|checked|open|closed|popover-open))*$`,
          'u',
        );
        const propertyHolder = new RegExp(`^(?::root|${tag}(?:\\[[\\w-]+(?:=(?:'[^']*'|"[^"]*"|[\\w-]+))?\\])*)$`, 'u');
        for (const { selector, properties } of rules) {
          if (selector.includes('::part(')) {
            if (!partSelector.test(selector))
              problems.push(`"${selector}": ::part() only on a kit tag, followed only by user-action pseudo-classes`);
          } else if (!propertyHolder.test(selector)) {
            problems.push(`"${selector}": only :root or a kit tag may set properties`);
          } else {
            for (const property of properties)
              if (!property.startsWith('--invite-kit-')) problems.push(`"${selector}": ${property} is not an --invite-kit-* property`);
          }
          for (const property of properties) {
            if (property.startsWith('--') && !property.startsWith('--invite-kit-'))
              problems.push(`"${selector}": custom property ${property} is not the kit's`);
          }
        }
        // The kit's private copies are internals; a theme reads only public properties.
        for (const [, name] of text.matchAll(/var\(\s*(--[\w-]+)/gu)) {
          if (!name!.startsWith('--invite-kit-')) problems.push(`reads ${name}, which is not an --invite-kit-* property`);
        }
        expect(problems).to.deep.equal([]);
      });

      it('sets only kit tokens and documented element properties, and names only documented parts', async () => {
        const { sheet } = await themeSheet(theme);
        const problems: string[] = [];
        const known = new Set([
          ...kitTokens,
          ...declarations.flatMap((entry) => (entry.cssProperties ?? []).map((property) => property.name)),
        ]);
        for (const { selector, properties } of themeRules(sheet, problems)) {
          for (const property of properties)
            if (property.startsWith('--') && !known.has(property))
              problems.push(`${property} is neither a kit token nor a documented @cssprop`);
          const part = /^([\w-]+)::part\(([^)]*)\)/u.exec(selector);
          if (!part) continue;
          const documented = (declarations.find((entry) => entry.tagName === part[1])?.cssParts ?? []).map((entry) => entry.name);
          for (const name of part[2]!.split(' ')) {
            const ok = documented.some((doc) => doc === name || (doc.endsWith('-*') && name.startsWith(doc.slice(0, -1))));
            if (!ok) problems.push(`${part[1]} has no documented part "${name}"`);
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it('reaches every element that has parts', async () => {
        const { sheet } = await themeSheet(theme);
        const styled = new Set(
          themeRules(sheet, [])
            .map(({ selector }) => /^([\w-]+)::part/u.exec(selector)?.[1])
            .filter(Boolean),
        );
        const withParts = declarations.filter((entry) => entry.cssParts?.length).map((entry) => entry.tagName!);
        expect(withParts.filter((tag) => !styled.has(tag))).to.deep.equal([]);
      });
    });
  }
});

/** Links a theme into the page for the length of a test. */
async function linkTheme(name: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/src/themes/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
  return link;
}

async function readyForm(form: InviteUserForm): Promise<void> {
  await waitUntil(() => form.status === 'editing', 'the form did not become ready', { timeout: 4000 });
  await form.updateComplete;
}

describe('a theme linked by the host', () => {
  let link: HTMLLinkElement | undefined;
  afterEach(() => {
    link?.remove();
    link = undefined;
    document.documentElement.style.removeProperty('--invite-kit-color-scheme');
  });

  it('corporate: denser controls, square corners, uppercase headings — inside the shadow roots', async () => {
    const dialog = await fixture<InviteUserDialog>(html`<invite-user-dialog .client=${createMemoryClient()}></invite-user-dialog>`);
    await dialog.show();
    const before = {
      radius: getComputedStyle(part(dialog, 'base')).borderTopLeftRadius,
      title: getComputedStyle(part(dialog, 'title')).textTransform,
    };
    link = await linkTheme('corporate');
    expect(before).to.deep.equal({ radius: '14px', title: 'none' });
    expect(getComputedStyle(part(dialog, 'base')).borderTopLeftRadius).to.equal('4px');
    expect(getComputedStyle(part(dialog, 'title')).textTransform).to.equal('uppercase');
    const form = dialog.shadowRoot!.querySelector<InviteUserForm>('invite-user-form')!;
    await readyForm(form);
    expect(part(form, 'input').offsetHeight).to.equal(32);
    await dialog.hide();
  });

  it('high contrast: black text and 2px borders on fields, also in dark mode', async () => {
    const form = await fixture<InviteUserForm>(html`<invite-user-form .client=${createMemoryClient()}></invite-user-form>`);
    await readyForm(form);
    link = await linkTheme('high-contrast');
    expect(getComputedStyle(part(form, 'label')).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(part(form, 'input')).borderTopWidth).to.equal('2px');
    document.documentElement.style.setProperty('--invite-kit-color-scheme', 'dark');
    expect(getComputedStyle(part(form, 'label')).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(part(form, 'input')).backgroundColor).to.equal('rgb(0, 0, 0)');
  });
});

describe('dark mode', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', {});
  });

  const surface = (form: InviteUserForm) => getComputedStyle(part(form, 'input')).backgroundColor;
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(27, 29, 36)';

  it('by attribute, on the element or on the provider', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <invite-user-form id="own" color-scheme="dark" .client=${createMemoryClient()}></invite-user-form>
      <invite-kit-provider color-scheme="dark" .client=${createMemoryClient()}><invite-user-form id="provided"></invite-user-form></invite-kit-provider>
      <div style="--invite-kit-color-scheme: dark"><invite-user-form id="property" .client=${createMemoryClient()}></invite-user-form></div>
    </div>`);
    for (const id of ['own', 'provided', 'property']) {
      const form = root.querySelector<InviteUserForm>(`#${id}`)!;
      await readyForm(form);
      expect(surface(form), id).to.equal(DARK);
    }
  });

  it('by the viewer’s preference, unless an attribute says otherwise', async function () {
    const emulated = await executeServerCommand('emulate-media-features', { 'prefers-color-scheme': 'dark' });
    if (!emulated) this.skip();
    const root = await fixture<HTMLElement>(html`<div>
      <invite-user-form id="preference" .client=${createMemoryClient()}></invite-user-form>
      <invite-user-form id="light" color-scheme="light" .client=${createMemoryClient()}></invite-user-form>
    </div>`);
    const preference = root.querySelector<InviteUserForm>('#preference')!;
    const light = root.querySelector<InviteUserForm>('#light')!;
    await Promise.all([readyForm(preference), readyForm(light)]);
    expect(surface(preference)).to.equal(DARK);
    expect(surface(light)).to.equal(LIGHT);
  });
});

describe('reduced motion', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', {});
  });

  it('the dialog appears without moving and spinners slow down', async function () {
    const emulated = await executeServerCommand('emulate-media-features', { 'prefers-reduced-motion': 'reduce' });
    if (!emulated) this.skip();
    const dialog = await fixture<InviteUserDialog>(
      html`<invite-user-dialog .client=${createMemoryClient({ latency: 600_000 })}></invite-user-dialog>`,
    );
    await dialog.show();
    expect(getComputedStyle(part(dialog, 'base')).animationDuration).to.equal('0s');
    const form = dialog.shadowRoot!.querySelector<InviteUserForm>('invite-user-form')!;
    await form.updateComplete;
    const spinner = form.shadowRoot!.querySelector('.spinner')!;
    expect(getComputedStyle(spinner).animationDuration).to.equal('2s');
    await dialog.hide();
  });
});

describe('forced colours (Windows High Contrast)', () => {
  before(async function () {
    const emulated = await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' });
    if (!emulated || !matchMedia('(forced-colors: active)').matches) this.skip();
  });
  after(async () => {
    await executeServerCommand('emulate-media-features', {});
  });

  it('a switch keeps a thumb that stands out from its track, on and off', async () => {
    const form = await fixture<InviteUserForm>(
      html`<invite-user-form administrator-option .client=${createMemoryClient()}></invite-user-form>`,
    );
    await readyForm(form);
    part(form, 'advanced-toggle').click();
    await form.updateComplete;
    const toggle = part(form, 'administrator-switch');
    const thumb = toggle.querySelector('.switch-thumb')!;
    for (const state of ['off', 'on']) {
      const track = getComputedStyle(toggle).backgroundColor;
      expect(getComputedStyle(thumb).backgroundColor, `thumb ${state}`).not.to.equal(track);
      expect(getComputedStyle(toggle).borderTopStyle, `track ${state}`).to.equal('solid');
      toggle.click();
      await form.updateComplete;
    }
  });

  it('focus shows as an outline where box-shadow rings vanish', async () => {
    const form = await fixture<InviteUserForm>(html`<invite-user-form .client=${createMemoryClient()}></invite-user-form>`);
    await readyForm(form);
    const input = part(form, 'input');
    input.focus();
    await sendKeys({ press: 'Tab' });
    const focused = form.shadowRoot!.activeElement as HTMLElement;
    expect(focused).to.exist;
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(focused).outlineWidth)).to.be.at.least(2);
  });

  it('the selected tab, badges and avatars stay visible', async () => {
    const provider = await fixture<InviteKitProvider>(html`<invite-kit-provider .client=${createMemoryClient()}>
      <invite-user-dialog></invite-user-dialog>
      <workspace-members-panel workspace-id="ws-group"></workspace-members-panel>
    </invite-kit-provider>`);
    const dialog = provider.querySelector<InviteUserDialog>('invite-user-dialog')!;
    await dialog.show();
    const selected = dialog.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!;
    const indicator = getComputedStyle(selected, '::after');
    expect(indicator.backgroundColor).not.to.equal(getComputedStyle(part(dialog, 'base')).backgroundColor);
    expect(parseFloat(indicator.height)).to.be.at.least(2);
    await dialog.hide();
    const panel = provider.querySelector('workspace-members-panel')!;
    await waitUntil(() => panel.shadowRoot?.querySelector('[part~="status-badge"]'), 'the panel did not load', { timeout: 4000 });
    for (const name of ['status-badge', 'avatar']) {
      const style = getComputedStyle(part(panel, name));
      expect(style.borderTopStyle, name).to.equal('solid');
      expect(parseFloat(style.borderTopWidth), name).to.be.at.least(1);
    }
  });
});
