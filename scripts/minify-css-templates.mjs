// Lit's css`` templates hold the kit's style sheets as plain text: a JavaScript minifier
// leaves them as written, comments and indentation included (about a quarter of their
// bytes). This strips both from every css`` template before bundling (the drop-in bundle,
// `npm run size`) and from the ESM modules `npm run build` ships for bundlers — where line
// breaks stay, so their source maps still point at the right lines.
//
// (No Node imports at the top: test/minified-css.test.ts runs these functions in the browser.)
//
// Strings ('…', "…") are kept as written. A template with an interpolation (`${`) or an
// escape (a backslash) is left exactly as it is.

/** Minifies the text between a style sheet's strings; line breaks become spaces unless kept. */
function minifyOutsideStrings(text, keepLines) {
  return text
    .replace(/[ \t]*\n\s*/gu, (space) => (keepLines ? '\n'.repeat(space.split('\n').length - 1) : ' '))
    .replace(/[ \t]+/gu, ' ')
    .replace(/ ?([{};,]) ?/gu, '$1')
    .replace(/: /gu, ':')
    .replace(/;(\s*)\}/gu, '$1}');
}

/** Minifies one style sheet's text, keeping its strings ('…', "…") and, with `keepLines`, its line breaks. */
export function minifyCss(text, { keepLines = false } = {}) {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//gu, (comment) => comment.replace(/[^\n]/gu, ''));
  const minified = withoutComments
    .split(/('[^'\n]*'|"[^"\n]*")/u)
    .map((part, index) => (index % 2 === 1 ? part : minifyOutsideStrings(part, keepLines)))
    .join('');
  return keepLines ? minified : minified.trim();
}

/** Minifies every css`` template in a module's source or compiled code. */
export function minifyCssTemplates(code, options = {}) {
  // (TypeScript's output writes the tag as `css \``, with a space.)
  return code.replace(/\bcss(\s*)`([^`]*)`/gu, (whole, space, text) => {
    if (/\$\{|\\/u.test(text)) return whole;
    return `css${space}\`${minifyCss(text, options)}\``;
  });
}

const kitSource = (path) => path.replaceAll('\\', '/').startsWith(`${process.cwd().replaceAll('\\', '/')}/src/`) && path.endsWith('.ts');

/** The same as a Vite (Rolldown) plugin, for the kit's TypeScript sources. */
export const minifyCssTemplatesPlugin = {
  name: 'invite-kit:minify-css-templates',
  transform(code, id) {
    if (!kitSource(id) || !/\bcss\s*`/u.test(code)) return null;
    return { code: minifyCssTemplates(code), map: null };
  },
};

/** The same as an esbuild plugin, for `npm run size`. */
export const minifyCssTemplatesEsbuildPlugin = {
  name: 'invite-kit:minify-css-templates',
  setup(build) {
    // (esbuild runs filters as Go regular expressions, which have no `u` flag.)
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (!kitSource(path)) return undefined;
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      return { contents: /\bcss\s*`/u.test(source) ? minifyCssTemplates(source) : source, loader: 'ts' };
    });
  },
};
