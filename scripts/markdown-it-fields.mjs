// An esbuild plugin for markdown-it's Node builds. They initialise every class field (each
// Token has 13) through a transpiler helper, `_defineProperty(this, "key", value)`, which
// converts the key and checks `key in this` before assigning: about a tenth of a full check's
// parse time. None of markdown-it's classes has an accessor that a field could shadow, so
// `void (this.key = value)` does the same thing, and V8 compiles it to a plain store.
import { readFile } from 'node:fs/promises';

/** A call's head up to its value: `_defineProperty(this, /** doc *\/ "key",`. */
const FIELD_CALL = /_defineProperty\(\s*this,\s*(?:\/\*[\s\S]*?\*\/\s*)?"(\w+)",/g;
/** Any field initialiser on an instance (the few static ones, run once, keep the helper). */
const ANY_CALL = /_defineProperty\(\s*this\b/g;

export const markdownItFields = {
  name: 'markdown-it-fields',
  setup(build) {
    build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(mjs|cjs\.js)$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const rewritten = source.replace(FIELD_CALL, 'void (this.$1 =');
      const calls = source.match(ANY_CALL)?.length ?? 0;
      const left = rewritten.match(ANY_CALL)?.length ?? 0;
      if (calls === 0 || left > 0) {
        // A new markdown-it release: check what its helper and its calls look like now.
        return { contents: source, loader: 'js', warnings: [{ text: `markdown-it-fields: ${left} of ${calls} field initialisers not recognised in ${path}; bundled unchanged` }] };
      }
      return { contents: rewritten, loader: 'js' };
    });
  },
};
