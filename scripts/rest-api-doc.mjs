#!/usr/bin/env node
// Writes docs/rest-api.md from the route table and the zod schemas (src/client/fetch/rest-api-doc.ts).
// `--check` writes nothing and fails when the committed document differs: run it in CI.
// The renderer is TypeScript; esbuild (already here for the test runner) bundles it for Node first.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = `${root}docs/rest-api.md`;
const outDir = `${root}node_modules/.cache/invite-kit`;
const outFile = `${outDir}/rest-api-doc.mjs`;

mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [`${root}src/client/fetch/rest-api-doc.ts`],
  outfile: outFile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const { renderRestApiDoc } = await import(`${pathToFileURL(outFile).href}?t=${Date.now()}`);
const doc = renderRestApiDoc();

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
