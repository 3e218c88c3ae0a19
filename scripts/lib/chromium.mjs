// Debian's headless Chromium, driven by playwright-core (nothing is downloaded): for
// `npm run bench` and `npm run size`.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags for running as root on a closed network (no sandbox, no GPU, nothing fetched in the background). */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** CHROME_PATH, else Debian's or Google's Chromium; throws, naming `purpose`, when there is none. */
export function chromiumPath(purpose) {
  const path = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!path) throw new Error(`${purpose} needs Chromium (Debian: apt-get install chromium) or CHROME_PATH.`);
  return path;
}

export function launchChromium(purpose) {
  return chromium.launch({ executablePath: chromiumPath(purpose), args: ARGS });
}
