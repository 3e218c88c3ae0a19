#!/usr/bin/env node
// `npm run build`: ESM modules with type declarations for bundlers (dist/**), plus the
// self-contained, minified drop-in bundle (dist/bundle/invite-kit.js) that a plain HTML page
// loads with a single <script type="module"> and no bundler. The bundle's only other file is
// the embedded demo client's chunk, fetched by the bundle itself when no client is given.
// Also: dist/bundle/invite-kit.classic.js, the same as one classic script (an IIFE exposing
// `window.InviteKit`, demo client inlined) for a page opened from disk, where browsers refuse
// to load module scripts; and the Vue/JSX typings and VS Code custom data (scripts/generate-typings.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildBundle, buildClassicLocales } from './bundle-build.mjs';
import { minifyCssTemplates } from './minify-css-templates.mjs';

rmSync('dist', { recursive: true, force: true });

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// The style sheets in the modules for bundlers, without comments and indentation (a host's
// minifier leaves the text of css`` templates alone); line breaks stay, for the source maps.
for (const file of readdirSync('dist', { recursive: true })) {
  if (!String(file).endsWith('.js')) continue;
  const path = `dist/${file}`;
  const code = readFileSync(path, 'utf8');
  if (/\bcss\s*`/u.test(code)) writeFileSync(path, minifyCssTemplates(code, { keepLines: true }));
}

await buildBundle({ format: 'es', fileName: 'invite-kit.js' });
// The classic script for file:// pages: module scripts from file:// are blocked by CORS, classic ones are not.
await buildBundle({ format: 'iife', fileName: 'invite-kit.classic.js', name: 'InviteKit' });
await buildClassicLocales();

execFileSync(process.execPath, ['scripts/generate-typings.mjs', 'dist'], { stdio: 'inherit' });

console.log(
  'Built dist/ (modules and declarations) dist/bundle/invite-kit.js (drop-in bundle), dist/bundle/invite-kit.classic.js (classic script), typings and editor data.',
);
