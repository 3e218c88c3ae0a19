#!/usr/bin/env node
// `npm run size`: what each entry point costs a host page, minified, gzip and brotli, with
// every dependency it pulls in (lit, @lit/context, zod/mini, Floating UI, the virtualizer).
// Fails when a budget is exceeded. Budgets are brotli bytes; if one must rise, say why in
// the commit that raises it.
import { readdirSync, readFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { buildBundle } from './bundle-build.mjs';
import { minifyCssTemplatesEsbuildPlugin } from './minify-css-templates.mjs';

const KB = 1024;
const budgets = {
  // Raised from 40 KB (see the commit that raised it): eight complete elements, the fetch
  // adapter validating every response, and their dependencies measured 78.9 KB (75.9 KB now
  // that Bulk Invite loads when first opened).
  'drop-in bundle (everything)': 82 * KB,
  'drop-in bundle as shipped (dist/bundle/invite-kit.js and the chunks it imports)': 82 * KB,
  // Raised from 25 KB: the invite form with its validation is most of it (29.2 KB measured);
  // the Share Invite Link tab is fetched when first shown and not counted here.
  'invite-user-dialog': 30.5 * KB,
  'resend-invite-button': 12 * KB,
};

/** Entries: the drop-in bundle, every element's define module, and the adapter entries. */
const entries = [{ name: 'drop-in bundle (everything)', file: 'src/bundle.ts', group: 'bundle' }];
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

/**
 * The drop-in bundle exactly as `npm run build` ships it (Vite, not esbuild): the entry file
 * and the chunks it imports statically, each compressed on its own as a server sends them.
 */
async function measureShippedBundle() {
  const outDir = mkdtempSync(join(tmpdir(), 'invite-kit-size-'));
  try {
    await buildBundle({ format: 'es', fileName: 'invite-kit.js', outDir });
    const files = new Set();
    const visit = (file) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(join(outDir, file), 'utf8');
      for (const [, imported] of code.matchAll(/\bimport\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([^"']+)["']/gu)) visit(imported);
    };
    visit('invite-kit.js');
    const total = { minified: 0, gzip: 0, brotli: 0 };
    for (const file of files) {
      const code = readFileSync(join(outDir, file));
      total.minified += code.length;
      total.gzip += gzipSync(code, { level: 9 }).length;
      total.brotli += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    return { ...total, files: files.size };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

{
  const name = 'drop-in bundle as shipped (dist/bundle/invite-kit.js and the chunks it imports)';
  const size = await measureShippedBundle();
  const budget = budgets[name];
  if (size.brotli > budget) failed = true;
  rows.splice(1, 0, {
    name: `${name}, ${size.files} files`,
    ...size,
    verdict: size.brotli <= budget ? `≤ ${kb(budget)} ✓` : `> ${kb(budget)} ✗`,
  });
}

const table = [
  '| entry | minified | gzip | brotli | budget (brotli) |',
  '| --- | ---: | ---: | ---: | --- |',
  ...rows.map((row) => `| ${row.name} | ${kb(row.minified)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.verdict} |`),
].join('\n');
console.log(table);

mkdirSync('bench', { recursive: true });
const notes = [
  'Each entry counts its own code and every chunk it imports statically: what a page pays to use it.',
  'The first line bundles with esbuild and compresses the chunks together; the line under it is the file `npm run build` ships, built by Vite, each file compressed on its own as a server sends it.',
  'Lines marked ↳ are fetched only when needed and are not counted in the line above:',
  "the embedded demo client (only when a host gives no client), the dialog's Share Invite Link tab (the first time it is shown)",
  "and the Admin Portal's Bulk Invite (the first time it is opened, or as soon as the pointer or focus reaches its button).",
  '',
  'For reference (minified ESM, brotli, measured for the issue): lit alone 5.3 KB; lit + @lit/context + @floating-ui/dom + zod/mini 15.9 KB;',
  'the generic primitives for an invite dialog and members list from Shoelace 40 KB, Material Web 37 KB, Web Awesome 52 KB;',
  "WorkOS's React users-management widget with its peers 143 KB (+52 KB CSS); Stytch's admin portal 150 KB; Clerk's organization profile with its core 319 KB.",
].join('\n');
writeFileSync(
  'bench/size.md',
  `# Sizes\n\nMinified ESM with every dependency, measured by \`npm run size\` (esbuild, code splitting).\n\n${table}\n\n${notes}\n`,
);

if (failed) {
  console.error('\nA size budget is exceeded (see ✗ above).');
  process.exit(1);
}
