// 4b. Claim triggers: judgements, generalisations, trends, proportions and weasel attributions,
// each with its exceptions ("significant harm", "rated Good", "plans to increase"…).
import { APPROX, AUX, COMPAR, GENERAL, GRADE, G_CONCERN, G_CONCERN_VERB, G_EVALUATIVE_COMPOUND, G_SCHEDULE, G_WIDELY_VERB, JUDGE, MENTAL, NUMW, ORG, P, PEOPLE, PERCEP, PROP, QTREND, TIMEU, TQUAL, TREND, TRIGGER_CLASSES, W, WADV, WPASS, isNumberTok, isQuoteTok, isSentencePunct } from './tokens';
import { byFollows, firstWord, pushTrigger, type Ctx } from './context';
import { classifyNumber, structFollows } from './figures';

export function findTriggers(c: Ctx): void {
  const { toks, zone } = c;
  const n = toks.length;
  const first = firstWord(toks);
  const capacity = c.capacity;
  const scheduled = (c.mask & G_SCHEDULE) !== 0;
  for (let i = 0; i < n; i++) {
    if (zone[i] !== 0) continue;
    const t = toks[i];
    if (t.k === P) {
      if (t.w === '£' && isNumberTok(toks[i + 1])) {
        let j = i + 1;
        if (toks[j + 1] && (toks[j + 1].w === 'million' || toks[j + 1].w === 'billion' || toks[j + 1].w === 'thousand')) j++;
        pushTrigger(c, 'figure', i, j);
        i = j;
      }
      continue;
    }
    const phrase = c.phrases?.[i];
    if (phrase && phrase.kind !== 'evidence') {
      if (!(phrase.kind === 'judgement' && t.w === 'requires' && ratedBefore(c, i))) pushTrigger(c, phrase.kind, i, phrase.end);
      i = phrase.end;
      continue;
    }
    const f = t.f;
    const w = t.w;
    // A capitalised word inside the sentence is a name ("Rose Lodge", "Strong Start"), except a
    // grade, which reports write capitalised ("the service is Good").
    const proper = t.cap && i !== first && (f & GRADE) === 0 && !(i > 0 && (isQuoteTok(toks[i - 1]) || toks[i - 1].w === ':'));

    if (isNumberTok(t)) {
      const r = classifyNumber(c, i, capacity);
      if (r) {
        pushTrigger(c, 'figure', r.i, r.j, r.weak);
        i = Math.max(i, r.j);
      }
      continue;
    }
    if (proper && (f & (TRIGGER_CLASSES | QTREND | COMPAR)) !== 0) continue;

    if (w === 'no' && i + 1 < n) {
      const nx = toks[i + 1];
      if ((nx.f & QTREND) !== 0) { pushTrigger(c, 'trend', i, i + 1); i++; continue; }
      if ((nx.f & PEOPLE) !== 0 || nx.w === 'one' || nx.w === 'evidence' || (nx.k === W && nx.w.length > 3 && nx.w.endsWith('s') && (nx.f & (TQUAL | COMPAR)) === 0 && nx.w !== 'less')) {
        pushTrigger(c, 'generalisation', i, i + 1);
        i++;
        continue;
      }
    }
    // "some staff", "in some cases": a vague quantity ("some time", "some progress" are not).
    if (w === 'some' && i + 1 < n && toks[i + 1].k === W) {
      const nx = toks[i + 1];
      if ((nx.f & (PEOPLE)) !== 0 || (nx.w.length > 3 && nx.w.endsWith('s') && (nx.f & (QTREND | TIMEU)) === 0 && !nx.w.endsWith('ss') && !nx.w.endsWith("'s"))) {
        pushTrigger(c, 'figure', i, i + 1);
        i++;
        continue;
      }
    }
    if (w === 'too' && i + 1 < n && toks[i + 1].k === W) {
      const nx = toks[i + 1].w;
      pushTrigger(c, nx === 'many' || nx === 'few' || nx === 'much' ? 'figure' : 'judgement', i, i + 1);
      i++;
      continue;
    }
    if ((f & WADV) !== 0) { pushTrigger(c, 'weasel', i, i); continue; }
    if (w === 'it' && weaselPassive(c, i)) continue;
    if (w === 'widely' && i + 1 < n && (toks[i + 1].g & G_WIDELY_VERB) !== 0 && !byFollows(c, i + 2)) {
      pushTrigger(c, 'weasel', i, i + 1);
      i++;
      continue;
    }
    if ((t.g & G_CONCERN) !== 0 && concernRaised(c, i)) continue;
    if (w === 'there' && perception(c, i)) continue;
    if ((f & WPASS) !== 0 && i > 0 && (toks[i - 1].f & AUX) !== 0 && toks[i + 1]?.w === 'to' && w !== 'considered') {
      pushTrigger(c, 'weasel', i - 1, i + 1);
      continue;
    }
    if ((f & MENTAL) !== 0 && mentalWeasel(c, i)) continue;

    if ((f & PROP) !== 0) {
      const r = proportion(c, i);
      if (r) pushTrigger(c, 'figure', r.i, r.j);
      continue;
    }
    if ((f & COMPAR) !== 0) {
      if (comparison(c, i)) continue;
    }
    if ((f & QTREND) !== 0) {
      if (qualifiedTrend(c, i)) continue;
    }
    if ((f & TREND) !== 0) {
      if (w === 'increase' && i > 0 && toks[i - 1].w === 'to') continue; // "plans to increase"
      pushTrigger(c, 'trend', i, i);
      continue;
    }
    if (w === 'developing' && i > 0 && (toks[i - 1].f & AUX) !== 0 && (i + 1 >= n || toks[i + 1].k === P || toks[i + 1].w === 'well' || toks[i + 1].w === 'slowly')) {
      pushTrigger(c, 'trend', i, i);
      continue;
    }
    if ((f & GENERAL) !== 0) {
      if (generalisation(c, i, scheduled)) continue;
    }
    // "within statutory timescales": a claim about timeliness.
    if ((w === 'timescales' || w === 'timescale' || w === 'timeframes') && i > 0 && (toks[i - 1].w === 'required' || toks[i - 1].w === 'statutory' || toks[i - 1].w === 'agreed' || toks[i - 1].w === 'expected')) {
      pushTrigger(c, 'judgement', i - 1, i);
      continue;
    }
    if ((f & JUDGE) !== 0 || (t.g & G_EVALUATIVE_COMPOUND) !== 0) {
      if (judgementException(c, i)) continue;
      pushTrigger(c, 'judgement', i, i);
      continue;
    }
    if ((w === 'better' || w === 'worse' || w === 'stronger' || w === 'weaker') && !proper) {
      pushTrigger(c, 'judgement', i, i);
    }
  }
}

