#!/usr/bin/env node
// `npm run size`: what the kit costs a host page, brotli (each file compressed on its own, as a
// server sends it), measured three ways:
//
// 1. Pages: the drop-in bundle as `npm run build` ships it, served to headless Chromium
//    (playwright-core), with the bytes of every file the page really requested — the loader, the
//    element files its tags pulled in, the chunks they share.
// 2. The drop-in bundle's files: each entry (the loader, dist/bundle/<element>.js, client.js) with
//    the chunks it imports statically.
// 3. The ESM entries for bundlers (esbuild, code splitting), with every dependency.
//
// Fails when a budget is exceeded. Budgets are brotli bytes; if one must rise, say why in
// the commit that raises it.
import { readdirSync, readFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { buildBundle } from './bundle-build.mjs';
import { kitElements } from './kit-elements.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { withFreshPage } from './lib/fresh-page.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { minifyCssTemplatesEsbuildPlugin } from './minify-css-templates.mjs';

const KB = 1024;
// Budgets for pages (issue 13): what a page with these elements loads from the drop-in bundle,
// the embedded demo portal's own code left out (a host gives its client instead; client.js is
// measured below).
const pageBudgets = {
  loader: 3 * KB,
  // 23.1 KB since the menu's positioning (Floating UI) comes with the first pointer or focus on its button.
  'profile menu': 30 * KB,
  // Issue 13's target is 45 KB; measured 49.9 KB. What holds it: the invite form's validation
  // (zod/mini and the schemas, 10.2 KB, a chunk shared with the memory client) and the form itself (6.5 KB).
  // Then +1.1 KB (51.1 KB) once every element shared the src/internal/ plumbing and the error-description rule.
  // Then +1.3 KB (52.4 KB): the shared SubmitController and contact-field rule (one copy for four forms, but
  // the form now brings the shared module whole) and the bidi rule that isolates right-to-left values.
  // Then measured as a person opens it, through the menu (before, `openInviteDialog()` skipped the menu): the
  // menu's positioning (Floating UI, 5.5 KB) now comes when the menu is first wanted and counts here — 52.7 KB,
  // where the old figure would have read 47.3 KB. Then +0.3 KB (53.0 KB): the loader lists each element's
  // shared files, to fetch them with the element's own (a page defines the profile menu within a few ms of its
  // file arriving, instead of a round trip and a parse later), on every page; each page has half as many files.
  // Met (42.3 KB) once the form fetches its checks (zod/mini, the schemas and their messages,
  // src/invite-user-form/invite-draft-rules.ts) at the first typing, blur or send, not with the dialog.
  // Then 42.8 KB once merged with the shared submit state (SubmitController now holds what each form kept) and the
  // shared header and chip-list styles, which the dialog page takes whole.
  // 43.5 KB (+0.5): 43.1 KB once the base class attaches @lit/context's ContextRoot, so a provider whose file
  // arrives after the elements inside it still gives them its client and language (src/internal/context-root.ts).
  'profile menu, invite dialog open': 43.5 * KB,
  // Issue 13's target is 45 KB: met (42.3 KB) once the members picker (with its new-person form's validation)
  // and the invitation menu's resend button were fetched when first wanted (src/workspace-members-panel/lazy-pieces.ts).
  // Then 45.1 KB (+2.8): server-side member paging (members-pager.ts, placeholder rows, paged filtering) and
  // the shared styles it now takes whole; the 45 KB target is missed by 0.1 KB. Next to take out: the invitation
  // menu's Floating UI positioning (popover-controller, ~2.5 KB), fetched when the first "Not Joined" box is reached.
  // Met (40.0 KB) once every popover fetched Floating UI when first wanted (src/internal/floating-position.ts).
  // 41 KB (+0.5): 40.3 KB with the loading skeleton and the paged-mode fixes, 40.6 KB with the ContextRoot that
  // lets a provider defined after its elements reach them (src/internal/context-root.ts).
  'members panel': 41 * KB,
  // Issue 13's target is 50 KB: met (46.0 KB, with the profile menu in the page's header) once the Invite form
  // with its validation and Share Invite Link were fetched when their dialog is first wanted
  // (src/internal-users-admin/lazy-pieces.ts).
  // Then 41.2 KB with Floating UI fetched when the first popover opens.
  'Admin Portal (Internal Users)': 41.5 * KB,
};
/** Every element's file with what it imports, loaded on its own with the loader. */
const ELEMENT_BUDGET = 65 * KB;
const budgets = {
  // Raised from 25 KB: the invite form with its validation is most of it (29.2 KB measured);
  // the Share Invite Link tab is fetched when first shown and not counted here.
  // Raised to 33.5 and 13.5 KB: already exceeded on main before the per-element loader (33.1 and 13.0 KB
  // measured at 5af8996: the shared plumbing merged since — one error alert with the 429 countdown, the
  // access check, the error describer — came after the last measurement); not reduced here.
  // Then 34 KB: the shared SubmitController (33.8 KB measured after it).
  'invite-user-dialog': 34 * KB,
  'resend-invite-button': 13.5 * KB,
};

/** Entries: every element's define module, and the adapter entries. */
const entries = [];
for (const folder of readdirSync('src', { withFileTypes: true })) {
  if (folder.isDirectory() && folder.name !== 'internal' && existsSync(`src/${folder.name}/define.ts`)) {
    entries.push({ name: folder.name, file: `src/${folder.name}/define.ts`, group: 'element' });
  }
}
for (const [name, file] of [
  ['client (fetch + memory adapters)', 'src/client/index.ts'],
  ['msw (handlers, excluded from budgets)', 'src/msw/index.ts'],
  ['testing (conformance suite, excluded from budgets)', 'src/testing/index.ts'],
]) {
  if (existsSync(file)) entries.push({ name, file, group: 'adapter' });
}

/**
 * Bundles one entry with code splitting, then counts the entry chunk and every chunk it
 * imports statically: what a page pays to use it. Chunks reached only through `import()`
 * are reported apart, on their own lines: the embedded demo client (loaded when a host gives
 * no client) and code an element loads when it is first needed (the dialog's link tab).
 */
async function measure(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    splitting: true,
    outdir: 'size-out',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['msw', 'msw/*', 'chai', 'mocha'],
    tsconfig: 'tsconfig.json',
    plugins: [minifyCssTemplatesEsbuildPlugin],
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((output) => [output.path.slice(output.path.indexOf('size-out')), output.contents]));
  const entryOutput = Object.keys(outputs).find((path) => outputs[path].entryPoint === file);
  const staticClosure = new Set();
  const visit = (path) => {
    if (staticClosure.has(path)) return;
    staticClosure.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryOutput);
  const sizeOf = (paths) => {
    const code = Buffer.concat([...paths].map((path) => Buffer.from(contents.get(path))));
    return {
      minified: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  const lazy = Object.keys(outputs).filter((path) => !path.endsWith('.map') && !staticClosure.has(path));
  const isDemoClient = (path) => Object.keys(outputs[path].inputs).some((input) => input.startsWith('src/client/memory/'));
  const demo = lazy.filter(isDemoClient);
  const onDemand = lazy.filter((path) => !isDemoClient(path));
  // What the on-demand chunks are: each one loaded by `import()` is named after the module it
  // loads — its element for a `define.ts` (share-invite-link), else the module (bulk-invite).
  const nameOf = (entry) => {
    const parts = entry.replace(/\.ts$/u, '').split('/');
    return parts.at(-1) === 'define' ? parts.at(-2) : parts.at(-1);
  };
  // (Stub chunks of a few bytes — the virtualizer's unused default-layout import, a module the
  // bundle has already loaded — are left unnamed.)
  const onDemandNames = [
    ...new Set(
      onDemand.filter((path) => outputs[path].bytes > 1024 && outputs[path].entryPoint).map((path) => nameOf(outputs[path].entryPoint)),
    ),
  ];
  return {
    ...sizeOf(staticClosure),
    lazy: demo.length ? sizeOf(demo) : undefined,
    onDemand: onDemand.length ? { ...sizeOf(onDemand), names: onDemandNames } : undefined,
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];
let failed = false;
for (const entry of entries) {
  const size = await measure(entry.file);
  const budget = budgets[entry.name];
  const verdict = budget === undefined ? '' : size.brotli <= budget ? `≤ ${kb(budget)} ✓` : `> ${kb(budget)} ✗`;
  if (budget !== undefined && size.brotli > budget) failed = true;
  rows.push({ ...entry, ...size, verdict });
  if (size.onDemand?.names.length) {
    rows.push({ name: `↳ loaded when first needed (${size.onDemand.names.join(', ')})`, ...size.onDemand, verdict: '' });
  }
  if (entry.group === 'bundle' && size.lazy) {
    rows.push({ name: '↳ embedded demo client (loaded only when no client is given)', ...size.lazy, verdict: '' });
  }
}

// ---- The drop-in bundle as shipped: its files, and pages that load it ------------------------

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const outDir = mkdtempSync(join(tmpdir(), 'invite-kit-size-'));
await buildBundle({ format: 'es', fileName: 'invite-kit.js', outDir });
await buildBundle({ format: 'iife', fileName: 'invite-kit.classic.js', name: 'InviteKit', outDir });
const fileSizes = new Map();
const sizeOfFile = (file) => {
  if (!fileSizes.has(file)) {
    const code = readFileSync(join(outDir, file));
    fileSizes.set(file, { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotli(code) });
  }
  return fileSizes.get(file);
};
/** A file and every chunk it imports statically (`import`/`export … from`), as the browser fetches them. */
const closure = (file, files = new Set()) => {
  if (files.has(file)) return files;
  files.add(file);
  const code = readFileSync(join(outDir, file), 'utf8');
  for (const [, imported] of code.matchAll(/\b(?:import|export)\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([^"']+)["']/gu))
    closure(imported, files);
  return files;
};
const total = (files) => {
  const sum = { minified: 0, gzip: 0, brotli: 0, files: files.size };
  for (const file of files) for (const key of ['minified', 'gzip', 'brotli']) sum[key] += sizeOfFile(file)[key];
  return sum;
};

const shippedRows = [];
const loaderFiles = closure('invite-kit.js');
const verdictFor = (bytes, budget) =>
  budget === undefined ? '' : bytes <= budget ? `≤ ${kb(budget)} ✓` : `> ${kb(budget)} ✗ (by ${kb(bytes - budget)})`;
const check = (bytes, budget) => {
  if (budget !== undefined && bytes > budget) failed = true;
  return verdictFor(bytes, budget);
};
{
  const size = total(loaderFiles);
  shippedRows.push({
    name: '`invite-kit.js`, the loader (with the catalogue it shares)',
    ...size,
    verdict: check(size.brotli, pageBudgets.loader),
  });
}
for (const { folder } of kitElements()) {
  const files = closure(`${folder}.js`);
  for (const file of loaderFiles) files.add(file);
  const size = total(files);
  shippedRows.push({ name: `\`${folder}.js\` with the loader`, ...size, verdict: check(size.brotli, ELEMENT_BUDGET) });
}
for (const [file, what] of [
  ['client.js', 'the adapters for plain HTML (createFetchClient, createMemoryClient)'],
  ['demo.js', "the demo portal's memory client alone"],
]) {
  shippedRows.push({ name: `\`${file}\`, ${what}`, ...total(closure(file)), verdict: '' });
}
{
  const size = total(closure('invite-kit.classic.js', new Set()));
  shippedRows.push({ name: '`invite-kit.classic.js`, the one-file classic script for file:// pages', ...size, verdict: '' });
}

/** The embedded demo portal's own files (what a page with no client loads on top of the kit). */
const demoFiles = [...closure('demo.js')];

const DEMO = { flow: 'ws-flow' };
const pages = [
  {
    name: 'profile menu',
    body: '<header><invite-profile-menu></invite-profile-menu></header>',
    // The viewer's name in place of the placeholder (a label not drawn yet is not ready either).
    ready: () => {
      const label = document.querySelector('invite-profile-menu')?.shadowRoot?.querySelector('#button-label')?.textContent?.trim();
      return Boolean(label) && label !== 'Profile';
    },
  },
  {
    name: 'profile menu, invite dialog open',
    body: '<header><invite-profile-menu></invite-profile-menu></header>',
    // The viewer's name in place of the placeholder (a label not drawn yet is not ready either).
    ready: () => {
      const label = document.querySelector('invite-profile-menu')?.shadowRoot?.querySelector('#button-label')?.textContent?.trim();
      return Boolean(label) && label !== 'Profile';
    },
    // As a person opens it: the menu (its positioning code comes then), then "Invite Internal User".
    then: async (page) => {
      await page.click('invite-profile-menu #button');
      await page.click('invite-profile-menu #invite-item');
      await page.waitForFunction(() =>
        document
          .querySelector('invite-profile-menu')
          .shadowRoot.querySelector('invite-user-dialog')
          ?.shadowRoot?.querySelector('invite-user-form')
          ?.shadowRoot?.querySelector('input'),
      );
    },
  },
  {
    name: 'members panel',
    body: `<workspace-members-panel workspace-id="${DEMO.flow}"></workspace-members-panel>`,
    ready: () => document.querySelector('workspace-members-panel')?.shadowRoot?.querySelector('[part~="row"]'),
  },
  {
    name: 'Admin Portal (Internal Users)',
    body: '<header><invite-profile-menu></invite-profile-menu></header><internal-users-admin></internal-users-admin>',
    ready: () => document.querySelector('internal-users-admin')?.shadowRoot?.querySelector('[part~="row"]'),
  },
];

const server = await serveStatic({
  root: outDir,
  page: (url) => {
    const page = pages.find((candidate) => `/${encodeURIComponent(candidate.name)}.html` === url);
    return page && `<!doctype html><html lang="en"><body>${page.body}<script type="module" src="/invite-kit.js"></script></body></html>`;
  },
});
const origin = server.origin;
const browser = await launchChromium('npm run size');
const pageRows = [];
const pageNotes = [];
try {
  for (const definition of pages) {
    const requested = new Set();
    await withFreshPage(
      browser,
      {
        label: definition.name,
        url: `${origin}/${encodeURIComponent(definition.name)}.html`,
        setup: (page) =>
          page.on('request', (request) => {
            const url = new URL(request.url());
            if (url.origin === origin && url.pathname.endsWith('.js')) requested.add(url.pathname.slice(1));
          }),
      },
      async (page) => {
        await page.waitForFunction(definition.ready, undefined, { timeout: 20_000 });
        await definition.then?.(page);
        await page.waitForLoadState('networkidle');
      },
    );
    // The kit's share: every requested file outside the demo portal's, with all it imports (a chunk such as
    // validation serves both); what is left was requested for the demo portal alone.
    const kit = new Set();
    for (const file of requested) if (!demoFiles.includes(file)) closure(file, kit);
    const demo = new Set([...requested].filter((file) => !kit.has(file)));
    const size = total(kit);
    pageRows.push({ name: `${definition.name} (${kit.size} files)`, ...size, verdict: check(size.brotli, pageBudgets[definition.name]) });
    pageNotes.push(
      `- ${definition.name}: ${[...kit].sort().join(', ')}; the demo portal on top: ${kb(total(demo).brotli)} (${[...demo].join(', ')})`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const markdownTable = (heading, tableRows) =>
  [
    `| ${heading} | minified | gzip | brotli | budget (brotli) |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...tableRows.map((row) => `| ${row.name} | ${kb(row.minified)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.verdict} |`),
  ].join('\n');
const pagesTable = markdownTable('page (drop-in bundle, requests recorded in Chromium)', pageRows);
const shippedTable = markdownTable('drop-in bundle file (dist/bundle/), with the chunks it imports', shippedRows);
const table = markdownTable('ESM entry for bundlers (esbuild)', rows);
console.log(`${pagesTable}\n\n${shippedTable}\n\n${table}`);

mkdirSync('bench', { recursive: true });
const notes = [
  'Each entry counts its own code and every chunk it imports statically: what a page pays to use it.',
  'Lines marked ↳ are fetched only when needed and are not counted in the line above:',
  "the embedded demo client (only when a host gives no client), the dialog's Share Invite Link tab (the first time it is shown)",
  "and the Admin Portal's Bulk Invite (the first time it is opened, or as soon as the pointer or focus reaches its button).",
  '',
  'For reference (minified ESM, brotli, measured for the issue): lit alone 5.3 KB; lit + @lit/context + @floating-ui/dom + zod/mini 15.9 KB;',
  'the generic primitives for an invite dialog and members list from Shoelace 40 KB, Material Web 37 KB, Web Awesome 52 KB;',
  "WorkOS's React users-management widget with its peers 143 KB (+52 KB CSS); Stytch's admin portal 150 KB; Clerk's organization profile with its core 319 KB.",
].join('\n');
// For the README's Performance section (scripts/readme.mjs), brotli bytes.
writeFileSync(
  'bench/size.json',
  `${JSON.stringify(
    {
      pages: Object.fromEntries(
        pageRows.map((row) => [row.name.replace(/ \(\d+ files\)$/u, ''), { brotli: row.brotli, files: row.files }]),
      ),
      pageBudgets,
      elementBudget: ELEMENT_BUDGET,
      files: Object.fromEntries(shippedRows.map((row) => [/`([^`]+)`/u.exec(row.name)?.[1] ?? row.name, { brotli: row.brotli }])),
    },
    null,
    2,
  )}\n`,
);
writeFileSync(
  'bench/size.md',
  [
    '# Sizes',
    '',
    'Measured by `npm run size`: brotli, each file compressed on its own as a server sends it.',
    '',
    '## Pages',
    '',
    'A page with these elements and the drop-in bundle (`<script type="module" src="invite-kit.js">`), served to headless Chromium:',
    'every JavaScript file the page requested until its elements had rendered (and the network was idle). The embedded demo',
    "portal's own code (what a page with no client loads; a host gives its client instead) is left out of the figure and listed below.",
    '',
    pagesTable,
    '',
    'Files requested:',
    '',
    ...pageNotes,
    '',
    '## The drop-in bundle’s files',
    '',
    shippedTable,
    '',
    '## ESM entries for bundlers',
    '',
    'Minified ESM with every dependency (esbuild, code splitting).',
    '',
    table,
    '',
    notes,
    '',
  ].join('\n'),
);

if (failed) {
  console.error('\nA size budget is exceeded (see ✗ above).');
  process.exit(1);
}
