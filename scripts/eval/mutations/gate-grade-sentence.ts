// Changes the grade a sentence of the narrative states for a judgement ("The graded judgement for
// adoption performance is that it is good." → "… inadequate."), so it disagrees with the
// judgement table. Sites are sentences whose subject is written as Ofsted writes a judgement
// ("The graded judgement for/about …", "The effectiveness of …", "The experiences and progress
// of …", "The impact of leaders …", "Adoption performance", "Help and protection", "The Local
// Safeguarding Children Board …") and whose judgement the table also grades (by keywords, as in
// gate-grade); "Practice with children in care is good." is not a grade statement and no site.
import { defineKind } from './types';
import { changeGrade, family, gradedInTables, judgementTables, type GradeSite } from './gate-grade';

const SENTENCE =
  /(?<=^|[.!?]\s+)((?:The graded judge?ment (?:for|about)|The effectiveness of|The experiences? (?:and progress )?of|The impact of leaders|Adoption performance|Help and protection|(?:The )?Local Safeguarding Children Board)[^.!?|]*?)\s+(?:is|are)(?:\s+that\s+(?:it|they)\s+(?:is|are))?\s+(outstanding|good|requires improvement(?: to be good)?|inadequate)\.(?=\s|$)/gi;

export default defineKind<GradeSite>({
  kind: 'gate-grade-sentence',
  issue: 17,
  rule: 'grade-consistency',
  description: 'Change the grade a sentence of the narrative states for a judgement (in a report whose table grades it too); expect a new grade-consistency finding on the sentence or the table.',
  find(report) {
    const tables = judgementTables(report);
    if (!tables.length) return [];
    const graded = gradedInTables(report, tables);
    const out: GradeSite[] = [];
    for (const b of report.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
      const text = report.text.slice(b.start, b.end);
      for (const m of text.matchAll(SENTENCE)) {
        if (!graded.has(family(m[1]))) continue;
        const start = b.start + m.index! + m[0].lastIndexOf(m[2]);
        out.push({ heading: { start: b.start + m.index!, end: b.start + m.index! + m[0].length }, grade: { start, end: start + m[2].length }, tables: tables.map((t) => ({ start: t.start, end: t.end })) });
      }
    }
    return out;
  },
  apply: (report, site, random) => changeGrade(report, site, random, 'sentence'),
});
