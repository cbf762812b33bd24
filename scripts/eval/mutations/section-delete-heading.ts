// Deletes the heading of a section the template requires (its words join the section before):
// the report now lacks a required section. The rule reports on the title, naming the section,
// so only a new required-section finding counts. Sections whose claims need no evidence
// (the judgement table, context) are left alone: their words would join a section whose claims
// do, which changes more than the structure.
import { defineKind } from './types';
import { TextBuilder, headingText } from './text';
import { sectionsWithTemplate, type SectionAt } from './template-sections';

export default defineKind<SectionAt>({
  kind: 'section-delete-heading',
  issue: 13,
  rule: 'required-section',
  description: 'Delete the heading of a required section (its only heading in the report); expect a new required-section finding.',
  find(report) {
    const all = sectionsWithTemplate(report, report.template);
    return all.filter(
      (s) =>
        s.templateIndex >= 0 &&
        report.template.sections[s.templateIndex].required &&
        !report.template.sections[s.templateIndex].evidenceExempt &&
        all.filter((o) => o.templateIndex === s.templateIndex).length === 1,
    );
  },
  apply(report, site) {
    const heading = report.blocks[site.section.heading];
    const next = report.blocks[site.section.heading + 1];
    const b = new TextBuilder(report.text);
    b.copy(0, heading.start);
    b.copy(next ? next.start : report.text.length, report.text.length);
    return {
      pieces: b.pieces,
      expect: { rule: 'required-section', spans: [{ start: 0, end: b.position }], newOnly: true },
      note: `deleted the heading "${headingText(report, site.section)}" (template section "${report.template.sections[site.templateIndex].title}")`,
    };
  },
});
