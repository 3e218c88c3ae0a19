#!/usr/bin/env node
// Editor and framework typings from custom-elements.json, with the generators of
// break-stuff/cem-tools, into dist/ (run by `npm run build`; `node scripts/generate-typings.mjs [outdir]`):
//
//   dist/types/vue.d.ts                   Vue 3 (Volar) GlobalComponents: props, attributes, `@event` handlers
//   dist/types/jsx.d.ts                   `CustomElements` for JSX IntrinsicElements (React 19, Preact, Solid, …)
//   dist/types/kit.d.ts                   the element classes and event detail types both import
//   dist/vscode.html-custom-data.json     VS Code `html.customData`: tags, attributes, values, slots, events, parts
//   dist/vscode.css-custom-data.json      VS Code `css.customData`: every --invite-kit-* token and ::part() name
//
// The manifest is read as it is, then tidied in memory: only the public, registered elements
// (those with a tag), each event typed with its detail type from the `HTMLElementEventMap`
// entry the element declares, and the kit-wide tokens of src/styles/tokens.ts added to the CSS data.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, process.argv[2] ?? 'dist');
const typesDir = join(outdir, 'types');
mkdirSync(typesDir, { recursive: true });

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

// ---- Event detail types, from every `interface HTMLElementEventMap { 'x-y': … }` in src/ ----
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
const aliases = new Map(); // InviteSentEvent → InviteSentDetail
const eventTypes = new Map(); // invite-sent → InviteSentEvent | CustomEvent<X>
for (const file of sourceFiles(join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const [, alias, detail] of text.matchAll(/export type (\w+) = CustomEvent<(\w+)>;/g)) aliases.set(alias, detail);
  for (const block of text.matchAll(/interface HTMLElementEventMap\s*{([^}]*)}/g)) {
    for (const [, name, type] of block[1].matchAll(/'([a-z][\w-]*)':\s*([^;]+);/g)) eventTypes.set(name, type.trim());
  }
}
function detailType(eventName) {
  const type = eventTypes.get(eventName);
  if (!type) return 'unknown';
  const generic = /^CustomEvent<(\w+)>$/.exec(type);
  if (generic) return generic[1];
  return aliases.get(type) ?? 'unknown';
}

// ---- The public elements, tidied ----
const usedDetailTypes = new Set();
const elementModules = [];
const tidy = {
  ...manifest,
  modules: manifest.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        elementModules.push(mod.path);
        return {
          ...declaration,
          // An attribute documented with `@attr` only (e.g. `lang`) is typed from the element's property of the same name.
          attributes: (declaration.attributes ?? []).map((attribute) => ({
            ...attribute,
            fieldName: attribute.fieldName ?? attribute.name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase()),
          })),
          // The manifest documents each kit event with `@fires`; a generic `type` entry is an artefact of `emit()`.
          events: (declaration.events ?? [])
            .filter((event) => event.name && event.name !== 'type')
            .map((event) => {
              const detail = detailType(event.name);
              if (detail !== 'unknown') usedDetailTypes.add(detail);
              return { ...event, type: { text: detail } };
            }),
        };
      }),
  })),
};
const tags = tidy.modules.flatMap((mod) => mod.declarations.map((d) => d.tagName));

// ---- kit.d.ts: the classes and the detail types, for the typings to import ----
const rel = (path) => relative(typesDir, join(outdir, path)).replaceAll('\\', '/');
const detailModules = new Set();
for (const file of sourceFiles(join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const detail of usedDetailTypes) {
    if (new RegExp(`export (interface|type) ${detail}\\b`).test(text)) {
      detailModules.add(relative(join(root, 'src'), file).replace(/\.ts$/, '.js'));
    }
  }
}
const detailExports = [...detailModules].sort().map((path) => {
  const text = readFileSync(join(root, 'src', path.replace(/\.js$/, '.ts')), 'utf8');
  const names = [...usedDetailTypes].filter((detail) => new RegExp(`export (interface|type) ${detail}\\b`).test(text)).sort();
  return `export type { ${names.join(', ')} } from '${rel(path)}';`;
});
writeFileSync(
  join(typesDir, 'kit.d.ts'),
  [
    '// Generated by scripts/generate-typings.mjs: the element classes and event details the typings refer to.',
    `export * from '${rel('elements.js')}';`,
    ...detailExports,
    '',
  ].join('\n'),
);

// ---- Vue, JSX ----
const shared = { outdir: typesDir, globalTypePath: './kit.js', hideLogs: true, descriptionSrc: 'description' };
generateVuejsTypes(tidy, { ...shared, fileName: 'vue.d.ts' });
generateJsxTypes(tidy, { ...shared, fileName: 'jsx.d.ts' });
// The generators import an event detail type once per element that fires it: import each name once.
for (const file of ['vue.d.ts', 'jsx.d.ts']) {
  const path = join(typesDir, file);
  const text = readFileSync(path, 'utf8').replace(/import type {([^}]*)} from "\.\/kit\.js";/, (_, names) => {
    const unique = [
      ...new Set(
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ];
    return `import type { ${unique.join(', ')} } from "./kit.js";`;
  });
  writeFileSync(path, `// Generated by scripts/generate-typings.mjs from custom-elements.json.\n${text}`);
}

// ---- VS Code custom data ----
const vsCodeOptions = { hideLogs: true, descriptionSrc: 'description' };
writeFileSync(join(outdir, 'vscode.html-custom-data.json'), getVsCodeHtmlCustomData(tidy, vsCodeOptions));
const cssData = JSON.parse(getVsCodeCssCustomData(tidy, vsCodeOptions));
const tokensSource = readFileSync(join(root, 'src/styles/tokens.ts'), 'utf8');
const known = new Set((cssData.properties ?? []).map((property) => property.name));
for (const [, name, fallback] of tokensSource.matchAll(/var\((--invite-kit-[\w-]+),\s*([^;]+?)\);/g)) {
  if (known.has(name)) continue;
  known.add(name);
  (cssData.properties ??= []).push({
    name,
    description: `invite-kit token, read by every element (set it on any ancestor).\n\nDefault: \`${fallback.trim()}\``,
  });
}
writeFileSync(join(outdir, 'vscode.css-custom-data.json'), `${JSON.stringify(cssData, null, 2)}\n`);

console.log(
  `Typings and editor data for ${tags.length} elements (${tags.join(', ')}) in ${relative(root, outdir) || '.'}/: ` +
    'types/vue.d.ts, types/jsx.d.ts, vscode.html-custom-data.json, vscode.css-custom-data.json.',
);
