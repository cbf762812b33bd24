// The "add an evidence footnote" fix shared by the evidence rules.
import { sectionAt, type ProseBlock, type ReportModel, type Span } from '../model';
import { appendPoint } from '../structure';
import type { Fix } from '../types';
import { isJsWhitespace } from '../whitespace';

/**
 * A reference at the end of `sentence`, and a definition stub at the end of the report, labelled
 * after the section; none when no place for the reference would cite the sentence.
 */
export function evidenceFootnoteFixes(model: ReportModel, sentence: Span & { block: ProseBlock }): Fix[] {
  const at = referencePoint(sentence);
  if (at === undefined) return [];
  const { title, reference, end, stub } = sectionFix(model, sectionAt(model, at));
  return [{ title, edits: [{ start: at, end: at, newText: gluesToWordBefore(model.text, at) ? ` ${reference}` : reference }, { start: end, end, newText: stub }] }];
}

/**
 * Where the reference goes: at the sentence's end, unless that is inside a link's text ("see [the
 * audit. It](url)"). markdown-it reads nothing link-like inside link text, so a reference there
 * would stop the brackets being a link and the sentence would stay uncited. It goes before the
 * link's `[` when the sentence starts before it, else after the link (a reference cites the
 * sentence it follows), unless another sentence starts in the link after this one: that one
 * would take the reference, so there is no place for it.
 */
function referencePoint(sentence: Span & { block: ProseBlock }): number | undefined {
  const link = sentence.block.linkTexts.find((l) => l.start < sentence.end && sentence.end <= l.end);
  if (!link) return sentence.end;
  if (sentence.start < link.start) return link.start;
  const followed = sentence.block.sentences.some((s) => s.start >= sentence.end && s.start < link.end);
  return followed ? undefined : link.linkEnd;
}

/**
 * True when a reference inserted at `at` would not be read as one: after a backslash that
 * escapes its `[`, or after an unclosed `[` in the same word (`[^.` takes it into its label).
 */
function gluesToWordBefore(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 64 && !isJsWhitespace(text.charCodeAt(from - 1))) from--;
  let backslashes = 0;
  while (at - backslashes > from && text.charCodeAt(at - backslashes - 1) === 0x5c) backslashes++;
  if (backslashes % 2 === 1) return true;
  const word = text.slice(from, at);
  return word.lastIndexOf('[') > word.lastIndexOf(']');
}

interface SectionFix {
  title: string;
  reference: string;
  /** Where the definition stub goes, and its text. */
  end: number;
  stub: string;
}

const fixesBySection = new WeakMap<ReportModel, Map<number, SectionFix>>();

/**
 * The fix's text for findings in one section, built once per model and section: a long draft can
 * have thousands of unsupported claims, each offering this fix. The label is "<section-slug>-<n>",
 * the first unused in the report (each fix is offered on its own, so every finding may propose it).
 */
function sectionFix(model: ReportModel, section: number): SectionFix {
  let bySection = fixesBySection.get(model);
  if (!bySection) fixesBySection.set(model, (bySection = new Map()));
  let fix = bySection.get(section);
  if (fix) return fix;
  const label = freeLabel(model, slug(model.sections[section].heading?.text));
  const { at: end, lead, trail } = appendPoint(model);
  fix = {
    title: `Add evidence footnote [^${label}]`,
    reference: `[^${label}]`,
    end,
    stub: `${lead}[^${label}]: [[Evidence: what was read, seen or heard, and when]]${model.eol}${trail}`,
  };
  bySection.set(section, fix);
  return fix;
}

function slug(heading = 'evidence'): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 24) || 'evidence';
}

const usedLabels = new WeakMap<ReportModel, Set<string>>();

function freeLabel(model: ReportModel, base: string): string {
  let used = usedLabels.get(model);
  if (!used) usedLabels.set(model, (used = new Set([...model.footnoteDefinitions.map((d) => d.label), ...model.footnoteRefs.map((r) => r.label)])));
  let n = 1;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
