// Makes `invite-kit` and its subpaths resolve to the kit's source, so the examples build
// with no publish step. In your app, install invite-kit and delete this alias.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * `invite-kit` → src/index.ts; `invite-kit/locales/<locale>` → src/i18n/locales/<locale>.ts;
 * `invite-kit/themes/<file>` → src/themes/<file>; `invite-kit/react|client|testing|msw` → their
 * index.ts; `invite-kit/<element>` → its define.ts.
 */
export const kitAlias = [
  { find: /^invite-kit$/, replacement: `${src}index.ts` },
  { find: /^invite-kit\/locales\/([\w-]+)$/, replacement: `${src}i18n/locales/$1.ts` },
  { find: /^invite-kit\/themes\/(.+)$/, replacement: `${src}themes/$1` },
  {
    find: /^invite-kit\/([\w-]+)$/,
    replacement: '$1',
    customResolver(id) {
      const entry = existsSync(`${src}${id}/index.ts`) ? `${src}${id}/index.ts` : `${src}${id}/define.ts`;
      return existsSync(entry) ? entry : null;
    },
  },
];
