#!/usr/bin/env node
// The interop checks a browser test page can't make (run by scripts/test.mjs after the browser suite):
// 1. the examples and examples/typings-check.tsx type-check against the generated typings (`tsc -p examples`);
// 2. the plain HTML example opened from disk (file://) works with the classic-script bundle, in Chromium.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;
process.chdir(root);
let failures = 0;
const check = async (name, run) => {
  try {
    await run();
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failures += 1;
    console.error(
      `  ✗ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .join('\n    ')}`,
    );
  }
};

console.log('Interop checks outside the browser suite:');

await check('examples and generated Vue/JSX typings type-check (tsc -p examples)', () => {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'examples'], { stdio: 'pipe' });
});

const chromePath = process.env.CHROME_PATH;
if (!chromePath) {
  console.log('  - the page opened from disk: skipped (no Chromium for this run)');
} else {
  await check('examples/html/from-disk.html opened from disk (file://) with the classic script', async () => {
    const browser = await chromium.launch({
      executablePath: chromePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(pathToFileURL(`${root}examples/html/from-disk.html`).href);
      await page.waitForFunction(() => document.querySelector('invite-user-form')?.status === 'editing', null, { timeout: 10_000 });

      // A property set by the page, and the theme's ::part() rule.
      const state = await page.evaluate(() => {
        const form = document.querySelector('invite-user-form');
        const button = form.shadowRoot.querySelector('[part~="submit-button"]');
        return {
          deliveryOptions: form.deliveryOptions,
          label: button.textContent.trim(),
          background: getComputedStyle(button).backgroundColor,
        };
      });
      if (state.deliveryOptions !== false || state.label !== 'Send invite' || state.background !== 'rgb(11, 122, 92)') {
        throw new Error(`unexpected form state ${JSON.stringify(state)}`);
      }

      // The page's language choice: the kit's shipped Spanish (locales/es.classic.js) with the page's own wording on top.
      await page.selectOption('#language', 'es');
      await page.waitForFunction(
        () => {
          const label = (id) => document.querySelector('invite-user-form').shadowRoot.querySelector(`label[for="${id}"]`).textContent;
          return (
            label('fullName').includes('Nombre completo') &&
            label('userId').includes('ID de usuario') &&
            label('contact').includes('teléfono móvil')
          );
        },
        null,
        { timeout: 5_000 },
      );
      // An event reaching the page's handler.
      await page.evaluate(() => {
        const form = document.querySelector('invite-user-form');
        for (const [id, value] of [
          ['fullName', 'Ada Lovelace'],
          ['contact', 'ada.disk@example.com'],
        ]) {
          const input = form.shadowRoot.querySelector(`#${id}`);
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        }
      });
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await page.evaluate(() => document.querySelector('invite-user-form').shadowRoot.querySelector('[part~="submit-button"]').click());
      await page.waitForFunction(() => document.querySelector('#last-invite').textContent === 'Invited Ada Lovelace', null, {
        timeout: 10_000,
      });

      if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    } finally {
      await browser.close();
    }
  });
}

if (failures) {
  console.error(`${failures} interop check(s) failed.`);
  process.exit(1);
}
