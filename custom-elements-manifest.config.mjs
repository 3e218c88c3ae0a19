// `npm run analyze` → custom-elements.json, read by Storybook, editors and framework typings.
import { readFileSync } from 'node:fs';
import { eventDetailTypesPlugin, keyboardPlugin } from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/react/**', 'src/**/*.styles.ts', 'src/**/*.messages.ts', 'src/testing/**', 'src/msw/**', 'src/client/**', 'src/i18n/**'],
  outdir: '.',
  litelement: true,
  // Event detail types and fields, and each element's keyboard model (`@keyboard`): see the plugins.
  plugins: [eventDetailTypesPlugin(), keyboardPlugin()],
  // The glob lists files in directory order, which differs between file systems (a fresh
  // clone in CI is not this checkout), so the manifest's module order would too. Sorting
  // the paths makes `npm run analyze` produce the same file on every machine.
  overrideModuleCreation({ ts, globs }) {
    return [...globs].sort().map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true));
  },
};
