#!/usr/bin/env node
// The README's generated blocks, between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`:
// `performance` from the committed measurements (bench/size.json by `npm run size`,
// bench/results.json by `npm run bench`), and `demo-ids` from the demo portal's DEMO_IDS
// (src/client/memory/seed.ts) — so no figure or id in the README is typed by hand.
//
//   node scripts/readme.mjs          rewrites the blocks
//   node scripts/readme.mjs --check  fails when the README differs from what they say (CI)
import { readFileSync, writeFileSync } from 'node:fs';

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / KB ** 2).toFixed(1)} MB`;
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

function performance() {
  const size = JSON.parse(readFileSync('bench/size.json', 'utf8'));
  const bench = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  const page = (name) => {
    const budget = size.pageBudgets[name];
    return `${kb(size.pages[name].brotli)} (budget ${kb(budget)}${size.pages[name].brotli > budget ? ', exceeded' : ''})`;
  };
  const panel = bench.panel;
  const sizes = Object.keys(panel).map(Number);
  const renders = sizes.map((n) => panel[n].renderMs);
  const reference = bench.reference['10000'].renderMs / panel['10000'].renderMs;
  const work = sizes.map((n) => panel[n].renderWorkMs);
  const referenceByWork = bench.reference['10000'].renderWorkMs / panel['10000'].renderWorkMs;
  const rowsInDom = Math.max(...sizes.map((n) => panel[n].maxRowElements));
  const firstFrame = sizes.every((n) => panel[n].rowsInFirstFrame);
  // Measured since issue 13's paging; older results have none and must be regenerated, not skipped silently.
  const paged = bench.paged;
  if (!paged) throw new Error('bench/results.json has no paged figures: run `npm run bench` (then this script).');
  const requests = `${paged.requestsBeforeFirstRows} member-list request${paged.requestsBeforeFirstRows === 1 ? '' : 's'}`;
  return [
    '- Sizes, brotli, from what a page really requests from the drop-in bundle (headless Chromium; the demo portal left out):',
    `  the loader ${kb(size.files['invite-kit.js'].brotli)} (budget ${kb(size.pageBudgets.loader)}); a page with only the profile menu`,
    `  ${page('profile menu')}, with its invite dialog open ${page('profile menu, invite dialog open')}; a members panel page`,
    `  ${page('members panel')}; an Admin Portal page ${page('Admin Portal (Internal Users)')}. The demo portal's memory client,`,
    `  which loads only when no client is given, is ${kb(size.files['demo.js'].brotli)}; \`client.js\` ${kb(size.files['client.js'].brotli)}.`,
    `- \`<workspace-members-panel>\` keeps at most ${rowsInDom} row elements in the DOM at any size; rows are painted`,
    `  ${firstFrame ? 'by the first frame after the member list resolves, ' : ''}${ms(Math.min(...renders))}–${ms(Math.max(...renders))} after it, from ${Math.min(...sizes).toLocaleString('en')} to ${Math.max(...sizes).toLocaleString('en')} members`,
    `  (the same clock gives the plain \`innerHTML\` of 100 rows ${ms(bench.reference['100'].renderMs)}: it includes the wait for the next frame),`,
    `  of which ${ms(Math.min(...work))}–${ms(Math.max(...work))} is main-thread work; ${referenceByWork.toFixed(1)}× less work than the same 10,000 rows as one`,
    `  \`innerHTML\` string (${reference.toFixed(1)}× sooner by the wall clock); scrolling 100,000 members the`,
    `  95th-percentile frame takes ${ms(panel['100000'].p95FrameMs)} of main-thread work; a filter keystroke on 100,000 shows results in ${ms(panel['100000'].filterMs)}.`,
    `- Paged over \`createFetchClient\` and the msw handlers (${paged.members.toLocaleString('en')} members, \`memberPaging\`): the first rows are painted`,
    `  ${ms(paged.firstRowsMs)} after the panel is connected, from ${requests} of ${kb(paged.bytesBeforeFirstRows)} (${((100 * paged.bytesBeforeFirstRows) / paged.fullListBytes).toFixed(2)}% of the`,
    `  ${mb(paged.fullListBytes)} full list); a filter keystroke shows the backend's filtered rows in ${ms(paged.filterRoundTripMs)}`,
    `  (${ms(paged.filterDebounceMs)} of it the panel's pause for typing before it asks).`,
    `- \`<invite-user-dialog>\` focuses its first field ${ms(bench.dialog.showToFocusMs)} after \`show()\`; a page with the profile menu defines it`,
    `  ${ms(bench.bundle.defineMs)} after importing the loader.`,
    `- Measured ${bench.date.slice(0, 10)} on ${bench.machine.cpus} × ${bench.machine.cpuModel} (load ${bench.machine.loadBefore[0].toFixed(1)}); compare within one run.`,
  ].join('\n');
}

function demoIds() {
  const source = readFileSync('src/client/memory/seed.ts', 'utf8');
  const body = /export const DEMO_IDS = \{([\s\S]*?)\} as const;/u.exec(source)[1];
  const rows = [];
  let comment = '';
  for (const line of body.split('\n')) {
    const doc = /\/\*\*\s*(.*?)\s*\*\//u.exec(line);
    if (doc) comment = doc[1];
    const entry = /^\s*(\w+): '([^']*)'/u.exec(line);
    if (entry) {
      rows.push(`| \`${entry[1]}\` | \`${entry[2]}\` | ${comment} |`);
      comment = '';
    }
  }
  return ['| `DEMO_IDS.` | id | who or what |', '| --- | --- | --- |', ...rows].join('\n');
}

const blocks = { performance, 'demo-ids': demoIds };
const readme = readFileSync('README.md', 'utf8');
let next = readme;
for (const [name, make] of Object.entries(blocks)) {
  const pattern = new RegExp(`(<!-- generated:${name}[^>]*-->\\n)(?:[\\s\\S]*?\\n)?(<!-- /generated:${name} -->)`, 'u');
  if (!pattern.test(next)) throw new Error(`README.md has no generated:${name} block.`);
  next = next.replace(pattern, (_, open, close) => `${open}${make()}\n${close}`);
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md differs from bench/size.json, bench/results.json or DEMO_IDS: run `node scripts/readme.mjs` and commit it.');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
