// Unfilled placeholders in a draft: `[[guidance]]` left by snippets and fixes, TODO-like words,
// XX for a number, bracketed instructions and Lorem ipsum. Shared by the `placeholder` rule and
// the Report structure view (which marks sections that still hold one).
import type { ProseBlock, ReportModel, Span } from './model';
import { eitherOf, matchOf, placeItems, scanBlocks, startingWith, unmaskedIn, type ScanPattern } from './scan';

/** The editor command that selects a range; a fix carries [start, end] offsets as its arguments. */
export const REVEAL_COMMAND_ID = 'inspection-reports.reveal';

export const DEFAULT_PLACEHOLDER_WORDS = ['TODO', 'TBC', 'TBD', 'TBA', 'FIXME'];

const BRACKETED = /\[(?:insert|add|enter|include|state|give|name|names|date|dates|number|figure|figures|amount|x|tbc|tbd|todo)\b[^\]\n]{0,80}\]/gi;
/**
 * "Lorem ipsum" in any case (/\blorem ipsum\b/gi), found from its "psum" and read back: a
 * pattern that starts at a rarer letter is tried at fewer places (0.6 -> 0.35 ms over 100,000 words).
 */
const LOREM_IPSUM: ScanPattern = {
  lastIndex: 0,
  exec(text: string): RegExpExecArray | null {
    PSUM.lastIndex = this.lastIndex + 7;
    const m = PSUM.exec(text);
    if (!m) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = PSUM.lastIndex;
    return matchOf(text, m.index - 7, PSUM.lastIndex);
  },
};
const PSUM = /[Pp][Ss][Uu][Mm]\b(?<=\b[Ll][Oo][Rr][Ee][Mm] [Ii][Pp][Ss][Uu][Mm])/g;
/** Bracketed instructions ("[insert date]") or Lorem ipsum. */
export const INSTRUCTION_PATTERN = new RegExp(`${BRACKETED.source}|\\blorem ipsum\\b`, 'gi');
/** INSTRUCTION_PATTERN's matches, its two halves found each from its own start (the whole, case-blind, was tried at every position). */
export const INSTRUCTION = eitherOf(startingWith('[', BRACKETED), LOREM_IPSUM);
// XXX anywhere; XX where it stands for a number: after a currency sign, before %, "of 14",
// "per cent" or a lower-case word ("XX cases", "XX care leavers"), but not "Part XX" or "XX." in a list.
const XX_NUMBER = /^(?:[£$€]X{2,}|X{3,}|X{2}(?=%| per ?cent| (?:out )?of (?:the )?\d| (?!of\b|out\b)[a-z]))/;

const patterns = new Map<string, RegExp>();

/** `[[guidance]]` (group 1), a placeholder word, or X's, case-sensitive, in one pass (boundaries are checked after). */
function mainPattern(words: string[]): RegExp {
  const key = words.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    const escaped = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(String.raw`(\[\[[^[\]]*\]\])|[£$€]?XX+%?${escaped.length ? `|${escaped.join('|')}` : ''}`, 'g');
    patterns.set(key, pattern);
  }
  return pattern;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Placeholders in the draft's prose and front matter, in document order. */
export function findPlaceholders(model: ReportModel, words: string[] = DEFAULT_PLACEHOLDER_WORDS): Span[] {
  const found: Span[] = [];
  const text = model.text;
  // In the front matter, only `[[…]]` (a snippet's guidance in a field).
  const front = text.slice(0, model.frontMatter?.end ?? 0);
  for (const m of front.matchAll(GUIDANCE)) found.push({ start: m.index!, end: m.index! + m[0].length });
  const key = words.join('\u0000');
  found.push(...placeItems(scanBlocks(model, `placeholders:${key}`, mainPattern(words), placeholderAt, { eligible: anyBlock })));
  found.push(...placeItems(scanBlocks(model, 'placeholder-instructions', INSTRUCTION, instructionAt, { eligible: anyBlock })));
  return found.sort((a, b) => a.start - b.start);
}

const GUIDANCE = /\[\[[^[\]]*\]\]/g;
const anyBlock = () => true;

function placeholderAt(text: string, m: RegExpExecArray, from: number, to: number, block: ProseBlock): Span | undefined {
  const start = m.index;
  const end = start + m[0].length;
  if (m[1] !== undefined) {
    // `[[…]]` is blanked in the masked text (it is guidance, not prose): keep it unless it is in a code span.
    return (block.text.slice(0, start - from).match(/`/g)?.length ?? 0) % 2 === 0 ? { start, end } : undefined;
  }
  if ((start > from && isWordChar(text.charCodeAt(start - 1))) || (end < to && isWordChar(text.charCodeAt(end)))) return undefined;
  if (m[0].includes('XX') && !XX_NUMBER.test(text.slice(start, Math.min(to, end + 20)))) return undefined;
  return unmaskedIn(text, start, end, from, to, block) ? { start, end } : undefined;
}

function instructionAt(text: string, m: RegExpExecArray, from: number, to: number, block: ProseBlock): Span | undefined {
  const start = m.index;
  return unmaskedIn(text, start, start + m[0].length, from, to, block) ? { start, end: start + m[0].length } : undefined;
}
