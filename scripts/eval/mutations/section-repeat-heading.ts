// Repeats a section's heading between two of its paragraphs, as a writer who pastes a heading
// twice would: the section is split into two of the same name.
import { defineKind } from './types';
import { TextBuilder, between, headingText, type Section } from './text';

export default defineKind<Section>({
  kind: 'section-repeat-heading',
  issue: 13,
  rule: 'duplicate-section',
  description: 'Repeat a section heading before a later paragraph of the same section; expect duplicate-section on the copy.',
  find(report) {
    return report.sections.filter(
      (s) => s.level >= 2 && !s.hasSubsections && s.body.filter((i) => ['paragraph', 'item'].includes(report.blocks[i].kind)).length >= 2,
    );
  },
  apply(report, section, random) {
    const heading = report.blocks[section.heading];
    const prose = section.body.filter((i) => ['paragraph', 'item'].includes(report.blocks[i].kind));
    const before = report.blocks[prose[between(random, 1, prose.length - 1)]];
    const line = report.text.slice(heading.start, heading.end);
    const b = new TextBuilder(report.text);
    b.copy(0, before.start);
    const copy = b.insert(`${line}\n\n`);
    b.copy(before.start, report.text.length);
    return {
      pieces: b.pieces,
      expect: { rule: 'duplicate-section', spans: [{ start: copy.start + heading.textStart - heading.start, end: copy.start + line.length }] },
      note: `repeated "${headingText(report, section)}" before line ${report.text.slice(0, before.start).split('\n').length}`,
    };
  },
});
