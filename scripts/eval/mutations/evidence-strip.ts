// Strips the evidence out of a real paragraph: the "For example…" sentence, every sentence with a
// count or figure, a quotation, a named source (data, an audit, records, minutes, a survey) or
// what inspectors saw, read or heard. What is left is judgement with nothing to support it.
// The sentences kept are the original's, untouched (so a finding on them before the mutation is
// recognised as such); paragraphs whose evidence defines or uses an acronym the report defines are
// left alone (taking it out would undefine it or leave its definition unused).
import { defineKind, type Span } from './types';
import { TextBuilder, sentences, type Block } from './text';
import { narrativePlaces } from './insert-paragraph';
import { mentionsDefined } from './template-sections';

const EXAMPLE = /^(?:For example|For instance|In one case|In one example|In another case|In a small number of cases|In some cases seen)\b/;
const SOURCE =
  /\b(?:data|audits?|audited|survey|surveys|minutes|records?|files|performance information|self-assessment|scorecard|dashboard|told|inspectors? (?:saw|found|observed|reviewed|read|heard|spoke|considered|tracked|sampled|met)|we (?:saw|found|reviewed|read|heard|spoke)|seen by inspectors|reviewed by inspectors|said|say|feedback)\b/i;
const COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|third)\b/i;
const QUOTE = /(?:^|[\s(])["“‘]\p{L}/u;
/** Words of judgement: what is left must judge something, or there is no claim to support. */
const JUDGEMENT = /\b(?:good|well|effective|ineffective|strong|weak|poor|robust|thorough|timely|appropriate|clear|consistent|inconsistent|improv\w*|high[- ]quality|inadequate|outstanding|variable|purposeful|sensitive|comprehensive|swift|prompt|delay\w*|too|not (?:always|yet|sufficiently))\b/i;

export interface Stripping {
  block: Block;
  kept: Span[];
  removed: Span[];
}

const isEvidence = (s: string) => EXAMPLE.test(s) || SOURCE.test(s) || COUNT.test(s) || QUOTE.test(s);

export default defineKind<Stripping>({
  kind: 'evidence-strip',
  issue: 14,
  rule: 'unsupported-claim',
  description: 'Remove the "For example…" sentence, counts, quotations and named sources from a real paragraph that has them; expect unsupported-claim on what is left.',
  find(report) {
    const out: Stripping[] = [];
    for (const { after: block } of narrativePlaces(report, undefined, 0)) {
      const all = sentences(report.text, block.textStart, block.end);
      if (all.length < 3 || !all.some((s) => EXAMPLE.test(report.text.slice(s.start, s.end)))) continue;
      const kept = all.filter((s) => !isEvidence(report.text.slice(s.start, s.end)));
      const removed = all.filter((s) => !kept.includes(s));
      if (!kept.length || !kept.some((s) => JUDGEMENT.test(report.text.slice(s.start, s.end)))) continue;
      if (removed.some((s) => mentionsDefined(report.text, report.text.slice(s.start, s.end)))) continue;
      out.push({ block, kept, removed });
    }
    return out;
  },
  apply(report, site) {
    const b = new TextBuilder(report.text);
    b.copy(0, site.block.textStart);
    const spans = site.kept.map((s, i) => {
      if (i) b.insert(' ');
      return b.copy(s.start, s.end);
    });
    b.copy(site.block.end, report.text.length);
    const left = site.kept.map((s) => report.text.slice(s.start, s.end)).join(' ');
    return {
      pieces: b.pieces,
      expect: { rule: 'unsupported-claim', spans },
      note: `stripped ${site.removed.length} sentence(s) of evidence, leaving "${left.slice(0, 160)}"`,
    };
  },
});
