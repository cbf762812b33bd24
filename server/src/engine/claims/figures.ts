// 4a. Numbers: which are figures (claims that need a source) and which are not.
//
// Percentages, money and "9 of the 14" are figures; dates, times, ages, references ("section
// 47"), frequencies ("every three months") and counts of buildings or teams are not. A plain
// count ("45 children") is a weak figure, which a logistics or registration sentence makes
// descriptive (see frames.ts).
import { APPROX, AUX, LEGAL, MODAL, MONTH, N, P, PEOPLE, PRON, STRUCT, TIMEU, isNumberTok } from './tokens';
import { type Ctx } from './context';

/** Numbers: returns the figure span, or undefined for dates, times, references, ages and the like. */
export function classifyNumber(c: Ctx, i: number, capacity: boolean): { i: number; j: number; weak: boolean } | undefined {
  const { toks } = c;
  const t = toks[i];
  const w = t.w;
  let j = i;
  // Merge "two hundred", "1.2 million".
  while (toks[j + 1] && (toks[j + 1].w === 'hundred' || toks[j + 1].w === 'thousand' || toks[j + 1].w === 'million' || toks[j + 1].w === 'billion')) j++;
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  let next = toks[j + 1];
  if (next && next.w === '-' ) next = toks[j + 2];

  if (t.k === N) {
    if (/(am|pm|st|nd|rd|th)$/.test(w)) return undefined; // times, ordinals
    if (next && (next.w === 'am' || next.w === 'pm')) return undefined;
    if (/^\d+:\d\d$/.test(w)) return undefined;
  }
  // Percentages and money.
  if (w.endsWith('%')) return { i: approxStart(c, i), j, weak: false };
  if (next && next.w === '%') return { i: approxStart(c, i), j: j + 1, weak: false };
  if (next && (next.w === 'percent' || (next.w === 'per' && toks[j + 2]?.w === 'cent'))) return { i: approxStart(c, i), j: next.w === 'per' ? j + 2 : j + 1, weak: false };
  if (prev && prev.w === '£') return undefined; // handled with the £ sign
  if (t.k === N && /^(19|20)\d\d$/.test(w)) return undefined; // a year
  // Dates: "6 and 10 November", "14 May", "March 2024".
  if (next && (next.f & MONTH) !== 0) return undefined;
  if (prev && (prev.f & MONTH) !== 0 && prev.cap) return undefined;
  if (dateList(c, j)) return undefined;
  // References: "section 47", "Regulation 21", "Level 3", "the 2014 Act".
  if (prev && (prev.f & LEGAL) !== 0) return undefined;
  if (prev && prev.w === '(' && prev2 && (prev2.f & LEGAL) !== 0) return undefined;
  if (next && next.w === 'act') return undefined;
  // Ages: "aged 8 to 17", "the age of 25", "17-year-olds", "until they are 25", "turn 18",
  // "Mrs Davies, 92, has…".
  if (isAge(c, i, j)) return undefined;
  if (prev && prev.w === ',' && next && next.w === ',' && prev2 && prev2.cap && t.k === N) return undefined;
  // "is one of 22 local authorities": membership, not a proportion.
  if (w === 'one' && next && next.w === 'of' && prev && (prev.f & AUX) !== 0) return undefined;
  if (w === 'one' && next && (next.w === 'another' || next.w === 'way')) return undefined;
  // Frequencies: "every three months", "within 20 working days".
  if (prev && (prev.w === 'every' || prev.w === 'each' || prev.w === 'within')) return undefined;

  // "9 of the 14", "1 in 5", "11 of 30 care staff".
  if (next && (next.w === 'of' || next.w === 'in' || next.w === 'out')) {
    let k = j + 2;
    if (next.w === 'out' && toks[k]?.w === 'of') k++;
    if (toks[k] && (toks[k].w === 'the' || toks[k].w === 'our' || toks[k].w === 'these' || toks[k].w === 'those' || toks[k].w === 'all')) k++;
    if (isNumberTok(toks[k]) && !(toks[k].k === N && /^(19|20)\d\d$/.test(toks[k].w) && next.w === 'in')) {
      return { i: approxStart(c, i), j: k, weak: false };
    }
  }
  const s = approxStart(c, i);
  const bound = boundBefore(c, i);
  // Durations: figures only when measured ("waited up to 12 weeks", "longer than 18 months").
  let unit = durationUnit(c, j);
  // A range: "one to seven nights", "3 or 4 weeks".
  if (!unit && next && (next.w === 'to' || next.w === 'or' || next.w === 'and' || next.w === '-' || next.w === '–') && isNumberTok(toks[j + 2])) unit = durationUnit(c, j + 2);
  if (unit) {
    if (bound && DURATION_BOUNDS.has(bound)) return { i: s, j: unit, weak: false };
    return undefined;
  }
  if (bound) {
    // "registered for up to 12 people": a capacity, not a finding.
    return { i: s, j, weak: bound === 'up to' && capacity };
  }
  // Counts of teams, homes, rooms: structure, not findings.
  if (structFollows(c, j)) return undefined;
  // "One young person…": a single case is an example, not a statistic.
  if (w === 'one') return undefined;
  // A plain count ("45 children", "rose from 14 to 5"): a figure, but one that a logistics or
  // registration sentence can make descriptive.
  return { i, j, weak: true };
}

