// Runs the suite in real browsers: Chromium directly, Firefox ESR over WebDriver BiDi.
// Nothing here downloads a browser; scripts/test.mjs finds (or installs) them and passes
// their paths in CHROME_PATH / FIREFOX_PATH.
import { readFileSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';

const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browsers = [];
if (process.env.CHROME_PATH) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH, headless: true, args: chromeArgs },
    }),
  );
}
if (process.env.FIREFOX_PATH) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: {
          // Let tests read and write the clipboard without a permission prompt.
          'dom.events.testing.asyncClipboard': true,
          'dom.events.asyncClipboard.readText': true,
        },
      },
    }),
  );
}

/** Serves msw's worker from the committed copy (npm 11 skips msw's install script). */
const mswWorker = (context, next) => {
  if (context.path === '/mockServiceWorker.js') {
    context.type = 'application/javascript';
    context.set('Service-Worker-Allowed', '/');
    context.body = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url), 'utf8');
    return undefined;
  }
  return next();
};

/** A page served with the strict security policy the kit promises to work under. */
const strictCsp = (context, next) => {
  if (context.URL.searchParams.has('strict-csp')) {
    context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
  }
  return next();
};

/**
 * Serves `/__story-modules__.js`: a module importing every `stories/*.stories.ts`, so the
 * story smoke test covers each story the moment its file exists.
 */
const storyModulesPlugin = {
  name: 'story-modules',
  serve(context) {
    if (context.path !== '/__story-modules__.js') return undefined;
    const files = readdirSync(new URL('./stories/', import.meta.url))
      .filter((file) => file.endsWith('.stories.ts'))
      .sort();
    const body = [
      ...files.map((file, index) => `import * as story${index} from '/stories/${file}';`),
      `export default { ${files.map((file, index) => `${JSON.stringify(file)}: story${index}`).join(', ')} };`,
    ].join('\n');
    return { body, type: 'js' };
  },
};

/**
 * `emulate-media-features`: forced colours (Windows High Contrast), colour scheme and reduced
 * motion at once, for a test: `executeServerCommand('emulate-media-features', { 'forced-colors': 'active' })`.
 * The commands package's emulateMedia has no forced colours and puppeteer refuses the feature, so
 * this speaks Chromium's DevTools protocol. Answers false where that is not possible (Firefox), so
 * the test can skip. Features left out go back to the browser's own.
 */
const devtoolsSessions = new WeakMap();
const mediaFeaturesPlugin = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    try {
      // One session per page, kept open: the emulation lasts as long as the session that set it.
      const page = session.browser.getPage(session.id);
      if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.createCDPSession());
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await devtoolsSessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    } catch {
      return false;
    }
  },
};

/**
 * The page each test file runs in: @web/test-runner's own, plus a classic script that runs
 * before mocha and the runner's logger (module scripts wait for classic ones) and stops the
 * virtualizer's benign "ResizeObserver loop" notice, and only it (test/fixtures/resize-observer-loop.js).
 */
const testRunnerHtml = (testFramework) =>
  `<!DOCTYPE html><html><head><script src="/test/fixtures/resize-observer-loop.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers,
  testRunnerHtml,
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // The longest files (every story; every fault of every element) take minutes on two cores: this is a
  // limit for a file that hangs, not a speed target.
  testsFinishTimeout: 900_000,
  middleware: [mswWorker, strictCsp],
  // Lit's dev-mode banner prints once per test file; it says nothing about the code under test.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  plugins: [storyModulesPlugin, mediaFeaturesPlugin, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  testFramework: {
    config: { timeout: 10_000 },
  },
};
