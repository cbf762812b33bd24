// 3. Evidence cues: where a sentence says its finding came from.
//
// Configured phrases (the trie), and built-in patterns: "we … found", "records … showed",
// "<people> told us/said", "in the council's audit", "ten case files were reviewed", "our
// sample", "concerns were raised by the police".
import { AUX, MODAL, G_CONCERN, G_CONCERN_VERB, G_EVIDENCE_SPEECH, G_OUR_EVIDENCE, G_PASSIVE_EVIDENCE, G_SELF_ASSESSMENT, G_VAGUE_SOURCE, G_WIDELY_VERB, ORG, P, PEOPLE, PRON, SOURCE, SPEECH, SVERB, WEVERB, WPASS } from './tokens';
import { byFollows, clauseEnd, passiveAt, pushEvidence, pushTrigger, skipFillers, type Ctx } from './context';

/** Words after "report(s)" that make it the noun: "reports to the board", "reports and plans". */
const NOT_AFTER_REPORT_VERB = new Set(['to', 'for', 'of', 'on', 'in', 'into', 'about', 'from', 'with', 'at', 'by', 'and', 'or', 'which', 'who', 'were', 'are']);

export function findEvidence(c: Ctx): void {
  const { toks, zone } = c;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    if (zone[i] === 1) continue;
    const t = toks[i];
    if (t.k === P) continue;

    // Configured phrases.
    const hit = c.phrases?.[i];
    if (hit && hit.kind === 'evidence') {
      if (t.w === 'according' && toks[hit.end + 1] && (toks[hit.end + 1].g & G_VAGUE_SOURCE) !== 0) {
        pushTrigger(c, 'weasel', i, hit.end + 1);
      } else pushEvidence(c, i, hit.end);
    }

    // "we … found", "inspectors observed", "the cases we reviewed".
    if (t.w === 'we' || t.w === 'inspectors' || t.w === 'inspector') {
      const v = skipFillers(c, i + 1, 3);
      if (v < n && (toks[v].f & WEVERB) !== 0 && zone[v] !== 1) pushEvidence(c, i, v);
      continue;
    }
    // "told us", "described to us", "told inspectors".
    if ((t.w === 'us' || t.w === 'inspectors') && i > 0) {
      const p = toks[i - 1].w === 'to' || toks[i - 1].w === 'with' ? i - 2 : i - 1;
      if (p >= 0 && (toks[p].f & SPEECH) !== 0) pushEvidence(c, p, i);
      continue;
    }
    // "records showed", "the council's data shows", "the previous inspection identified".
    if ((t.f & SOURCE) !== 0 || (t.g & G_SELF_ASSESSMENT) !== 0) {
      const v = skipFillers(c, i + 1, 3);
      if (v < n && (toks[v].f & SVERB) !== 0 && (toks[v - 1].f & AUX) === 0) pushEvidence(c, i, v);
    }
    // "staff said", "families described", "the independent reviewing officer reported".
    if ((t.g & G_EVIDENCE_SPEECH) !== 0 && i > 0 && !passiveAt(c, i)) {
      if (t.w === 'raised' && !(i + 1 < n && (toks[i + 1].g & G_CONCERN) !== 0)) continue;
      // "Staff report a good awareness", "Children report that…": the verb, not the noun of
      // "social worker reports are thorough", "reports to conference", "reports for panels".
      if ((t.w === 'report' || t.w === 'reports') && !(i + 1 < n && toks[i + 1].k !== P && (toks[i + 1].f & (AUX | MODAL)) === 0 && !NOT_AFTER_REPORT_VERB.has(toks[i + 1].w))) continue;
      for (let s = i - 1; s >= 0 && s >= i - 4; s--) {
        const st = toks[s];
        if (st.k === P || zone[s] === 1) break;
        if ((st.f & (PEOPLE | ORG | PRON)) !== 0) {
          pushEvidence(c, s, i);
          break;
        }
      }
    }
    // "in the council's audit programme", "from the provider's records".
    if ((t.w === 'in' || t.w === 'from') && i + 1 < n) {
      const k = possessedSource(c, i);
      if (k !== undefined) pushEvidence(c, i, k);
    }
    // Methodology in the passive: "ten case files were reviewed", "practice was observed".
    if ((t.g & G_PASSIVE_EVIDENCE) !== 0 && passiveAt(c, i) && !byFollows(c, i + 1)) pushEvidence(c, i, i);
    // "our sample", "our case tracking".
    if (t.w === 'our' && i + 1 < n && (toks[i + 1].g & G_OUR_EVIDENCE) !== 0) pushEvidence(c, i, i + 1);
    // "evidence on case files", "evidence in records".
    if (t.w === 'evidence' && i + 1 < n && (toks[i + 1].w === 'on' || toks[i + 1].w === 'in' || toks[i + 1].w === 'from' || toks[i + 1].w === 'within')) {
      for (let k = i + 2; k < n && k <= i + 4; k++) {
        if ((toks[k].f & SOURCE) !== 0) {
          pushEvidence(c, i, k);
          break;
        }
      }
    }
    // Passive attribution with a named source: "concerns were raised by the police", "the
    // service was praised by families".
    if (t.w === 'by' && i >= 2 && i + 1 < n && toks[i + 1].k !== P && passiveAt(c, i - 1)) {
      const v = toks[i - 1];
      let concern = false;
      for (let k = i - 2; k >= 0 && k >= i - 5; k--) if ((toks[k].g & G_CONCERN) !== 0) concern = true;
      if ((v.f & (SPEECH | WPASS)) !== 0 || (v.g & G_WIDELY_VERB) !== 0 || ((v.g & G_CONCERN_VERB) !== 0 && concern)) {
        const e = clauseEnd(c, i + 1, n);
        if (e > i + 1) pushEvidence(c, i, e - 1);
      }
    }
  }
}

/** "in the council's audit programme", "from its self-assessment": a possessed source. */
function possessedSource(c: Ctx, i: number): number | undefined {
  const { toks } = c;
  let owned = false;
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const t = toks[k];
    if (t.k === P) return undefined;
    if (t.w.endsWith("'s") || t.w.endsWith("s'") || t.w === 'its' || t.w === 'their' || t.w === 'own') owned = true;
    if (((t.f & SOURCE) !== 0 || (t.g & G_SELF_ASSESSMENT) !== 0) && owned) return k;
  }
  return undefined;
}
