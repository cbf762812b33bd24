// Changes the grade a judgement heading states ("…children in care: good" → "…: inadequate"),
// so it disagrees with the judgement table. The rule may report the heading or the table row,
// and a report may disagree with itself already, so only a new finding on either counts. Only
// headings whose judgement the table also grades are sites: a heading that states the only
// grade of its judgement ("Children's services in Wigan are good" above a SIF table with no
// overall row) can be changed without any disagreement to find. Which judgement a heading or a
// row names is read here by keywords, independently of the engine's list of judgement names.
import { defineKind, type Mutation, type Report, type Span } from './types';
import { mapSpan, pick, replace } from './text';

const SCALE = ['outstanding', 'good', 'requires improvement to be good', 'inadequate'];
const STATED = /(?:\s*:\s*|\s+(?:is|are)(?:\s+that\s+it\s+is)?:?\s+)(outstanding|good|requires improvement to be good|requires improvement|inadequate)\.?\s*$/i;

/** Which of Ofsted's judgements a heading or a table row names, by its keywords ('' for none). */
export function family(label: string): string {
  const l = label.toLowerCase();
  if (/overall|children[’']?s services in/.test(l)) return 'overall';
  if (/safeguarding children board|\blscb\b/.test(l)) return 'lscb';
  if (/adoption/.test(l)) return 'adoption';
  if (/help and protection/.test(l)) return 'help-and-protection';
  if (/(?:in care|looked after)\b.*care leavers/.test(l)) return 'children-in-care-and-care-leavers';
  if (/care leavers/.test(l)) return 'care-leavers';
  if (/in care|looked after/.test(l)) return 'children-in-care';
  if (/leaders|leadership/.test(l)) return 'leaders';
  return '';
}

/** The judgements (by keyword family) the report's judgement tables grade. */
export function gradedInTables(report: Report, tables = judgementTables(report)): Set<string> {
  return new Set(tables.flatMap((t) => report.text.slice(t.start, t.end).split('\n').map((row) => family(row.split('|')[1] ?? ''))));
}

/** Tables with a grade in a cell. */
export function judgementTables(report: Report) {
  return report.blocks.filter((b) => b.kind === 'table' && /\|\s*(?:outstanding|good|requires improvement|inadequate)\b/i.test(report.text.slice(b.start, b.end)));
}

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
    const tables = judgementTables(report);
    if (!tables.length) return [];
    const graded = gradedInTables(report, tables);
    const out: GradeSite[] = [];
    for (const h of report.blocks) {
      if (h.kind !== 'heading' || h.level < 2) continue;
      const words = report.text.slice(h.textStart, h.end);
      const m = STATED.exec(words);
      if (!m || !graded.has(family(words.slice(0, m.index)))) continue;
      const start = h.textStart + m.index + m[0].indexOf(m[1]);
      out.push({ heading: { start: h.textStart, end: h.end }, grade: { start, end: start + m[1].length }, tables: tables.map((t) => ({ start: t.start, end: t.end })) });
    }
    return out;
  },
  apply: (report, site, random) => changeGrade(report, site, random, 'heading'),
});

/** The site's grade changed to another of the scale; the finding is expected on the site (heading or sentence) or the table. */
export function changeGrade(report: Report, site: GradeSite, random: () => number, what: string): Mutation {
  const was = report.text.slice(site.grade.start, site.grade.end);
  const base = was.toLowerCase().startsWith('requires improvement') ? 'requires improvement to be good' : was.toLowerCase();
  let grade = pick(random, SCALE.filter((g) => g !== base));
  if (/^[A-Z]/.test(was)) grade = grade[0].toUpperCase() + grade.slice(1);
  const { pieces, spans } = replace(report.text, [{ ...site.grade, newText: grade }]);
  const stated = { start: site.heading.start, end: spans[0].end + (site.heading.end - site.grade.end) };
  return {
    pieces,
    expect: { rule: 'grade-consistency', spans: [stated, ...site.tables.map((t) => mapSpan(pieces, t)!)], newOnly: true },
    note: `${what} grade "${was}" → "${grade}": ${report.text.slice(site.heading.start, site.heading.end)}`,
  };
}
