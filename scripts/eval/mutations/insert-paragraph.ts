// What the kinds that insert a sentence of their own as a paragraph share: where (after a
// paragraph of narrative — a prose block of 200 characters or more, under a section heading, not in
// a section whose claims need no evidence), and how (a blank line, the sentence, a blank line).
import { defineKind, type MutationKind, type Report } from './types';
import { TextBuilder, headingText, type Block } from './text';
import { templateSectionOf } from './template-sections';

export interface Place {
  /** The block the new paragraph follows. */
  after: Block;
}

const SUMMARY_OR_ACTIONS = /\b(?:summary|executive|key findings|headlines?|strengths|recommendations?|needs? to improve|areas? for (?:improvement|development|priority action)|priority (?:and immediate )?action|next steps)\b|\bbecause\W*$/i;
/** Sections that report no findings: the team's names, what the grades mean. */
const NOT_FINDINGS = /\b(?:inspection team|judgements? mean)\b/i;

/**
 * Narrative paragraphs (at least `minLength` characters) after which a paragraph can go. With
 * `evidenceAsked` (the evidence kinds), only where a quality-assurance reader asks for evidence;
 * without it (the publication-gate kinds: a placeholder or a child's name is a defect anywhere),
 * in every section.
 */
export function narrativePlaces(report: Report, accept: (block: Block) => boolean = () => true, minLength = 200, evidenceAsked = true): Place[] {
  const out: Place[] = [];
  const open: { level: number; heading: string }[] = [];
  for (const section of report.sections) {
    const heading = headingText(report, section);
    while (open.length && open[open.length - 1].level >= section.level) open.pop();
    open.push({ level: section.level, heading });
    if (section.level < 2) continue;
    if (evidenceAsked && !asksEvidence(report, heading, open)) continue;
    for (const i of section.body) {
      const block = report.blocks[i];
      if ((block.kind === 'paragraph' || block.kind === 'item') && block.end - block.textStart >= minLength && accept(block)) out.push({ after: block });
    }
  }
  return out;
}

/** Whether a QA reader asks for evidence in the section under `heading` (`open`: it and the headings above it). */
function asksEvidence(report: Report, heading: string, open: { level: number; heading: string }[]): boolean {
  const t = templateSectionOf(report.template, heading);
  if (t >= 0 && report.template.sections[t].evidenceExempt) return false;
  // Not in a summary, a list of strengths or of what to improve, or under one (a theme heading
  // in a list of areas for improvement is an action too): a summary's judgements are evidenced
  // later in the report and an action needs no evidence, so a claim planted there is no defect a
  // quality-assurance reader would query (read here from the headings' words, by the harness).
  // Nor in a section that reports no findings (the inspection team, what the grades mean).
  return !open.some((o) => o.level >= 2 && (SUMMARY_OR_ACTIONS.test(o.heading) || NOT_FINDINGS.test(o.heading)));
}

export interface InsertOptions {
  kind: string;
  issue: number;
  rule: string;
  description: string;
  /** The sentence to plant (one of several wordings, with the report's names in it). */
  sentence(report: Report, random: () => number): string;
  /** Which paragraphs it may follow (default: any narrative paragraph). */
  accept?: (block: Block, report: Report) => boolean;
}

/** A kind that inserts its sentence as its own paragraph and expects `rule` on it. */
export function insertedParagraphKind(options: InsertOptions): MutationKind<Place> {
  return defineKind<Place>({
    kind: options.kind,
    issue: options.issue,
    rule: options.rule,
    description: options.description,
    find: (report) => narrativePlaces(report, (block) => !options.accept || options.accept(block, report)),
    apply(report, place, random) {
      const sentence = options.sentence(report, random);
      const b = new TextBuilder(report.text);
      b.copy(0, place.after.end);
      b.insert('\n\n');
      const planted = b.insert(sentence);
      b.copy(place.after.end, report.text.length);
      return {
        pieces: b.pieces,
        expect: { rule: options.rule, spans: [planted] },
        note: `inserted "${sentence}"`,
      };
    },
  });
}
