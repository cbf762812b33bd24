// Puts a count beside a quantity word that the count contradicts: "most (3 of 14) children",
// "a minority (11 of 15) of care leavers", "almost half (2 of 17)".
import { defineKind, type Span } from './types';
import { between, replace, sentences } from './text';
import { narrativePlaces } from './insert-paragraph';

/**
 * Quantity words before "of" or a plural noun, and the share of the whole that contradicts them.
 * "The most complex needs" and "at most" are superlatives, not quantities, and are left alone.
 */
const NOUN = '(?= (?:of |[a-z]+(?:s|ren|ple|ff)\\b))';
const WORDS: { pattern: RegExp; share: [number, number] }[] = [
  { pattern: new RegExp(`(?<!\\b(?:[Tt]he|[Aa]t|[Ii]s|[Aa]re|[Ww]as|[Ww]ere) )\\b(?:[Mm]ost|[Aa]lmost all|[Nn]early all|[Tt]he (?:vast )?majority)${NOUN}`, 'g'), share: [0.05, 0.35] },
  { pattern: new RegExp(`\\b(?:[Aa] minority|(?<!\\b(?:[Aa]|[Qq]uite a|[Tt]he|[Vv]ery) )[Ff]ew)${NOUN}`, 'g'), share: [0.65, 0.95] },
  { pattern: new RegExp(`\\b(?:[Aa]lmost|[Nn]early|[Aa]round) half${NOUN}`, 'g'), share: [0.05, 0.2] },
];

export interface QuantitySite extends Span {
  share: [number, number];
}

export default defineKind<QuantitySite>({
  kind: 'gate-quantity',
  issue: 17,
  rule: 'quantity-consistency',
  description: 'Add a count that contradicts a real quantity word beside it ("most (3 of 14) children"); expect quantity-consistency there.',
  find(report) {
    const out: QuantitySite[] = [];
    for (const { after: block } of narrativePlaces(report, undefined, 0, false)) {
      for (const s of sentences(report.text, block.textStart, block.end)) {
        const words = report.text.slice(s.start, s.end);
        if (/\(\d/.test(words)) continue; // a count in brackets already
        for (const { pattern, share } of WORDS) for (const m of words.matchAll(pattern)) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, share });
      }
    }
    return out;
  },
  apply(report, site, random) {
    const whole = between(random, 8, 24);
    const part = Math.max(1, Math.min(whole - 1, Math.round(whole * (site.share[0] + random() * (site.share[1] - site.share[0])))));
    const count = ` (${part} of ${whole})`;
    const { pieces, spans } = replace(report.text, [{ start: site.end, end: site.end, newText: count }]);
    const word = report.text.slice(site.start, site.end);
    return {
      pieces,
      expect: { rule: 'quantity-consistency', spans: [{ start: site.start, end: spans[0].end }] },
      note: `"${word}" → "${word}${count}"`,
    };
  },
});