/** "it is (widely) said/believed", "it has been suggested". */
function weaselPassive(c: Ctx, i: number): boolean {
  const { toks } = c;
  let k = i + 1;
  let aux = false;
  while (k < toks.length && k - i <= 4) {
    const t = toks[k];
    if ((t.f & AUX) !== 0 || t.w === 'has' || t.w === 'had' || t.w === 'have') { aux = true; k++; continue; }
    if (aux && (t.w === 'widely' || t.w === 'generally' || t.w === 'commonly' || t.w === 'often' || t.w === 'also')) { k++; continue; }
    break;
  }
  if (!aux || k >= toks.length || (toks[k].f & WPASS) === 0) return false;
  if (byFollows(c, k + 1)) return false;
  pushTrigger(c, 'weasel', i, k);
  return true;
}

/** "concerns were raised" with no "by …". */
function concernRaised(c: Ctx, i: number): boolean {
  const { toks } = c;
  let k = i + 1;
  let aux = false;
  while (k < toks.length && k - i <= 3 && ((toks[k].f & AUX) !== 0 || toks[k].w === 'has' || toks[k].w === 'have' || toks[k].w === 'had' || toks[k].w === 'also')) { aux = true; k++; }
  if (!aux || k >= toks.length || (toks[k].g & G_CONCERN_VERB) === 0) return false;
  if (toks[i + 1].w === 'are' || toks[i + 1].w === 'is') return false; // "when concerns are raised": a process
  if (byFollows(c, k + 1)) return false;
  pushTrigger(c, 'weasel', i, k);
  return true;
}

