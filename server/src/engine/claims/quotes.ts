// 2. Attributions and quotations.
//
// Quotations are paired and their speakers found. Words inside a quotation are reported speech,
// not the inspectorate's claims, and the attribution ("said one parent") is support. Short
// quoted terms ("signs of safety", the "front door") are not quotations.
import { type QuoteSpan } from './types';
import { AUX, G_ATTRIB_SHORT, G_VAGUE_SPEAKER, MODAL, P, SPEECH, isClausePunct, isQuoteTok, isSentencePunct, isSpaceLike, isWordChar } from './tokens';
import { clauseEnd, pushEvidence, type Ctx } from './context';

export function findQuotes(c: Ctx): QuoteSpan[] {
  const { toks, text } = c;
  const pairs: { o: number; cl: number; partial: boolean }[] = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isQuoteTok(t)) continue;
    const ch = text[t.s];
    const before = text[t.s - 1];
    const after = text[t.e];
    let role: 'open' | 'close' | 'none' = 'none';
    if (ch === '“' || ch === '‘') role = 'open';
    else if (ch === '”') role = 'close';
    else if (ch === '’') role = open >= 0 && (openChar === '‘' || openChar === '’') ? 'close' : 'none';
    else if (ch === '"') role = open >= 0 && openChar === '"' ? 'close' : isSpaceLike(before) ? 'open' : 'close';
    else if (ch === "'") {
      if (open >= 0 && openChar === "'" && !isSpaceLike(before)) role = 'close';
      else if (open < 0 && isSpaceLike(before) && isWordChar(after)) role = 'open';
    }
    if (role === 'open' && open < 0) {
      open = i;
      openChar = ch === '’' ? '‘' : ch;
    } else if (role === 'close') {
      if (open >= 0) pairs.push({ o: open, cl: i, partial: false });
      else if (ch === '”' || ch === '"') pairs.push({ o: -1, cl: i, partial: true });
      open = -1;
    }
  }
  if (open >= 0) pairs.push({ o: open, cl: toks.length, partial: true });

  const spans: QuoteSpan[] = [];
  for (let q = 0; q < pairs.length; q++) {
    const { o, cl, partial } = pairs[q];
    const prevEnd = q > 0 ? pairs[q - 1].cl + 1 : 0;
    // A quotation closed without an opener starts after the one before it, not at the sentence's
    // start: each scan covers its own tokens only, so the work is linear in the sentence.
    const from = o >= 0 ? o : prevEnd;
    let wordsIn = 0;
    let punctIn = false;
    for (let i = Math.max(o + 1, prevEnd); i < cl; i++) {
      if (toks[i].k !== P) wordsIn++;
      else if (!isQuoteTok(toks[i])) punctIn = true;
    }
    let introduced = false;
    for (let i = o - 1; i >= 0 && i >= o - 6; i--) if (toks[i].g & G_ATTRIB_SHORT) introduced = true;
    // Short quoted terms ("signs of safety", the "front door") are not quotations.
    if (!(wordsIn >= 4 || punctIn || introduced)) continue;
    for (let i = from; i <= Math.min(cl, toks.length - 1); i++) c.zone[i] = 1;
    const start = o >= 0 ? toks[o].s : from > 0 && from < toks.length ? toks[from].s : 0;
    const end = cl < toks.length ? toks[cl].e : text.length;
    const nextStart = q + 1 < pairs.length ? Math.max(pairs[q + 1].o, cl + 1) : toks.length;
    const speaker = findSpeaker(c, o, cl, prevEnd, nextStart);
    const span: QuoteSpan = { start, end };
    if (speaker) span.speaker = speaker;
    if (partial) span.partial = true;
    spans.push(span);
  }
  return spans;
}

/** Noun phrase tokens [i, j) of a speaker, trimmed of punctuation; undefined when vague. */
function speakerText(c: Ctx, i: number, j: number): string | undefined {
  while (i < j && (c.toks[i].k === P || c.toks[i].w === 'as' || c.toks[i].w === 'and' || c.toks[i].w === 'but')) i++;
  while (j > i && c.toks[j - 1].k === P) j--;
  if (j <= i) return undefined;
  if (j - i === 1 && (c.toks[i].g & G_VAGUE_SPEAKER) !== 0) return undefined;
  return c.text.slice(c.toks[i].s, c.toks[j - 1].e);
}

