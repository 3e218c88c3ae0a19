/**
 * The drop-in bundle's autoloader (src/internal/autoloader.ts): a tag loads its element's module
 * when it appears in the document or inside a kit element's shadow root, only then, once, and
 * `customElements.whenDefined` resolves for hosts. (The built bundle itself: test/interop/bundle-loading.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { createAutoloader } from '../src/internal/autoloader.js';
import { waitUntil } from './fixtures/wait.js';

class Outer extends LitElement {
  override render() {
    return litHtml`<p>outer</p><auto-inner></auto-inner>`;
  }
}
class Inner extends LitElement {
  override render() {
    return litHtml`<p>inner</p>`;
  }
}

describe('autoloader', () => {
  const loads: string[] = [];
  let failNextLoad = false;
  const table = {
    'auto-outer': async () => {
      loads.push('auto-outer');
      customElements.define('auto-outer', Outer);
    },
    'auto-inner': async () => {
      loads.push('auto-inner');
      customElements.define('auto-inner', Inner);
    },
    'auto-unused': async () => {
      loads.push('auto-unused');
    },
    'auto-flaky': async () => {
      loads.push('auto-flaky');
      if (failNextLoad) {
        failNextLoad = false;
        throw new Error('offline');
      }
      customElements.define('auto-flaky', class extends LitElement {});
    },
  };
  const autoloader = createAutoloader(table);
  autoloader.watch(document);

  it('defines a tag when it appears, then the kit tags its shadow root shows, and nothing else', async () => {
    const defined = customElements.whenDefined('auto-outer');
    const el = await fixture(html`<div><auto-outer></auto-outer></div>`);
    await defined;
    const outer = el.querySelector('auto-outer')!;
    await waitUntil(
      () => outer.shadowRoot?.querySelector('auto-inner')?.shadowRoot?.querySelector('p'),
      'the inner tag, in a shadow root, loads',
    );
    expect(loads).to.deep.equal(['auto-outer', 'auto-inner']);
    // Each appearance after the first costs nothing more.
    await fixture(html`<div><auto-outer></auto-outer><auto-outer></auto-outer></div>`);
    expect(loads).to.deep.equal(['auto-outer', 'auto-inner']);
  });

  it('a failed load is reported and tried again when the tag next appears', async () => {
    failNextLoad = true;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await fixture(html`<auto-flaky></auto-flaky>`);
      await waitUntil(() => errors.length === 1, 'the failure is reported');
      await fixture(html`<auto-flaky></auto-flaky>`);
      await customElements.whenDefined('auto-flaky');
    } finally {
      console.error = consoleError;
    }
    expect(loads.filter((tag) => tag === 'auto-flaky')).to.have.length(2);
  });

  it('load(tag) defines a tag before it appears; an unknown tag is refused', async () => {
    await autoloader.load('auto-unused');
    expect(loads).to.include('auto-unused');
    let refused = false;
    await autoloader.load('not-a-kit-tag').catch(() => (refused = true));
    expect(refused).to.equal(true);
  });
});
