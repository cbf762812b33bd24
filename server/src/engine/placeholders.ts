// Unfilled placeholders in a draft: `[[guidance]]` left by snippets and fixes, TODO-like words,
// XX for a number, bracketed instructions and Lorem ipsum. Shared by the `placeholder` rule and
// the Report structure view (which marks sections that still hold one).
import type { ReportModel, Span } from './model';

/** The editor command that selects a range; a fix carries [start, end] offsets as its arguments. */
export const REVEAL_COMMAND_ID = 'inspection-reports.reveal';

export const DEFAULT_PLACEHOLDER_WORDS = ['TODO', 'TBC', 'TBD', 'TBA', 'FIXME'];

const GUIDANCE = /\[\[[^[\]]*\]\]/g;
const INSTRUCTION = /\[(?:insert|add|enter|include|state|give|name|names|date|dates|number|figure|figures|amount|x|tbc|tbd|todo)\b[^\]\n]{0,80}\]/gi;
const LOREM = /\blorem ipsum\b/gi;
// XXX anywhere; XX where it stands for a number: after a currency sign, before %, "of 14",
// "per cent" or a plural noun ("XX cases"), but not "Part XX" or "the XX chromosome".
const XX = /(?<![\p{L}\p{N}])[£$€]?(?:X{3,}|(?<=[£$€])X{2}|X{2}(?=%| per ?cent| (?:out )?of (?:the )?\d| [a-z]+s\b))%?(?![\p{L}\p{N}])/gu;

const patterns = new Map<string, RegExp>();

function wordPattern(words: string[]): RegExp {
  const key = words.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    const escaped = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = escaped.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : /(?!)/g;
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Placeholders in the draft's prose and front matter, in document order. */
export function findPlaceholders(model: ReportModel, words: string[] = DEFAULT_PLACEHOLDER_WORDS): Span[] {
  const found: Span[] = [];
  const text = model.text;
  if (model.frontMatter) for (const m of text.slice(0, model.frontMatter.end).matchAll(GUIDANCE)) found.push({ start: m.index!, end: m.index! + m[0].length });
  const word = wordPattern(words);
  for (const block of model.blocks) {
    const masked = block.text;
    // `[[…]]` is blanked in the masked text (it is guidance, not prose): find it in the source, outside code spans.
    if (masked.length && /\[\[/.test(text.slice(block.start, block.end))) {
      const source = text.slice(block.start, block.end);
      for (const m of source.matchAll(GUIDANCE)) {
        const before = source.slice(0, m.index);
        if ((before.match(/`/g)?.length ?? 0) % 2 === 1) continue;
        found.push({ start: block.start + m.index!, end: block.start + m.index! + m[0].length });
      }
    }
    const add = (pattern: RegExp) => {
      for (const m of masked.matchAll(pattern)) found.push({ start: block.start + m.index!, end: block.start + m.index! + m[0].length });
    };
    add(word);
    if (masked.includes('XX')) add(XX);
    if (masked.includes('[')) add(INSTRUCTION);
    if (/orem/i.test(masked)) add(LOREM);
  }
  return found.sort((a, b) => a.start - b.start);
}
