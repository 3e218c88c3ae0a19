// Makes `invite-kit` and its subpaths resolve to the kit's source, so the examples build
// with no publish step. In your app, install invite-kit and delete this plugin.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * `invite-kit` → src/index.ts; `invite-kit/locales/<locale>` → src/i18n/locales/<locale>.ts;
 * `invite-kit/themes/<file>` → src/themes/<file>; `invite-kit/react|client|testing|msw` → their
 * index.ts; `invite-kit/<element>` → its define.ts.
 */
function resolveKit(id) {
  if (id === 'invite-kit') return `${src}index.ts`;
  const locale = /^invite-kit\/locales\/([\w-]+)$/.exec(id);
  if (locale) return `${src}i18n/locales/${locale[1]}.ts`;
  const theme = /^invite-kit\/themes\/(.+)$/.exec(id);
  if (theme) return `${src}themes/${theme[1]}`;
  const entry = /^invite-kit\/([\w-]+)$/.exec(id);
  if (!entry) return null;
  for (const file of [`${src}${entry[1]}/index.ts`, `${src}${entry[1]}/define.ts`]) if (existsSync(file)) return file;
  return null;
}

/** A Vite plugin resolving `invite-kit/*` imports to the source. */
export function inviteKitSource() {
  return {
    name: 'invite-kit-source',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith('invite-kit') ? resolveKit(id) : null;
    },
  };
}
