#!/usr/bin/env node
// `npm test`: finds the browsers the suite runs in, installs Debian's Chromium when none is
// there and we are root, then runs web-test-runner in every engine found.
// CI sets REQUIRE_ALL_BROWSERS=1 so a missing Firefox fails instead of being skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromeCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

const find = (candidates) => candidates.find((path) => path && existsSync(path));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

let chrome = find(chromeCandidates);
if (!chrome) {
  if (isRoot && hasAptGet) {
    aptInstall(process.env.REQUIRE_ALL_BROWSERS ? ['chromium', 'firefox-esr'] : ['chromium']);
    chrome = find(chromeCandidates);
  } else {
    console.error('No Chrome or Chromium found: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
}
let firefox = find(firefoxCandidates);
if (!firefox && process.env.REQUIRE_ALL_BROWSERS && isRoot && hasAptGet) {
  aptInstall(['firefox-esr']);
  firefox = find(firefoxCandidates);
}
if (process.env.REQUIRE_ALL_BROWSERS && (!chrome || !firefox)) {
  console.error(`Both engines are required here: Chromium ${chrome ?? 'missing'}, Firefox ${firefox ?? 'missing'}.`);
  process.exit(1);
}

// `npm run test:quick` (--quick): the inner loop — Chromium only, the unit and element tests
// (test/*.test.ts and test/client/), not the reliability suites, the interop builds or the
// stories. TEST_FILES / TEST_ENGINES still narrow it further.
if (process.argv.includes('--quick')) {
  process.env.TEST_ENGINES ??= 'chromium';
  process.env.TEST_FILES ??= 'test/*.test.ts,test/client/**/*.test.ts,!test/stories.test.ts';
}

// TEST_ENGINES=chromium (or firefox) narrows a local run to one engine; CI always runs both.
const only = process.env.REQUIRE_ALL_BROWSERS ? '' : (process.env.TEST_ENGINES ?? '');
const env = {
  ...process.env,
  CHROME_PATH: only && !only.includes('chromium') ? '' : chrome,
  FIREFOX_PATH: only && !only.includes('firefox') ? '' : (firefox ?? ''),
};
const engines = [
  env.CHROME_PATH ? `Chromium (${env.CHROME_PATH})` : 'Chromium: skipped',
  env.FIREFOX_PATH ? `Firefox (${env.FIREFOX_PATH})` : firefox ? 'Firefox: skipped' : 'Firefox: not found, skipped',
];
console.log(`Test engines: ${engines.join('; ')}`);

// The interop tests load built pages: the drop-in bundles and typings (npm run build) and the
// React and Vue examples, built here when older than their sources. A run narrowed to other
// files skips them.
const interop = !process.env.TEST_FILES || process.env.TEST_FILES.includes('interop');
if (interop) {
  const prepared = spawnSync(process.execPath, ['test/interop/build-examples.mjs'], { stdio: 'inherit', env });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
}

const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2).filter((arg) => arg !== '--quick')],
  {
    stdio: 'inherit',
    env,
  },
);

// What a browser test page can't check: typings against the examples, a page opened from disk.
let nodeChecks = 0;
if (interop) nodeChecks = spawnSync(process.execPath, ['test/interop/node-checks.mjs'], { stdio: 'inherit', env }).status ?? 1;
process.exit((result.status ?? 1) || nodeChecks);
