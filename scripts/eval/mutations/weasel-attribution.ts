// Turns an attributed report of what people said ("Parents told inspectors that…") into an
// attribution to nobody ("Concerns were raised that…", "It was reported that…").
import { defineKind, type Span } from './types';
import { pick, replace, sentences } from './text';
import { narrativePlaces } from './insert-paragraph';

export const WEASELS = ['Concerns were raised that', 'It was reported that', 'It is understood that', 'There were claims that', 'It was suggested that', 'It is believed that'];
const TOLD = /^(?:[A-Z][\p{L}’'-]*)(?: [\p{L}’'-]+){0,5} told (?:inspectors|us|the inspectors?)(?: that)?(?=\s)/u;

export default defineKind<Span>({
  kind: 'weasel-attribution',
  issue: 14,
  rule: 'weasel-attribution',
  description: 'Replace "<people> told inspectors (that)" at the start of a sentence with an attribution to nobody ("Concerns were raised that"); expect weasel-attribution there.',
  find(report) {
    const out: Span[] = [];
    for (const { after: block } of narrativePlaces(report, undefined, 0)) {
      for (const s of sentences(report.text, block.textStart, block.end)) {
        const m = TOLD.exec(report.text.slice(s.start, s.end));
        if (m) out.push({ start: s.start, end: s.start + m[0].length });
      }
    }
    return out;
  },
  apply(report, site, random) {
    const phrase = pick(random, WEASELS);
    const { pieces, spans } = replace(report.text, [{ ...site, newText: phrase }]);
    return {
      pieces,
      expect: { rule: 'weasel-attribution', spans: [spans[0]] },
      note: `"${report.text.slice(site.start, site.end)}" → "${phrase}"`,
    };
  },
});