const DURATION_BOUNDS = new Set(['up to', 'more than', 'less than', 'longer than', 'fewer than', 'at least', 'almost', 'nearly', 'as long as', 'as many as', 'average', 'of']);

/** "12, 13 and 14 March", "6 to 10 November": a list or range of days before a month. */
function dateList(c: Ctx, j: number): boolean {
  const { toks } = c;
  let k = j + 1;
  let sawJoin = false;
  while (k < toks.length && k <= j + 12) {
    const t = toks[k];
    if ((t.f & MONTH) !== 0) return sawJoin;
    if (t.w === ',' || t.w === 'and' || t.w === 'to' || t.w === 'or' || t.w === '–' || t.w === '-') { sawJoin = true; k++; continue; }
    if (t.k === N && /^\d{1,2}$/.test(t.w)) { k++; continue; }
    return false;
  }
  return false;
}

/** A count of buildings or organisational units follows ("six social work teams", "every bedroom"). */
export function structFollows(c: Ctx, j: number): boolean {
  for (let k = j + 1; k < c.toks.length && k <= j + 4; k++) {
    const t = c.toks[k];
    if (t.k === P) return false;
    if ((t.f & STRUCT) !== 0) return true;
    if ((t.f & (PEOPLE | AUX | MODAL)) !== 0 || t.w === 'and' || t.w === 'or') return false;
  }
  return false;
}

function durationUnit(c: Ctx, j: number): number | undefined {
  const { toks } = c;
  let k = j + 1;
  if (toks[k] && (toks[k].w === 'working' || toks[k].w === 'calendar' || toks[k].w === 'school' || toks[k].w === 'full')) k++;
  if (toks[k] && (toks[k].f & TIMEU) !== 0) return k;
  if (toks[k] && toks[k].w === "hours'" ) return k;
  return undefined;
}

function isAge(c: Ctx, i: number, j: number): boolean {
  const { toks } = c;
  const next = toks[j + 1]?.w === '-' ? toks[j + 2] : toks[j + 1];
  if (next && (next.w.startsWith('year-old') || (next.w === 'years' && toks[j + 2]?.w === 'old'))) return true;
  // Walk back over a range "8 to 17".
  let k = i - 1;
  if (toks[k] && (toks[k].w === 'to' || toks[k].w === 'and' || toks[k].w === 'or' || toks[k].w === '-' || toks[k].w === '–') && isNumberTok(toks[k - 1])) k -= 2;
  const p = toks[k];
  if (!p) return false;
  if (p.w === 'aged' || p.w === 'age' || p.w === 'ages' || p.w === 'turn' || p.w === 'turned' || p.w === 'reach' || p.w === 'reached' || p.w === 'under' && next && next.w === "18s") return true;
  if (p.w === 'of' && toks[k - 1] && toks[k - 1].w === 'age') return true;
  if ((p.f & AUX) !== 0 && toks[k - 1] && (toks[k - 1].f & PRON) !== 0 && toks[k - 2] && (toks[k - 2].w === 'until' || toks[k - 2].w === 'till' || toks[k - 2].w === 'when')) return true;
  return false;
}

/** The approximator or bound before a number: "up to", "more than", "almost", "an average of". */
function boundBefore(c: Ctx, i: number): string | undefined {
  const { toks } = c;
  const p = toks[i - 1];
  const p2 = toks[i - 2];
  if (!p) return undefined;
  if (p.w === 'to' && p2 && p2.w === 'up') return 'up to';
  if (p.w === 'than' && p2) {
    if (p2.w === 'more' || p2.w === 'less' || p2.w === 'fewer' || p2.w === 'longer') return `${p2.w} than`;
    return 'than';
  }
  if (p.w === 'least' && p2 && p2.w === 'at') return 'at least';
  if (p.w === 'as' && p2 && (p2.w === 'long' || p2.w === 'many')) return `as ${p2.w} as`;
  if (p.w === 'of' && p2 && (p2.w === 'average' || p2.w === 'total' || p2.w === 'excess' || p2.w === 'maximum' || p2.w === 'minimum')) return p2.w === 'average' ? 'average' : 'of';
  if (p.w === 'average' || p.w === 'averaged') return 'average';
  if ((p.f & APPROX) !== 0) return p.w;
  return undefined;
}

function approxStart(c: Ctx, i: number): number {
  const { toks } = c;
  let s = i;
  const b = boundBefore(c, i);
  if (!b) return s;
  s--;
  if (b.includes(' ') || b === 'than' || b === 'of' || (b === 'average' && toks[i - 1].w === 'of')) s--;
  if (b.startsWith('as ')) s -= 1;
  return Math.max(0, s);
}
