// The compiled vocabulary: the lexicon's word classes, the built-in and configured phrases (a
// token trie, so a configured phrase is matched on whole words and never compiled as a regular
// expression), and the words configured never to trigger a claim.
import * as L from './lexicon';
import { type ClaimKind, type ClaimMatcher, type ClaimOptions, type PhraseKind, type TrieNode } from './types';
import { APPROX, AUX, COMPAR, EMPTY_LEX, FILLER, GENERAL, GRADE, G_ATTRIB_SHORT, G_CAPACITY, G_CONCERN, G_CONCERN_VERB, G_EVIDENCE_SPEECH, G_INSPECTORATE, G_LOGISTIC, G_OUR_EVIDENCE, G_PASSIVE_EVIDENCE, G_PHRASE, G_RATING, G_SCHEDULE, G_SUBORD, G_VAGUE_SOURCE, G_VAGUE_SPEAKER, G_WIDELY_VERB, HYPO, JUDGE, LEARNT_WORDS, LEGAL, MENTAL, MODAL, MONTH, NUMW, ORG, P, PEOPLE, PERCEP, PRON, PROP, QTREND, SECTION, SOURCE, SPEECH, STRUCT, SVERB, TIMEU, TQUAL, TREND, W, WADV, WEVERB, WPASS, WordTable, isBreakPunct, tokenize, words, type Tok } from './tokens';

export const defaultClaimOptions: ClaimOptions = {
  evidencePhrases: [
    'we found', 'we saw', 'we observed', 'we heard', 'we read', 'we reviewed', 'we examined', 'we looked at',
    'we sampled', 'we tracked', 'we audited', 'we spoke to', 'we spoke with', 'we met', 'inspectors found',
    'inspectors observed', 'records showed', 'records show', 'case files showed', 'data showed', 'data shows',
    'people told us', 'told us', 'told inspectors', 'told the inspection team', 'said to us', 'shared with us',
    'described to us', 'reported to us', 'explained to us', 'according to', 'in our sample', 'from our sample',
    'our review of', 'our analysis of', 'our survey', 'our case tracking', 'during our visit', 'during our visits',
    'during the inspection', 'on the day of our visit', 'on the days of our visit', 'on the day of the inspection',
    'feedback from', 'survey responses', 'questionnaire responses', 'minutes showed', 'the audit found',
  ],
  extraJudgementWords: [],
  ignoreWords: [],
};

const BUILTIN_PHRASES: [string, ClaimKind][] = [
  ['across the service', 'generalisation'], ['across the council', 'generalisation'],
  ['across the local authority', 'generalisation'], ['across the authority', 'generalisation'],
  ['across all', 'generalisation'], ['across services', 'generalisation'], ['throughout the service', 'generalisation'],
  ['in all cases', 'generalisation'], ['in every case', 'generalisation'], ['without exception', 'generalisation'],
  ['requires improvement', 'judgement'], ['requires significant improvement', 'judgement'],
  ['high quality', 'judgement'], ['high standard', 'judgement'], ['not enough', 'judgement'],
  ['compared with', 'trend'], ['compared to', 'trend'],
  ['a number of', 'figure'], ['a small number', 'figure'], ['a large number', 'figure'],
  ['a significant number', 'figure'], ['a high proportion', 'figure'], ['a growing number', 'trend'],
  ['on average', 'figure'], ['they need', 'judgement'], ['they needed', 'judgement'],
  ['some would argue', 'weasel'], ['some say', 'weasel'], ['many believe', 'weasel'], ['some believe', 'weasel'],
  ['critics say', 'weasel'],
];

function addPhrase(root: TrieNode, lex: WordTable, phrase: string, kind: PhraseKind): void {
  const toks = tokenize(phrase, EMPTY_LEX).filter((t) => t.k !== P || isBreakPunct(t.w));
  if (toks.length === 0) return;
  if (toks[0].k === W) lex.add(toks[0].w, 0, G_PHRASE);
  let node = root;
  for (const t of toks) {
    let child = node.next.get(t.w);
    if (!child) node.next.set(t.w, (child = { next: new Map() }));
    node = child;
  }
  // Evidence wins over a trigger ending at the same place; otherwise the first definition stays.
  if (!node.kind || kind === 'evidence') node.kind = kind;
}

