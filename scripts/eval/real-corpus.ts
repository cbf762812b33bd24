// What the real-report evaluations share: choosing a report's template from its own words,
// naming it in the front matter, counting words, keying findings for the judgements files, and a
// seeded shuffle.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type Verdict = 'TRUE' | 'FALSE' | 'DEBATABLE' | 'CONVERSION';
export interface Judgement {
  verdict: Verdict;
  reason: string;
}

/**
 * Ofsted's two frameworks for local authority children's services, told apart by the report's
 * own title: SIF (2013-2018) reports are "(Re-)inspection of services for children in need of
 * help and protection, children looked after and care leavers"; every other is ILACS (2018 on).
 */
export function ofstedTemplateFor(text: string): 'ofsted-sif' | 'ofsted-ilacs' {
  const head = text.slice(0, 3000);
  // The title itself, not a later mention ("good services for children in need of help and protection").
  return /inspection of services for children in need of help and protection/i.test(head) ? 'ofsted-sif' : 'ofsted-ilacs';
}

/** The text with `template: id` added to its front matter (or a front matter made for it). */
export function withTemplate(text: string, templateId: string): string {
  if (text.startsWith('---\n')) return `---\ntemplate: ${templateId}\n${text.slice(4)}`;
  return `---\ntemplate: ${templateId}\n---\n\n${text}`;
}

/** Words of the report's prose: whitespace-separated tokens outside the front matter. */
export function countWords(text: string): number {
  let body = text;
  if (body.startsWith('---\n')) {
    const end = body.indexOf('\n---', 4);
    if (end >= 0) body = body.slice(end + 4);
  }
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A finding's key in the judgements files: the file's name, the rule and a quotation of the text it
 * covers. A short span is quoted with up to 40 characters of its line on either side, the span
 * itself between « and », so that two findings on the same word in different places differ. The
 * quotation is of the report's words only, so the key survives any change that leaves the finding
 * on the same text.
 */
export function findingKey(file: string, ruleId: string, text: string, f: { start: number; end: number }): { key: string; quote: string } {
  const span = text.slice(f.start, f.end);
  let quote: string;
  if (span.length >= 30) quote = collapse(span).slice(0, 160);
  else {
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    let lineEnd = text.indexOf('\n', f.end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(Math.max(lineStart, f.start - 40), f.start);
    const after = text.slice(f.end, Math.min(lineEnd, f.end + 40));
    quote = collapse(`${before}«${span}»${after}`);
  }
  quote = quote.replace(/\t/g, ' ');
  return { key: `${ruleId}\t${file}\t${quote}`, quote };
}

/** Every judgements file of a folder: <rule-id>.tsv with columns file, quote, verdict, reason. */
export function loadJudgements(dir: string): Map<string, Judgement> {
  const out = new Map<string, Judgement>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.tsv')) continue;
    const ruleId = name.slice(0, -4);
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (i === 0 || !line.trim()) continue;
      const [file, quote, verdict, reason = ''] = line.split('\t');
      const v = verdict?.trim().toUpperCase();
      if (v !== 'TRUE' && v !== 'FALSE' && v !== 'DEBATABLE' && v !== 'CONVERSION') {
        throw new Error(`${name}:${i + 1}: verdict must be TRUE, FALSE, DEBATABLE or CONVERSION, not "${verdict ?? ''}"`);
      }
      out.set(`${ruleId}\t${file}\t${quote}`, { verdict: v, reason });
    }
  }
  return out;
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic Fisher-Yates shuffle (mulberry32). */
export function shuffle<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
