import { defineRule } from '../rule';
import type { ReportModel, ProseBlock, Span } from '../model';
import { compileScale, gradeScaleOf, type CompiledScale } from '../templates/grades';
import { aroundLetter, matchOf, scanBlocks, type ScanOptions, type ScanVisitor } from '../scan';
import type { RelatedLocation } from '../types';

/** One place a report states a grade. */
interface Statement {
  key: string;
  grade: number;
  start: number;
  end: number;
  /** What the statement is, for messages: "the judgement table", "a heading", "a rating line". */
  where: string;
  fromTable: boolean;
}

export default defineRule({
  id: 'grade-consistency',
  description: 'A judgement is given different grades in different places (table, headings, summary), or breaks a rule its framework states between grades.',
  defaultSeverity: 'error',
  tags: ['document'],
  fixable: false,
  options: {},
  docs: `The grades a report gives must agree wherever they are stated: the judgement table, the
judgement headings ("The experiences and progress of children in care: good"), the overall
statement ("The overall judgement is requires improvement", "Children's services in … are
good"), \`Rating:\` lines under a rated section, and sentences of the narrative whose subject is
a judgement's name ("The graded judgement for adoption performance is that it is good.", "The
effectiveness of the Local Safeguarding Children Board (LSCB) is inadequate."; or the name restated
under the judgement's own heading, "The experiences of children and the progress they make as a
result of effective social work practice are good.", Telford and Wrekin, March 2020; not "Staff
morale is good."). A grade that disagrees with the judgement
table (or, with no table, with the first statement of that judgement) is reported where it is
written, with the table's grade as the related location.

**Scales.** Each template declares its scale. Built in:

| Template | Grades, best first | Judgements |
|---|---|---|
| \`ofsted-ilacs\`, \`ofsted-sif\` | Outstanding, Good, Requires improvement to be good ("requires improvement"), Inadequate | overall effectiveness; help and protection; children in care (looked after and achieving permanence); care leavers; impact of leaders (leadership, management and governance); adoption performance; the LSCB |
| \`cqc\` | Outstanding, Good, Requires improvement, Inadequate | overall; safe; effective; caring; responsive; well-led |
| \`ciw-regulated-service\` | Excellent, Good, Requires improvement, Requires significant improvement | well-being; care and support; environment; leadership and management (no overall rating) |

A workspace template declares its own scale with \`ratings\` (best first); its sections are then
the judgements, named in tables, headings or \`Rating:\` lines.

**Rules between grades.** Only rules a framework publishes are checked; none is invented.

- CQC's rating principles (CQC, *How we aggregate ratings using the rating principles*, 12 May
  2022): an overall rating of outstanding normally needs at least two key questions rated
  outstanding and the rest good; the overall rating is normally good only with no key question
  inadequate and at most one requiring improvement; two or more key questions requiring
  improvement normally make the overall rating requires improvement, and two or more inadequate
  make it inadequate. An overall rating that departs from these is reported, so that the report
  says why.
- Ofsted (ILACS, SIF): the frameworks grade each judgement on its evidence and state no
  arithmetic between them, so only agreement is checked.
- CIW (Regulated Services (Inspection Ratings) (Wales) Regulations 2025): each theme is rated on
  its own and there is no overall rating, so only agreement is checked.

Example (planted into a real report, Barnsley 2023, and marked as such): the table gives
"The experiences and progress of children in care | Good", and the heading is changed to
"## The experiences and progress of children in care: requires improvement to be good"; the
heading is reported.`,
  check(model, ctx) {
    if (!ctx.template) return;
    const scale = gradeScaleOf(ctx.template.template);
    if (!scale) return;
    const compiled = compileScale(scale);
    const statements = collectStatements(model, compiled);
    if (!statements.length) return;
    const byKey = new Map<string, Statement[]>();
    for (const s of statements) {
      let list = byKey.get(s.key);
      if (!list) byKey.set(s.key, (list = []));
      list.push(s);
    }
    const nameOf = (key: string) => scale.judgements.find((j) => j.key === key)?.names[0] ?? key;
    const agreed = new Map<string, Statement>();
    for (const [key, list] of byKey) {
      const table = list.find((s) => s.fromTable);
      const reference = table ?? list[0];
      agreed.set(key, reference);
      // With no table to go by, neither statement is known to be the right one: both are reported.
      const disagreeing = list.filter((s) => s.grade !== reference.grade);
      if (!table && disagreeing.length) {
        const other = disagreeing[0];
        ctx.report({
          start: reference.start,
          end: reference.end,
          message: `"${nameOf(key)}" is graded ${scale.grades[reference.grade]} here but ${scale.grades[other.grade]} in ${other.where} (line ${model.lines.lineAt(other.start) + 1}): make the grades agree.`,
          related: [{ start: other.start, end: other.end, message: `${scale.grades[other.grade]} in ${other.where}` }],
        });
      }
      for (const s of list) {
        if (s === reference || s.grade === reference.grade) continue;
        const line = model.lines.lineAt(reference.start) + 1;
        ctx.report({
          start: s.start,
          end: s.end,
          message: `"${nameOf(key)}" is graded ${scale.grades[s.grade]} here but ${scale.grades[reference.grade]} in ${reference.where} (line ${line}): make the grades agree.`,
          related: [{ start: reference.start, end: reference.end, message: `${scale.grades[reference.grade]} in ${reference.where}` }],
        });
      }
    }
    if (scale.rules?.includes('cqc-aggregation')) checkCqcAggregation(scale.grades, agreed, scale.judgements.find((j) => j.overall)?.key, ctx.report);
  },
});

