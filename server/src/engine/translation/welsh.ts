// Welsh initial mutations. A Welsh word changes its first sound after certain words: "Cymru"
// (Wales) is "Gymru" after "i" (soft mutation), "Nghymru" after "yng" (nasal), "Chymru" after
// "a" (aspirate). A heading, an acronym's long form or a glossary term written with the
// mutated form is the same word: these helpers give the radical (dictionary) forms a word may
// come from, so that matching ignores mutation. The rules are the standard ones of Welsh
// grammar (soft, nasal and aspirate mutation, and h- before a vowel).

/** [mutated prefix, radical prefix], longest prefixes first so "ngh" wins over "ng". */
const REVERSALS: readonly [string, string][] = [
  // nasal
  ['ngh', 'c'], ['mh', 'p'], ['nh', 't'], ['ng', 'g'], ['m', 'b'], ['n', 'd'],
  // aspirate
  ['ch', 'c'], ['ph', 'p'], ['th', 't'],
  // soft
  ['g', 'c'], ['b', 'p'], ['d', 't'], ['f', 'b'], ['f', 'm'], ['dd', 'd'], ['l', 'll'], ['r', 'rh'],
];

const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i;

/**
 * The word itself and every radical form it may be a mutation of, lower-case:
 * "Gymru" → gymru, cymru; "Nghymru" → nghymru, cymru (and gymru, a soft-mutation reading of
 * the nasal's g). A vowel-initial word may have lost a g (soft mutation of g: "ardd" ← "gardd")
 * or gained an h ("hysgol" ← "ysgol").
 */
export function radicalForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>([w]);
  for (const [mutated, radical] of REVERSALS) {
    if (w.startsWith(mutated) && w.length > mutated.length + 1) out.add(radical + w.slice(mutated.length));
  }
  if (VOWEL.test(w)) out.add(`g${w}`);
  if (w.length > 2 && w[0] === 'h' && VOWEL.test(w.slice(1))) out.add(w.slice(1));
  return [...out];
}

/** True when two words are the same Welsh word, perhaps mutated differently. */
export function sameWelshWord(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const forms = new Set(radicalForms(a));
  return radicalForms(b).some((f) => forms.has(f));
}

/** Welsh number words up to twenty (radical and common mutated forms), for comparing figures written as words. */
const WELSH_NUMBERS: Record<string, number> = {
  un: 1, dau: 2, dwy: 2, ddau: 2, ddwy: 2, tri: 3, tair: 3, dri: 3, dair: 3, thri: 3, thair: 3,
  pedwar: 4, pedair: 4, bedwar: 4, bedair: 4, pump: 5, pum: 5, bump: 5, bum: 5, chwech: 6, chwe: 6,
  saith: 7, wyth: 8, naw: 9, deg: 10, ddeg: 10, deuddeg: 12, ddeuddeg: 12, pymtheg: 15, bymtheg: 15,
  deunaw: 18, ddeunaw: 18, ugain: 20,
};
const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** The number a word names in English or Welsh (up to twenty), if any. */
export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  return ENGLISH_NUMBERS[w] ?? WELSH_NUMBERS[w];
}
