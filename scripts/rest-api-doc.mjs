#!/usr/bin/env node
// Writes docs/rest-api.md from the route table and the zod schemas (scripts/render-rest-api-doc.ts).
// `--check` writes nothing and fails when the committed document differs: run it in CI.
// The renderer is TypeScript; esbuild (already here for the test runner) bundles it for Node first.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = `${root}docs/rest-api.md`;
// Next to this script (git-ignored), so its bare imports resolve from this checkout's node_modules.
const outFile = `${root}scripts/.rest-api-doc.${process.pid}.tmp.mjs`;

await build({
  entryPoints: [`${root}scripts/render-rest-api-doc.ts`],
  outfile: outFile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
let doc;
try {
  const { renderRestApiDoc } = await import(pathToFileURL(outFile).href);
  doc = renderRestApiDoc();
} finally {
  rmSync(outFile, { force: true });
}

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(docPath, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (committed !== doc) {
    console.error('docs/rest-api.md is stale: run `node scripts/rest-api-doc.mjs` and commit the result.');
    process.exit(1);
  }
  console.log('docs/rest-api.md is up to date.');
} else {
  writeFileSync(docPath, doc);
  console.log(`Wrote docs/rest-api.md (${doc.length} characters).`);
}