export function collectStatements(model: ReportModel, scale: CompiledScale): Statement[] {
  const statements: Statement[] = [];
  // "X: good", "X – good", "X is good", "X are: good", "The graded judgement for X is that it is good".
  const gradeAtEnd = new RegExp(`^(.*?)(?:\\s*[:–—-]\\s*|\\s+(?:is|are)(?:\\s+that\\s+(?:it|they)\\s+(?:is|are))?(?:\\s*:\\s*|\\s+))(${scale.gradePattern})[\\s.]*$`, 'i');
  const ratingLine = new RegExp(`^[\\s*_]*(?:overall\\s+)?(?:rating|grade|judgement)[\\s*_]*:[\\s*_]*(${scale.gradePattern})\\b`, 'i');
  let row: ProseBlock[] = [];
  let rowLine = -1;
  const flushRow = () => {
    if (row.length >= 2) tableStatement(row, scale, statements);
    row = [];
  };
  const mentionsOverall = new Map(scanBlocks(model, 'mentions-overall', OVERALL_HINT, hint, NOT_FOOTNOTES).map((x) => [x.block, x.items] as const));
  /** The judgement a section's heading names ("The experiences and progress of children in care: good"), if any. */
  const sectionJudgement = (section: number): string | undefined => {
    const heading = model.sections[section]?.heading;
    return heading && scale.judgementOf(heading.text.replace(gradeAtEnd, '$1'));
  };
  for (const block of model.blocks) {
    if (block.footnote !== undefined) continue;
    if (block.kind === 'cell') {
      const line = model.lines.lineAt(block.start);
      if (line !== rowLine) flushRow();
      rowLine = line;
      row.push(block);
      continue;
    }
    flushRow();
    rowLine = -1;
    const text = block.text;
    if (block.kind === 'heading') {
      const trimmed = text.trim();
      const lead = text.length - text.trimStart().length;
      const overall = overallStatement(trimmed, scale);
      if (overall) {
        statements.push(at(block.start + lead, overall, 'overall', 'a heading', false));
        continue;
      }
      const m = gradeAtEnd.exec(trimmed);
      if (!m) continue;
      const key = scale.judgementOf(m[1]);
      const grade = scale.gradeOf(m[2]);
      if (key === undefined || grade === undefined) continue;
      const gradeStart = block.start + lead + trimmed.length - m[0].length + m[0].lastIndexOf(m[2]);
      statements.push({ key, grade, start: gradeStart, end: gradeStart + m[2].length, where: 'a heading', fromTable: false });
      continue;
    }
    // A `Rating: Good` line grades the section it is in.
    const rating = ratingLine.exec(text);
    if (rating) {
      const key = sectionJudgement(block.section);
      const grade = scale.gradeOf(rating[1]);
      if (key && grade !== undefined) {
        const s = block.start + rating.index + rating[0].length - rating[1].length;
        statements.push({ key, grade, start: s, end: s + rating[1].length, where: 'a rating line', fromTable: false });
      }
    }
    // "The overall judgement is …", "Children's services in … are good": at the start of a sentence.
    const mentions = mentionsOverall.get(block);
    if (!mentions) continue;
    for (const sentence of block.sentences) {
      const from = sentence.start - block.start;
      const to = sentence.end - block.start;
      if (!mentions.some((x) => x.start >= from && x.start < to)) continue;
      const overall = overallStatement(text.slice(from, sentence.end - block.start), scale);
      if (overall) statements.push(at(sentence.start, overall, 'overall', 'the overall statement', false));
    }
  }
  flushRow();
  sentenceStatements(model, scale, statements, sectionJudgement);
  return statements.sort((a, b) => a.start - b.start);
}