function markAttribution(c: Ctx, i: number, j: number): void {
  for (let k = i; k < j; k++) if (c.zone[k] === 0) c.zone[k] = 2;
  while (i < j && c.toks[i].k === P) i++;
  while (j > i && c.toks[j - 1].k === P) j--;
  if (j > i) pushEvidence(c, i, j - 1);
}

/** The speaker of the quotation between tokens o and cl, looking after it, then before it. */
function findSpeaker(c: Ctx, o: number, cl: number, prevEnd: number, nextStart: number): string | undefined {
  const { toks } = c;
  // After: “…,” said the head of service. / “…,” one parent wrote in our survey. / … by several carers.
  let endAfter = cl + 1;
  while (endAfter < nextStart && !isSentencePunct(toks[endAfter]) && endAfter - cl <= 10) endAfter++;
  for (let v = cl + 1; v < endAfter; v++) {
    const t = toks[v];
    if (t.w === 'by' && v === cl + 1) {
      const sp = speakerText(c, v + 1, clauseEnd(c, v + 1, endAfter));
      // "by" only names a speaker after a passive attribution verb before the quotation.
      if (sp && o > 0 && passiveAttributionBefore(c, o)) {
        markAttribution(c, v, clauseEnd(c, v + 1, endAfter));
        return sp;
      }
    }
    // Only a short subject may stand between the quotation and its verb ("one parent wrote");
    // "and", "that" or an auxiliary start another clause.
    if (t.w === 'and' || t.w === 'but' || t.w === 'that' || t.w === 'which' || (t.f & (AUX | MODAL)) !== 0) break;
    if ((t.f & SPEECH) === 0 && t.w !== 'wrote') continue;
    if (t.w === 'put' && toks[v + 1]?.w !== 'it') continue;
    const before = speakerText(c, cl + 1, v);
    if (before) {
      markAttribution(c, cl + 1, clauseEnd(c, v, endAfter));
      return before;
    }
    let a = v + 1;
    if (toks[a]?.w === 'us' || toks[a]?.w === 'it' || toks[a]?.w === 'inspectors') a++;
    const ae = clauseEnd(c, a, endAfter);
    const sp = speakerText(c, a, ae);
    if (sp) markAttribution(c, cl + 1, ae);
    return sp;
  }
  // Before: The director told us, “…” / As one foster carer put it, “…” / Young people described X as “…”
  if (o <= 0) return undefined;
  const startBefore = Math.max(prevEnd, o - 16);
  for (let v = o - 1; v >= startBefore; v--) {
    const t = toks[v];
    if ((t.f & SPEECH) === 0 && t.w !== 'wrote') continue;
    if (t.w === 'put' && toks[v + 1]?.w !== 'it') continue;
    if (v > 0 && (toks[v - 1].f & AUX) !== 0) return undefined; // was described as “…” (no "by")
    let s = v;
    while (s > startBefore && !isClausePunct(toks[s - 1]) && !isQuoteTok(toks[s - 1]) && v - s < 8) s--;
    const sp = speakerText(c, s, v);
    if (sp) {
      markAttribution(c, s, o);
      return sp;
    }
    // ", said a social worker, “…”": the speaker follows the verb.
    let a = v + 1;
    if (toks[a]?.w === 'us' || toks[a]?.w === 'it') a++;
    const ae = clauseEnd(c, a, o);
    const sp2 = speakerText(c, a, ae);
    if (sp2) markAttribution(c, v, ae);
    return sp2;
  }
  return undefined;
}

function passiveAttributionBefore(c: Ctx, o: number): boolean {
  for (let v = o - 1; v >= 0 && v >= o - 5; v--) {
    if ((c.toks[v].g & G_ATTRIB_SHORT) !== 0 || (c.toks[v].f & SPEECH) !== 0) return v > 0 && (c.toks[v - 1].f & AUX) !== 0;
  }
  return false;
}
