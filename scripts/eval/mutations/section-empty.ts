// Empties a section: its heading stays, its words go (up to the next heading). Sections with
// subsections, an acronym or a footnote are left alone (removing them would move or undo other
// findings), so nothing but the emptiness is planted.
import { defineKind } from './types';
import { TextBuilder, headingText, type Section } from './text';
import { hasAcronym, mentionsDefined } from './template-sections';

export default defineKind<Section>({
  kind: 'section-empty',
  issue: 13,
  rule: 'empty-section',
  description: 'Delete everything between a section heading and the next heading; expect empty-section on the heading.',
  find(report) {
    return report.sections.filter((s) => {
      if (s.level < 2 || s.hasSubsections) return false;
      const body = s.body.map((i) => report.blocks[i]);
      if (!body.some((b) => b.kind === 'paragraph' || b.kind === 'item')) return false;
      const words = report.text.slice(body[0].start, s.end);
      return !hasAcronym(words) && !mentionsDefined(report.text, words) && !words.includes('[^');
    });
  },
  apply(report, section) {
    const heading = report.blocks[section.heading];
    const b = new TextBuilder(report.text);
    const kept = b.copy(0, report.blocks[section.body[0]].start);
    b.copy(section.end, report.text.length);
    return {
      pieces: b.pieces,
      expect: { rule: 'empty-section', spans: [{ start: heading.textStart, end: heading.end }] },
      note: `emptied "${headingText(report, section)}" (${section.body.length} blocks, up to offset ${kept.end})`,
    };
  },
});
