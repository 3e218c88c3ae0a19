// The kit's elements, read from the source tree: every src/<folder>/define.ts, with the tags it
// declares in HTMLElementTagNameMap. The drop-in bundle's loader table, its per-element files
// (dist/bundle/<folder>.js) and `npm run size` all come from this one list, so a new element needs
// nothing here: its define.ts registering it and declaring its tag is enough.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** @returns {{ folder: string, file: string, tags: string[] }[]} */
export function kitElements(src = 'src') {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'internal' && existsSync(`${src}/${entry.name}/define.ts`))
    .map(({ name: folder }) => {
      const file = `${src}/${folder}/define.ts`;
      const declared = /interface\s+HTMLElementTagNameMap\s*\{([^}]*)\}/u.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      const tags = [...declared.matchAll(/['"]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)['"]\s*:/gu)].map((match) => match[1]);
      if (!tags.includes(folder)) throw new Error(`${file} must declare '${folder}' in HTMLElementTagNameMap (the folder is the tag).`);
      return { folder, file, tags };
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/**
 * A Vite plugin giving the bundle's entries the table, as virtual modules:
 * `virtual:invite-kit/elements` (tag → `import()` of its define module, for the loader) and
 * `virtual:invite-kit/define-all` (every define module imported, for the one-file classic script).
 */
export function kitElementsPlugin() {
  const ids = { 'virtual:invite-kit/elements': '\0invite-kit-elements', 'virtual:invite-kit/define-all': '\0invite-kit-define-all' };
  return {
    name: 'invite-kit:elements',
    resolveId: (id) => ids[id],
    load(id) {
      if (id !== ids['virtual:invite-kit/elements'] && id !== ids['virtual:invite-kit/define-all']) return undefined;
      const elements = kitElements();
      if (id === ids['virtual:invite-kit/elements']) {
        const rows = elements.flatMap(({ file, tags }) =>
          tags.map((tag) => `${JSON.stringify(tag)}: () => import(${JSON.stringify(resolve(file))})`),
        );
        return `export const elements = {${rows.join(',\n')}};`;
      }
      return elements.map(({ file }) => `import ${JSON.stringify(resolve(file))};`).join('\n');
    },
  };
}