/**
 * Overall statements name the overall judgement or the services: sentences with neither word
 * (in any case) are not read for one. Each word is found from its "v" (aroundLetter: the
 * case-blind /overall|services/gi was tried at every position, 0.6–0.9 ms over 100,000 words),
 * block by block and cached; the match is its letters from the "v".
 */
const OVERALL_HINT = aroundLetter('v', (text: string, v: number) => {
  // Letter by letter, the likeliest miss first ("have", "improve"): asked at every "v".
  if (letterAt(text, v + 1, 101) && letterAt(text, v - 1, 111) && letterAt(text, v + 2, 114) && letterAt(text, v + 3, 97) && letterAt(text, v + 4, 108) && letterAt(text, v + 5, 108)) return matchOf(text, v, v + 6); // o-v-erall
  if (letterAt(text, v + 1, 105) && letterAt(text, v + 2, 99) && letterAt(text, v + 3, 101) && letterAt(text, v + 4, 115) && letterAt(text, v - 1, 114) && letterAt(text, v - 2, 101) && letterAt(text, v - 3, 115)) return matchOf(text, v, v + 5); // ser-v-ices
  return null;
});
/** Whether the character at `at` is the lower-case ASCII letter `code`, in either case. */
function letterAt(text: string, at: number, code: number): boolean {
  const c = text.charCodeAt(at);
  return c === code || c + 32 === code;
}
const NOT_FOOTNOTES: ScanOptions = { eligible: (block) => block.footnote === undefined };
const hint = (_text: string, m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });

/** A lower-case alternation ("good|requires\\s+improvement") with each alternative's first letter in either case. */
function firstLetterEitherCase(alternation: string): string {
  return alternation
    .split('|')
    .map((a) => (/^[a-z]/.test(a) ? `[${a[0].toUpperCase()}${a[0]}]${a.slice(1)}` : a))
    .join('|');
}

const PARAGRAPHS: ScanOptions = { eligible: (block) => block.kind === 'paragraph' && block.footnote === undefined };
/** A subject restating a judgement's name, "the experiences (and|of) … progress …", as Ofsted's judgements are named. */
const RESTATED_JUDGEMENT = /^\W*(?:\d+\.\s+)?the\s+experiences?\s+(?:and|of)\b.*\bprogress\b/i;

const sentencePatterns = new WeakMap<CompiledScale, { key: string; ending: RegExp; visit: ScanVisitor<Span>; whole: RegExp }>();
let scalesSeen = 0;

/**
 * Sentences of the narrative that grade a judgement by name: "The graded judgement for adoption
 * performance is that it is good.", "The effectiveness of the LSCB is inadequate." A sentence
 * ending in a grade is found block by block (cached with the block); its subject must then be a
 * judgement's name, so "Staff morale is good." states no grade.
 */
