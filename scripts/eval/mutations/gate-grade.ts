// Changes the grade a judgement heading states ("…children in care: good" → "…: inadequate"),
// so it disagrees with the judgement table. The rule may report the heading or the table row,
// and a report may disagree with itself already, so only a new finding on either counts.
import { defineKind, type Span } from './types';
import { mapSpan, pick, replace } from './text';

const SCALE = ['outstanding', 'good', 'requires improvement to be good', 'inadequate'];
const STATED = /(?:\s*:\s*|\s+(?:is|are)(?:\s+that\s+it\s+is)?:?\s+)(outstanding|good|requires improvement to be good|requires improvement|inadequate)\.?\s*$/i;

export interface GradeSite {
  heading: Span;
  grade: Span;
  tables: Span[];
}

export default defineKind<GradeSite>({
  kind: 'gate-grade',
  issue: 17,
  rule: 'grade-consistency',
  description: 'Change the grade a judgement heading states to another grade of the scale, in a report with a judgement table; expect a new grade-consistency finding on the heading or the table.',
  find(report) {
    const tables = report.blocks.filter((b) => b.kind === 'table' && /\|\s*(?:outstanding|good|requires improvement|inadequate)\b/i.test(report.text.slice(b.start, b.end)));
    if (!tables.length) return [];
    const out: GradeSite[] = [];
    for (const h of report.blocks) {
      if (h.kind !== 'heading' || h.level < 2) continue;
      const words = report.text.slice(h.textStart, h.end);
      const m = STATED.exec(words);
      if (!m) continue;
      const start = h.textStart + m.index + m[0].indexOf(m[1]);
      out.push({ heading: { start: h.textStart, end: h.end }, grade: { start, end: start + m[1].length }, tables: tables.map((t) => ({ start: t.start, end: t.end })) });
    }
    return out;
  },
  apply(report, site, random) {
    const was = report.text.slice(site.grade.start, site.grade.end);
    const base = was.toLowerCase().startsWith('requires improvement') ? 'requires improvement to be good' : was.toLowerCase();
    let grade = pick(random, SCALE.filter((g) => g !== base));
    if (/^[A-Z]/.test(was)) grade = grade[0].toUpperCase() + grade.slice(1);
    const { pieces, spans } = replace(report.text, [{ ...site.grade, newText: grade }]);
    const heading = { start: site.heading.start, end: spans[0].end + (site.heading.end - site.grade.end) };
    return {
      pieces,
      expect: { rule: 'grade-consistency', spans: [heading, ...site.tables.map((t) => mapSpan(pieces, t)!)], newOnly: true },
      note: `heading grade "${was}" → "${grade}": ${report.text.slice(site.heading.start, site.heading.end)}`,
    };
  },
});
