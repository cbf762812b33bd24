// Gives an acronym a second, different expansion at a later use: "ACR" becomes "Other Long Form
// (ACR)", where one or two words of the first long form are swapped for other words with the
// same initial (taken from the report itself, so the wording is varied and real), so the
// initials still spell the acronym and the meaning differs.
import { acronymSites, type AcronymSite } from './acronym-sites';
import { defineKind } from './types';
import { pick, replace } from './text';

// Used only when the report has no word with the initial needed.
const SPARE: Record<string, string[]> = {
  a: ['advice', 'access', 'assessment'], b: ['board', 'budget', 'borough'], c: ['care', 'county', 'community'], d: ['development', 'district', 'duty'],
  e: ['education', 'emergency', 'early'], f: ['family', 'framework', 'funding'], g: ['group', 'governance', 'guidance'], h: ['health', 'housing', 'help'],
  i: ['intervention', 'information', 'integrated'], j: ['joint', 'justice', 'junior'], k: ['key', 'kinship', 'knowledge'], l: ['local', 'leadership', 'learning'],
  m: ['management', 'multi-agency', 'mental'], n: ['national', 'network', 'needs'], o: ['officer', 'oversight', 'outreach'], p: ['partnership', 'panel', 'practice'],
  q: ['quality', 'quarterly', 'qualified'], r: ['review', 'referral', 'regional'], s: ['service', 'support', 'safeguarding'], t: ['team', 'training', 'transition'],
  u: ['unit', 'universal', 'urgent'], v: ['visiting', 'virtual', 'voluntary'], w: ['welfare', 'workforce', 'wellbeing'], x: ['xenial'], y: ['youth', 'young', 'yearly'], z: ['zone'],
};
const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'on', 'at', 'with', 'a', 'an']);

export interface Expansion extends AcronymSite {
  vocabulary: Map<string, string[]>;
}

/** A long form with the same initials and at least one different word. */
export function otherLongForm(long: string, vocabulary: Map<string, string[]>, random: () => number): string {
  const words = long.split(/\s+/);
  // A hyphenated word may give two letters: it is kept, so the initials still spell the acronym.
  const content = words.flatMap((w, i) => (SMALL.has(w.toLowerCase()) || w === '&' || w.includes('-') ? [] : [i]));
  if (!content.length) return long;
  const changes = Math.min(content.length, 1 + Math.floor(random() * 2));
  const chosen = new Set<number>();
  while (chosen.size < changes) chosen.add(pick(random, content));
  return words
    .map((w, i) => {
      if (!chosen.has(i)) return w;
      const initial = w[0].toLowerCase();
      const stem = w.toLowerCase().slice(0, 4);
      const options = [...(vocabulary.get(initial) ?? []), ...(SPARE[initial] ?? [])].filter((o) => o.slice(0, 4) !== stem);
      const other = options.length ? pick(random, options) : w;
      return /^[A-Z]/.test(w) ? other[0].toUpperCase() + other.slice(1) : other;
    })
    .join(' ');
}

export default defineKind<Expansion>({
  kind: 'acronym-second-expansion',
  issue: 13,
  rule: 'acronym-inconsistent-expansion',
  description: 'Define an acronym again at a later use with a different long form of the same initials; expect acronym-inconsistent-expansion there.',
  find(report) {
    const sites = acronymSites(report).filter((site) => site.proseUses.length);
    if (!sites.length) return [];
    const vocabulary = new Map<string, string[]>();
    for (const m of report.text.slice(report.bodyStart).matchAll(/(?<![\p{L}-])[a-z]{4,}(?![\p{L}-])/gu)) {
      const word = m[0];
      // Nouns make long forms; words of judgement ("quickly", "successful", "caring") would plant a claim too.
      if (/(?:ly|ful|ous|ing|ive|able|ible|less|est|ed)$/.test(word)) continue;
      if (!vocabulary.has(word[0])) vocabulary.set(word[0], []);
      const list = vocabulary.get(word[0])!;
      if (!list.includes(word)) list.push(word);
    }
    // A long form with a word that can be swapped (not only small and hyphenated words).
    const swappable = (site: AcronymSite) => report.text.slice(site.long.start, site.long.end).split(/\s+/).some((w) => w.length > 3 && !w.includes('-'));
    return sites.filter(swappable).map((site) => ({ ...site, vocabulary }));
  },
  apply(report, site, random) {
    const first = report.text.slice(site.long.start, site.long.end).replace(/\s+/g, ' ');
    let other = otherLongForm(first, site.vocabulary, random);
    for (let tries = 0; other.toLowerCase() === first.toLowerCase() && tries < 5; tries++) other = otherLongForm(first, site.vocabulary, random);
    const use = pick(random, site.proseUses);
    const { pieces, spans } = replace(report.text, [{ ...use, newText: `${other} (${site.acronym})` }]);
    return {
      pieces,
      expect: { rule: 'acronym-inconsistent-expansion', spans: [{ start: spans[0].start, end: spans[0].start + other.length }] },
      note: `defined ${site.acronym} again as "${other}" (first "${first}")`,
    };
  },
});
