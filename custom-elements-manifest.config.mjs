// `npm run analyze` → custom-elements.json, read by Storybook, editors and framework typings.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/react/**', 'src/**/*.styles.ts', 'src/**/*.messages.ts', 'src/testing/**', 'src/msw/**', 'src/client/**', 'src/i18n/**'],
  outdir: '.',
  litelement: true,
};
