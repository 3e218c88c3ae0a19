// One fresh browser context and page per measurement, so no run inherits another's caches,
// service workers or state; an error the page throws fails the measurement.

/**
 * Opens `url` in a new context (`contextOptions`: viewport…), calls `setup(page)` before loading
 * it and `use(page)` after, closes the context, and returns what `use` returned. Throws, naming
 * `label`, if the page threw.
 */
export async function withFreshPage(browser, { label, url, contextOptions, setup }, use) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let result;
  try {
    setup?.(page);
    await page.goto(url);
    result = await use(page);
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`${label}: the page threw: ${errors.join('; ')}`);
  return result;
}

/** The median of each numeric field over `runs` (booleans: true only if every run says so). */
export function medians(runs) {
  const median = {};
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => r[key]);
    if (typeof values[0] === 'number') {
      values.sort((a, b) => a - b);
      median[key] = values[Math.floor(values.length / 2)];
    } else {
      median[key] = values.every(Boolean);
    }
  }
  return median;
}
