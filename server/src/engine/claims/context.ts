// The working state of one sentence's analysis, and the small helpers every step shares.
//
// Input is masked prose: Markdown markup, code, link targets, HTML and footnote references are
// already spaces, so every offset is an offset into the sentence.
import { type ClaimKind, type ClaimMatcher, type ClaimTrigger, type EvidenceCue, type PhraseKind } from './types';
import { AUX, FILLER, P, SVERB, WEVERB, isClausePunct, isQuoteTok, isSentencePunct, type Tok } from './tokens';

export interface Ctx {
  text: string;
  toks: Tok[];
  m: ClaimMatcher;
  /** Per token: 1 inside a quotation, 2 part of an attribution, 0 otherwise. */
  zone: Uint8Array;
  triggers: ClaimTrigger[];
  /** Token index of each trigger (parallel to triggers), and whether it is a plain count. */
  trigTok: number[];
  weak: boolean[];
  evidence: EvidenceCue[];
  /** OR of the second flag word over all tokens. */
  mask: number;
  /** "registered for", "accommodates", "for up to": a capacity sentence. */
  capacity: boolean;
  /** Per token: the longest configured or built-in phrase starting there (sparse; undefined if none). */
  phrases: (PhraseHit | undefined)[] | undefined;
}

export interface PhraseHit { kind: PhraseKind; end: number }

export const NO_ZONE = new Uint8Array(2048);

export function pushTrigger(c: Ctx, kind: ClaimKind, i: number, j: number, weak = false): void {
  const start = c.toks[i].s, end = c.toks[j].e;
  const text = c.text.slice(start, end);
  if (c.m.ignore.size) {
    const norm = c.toks.slice(i, j + 1).filter((t) => t.k !== P).map((t) => t.w).join(' ');
    if (c.m.ignore.has(norm)) return;
  }
  // Overlaps come from neighbouring words, so only the last few triggers need checking.
  const from = Math.max(0, c.triggers.length - 4);
  for (let k = from; k < c.triggers.length; k++) {
    const t = c.triggers[k];
    if (t.start <= start && t.end >= end) return; // already covered
  }
  for (let k = c.triggers.length - 1; k >= from; k--) {
    const t = c.triggers[k];
    if (t.start >= start && t.end <= end && t.kind === kind) {
      c.triggers.splice(k, 1);
      c.trigTok.splice(k, 1);
      c.weak.splice(k, 1);
    }
  }
  c.triggers.push({ kind, start, end, text });
  c.trigTok.push(i);
  c.weak.push(weak);
}

export function pushEvidence(c: Ctx, i: number, j: number): void {
  const start = c.toks[i].s, end = c.toks[j].e;
  for (let k = Math.max(0, c.evidence.length - 4); k < c.evidence.length; k++) {
    const e = c.evidence[k];
    if (e.start <= start && e.end >= end) return;
  }
  c.evidence.push({ start, end, text: c.text.slice(start, end) });
}

export function firstWord(toks: Tok[]): number {
  for (let i = 0; i < toks.length; i++) if (toks[i].k !== P) return i;
  return -1;
}

export function byFollows(c: Ctx, i: number): boolean {
  return c.toks[i]?.w === 'by';
}

/** "was said", "are not told", "were also described": a passive verb at i. */
export function passiveAt(c: Ctx, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (c.toks[k].w === 'not' || c.toks[k].w === "n't" || c.toks[k].w === 'also' || c.toks[k].w === 'never' || c.toks[k].w === 'often' || c.toks[k].w === 'being')) k--;
  return k >= 0 && (c.toks[k].f & AUX) !== 0;
}

export function clauseEnd(c: Ctx, i: number, limit: number): number {
  let j = i;
  while (j < limit && !isClausePunct(c.toks[j]) && !isSentencePunct(c.toks[j]) && !isQuoteTok(c.toks[j]) && j - i < 8) j++;
  return j;
}

export function skipFillers(c: Ctx, i: number, max: number): number {
  let k = i;
  while (k < c.toks.length && k - i < max && (c.toks[k].f & FILLER) !== 0 && (c.toks[k].f & (WEVERB | SVERB)) === 0) k++;
  return k;
}
