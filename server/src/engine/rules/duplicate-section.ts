import { defineRule } from '../rule';
import { analyseStructure } from '../structure';
import { normaliseHeading, type CompiledTemplate } from '../templates/match';
import type { ReportModel } from '../model';

export default defineRule({
  id: 'duplicate-section',
  description: 'The same section appears twice.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: false,
  options: {},
  docs: `Reports a heading that matches a template section already present earlier (for
example "Wellbeing" after "Well-being", or the Welsh "Llesiant" after it), and a heading
repeated word for word under the same parent. The finding points at the first occurrence so
that the two can be merged.

Sub-headings are not sections: a heading that names a template section inside another template
section it does not belong to (the "Summary" under each judgement, a board review's own
"Recommendations") is not a second copy. Nor is a repeat that a later part of the report
separates from the first: for a template section, a heading between them naming a later
section of a higher level (a separate review); for a heading the template does not know, any
heading or judgement-table row naming a template section between them (the "Summary" and
"Inspection findings" under each judgement).`,
  check(model, ctx) {
    const structure = analyseStructure(model, ctx.template);
    const reported = new Set<number>();
    // Computed only when a repeat is found (it reads every heading and table cell).
    let markerList: { at: number; index: number }[] | undefined;
    const markers = () => (markerList ??= ctx.template ? templateMarkers(model, ctx.template) : []);
    const sections = ctx.template?.template.sections ?? [];
    for (const state of structure.states) {
      let first = state.sections[0];
      for (const index of state.sections.slice(1)) {
        const from = model.sections[first].start;
        const to = model.sections[index].start;
        const level = state.templateSection.level;
        // A later part of the report (a higher-level section further on in the template) in between.
        if (someBetween(markers(), from, to, (m) => m.index > state.templateIndex && sections[m.index].level < level)) {
          first = index;
          continue;
        }
        reported.add(index);
        report(index, first, `"${state.templateSection.title}"`);
      }
    }
    const seen = new Map<string, number>();
    for (const section of model.sections) {
      if (!section.heading || reported.has(section.index) || structure.templateIndexOf[section.index] >= 0) continue;
      const key = `${section.parent}\u0000${section.level}\u0000${normaliseHeading(section.heading.text)}`;
      const first = seen.get(key);
      seen.set(key, section.index);
      if (first === undefined) continue;
      const from = model.sections[first].start;
      const to = section.start;
      if (!someBetween(markers(), from, to, () => true)) report(section.index, first, `"${section.heading.text}"`);
    }

    function report(index: number, first: number, name: string) {
      const heading = model.sections[index].heading!;
      const original = model.sections[first].heading!;
      ctx.report({
        start: heading.textStart,
        end: heading.textEnd,
        message: `Duplicate section: ${name} already appears at ${ctx.where(original.start, heading.start)}.`,
        related: [{ start: original.textStart, end: original.textEnd, message: 'First occurrence' }],
      });
    }
  },
});

/** Whether a marker strictly between two offsets passes `test` (markers sorted by offset; a binary search for the first). */
function someBetween(markers: readonly { at: number; index: number }[], from: number, to: number, test: (m: { at: number; index: number }) => boolean): boolean {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].at <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < markers.length && markers[i].at < to; i++) if (test(markers[i])) return true;
  return false;
}

/** Where a heading, or a table cell (a judgement table's row), names a template section, in document order. */
function templateMarkers(model: ReportModel, template: CompiledTemplate): { at: number; index: number }[] {
  const markers: { at: number; index: number }[] = [];
  for (const section of model.sections) {
    const index = section.heading ? template.match(section.heading.text) : -1;
    if (index >= 0) markers.push({ at: section.start, index });
  }
  for (const block of model.blocks) {
    if (block.kind !== 'cell') continue;
    const index = template.match(block.text);
    if (index >= 0) markers.push({ at: block.start, index });
  }
  return markers.sort((a, b) => a.at - b.at);
}