/** "there is a perception that…", "there were concerns about…". */
export function perception(c: Ctx, i: number): boolean {
  const { toks } = c;
  const a = toks[i + 1];
  if (!a || (a.f & AUX) === 0) return false;
  let k = i + 2;
  if (toks[k]?.w === 'a' || toks[k]?.w === 'an') k++;
  if (toks[k] && (toks[k].w === 'widespread' || toks[k].w === 'general' || toks[k].w === 'strong' || toks[k].w === 'common')) k++;
  if (toks[k] && ((toks[k].f & PERCEP) !== 0 || ((toks[k].g & G_CONCERN) !== 0 && k === i + 2))) {
    pushTrigger(c, 'weasel', i, k);
    return true;
  }
  return false;
}

/** "some staff felt", "partners consider": an inner state with no source. */
function mentalWeasel(c: Ctx, i: number): boolean {
  const { toks } = c;
  if (i > 0 && (toks[i - 1].f & AUX) !== 0) return false;
  const nx = toks[i + 1]?.w;
  if (nx === 'whether' || nx === 'how' || nx === 'if' || nx === 'what') return false; // "consider whether": an action
  for (let s = i - 1; s >= 0 && s >= i - 2; s--) {
    const st = toks[s];
    if (st.k === P) return false;
    if ((st.f & PEOPLE) !== 0) {
      let b = s;
      if (b > 0 && (toks[b - 1].w === 'some' || toks[b - 1].w === 'many' || toks[b - 1].w === 'several' || toks[b - 1].w === 'most')) b--;
      pushTrigger(c, 'weasel', b, i);
      return true;
    }
  }
  return false;
}

/** Proportion words: "almost half", "the majority of", "most children", "a few". */
export function proportion(c: Ctx, i: number): { i: number; j: number } | undefined {
  const { toks } = c;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  switch (t.w) {
    case 'most':
      if (prev && (prev.w === 'the' || prev.w === 'at')) return undefined;
      if (next && next.w !== 'of' && ((next.f & JUDGE) !== 0 || /(ly|ive|ful|ous|able|ible|ent|ant|al|ic)$/.test(next.w))) return undefined;
      if (!next || next.k === P) return undefined;
      break;
    case 'few':
      if (prev && (prev.w === 'first' || prev.w === 'last' || prev.w === 'next' || prev.w === 'past')) return undefined;
      break;
    case 'many':
      if (prev && prev.w === 'how') return undefined;
      break;
    case 'minority':
    case 'majority':
      if ((next && next.w === 'ethnic') || (prev && prev.w === 'ethnic')) return undefined;
      break;
    case 'third':
    case 'thirds':
    case 'quarter':
    case 'quarters':
    case 'half':
    case 'halves':
      if (prev && (prev.w === 'every' || prev.w === 'each' || prev.w === 'per' || prev.w === 'first' || prev.w === 'second' || prev.w === 'last' || prev.w === 'next' || prev.w === 'this')) return undefined;
      if (t.w.startsWith('third') || t.w.startsWith('quarter')) {
        if (!(prev && (prev.w === 'a' || (prev.f & NUMW) !== 0)) && !(next && next.w === 'of')) return undefined;
      }
      if (t.w === 'half' && next && (next.f & TIMEU) !== 0) return undefined;
      break;
    case 'average':
    case 'averaged':
      break;
    default:
      break;
  }
  if (structFollows(c, i)) return undefined; // "half of the bedrooms"
  let s = i;
  // Extend back over "almost", "more than", "a", "just over".
  while (s > 0) {
    const p = toks[s - 1];
    if ((p.f & APPROX) !== 0 || p.w === 'a' || p.w === 'than' || p.w === 'more' || p.w === 'less' || p.w === 'up' || (p.f & NUMW) !== 0) s--;
    else break;
  }
  return { i: s, j: i };
}

