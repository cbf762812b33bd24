// Swaps two neighbouring sections that the template orders (each with its subsections): the
// later one now comes first. A section whose place the template leaves free (\`unordered\`, as
// real reports vary there), or a pair in different free-order groups, is not swapped: the
// template does not order them, so their swap is no defect. Nor is a swap of headings that stand
// anywhere but at their template section's place (see atTemplatePlace). Sections that define an acronym the other one uses are left alone,
// so that the swap plants nothing but the wrong order.
import { defineKind } from './types';
import { TextBuilder, headingText } from './text';
import { atTemplatePlace, bracketedAcronyms, sectionsWithTemplate, type SectionAt } from './template-sections';
import { sameOrderGroup } from '../../../server/src/engine/structure';

export interface Pair {
  first: SectionAt;
  second: SectionAt;
}

export default defineKind<Pair>({
  kind: 'section-swap',
  issue: 13,
  rule: 'section-order',
  description: 'Swap two neighbouring sections that the template orders; expect section-order on one of their headings.',
  find(report) {
    const all = sectionsWithTemplate(report, report.template);
    const pairs: Pair[] = [];
    for (const [i, first] of all.entries()) {
      const j = all.findIndex((s) => s.section.start === first.section.end && s.section.level === first.section.level);
      const second = all[j];
      if (!second || first.templateIndex < 0 || second.templateIndex <= first.templateIndex) continue;
      if (!sameOrderGroup(report.template.sections, first.templateIndex, second.templateIndex)) continue;
      if (!atTemplatePlace(report.template, all, i) || !atTemplatePlace(report.template, all, j)) continue;
      const a = report.text.slice(first.section.start, first.section.end);
      const b = report.text.slice(second.section.start, second.section.end);
      const shared = (from: string, to: string) => bracketedAcronyms(from).some((acr) => to.includes(acr));
      if (shared(a, b) || shared(b, a)) continue;
      pairs.push({ first, second });
    }
    return pairs;
  },
  apply(report, { first, second }) {
    const b = new TextBuilder(report.text);
    b.copy(0, first.section.start);
    const moved = b.copy(second.section.start, second.section.end);
    if (!report.text.slice(second.section.start, second.section.end).endsWith('\n\n')) b.insert(report.text.endsWith('\n') ? '\n' : '\n\n');
    const back = b.copy(first.section.start, first.section.end);
    b.copy(second.section.end, report.text.length);
    const headingSpan = (at: number, s: SectionAt) => {
      const h = report.blocks[s.section.heading];
      return { start: at + h.textStart - h.start, end: at + h.end - h.start };
    };
    return {
      pieces: b.pieces,
      expect: { rule: 'section-order', spans: [headingSpan(moved.start, second), headingSpan(back.start, first)] },
      note: `swapped "${headingText(report, first.section)}" and "${headingText(report, second.section)}"`,
    };
  },
});
