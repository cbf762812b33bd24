// Scores the claims detector against test/eval/claims.tsv. Shared by scripts/eval-claims.ts
// (which prints the figures) and test/engine/claims.test.ts (which asserts them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  analyseSentence, compileClaimMatcher, defaultClaimOptions, isUnsupported,
  type ClaimMatcher, type SentenceClaims,
} from '../../server/src/engine/claims/detect';

export const CLAIMS_TSV = fileURLToPath(new URL('./claims.tsv', import.meta.url));

export type GoldKind = 'figure' | 'judgement' | 'generalisation' | 'trend' | 'weasel' | 'quote' | 'none';
export const GOLD_KINDS: GoldKind[] = ['figure', 'judgement', 'generalisation', 'trend', 'weasel', 'quote', 'none'];

export interface EvalRow {
  id: string;
  /** 'heldout' for ids starting "ho-", else 'dev'. */
  split: 'dev' | 'heldout';
  sentence: string;
  kind: GoldKind;
  supported: 'yes' | 'no' | 'na';
  label: boolean;
  note: string;
}

export interface EvalResult {
  row: EvalRow;
  predicted: boolean;
  detectedKind: GoldKind;
  analysis: SentenceClaims;
}

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function readEvalSet(path = CLAIMS_TSV): EvalRow[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`claims.tsv: missing column ${name}`);
    return i;
  };
  const [ci, cs, ck, cu, cl, cn] = ['id', 'sentence', 'kind', 'supported', 'unsupported_label', 'note'].map(col);
  return lines.slice(1).map((line, n) => {
    const f = line.split('\t');
    const kind = f[ck] as GoldKind;
    if (!GOLD_KINDS.includes(kind)) throw new Error(`claims.tsv line ${n + 2}: unknown kind ${kind}`);
    if (f[cl] !== '0' && f[cl] !== '1') throw new Error(`claims.tsv line ${n + 2}: label must be 0 or 1`);
    return {
      id: f[ci],
      split: f[ci].startsWith('ho-') ? 'heldout' : 'dev',
      sentence: f[cs],
      kind,
      supported: f[cu] as EvalRow['supported'],
      label: f[cl] === '1',
      note: f[cn] ?? '',
    };
  });
}

/** Blanks footnote references to spaces, as the Markdown model does, and says whether there was one. */
export function blankFootnotes(sentence: string): { text: string; hasFootnote: boolean } {
  let hasFootnote = false;
  const text = sentence.replace(/\[\^[^\]\s]+\]/g, (m) => {
    hasFootnote = true;
    return ' '.repeat(m.length);
  });
  return { text, hasFootnote };
}

export function detectedKindOf(a: SentenceClaims): GoldKind {
  if (!a.descriptive && a.kinds.length > 0) return a.kinds[0];
  if (a.quotes.length > 0) return 'quote';
  return 'none';
}

export function runEval(rows = readEvalSet(), matcher: ClaimMatcher = compileClaimMatcher(defaultClaimOptions)): EvalResult[] {
  return rows.map((row) => {
    const { text, hasFootnote } = blankFootnotes(row.sentence);
    const analysis = analyseSentence(text, matcher);
    return { row, predicted: isUnsupported(analysis, hasFootnote), detectedKind: detectedKindOf(analysis), analysis };
  });
}

export function score(results: EvalResult[]): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of results) {
    if (r.predicted && r.row.label) tp++;
    else if (r.predicted) fp++;
    else if (r.row.label) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: results.length, tp, fp, fn, tn, precision, recall, f1 };
}

/** Gold kind (rows) × detected kind (columns). */
export function confusion(results: EvalResult[]): Map<GoldKind, Map<GoldKind, number>> {
  const table = new Map<GoldKind, Map<GoldKind, number>>();
  for (const g of GOLD_KINDS) table.set(g, new Map(GOLD_KINDS.map((d) => [d, 0])));
  for (const r of results) {
    const row = table.get(r.row.kind)!;
    row.set(r.detectedKind, (row.get(r.detectedKind) ?? 0) + 1);
  }
  return table;
}
