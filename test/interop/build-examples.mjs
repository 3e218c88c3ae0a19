#!/usr/bin/env node
// Before the interop tests: `npm run build` (drop-in bundles, typings, editor data in dist/)
// and the React and Vue examples (examples/*/dist/), each only when older than its sources,
// so `npm test` works on a fresh clone and stays quick when nothing changed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('../../', import.meta.url).pathname;
process.chdir(root);

/** Newest modification time under `paths` (files or folders; dist/ and node_modules/ skipped). */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'dist' && entry !== 'node_modules') visit(join(path, entry));
    } else latest = Math.max(latest, stats.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}
const age = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const kitSources = ['src', 'custom-elements.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

const distInputs = newest([
  ...kitSources,
  'scripts/build.mjs',
  'scripts/bundle-build.mjs',
  'scripts/kit-elements.mjs',
  'scripts/minify-css-templates.mjs',
  'scripts/generate-typings.mjs',
]);
const distOutputs = [
  'dist/bundle/invite-kit.js',
  'dist/bundle/invite-kit.classic.js',
  'dist/bundle/locales/es.js',
  'dist/bundle/locales/es.classic.js',
  'dist/types/jsx.d.ts',
  'dist/vscode.html-custom-data.json',
];
if (Math.min(...distOutputs.map(age)) < distInputs) {
  console.log('Interop tests: building dist/ (npm run build) …');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

for (const example of ['react', 'vue']) {
  const inputs = newest([...kitSources, `examples/${example}`, 'examples/kit-alias.mjs']);
  if (age(`examples/${example}/dist/index.html`) >= inputs) continue;
  console.log(`Interop tests: building examples/${example} …`);
  await build({ configFile: `examples/${example}/vite.config.mjs`, logLevel: 'error' });
}