export function compileClaimMatcher(options: ClaimOptions): ClaimMatcher {
  const lex = new WordTable(LEARNT_WORDS);
  const add = (list: string, flag: number) => {
    for (const w of words(list)) lex.add(w, flag, 0);
  };
  const addG = (list: string, flag: number) => {
    for (const w of words(list)) lex.add(w, 0, flag);
  };
  addG('registered accommodate accommodates capacity places', G_CAPACITY);
  addG('meets meet meeting meetings held place runs convened sits', G_SCHEDULE);
  addG('inspectors inspector employs employ comprises comprised consists', G_LOGISTIC);
  addG('reviewed inspected examined sampled audited tracked observed scrutinised interviewed surveyed', G_PASSIVE_EVIDENCE);
  addG('concerns concern questions complaints allegations worries', G_CONCERN);
  addG('raised expressed voiced reported made shared', G_CONCERN_VERB);
  addG(`said say says told tell tells described describe describes explained explains commented reported confirmed
    stated added wrote praised complained acknowledged agreed remarked replied recalled insisted admitted
    emphasised expressed highlighted spoke talked raised report reports saying telling reporting commenting explaining`, G_EVIDENCE_SPEECH);
  addG('described describes describe describing called calls branded labelled labeled characterised termed', G_ATTRIB_SHORT);
  addG('when whether if because although though that which who whom where until unless while whereas once', G_SUBORD);
  addG('praised regarded recognised acknowledged accepted believed thought known considered reported seen viewed', G_WIDELY_VERB);
  addG(`excellent good outstanding inadequate adequate requires require improvement significant to be not achieved new
    reviewed met partially compliant non-compliant compliance rating grade`, G_RATING);
  addG('sample review reviews audit audits survey surveys questionnaire questionnaires observations analysis tracking scrutiny discussions findings evidence case', G_OUR_EVIDENCE);
  addG('it someone somebody anyone others', G_VAGUE_SPEAKER);
  addG(L.INSPECTORATE_STARTS, G_INSPECTORATE);
  add(L.JUDGEMENT_WORDS, JUDGE);
  add(L.GRADE_WORDS, GRADE | JUDGE);
  add(L.SECTION_WORDS, SECTION);
  add(L.GENERAL_WORDS, GENERAL);
  add(L.TREND_WORDS, TREND);
  add(L.QUALIFIED_TREND_NOUNS, QTREND);
  add(L.TREND_QUALIFIERS, TQUAL);
  add(L.PROPORTION_WORDS, PROP);
  add(L.NUMBER_WORDS, NUMW);
  add(L.MONTHS, MONTH);
  add(L.TIME_UNITS, TIMEU);
  add(L.LEGAL_PREFIXES, LEGAL);
  add(L.PEOPLE_NOUNS, PEOPLE);
  add(L.ORG_NOUNS, ORG);
  add(L.PRONOUN_SPEAKERS, PRON);
  add(L.SPEECH_VERBS, SPEECH);
  add(L.MENTAL_VERBS, MENTAL);
  add(L.SOURCE_NOUNS, SOURCE);
  add(L.SOURCE_VERBS, SVERB);
  add(L.WE_VERBS, WEVERB);
  add(L.FILLERS, FILLER);
  add(L.AUX, AUX);
  add(L.MODALS, MODAL);
  add(L.HYPOTHETICAL, HYPO);
  add(L.COMPARATIVES, COMPAR);
  add(L.APPROXIMATORS, APPROX);
  add(L.WEASEL_ADVERBS, WADV);
  add(L.WEASEL_PASSIVES, WPASS);
  add(L.STRUCTURAL_NOUNS, STRUCT);
  add(L.PERCEPTION_NOUNS, PERCEP);
  addG(L.VAGUE_SOURCES, G_VAGUE_SOURCE);

  const trie: TrieNode = { next: new Map() };
  for (const p of options.evidencePhrases) addPhrase(trie, lex, p, 'evidence');
  for (const [p, kind] of BUILTIN_PHRASES) addPhrase(trie, lex, p, kind);
  for (const p of options.extraJudgementWords) {
    const toks = tokenize(p, EMPTY_LEX).filter((t) => t.k !== P);
    if (toks.length === 1) lex.add(toks[0].w, JUDGE, 0);
    else addPhrase(trie, lex, p, 'judgement');
  }
  const ignore = new Set<string>();
  for (const p of options.ignoreWords) {
    const norm = normalisePhrase(p);
    if (norm) ignore.add(norm);
  }
  return { lex, trie, ignore };
}

function normalisePhrase(p: string): string {
  return tokenize(p, EMPTY_LEX).filter((t) => t.k !== P).map((t) => t.w).join(' ');
}

/** Longest configured or built-in phrase starting at token i. */
export function matchPhrase(toks: Tok[], trie: TrieNode, i: number): { kind: PhraseKind; end: number } | undefined {
  let node = trie.next.get(toks[i].w);
  if (!node) return undefined;
  let best: { kind: PhraseKind; end: number } | undefined = node.kind ? { kind: node.kind, end: i } : undefined;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    // Brackets, quotes and commas inside a phrase are skipped (phrases are stored without them);
    // a full stop, colon or semicolon ends it.
    if (t.k === P && !isBreakPunct(t.w)) continue;
    node = node.next.get(t.w);
    if (!node) break;
    if (node.kind) best = { kind: node.kind, end: k };
  }
  return best;
}