/** Comparatives: "more … than last year" (trend), "more than 30" (figure, handled by numbers). */
export function comparison(c: Ctx, i: number): boolean {
  const { toks } = c;
  for (let k = i + 1; k < toks.length && k - i <= 12; k++) {
    const t = toks[k];
    if (isSentencePunct(t) || isQuoteTok(t)) break;
    if (t.w === 'than') {
      const nx = toks[k + 1];
      if (isNumberTok(nx) || (nx && (nx.f & PROP) !== 0)) return false; // "more than 30", "more than half"
      pushTrigger(c, 'trend', i, Math.min(k + 2, toks.length - 1));
      return true;
    }
  }
  return false;
}

/** "little progress", "made the required improvements", "no improvement". */
function qualifiedTrend(c: Ctx, i: number): boolean {
  const { toks } = c;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k];
    if (t.k === P || t.w === 'for' || t.w === 'where' || t.w === 'requires' || t.w === 'require') return false;
    if ((t.f & TQUAL) !== 0) {
      pushTrigger(c, 'trend', k, i);
      return true;
    }
  }
  return false;
}

export function generalisation(c: Ctx, i: number, scheduled: boolean): boolean {
  const { toks } = c;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if ((t.w === 'all' || t.w === 'every' || t.w === 'each') && structFollows(c, i)) return true; // "every bedroom has…"
  switch (t.w) {
    case 'all':
      if (prev && (prev.w === 'at' || prev.w === 'above' || prev.w === 'after')) return true;
      break;
    case 'each':
    case 'every':
      if (t.w === 'each' && next && (next.w === 'other' || next.w === 'another')) return true;
      if (next && isNumberTok(next)) return true; // "every three months": a frequency
      if (next && (next.f & TIMEU) !== 0 && scheduled) return true; // "the panel meets every quarter"
      if (next && next.w === 'quarter' && scheduled) return true;
      break;
    case 'often':
      if (prev && prev.w === 'how') return true;
      break;
    default:
      break;
  }
  pushTrigger(c, 'generalisation', i, i);
  return true;
}

/** True when the judgement word at i is used in a non-evaluative sense. */
function judgementException(c: Ctx, i: number): boolean {
  const { toks } = c;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  switch (t.w) {
    case 'significant':
      return !!next && (next.w === 'harm' || next.w === 'improvement');
    case 'kind':
      return !!next && next.w === 'of';
    case 'well':
      return (!!prev && prev.w === 'as') || (!!next && next.w === 'as' && toks[i + 2]?.w !== 'a');
    case 'right':
      return !(prev && prev.w === 'the' && next && next.k === W && next.w !== 'to' && next.w !== 'of');
    case 'best':
      return !!next && next.w === 'interests';
    case 'high':
      return !!next && (next.w === 'court' || next.w === 'school' || next.w === 'street');
    case 'secure':
      return !!next && (next.w === 'accommodation' || next.w === 'unit' || next.w === "children's" || next.w === 'home' || next.w === 'estate' || next.w === 'order' || next.w === 'orders');
    case 'committed':
      return !!next && (next.w === 'an' || next.w === 'a' || next.w === 'offences' || next.w === 'crimes');
    case 'experienced':
      return !(prev && ((prev.f & AUX) !== 0 || prev.w === 'very' || prev.w === 'highly' || prev.w === 'an' || prev.w === 'and' || prev.w === ',')) && !(next && (next.f & (PEOPLE | ORG)) !== 0);
    case 'detailed':
      return !!prev && prev.w === 'as';
    case 'limited':
      return !!next && next.w === 'company';
    case 'impact':
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const w = toks[k].w;
        if (w === 'had' || w === 'has' || w === 'have' || w === 'having' || w === 'no' || w === 'little' || w === 'an' || w === 'any' || w === 'made' || (toks[k].f & JUDGE) !== 0) return false;
      }
      return true;
    case 'regular':
      return !!next && next.w === 'basis' && !!prev && prev.w === 'a';
    default:
      break;
  }
  if ((t.f & GRADE) !== 0 && ratedBefore(c, i)) return true;
  return false;
}

/** "rated Good", "judged inadequate", "Our rating for this service is Good": a reported rating. */
function ratedBefore(c: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = c.toks[k].w;
    if (w === 'rated' || w === 'rating' || w === 'judged' || w === 'graded' || w === 'grade' || w === 'ratings') return true;
  }
  return false;
}
