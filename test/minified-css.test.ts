/**
 * The drop-in bundle and the published modules carry the kit's style sheets minified
 * (scripts/minify-css-templates.mjs). Guarantee: the browser reads every minified sheet as
 * exactly the same rules as the sheet as written, in both engines.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../src/index.js';
// @ts-expect-error -- a plain ES module of the build scripts, without typings
import { minifyCss } from '../scripts/minify-css-templates.mjs';

const minify = minifyCss as (text: string, options?: { keepLines?: boolean }) => string;

const TAGS = [
  'invite-kit-provider',
  'invite-profile-menu',
  'invite-user-dialog',
  'invite-user-form',
  'share-invite-link',
  'workspace-members-panel',
  'workspace-members-picker',
  'resend-invite-button',
  'internal-users-admin',
  'accept-invitation',
];

/**
 * The rules as the browser reads them. Custom property values keep their text as written, so
 * `var(--a, b c)` and `var(--a,b c)` serialize differently though they mean the same: spaces
 * around commas, which CSS never gives a meaning, are the one difference ignored.
 */
function rulesOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s*,\s*/gu, ','));
}

function sheetsOf(tag: string): string[] {
  const element = customElements.get(tag) as (typeof LitElement & { elementStyles: CSSResultOrNative[] }) | undefined;
  expect(element, `<${tag}> is defined`).to.exist;
  return element!.elementStyles.map((style) =>
    'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'),
  );
}

describe('minified style sheets', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: every sheet means the same minified, with and without its line breaks`, () => {
      const sheets = sheetsOf(tag);
      expect(sheets.length).to.be.greaterThan(0);
      for (const text of sheets) {
        const rules = rulesOf(text);
        expect(rules.length, 'the sheet has rules').to.be.greaterThan(0);
        const minified = minify(text);
        expect(minified.length, 'smaller').to.be.lessThan(text.length);
        expect(rulesOf(minified)).to.deep.equal(rules);
        const keptLines = minify(text, { keepLines: true });
        expect(keptLines.split('\n').length, 'line breaks kept').to.equal(text.split('\n').length);
        expect(rulesOf(keptLines)).to.deep.equal(rules);
      }
    });
  }

  it('keeps strings, descendant combinators and !important as written', () => {
    const text = `/* a comment's apostrophe */
      .a  .b ,
      .c > .d {
        content: ' , ; { } : ';
        font-family: "Segoe UI" , sans-serif ;
        color : red !important ;
      }`;
    const minified = minify(text);
    expect(minified).to.equal(`.a .b,.c > .d{content:' , ; { } : ';font-family:"Segoe UI",sans-serif;color :red !important}`);
    expect(rulesOf(minified)).to.deep.equal(rulesOf(text));
  });
});
