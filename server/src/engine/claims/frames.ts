// 5. Sentence frames that make surface triggers descriptive: questions, rating lines and
// headings, recommendations and plans, hypotheticals, the inspectorate describing its own work,
// and plain counts in logistics or registration sentences.
import { type DescriptiveReason } from './types';
import { AUX, G_INSPECTORATE, G_LOGISTIC, G_RATING, G_SUBORD, HYPO, MODAL, P, SECTION, isNumberTok, words } from './tokens';
import { firstWord, type Ctx } from './context';

export function descriptiveFrame(c: Ctx): DescriptiveReason | undefined {
  const { toks, text } = c;
  const n = toks.length;
  const firstIdx = firstWord(toks);
  if (firstIdx < 0) return undefined;
  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1];
  if (last === '?') return 'question';

  // Rating lines: "Care and support: Good", "Safe: Inadequate", "Requires improvement".
  let sep = -1;
  for (let i = 0; i < n; i++) if (toks[i].k === P && (toks[i].w === ':' || toks[i].w === '–' || toks[i].w === '—' || toks[i].w === '-' || toks[i].w === '|')) { sep = i; break; }
  const ratingWords = (from: number) => {
    let count = 0;
    for (let i = from; i < n; i++) {
      if (toks[i].k === P) continue;
      if ((toks[i].g & G_RATING) === 0) return 0;
      count++;
    }
    return count;
  };
  const r = sep >= 0 ? ratingWords(sep + 1) : ratingWords(0);
  if (r > 0 && r <= 6) return 'rating-line';

  // Headings and labels with no full stop whose only triggers are section names ("Key strengths").
  const terminal = last === '.' || last === '!' || last === '?' || last === '”' || last === '"' || last === '’' || last === "'";
  let wordCount = 0;
  for (const t of toks) if (t.k !== P) wordCount++;
  if (!terminal && wordCount <= 12 && c.trigTok.every((ti) => (toks[ti].f & SECTION) !== 0 || toks[ti].w === 'requires')) return 'heading';
  // A one- or two-word answer ("None.", "Not applicable.") states a status, not a finding.
  if (wordCount <= 2 && c.evidence.length === 0) return 'fragment';

  // The inspectorate describing its own work: "We visited…", "CIW is committed to…", "This report…".
  const fw = toks[firstIdx].w;
  const sw = toks[firstIdx + 1]?.w;
  const inspectorate = (toks[firstIdx].g & G_INSPECTORATE) !== 0 || fw === 'our' || (fw === 'care' && sw === 'inspectorate') ||
    ((fw === 'this' || fw === 'the') && (sw === 'report' || sw === 'inspection' || sw === 'joint'));
  if (inspectorate && c.evidence.length === 0) {
    return 'inspectorate';
  }
  if (fw === 'if' || fw === 'unless') return 'hypothetical';
  // Imperatives are recommendations ("Record the views of children in every assessment."); the
  // word after the verb tells them from nouns ("Record keeping was poor.").
  if (IMPERATIVE_VERBS.has(fw) && IMPERATIVE_OBJECTS.has(sw ?? '')) return 'recommendation';

  // Recommendations, requirements and plans; hypotheticals ("may be better").
  let firstTrigger = Infinity;
  for (const ti of c.trigTok) if (ti < firstTrigger) firstTrigger = ti;
  for (let i = 0; i < n; i++) {
    if (c.zone[i] === 1) continue;
    const t = toks[i];
    const w = t.w;
    let kind: 'recommendation' | 'hypothetical' | undefined;
    if ((t.f & MODAL) !== 0) {
      const nx = toks[i + 1];
      const nx2 = toks[i + 2];
      const perfect = nx && nx.w === 'have' && nx2 && (nx2.w === 'been' || nx2.w.endsWith('ed') || nx2.w === 'done' || nx2.w === 'seen' || nx2.w === 'known' || nx2.w === 'taken');
      if (!perfect && !(w === 'will' && t.cap && i !== firstIdx)) kind = 'recommendation';
    } else if ((w === 'need' || w === 'needs' || w === 'ought' || w === 'plans' || w === 'intends' || w === 'aims' || w === 'plan' || w === 'intend') && toks[i + 1]?.w === 'to') {
      const p = toks[i - 1];
      if (!(p && (p.w === 'the' || p.w === 'a' || p.w === 'its' || p.w === 'their' || p.w === 'his' || p.w === 'her' || p.w === "council's"))) kind = 'recommendation';
    } else if ((w === 'required' || w === 'expected' || w === 'asked') && i > 0 && (toks[i - 1].f & AUX) !== 0 && toks[i + 1]?.w === 'to') {
      kind = 'recommendation';
    } else if (w === 'recommend' || w === 'recommends' || w === 'recommended') {
      // "We recommend…", "It is recommended that…"; not "people would recommend the service".
      const p = toks[i - 1];
      if (i === firstIdx || (p && ((p.g & G_INSPECTORATE) !== 0 || p.w === 'i' || ((p.f & AUX) !== 0 && toks[i - 2]?.w === 'it')))) kind = 'recommendation';
    } else if ((t.f & HYPO) !== 0 && w !== 'would') {
      const nx = toks[i + 1];
      const isMonth = w === 'may' && (t.cap && i !== firstIdx || isNumberTok(nx) || isNumberTok(toks[i - 1]) || (toks[i - 1] && (toks[i - 1].w === 'in' || toks[i - 1].w === 'since' || toks[i - 1].w === 'until' || toks[i - 1].w === 'from' || toks[i - 1].w === 'of')));
      if (!isMonth && !(nx && (nx.w === 'not' || nx.w === "n't"))) kind = 'hypothetical';
    }
    if (!kind) continue;
    if (isSubordinate(c, i)) continue;
    // Weasel words stay claims even in a plan ("it is said we will…"), and a trigger before the
    // modal in another clause ("Practice is poor, and leaders should…") keeps the claim.
    if (c.triggers.some((tr) => tr.kind === 'weasel')) return undefined;
    if (firstTrigger < i && clauseBreakBetween(c, firstTrigger, i)) return undefined;
    return kind;
  }

  // Plain counts in logistics, registration or staffing sentences.
  if (c.weak.every(Boolean)) {
    if (c.capacity || (c.mask & G_LOGISTIC) !== 0) return 'plain-count';
    for (let i = 1; i < n; i++) {
      const w = toks[i].w, p = toks[i - 1].w;
      if ((w === 'place' && (p === 'took' || p === 'takes' || p === 'take')) || (w === 'out' && p === 'carried')) return 'plain-count';
    }
  }
  return undefined;
}

