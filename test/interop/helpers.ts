/**
 * Drives a built example page (examples/<name>/dist/, examples/html/) in an iframe served by
 * the test runner: the same checks for React, Vue and plain HTML.
 */
import { expect, waitUntil } from '@open-wc/testing';

/** The kit's form, seen from outside the frame (instanceof does not cross frames). */
export interface FrameForm extends HTMLElement {
  status: string;
  client?: unknown;
  deliveryOptions: boolean;
  submitLabel?: string;
}

export interface Example {
  frame: HTMLIFrameElement;
  win: Window & { exampleAdapter?: { invited: Array<{ fullName: string; contact: string }> } };
  doc: Document;
  form: FrameForm;
}

let current: HTMLIFrameElement | undefined;

/** Loads `url` in an iframe and waits until its invite form is ready for input. */
export async function openExample(url: string): Promise<Example> {
  current?.remove();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1000px; border: 0';
  const loaded = new Promise((resolve, reject) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.addEventListener('error', reject, { once: true });
  });
  frame.src = url;
  document.body.append(frame);
  current = frame;
  await loaded;
  const win = frame.contentWindow as Example['win'];
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('invite-user-form')?.shadowRoot, `${url} renders <invite-user-form>`, {
    timeout: 8000,
  });
  const form = doc.querySelector('invite-user-form') as FrameForm;
  await waitUntil(() => form.status === 'editing', 'the form is ready for input', { timeout: 8000 });
  return { frame, win, doc, form };
}

export function closeExample(): void {
  current?.remove();
  current = undefined;
}

export function inForm<T extends Element = HTMLElement>(form: FrameForm, selector: string): T {
  const found = form.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <invite-user-form>`);
  return found;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function fill(form: FrameForm, id: string, value: string) {
  const input = inForm<HTMLInputElement>(form, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The checks every example passes: properties, events, theming, localization. */
export function describeExample(name: string, url: string, { customAdapter }: { customAdapter: boolean }) {
  describe(`${name} example (${url})`, function () {
    this.timeout(20_000);
    let example: Example;

    beforeEach(async () => {
      example = await openExample(url);
    });
    after(closeExample);

    it('sets properties on the element from the page', async () => {
      const { form, win } = example;
      // `false` and objects cannot travel as attributes: they arrive as properties.
      expect(form.deliveryOptions).to.equal(false);
      expect(form.shadowRoot!.querySelector('input[name="delivery"]')).to.equal(null);
      expect(text(inForm(form, '[part~="submit-button"]'))).to.equal('Send invite');
      // A second element, as a plain tag (React 19 renders it without a wrapper).
      const link = example.doc.querySelector('share-invite-link')!;
      await waitUntil(() => link.shadowRoot?.querySelector('[part~="heading"]'), 'the link renders');
      expect(text(link.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Or share a link');
      if (customAdapter) {
        expect(win.exampleAdapter, 'the example exposes its adapter').to.exist;
        expect(form.client ?? undefined, 'the form has no client of its own').to.equal(undefined);
        const provider = example.doc.querySelector('invite-kit-provider') as HTMLElement & { client?: unknown };
        expect(provider.client).to.equal(win.exampleAdapter);
      }
    });

    it("delivers the element's event to the page's handler", async () => {
      const { form, doc, win } = example;
      fill(form, 'fullName', 'Ada Lovelace');
      fill(form, 'contact', `ada.${name.toLowerCase().replace(/\W/g, '')}@example.com`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      inForm<HTMLButtonElement>(form, '[part~="submit-button"]').click();
      await waitUntil(() => text(doc.querySelector('#last-invite')) === 'Invited Ada Lovelace', 'the handler ran', {
        timeout: 8000,
      });
      if (customAdapter) expect(win.exampleAdapter!.invited.map((person) => person.fullName)).to.deep.equal(['Ada Lovelace']);
    });

    it('applies the page’s ::part() rules and tokens', () => {
      const { form, win } = example;
      const button = inForm(form, '[part~="submit-button"]');
      const style = win.getComputedStyle(button);
      expect(style.backgroundColor).to.equal('rgb(11, 122, 92)');
      expect(style.borderTopLeftRadius).to.equal('999px');
      // --invite-kit-radius-md and --invite-kit-font-family, set on the provider.
      const input = inForm(form, '#fullName');
      expect(win.getComputedStyle(input).borderTopLeftRadius).to.equal('2px');
      expect(win.getComputedStyle(input).fontFamily).to.contain('Georgia');
    });

    it('speaks the language the page chooses', async () => {
      const { form, doc, win } = example;
      expect(text(inForm(form, 'label[for="fullName"]'))).to.contain('Full Name');
      const select = doc.querySelector<HTMLSelectElement>('#language')!;
      select.value = 'es';
      select.dispatchEvent(new (win as unknown as typeof globalThis).Event('change', { bubbles: true }));
      await waitUntil(
        () => text(form.shadowRoot!.querySelector('label[for="fullName"]')).includes('Nombre completo'),
        'the form speaks Spanish',
        {
          timeout: 5000,
        },
      );
      expect(doc.querySelector('invite-kit-provider')!.getAttribute('lang')).to.equal('es');
      expect(text(inForm(form, 'label[for="contact"]'))).to.contain('Correo electrónico');
      // A label only the kit's shipped Spanish has: the whole translation, not a few keys.
      expect(text(inForm(form, 'label[for="userId"]'))).to.contain('ID de usuario');
      const link = doc.querySelector('share-invite-link')!;
      await waitUntil(() => text(link.shadowRoot?.querySelector('[part~="copy-button"]')) === 'Copiar enlace', 'the link speaks Spanish', {
        timeout: 5000,
      });
    });
  });
}