function sentenceStatements(model: ReportModel, scale: CompiledScale, statements: Statement[], sectionJudgement: (section: number) => string | undefined): void {
  let patterns = sentencePatterns.get(scale);
  if (!patterns) {
    const verb = `\\s+(?:is|are)(?:\\s+that\\s+(?:it|they)\\s+(?:is|are))?\\s+`;
    // The full stop (or "!") after a grade that ends a sentence, found by the stop and then the
    // grade before it (a pattern that started with the grade was tried at every "o", "i", "g" and
    // "r": 2.6 -> 0.3 ms over 570,000 characters of real reports). The grade is matched
    // case-sensitively with the first letter either way (a case-blind pattern was slower still).
    // The verb before it is checked on the sentence.
    const source = `[.!](?<=\\b(?:${firstLetterEitherCase(scale.gradePattern)})[\\s”"’']*.)`;
    const within = new RegExp(source, 'y');
    patterns = {
      key: `grade-sentences:${++scalesSeen}`,
      ending: new RegExp(source, 'g'),
      // The grade must be in the stop's own block: the look-behind reads the text before the
      // block when the whole document is scanned, so it is read again within the block alone.
      visit: (text, m, from) => {
        within.lastIndex = m.index - from;
        return within.test(text.slice(from, m.index + 1)) ? { start: m.index, end: m.index + 1 } : undefined;
      },
      whole: new RegExp(`^(.*?)${verb}(${scale.gradePattern})[\\s”"’'.!]*$`, 'i'),
    };
    sentencePatterns.set(scale, patterns);
  }
  const { whole } = patterns;
  for (const { block, items } of scanBlocks(model, patterns.key, patterns.ending, patterns.visit, PARAGRAPHS)) {
    for (const item of items) {
      const at = block.start + item.start;
      const sentence = block.sentences.find((x) => x.start <= at && at < x.end);
      if (!sentence) continue;
      const text = block.text.slice(sentence.start - block.start, sentence.end - block.start);
      const m = whole.exec(text);
      if (!m) continue;
      // The judgement's name, or its name restated under its own heading ("The experiences of
      // children and the progress they make … are good." under "… help and protection: good").
      const key = scale.judgementOf(m[1]) ?? (RESTATED_JUDGEMENT.test(m[1]) ? sectionJudgement(block.section) : undefined);
      const grade = scale.gradeOf(m[2]);
      if (key === undefined || grade === undefined) continue;
      const start = sentence.start + m[0].lastIndexOf(m[2]);
      // Sentences that are also overall statements are counted once.
      if (statements.some((x) => x.start === start)) continue;
      statements.push({ key, grade, start, end: start + m[2].length, where: 'a sentence', fromTable: false });
    }
  }
}

function at(base: number, found: { grade: number; index: number; length: number }, key: string, where: string, fromTable: boolean): Statement {
  return { key, grade: found.grade, start: base + found.index, end: base + found.index + found.length, where, fromTable };
}

/** The grade an overall statement gives, with where its grade words are in `text`. */
function overallStatement(text: string, scale: CompiledScale): { grade: number; index: number; length: number } | undefined {
  for (const pattern of scale.overallStatements) {
    const m = pattern.exec(text);
    if (!m) continue;
    const grade = scale.gradeOf(m[1]);
    if (grade === undefined) continue;
    return { grade, index: m.index + m[0].length - m[1].length, length: m[1].length };
  }
  return undefined;
}

/** A table row "label | … | grade" that grades a judgement. */
function tableStatement(row: ProseBlock[], scale: CompiledScale, statements: Statement[]): void {
  const last = row[row.length - 1];
  const grade = scale.gradeOf(last.text);
  if (grade === undefined) return;
  const key = scale.judgementOf(row[0].text);
  if (key === undefined) return;
  const lead = last.text.length - last.text.trimStart().length;
  statements.push({ key, grade, start: last.start + lead, end: last.start + last.text.trimEnd().length, where: 'the judgement table', fromTable: true });
}

/** CQC's rating principles relating the overall rating to the five key questions. */
function checkCqcAggregation(
  grades: string[],
  agreed: Map<string, Statement>,
  overallKey: string | undefined,
  report: (f: { start: number; end: number; message: string; related?: RelatedLocation[] }) => void,
): void {
  const overall = overallKey ? agreed.get(overallKey) : undefined;
  if (!overall) return;
  const questions = [...agreed.entries()].filter(([k]) => k !== overallKey).map(([, s]) => s);
  if (questions.length < 5) return;
  const count = (g: number) => questions.filter((q) => q.grade === g).length;
  const worse = (g: number) => questions.filter((q) => q.grade > g).length;
  const [outstanding, good, ri, inadequate] = [0, 1, 2, 3];
  let problem: string | undefined;
  if (overall.grade === outstanding && (count(outstanding) < 2 || worse(good) > 0))
    problem = 'an overall rating of outstanding normally needs at least two key questions rated outstanding and the rest good';
  else if (overall.grade === good && (count(inadequate) > 0 || count(ri) > 1))
    problem = 'the overall rating is normally good only with no key question inadequate and at most one requiring improvement';
  else if (count(inadequate) >= 2 && overall.grade < inadequate) problem = 'two or more key questions rated inadequate normally make the overall rating inadequate';
  else if (count(ri) >= 2 && overall.grade < ri) problem = 'two or more key questions requiring improvement normally make the overall rating requires improvement';
  if (problem)
    report({
      start: overall.start,
      end: overall.end,
      message: `Overall ${grades[overall.grade]} departs from CQC's rating principles: ${problem}. Check the ratings, or say in the report why this one departs.`,
    });
}