const IMPERATIVE_VERBS = new Set(words(`ensure record review improve develop strengthen consider make provide introduce
  establish increase reduce continue monitor implement update embed complete address clarify agree prioritise prioritize
  check use set put publish share train involve capture evaluate strengthen plan revise assess audit identify support allocate appoint
  recruit reassess respond produce give take seek engage offer carry follow extend promote raise enable hold commission
  adopt align analyse analyze apply arrange assure build collect confirm coordinate create deliver design document
  explain explore focus gather listen maintain measure reinforce report resolve secure simplify sustain test track`));

const IMPERATIVE_OBJECTS = new Set(words(`the a an all that how whether its their each every any more further regular clear
  timely consistent robust effective what when where which who staff children people families carers managers leaders
  with to on for`));

function isSubordinate(c: Ctx, i: number): boolean {
  const { toks } = c;
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const t = toks[k];
    if (t.k === P && (t.w === ',' || t.w === ';' || t.w === ':')) return false;
    if ((t.g & G_SUBORD) !== 0) return true;
  }
  return false;
}

function clauseBreakBetween(c: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = c.toks[k];
    if (t.k === P && (t.w === ',' || t.w === ';' || t.w === '–' || t.w === '—')) return true;
    if (t.w === 'but' || t.w === 'and' || t.w === 'so' || t.w === 'however' || t.w === 'although') return true;
  }
  return false;
}
