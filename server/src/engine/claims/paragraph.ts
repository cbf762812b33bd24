// Paragraph scope: what a quality-assurance reader would query in a published inspection report.
//
// Published reports give their evidence in the paragraph, not sentence by sentence: a finding is
// stated, then supported by what inspectors saw, read and heard, by examples ("For example, …"),
// by counts from the inspection sample ("in 9 of the 14 cases"), or by a named source (the local
// authority's data, an audit, minutes, a survey). So in the default `mode: paragraph` the unit
// of support is the paragraph, and a paragraph is queried only for one of these (the first that
// applies; one finding per paragraph):
//
// - figure: a statistic (a percentage, money, a fraction such as "almost half", an average) with
//   no source and no base anywhere in the paragraph, or a count only records can give (an exact
//   count in the thousands, a count against a timescale);
// - comparison: a benchmark ("higher than the national average", "among the worst") with no
//   figure and no source in the paragraph;
// - trend: "has improved", "is increasing" with no baseline (since when, from what) and no source;
// - absolute: "all children", "no care leaver", "always", "never" about people, not scoped to
//   the evidence, in a paragraph with no evidence of any kind;
// - judgement: a paragraph every sentence of which is an unsupported judgement, with no example,
//   count, source or observation anywhere in it (outside summaries, which point to evidence
//   given later in the report).
//
// Weasel attribution and quotations are decided here too (see `weaselTriggers` and
// `quoteFindings`). What is never a claim (headings, tables, rating lines, recommendations,
// contents, data lists, method and context) is left out by the caller (analysis.ts) or by the
// sentence frames of detect.ts.
import type { ClaimTrigger, SentenceClaims } from './detect';

export type ParagraphClaimKind = 'figure' | 'comparison' | 'trend' | 'absolute' | 'judgement';

export interface ParagraphClaim {
  kind: ParagraphClaimKind;
  /** Index of the sentence holding the claim. */
  sentence: number;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
}

/** One sentence of a paragraph: its text, and its claims (full analysis). */
export interface SentenceView {
  text: string;
  claims: SentenceClaims;
}

// ---------------------------------------------------------------------------------------------
// Support in a paragraph. Each pattern is one kind of support an inspection report gives.

/** Examples and itemised detail: "For example, …", "such as", "including". */
const EXAMPLE = /\b(?:for (?:example|instance)|e\.g\.|such as|including|in particular|an example|examples?)\b/i;
/** Counts from the inspection sample, or any figure with a base: "9 of the 14", "one in five", "per 10,000". */
const BASE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many|most|some|all|none)\s+(?:out\s+)?(?:of|in)\s+(?:the\s+|these\s+|those\s+|our\s+|its\s+|their\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b|\bper\s+(?:100|1,?000|10,?000|100,?000|cent)\b|\bcompared (?:with|to)\s+(?:\d|the national)|\(\s*n\s*=|(?<!\baverage )\bof (?:the )?\d[\d,]*\s+\w+/i;
/** A named source of evidence: data, records, audits, surveys, what inspectors saw. */
const SOURCE = /\b(?:data|records?|recorded|figures|statistics|survey|surveys|audits?|audited|returns|dashboard|scorecard|tracker|register|minutes|self-assessment|performance (?:information|reports?|indicators?|management)|management information|inspectors?|inspection|seen(?!(?:\s+alone)?\s+by\s+(?:their|his|her|a|an|the)\s+(?!inspectors?\b))|sampled?|reviewed|examined|tracked|scrutin\w+|evidence|evidenced|according to|feedback|told|said|reported|report|reports|shows?|showed|shown|indicates?|indicated|demonstrates?|demonstrated|identified|found)\b/i;
/** A baseline for a trend: since when, or from what. */
const BASELINE = /\b(?:since|from|previous(?:ly)?|last (?:inspection|year|visit|focused visit|monitoring visit|report)|earlier|before|over (?:the )?(?:last|past|previous)|in the (?:last|past)|compared|than (?:it was|previously|before|in|at)|(?:19|20)\d\d|\d+(?:\.\d+)?%|per cent|to \d|by \d|in recent (?:months|years)|recent(?:ly)?|this year|a year ago|now)\b/i;
/** A benchmark comparison: "higher than the national average", "among the worst in Wales". */
const BENCHMARK = /\b(?:(?:higher|lower|better|worse|above|below|greater|fewer|less|more|faster|slower|quicker|longer|shorter|in line with|similar to|close to|consistent with|compares? (?:well|favourably|unfavourably|poorly)) (?:than |with |to )?(?:the |that of |those of |those in |that in |its |their )?(?:national|england|english|welsh|wales|regional|statistical|comparator|comparable|similar (?:areas|authorities|councils|local authorities)|other (?:areas|authorities|councils|local authorities)|neighbour)(?! (?:requirements?|guidance|standards?|expectations?|minimum|framework|procedures?|policy|policies))|(?:among|one of) the (?:worst|best|highest|lowest|poorest|strongest|weakest)|\b(?:fewer|more|higher|lower|better|worse|greater|less)\b[^.;:]{1,80}?\bthan (?:in |for )?(?:the |that of |those of |those in |that in )?(?:national|england|english|wales|regional|statistical neighbours|comparator|comparable|similar (?:areas|authorities|councils|local authorities)|other (?:areas|authorities|councils|local authorities))\b)/i;
/** The paragraph gives data: another figure, or a period ("in 2013–14", "from 82% to 88%"). */
const DATA = /\d|\b(?:from|since|in the (?:last|past)|this year|last year)\b/i;
/** Any figure at all (a digit, or a number word before a noun of people or cases). */
const ANY_FIGURE = /\d/;

/**
 * A statistic among a sentence's figure triggers: a percentage, money, a fraction ("almost
 * half"), an average ("an average of 31 cases"): figures that come from someone's data. Counts,
 * bounded or not ("22 families", "more than 1,000 children"), are not queried on their own: on
 * the published reports they described a consultation or a sample whose source the sentence names.
 */
function isStatistic(t: ClaimTrigger): boolean {
  if (t.kind !== 'figure') return false;
  return /%|£|\bper ?cent\b|\b(?:half|third|thirds|quarter|quarters)\b|\b(?:average|mean|median)\b.*\d/i.test(t.text);
}

/** A count as a bare number: "22", "16,454" (not "more than 1,000", "around 4,000", "Most"). */
const BARE_COUNT = /^\d[\d,]*$/;
/** A count written with thousands separators, or of five digits or more: "16,454", "1,200". */
const RECORDS_SIZED = /^\d{1,3}(?:,\d{3})+$|^\d{5,}$/;
/** A time threshold: "more than 8 weeks", "within 10 working days", "over 6 months". */
const TIME_THRESHOLD = /^(?:more than|longer than|over|less than|under|within|up to)\s.*\b(?:days?|weeks?|months?|years?)$/i;

/**
 * A count that only records can give, which a reader would ask the source of: an exact count in
 * the thousands ("The front door received 16,454 contacts last year.": no inspection counts that
 * far itself; "more than 1,000 children", a bounded count, describes), or a count measured
 * against a timescale ("22 families waited more than 8 weeks for…": a performance measure, where
 * "22 families were seen" is a count from the sample).
 */
function measuredCount(claims: SentenceClaims): ClaimTrigger | undefined {
  const threshold = claims.triggers.some((t) => t.kind === 'figure' && TIME_THRESHOLD.test(t.text));
  return firstTrigger(claims, (t) => t.kind === 'figure' && BARE_COUNT.test(t.text) && (threshold || RECORDS_SIZED.test(t.text)));
}

/** The trigger itself carries its base: "9 of the 14", "one in five". */
function hasOwnBase(t: ClaimTrigger): boolean {
  // "an average of 31" is no base: it is the statistic.
  if (/^(?:an?\s+)?(?:average|mean|median)\b/i.test(t.text)) return false;
  return /\b(?:of|in|out of)\b/i.test(t.text) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(t.text.replace(/^\S+/, ''));
}

/** "has improved", "have deteriorated", "is increasing", "continues to decline". */
const TREND_VERB = /\b(?:has|have|had|is|are|was|were|continues? to|continued to)\s+(?:also\s+|now\s+|not\s+|further\s+|recently\s+|significantly\s+|considerably\s+|steadily\s+|markedly\s+|been\s+)*(?:improved|improving|deteriorated|deteriorating|declined|declining|worsened|worsening|increased|increasing|decreased|decreasing|reduced|reducing|risen|rising|fallen|falling|dropped|dropping|grown|growing|improve|deteriorate|decline|worsen|increase|decrease|reduce|rise|fall|grow)\b/i;

/**
 * After a trend verb, what makes it an action rather than a measure that changed: an agent
 * ("are reduced by plans") or an object ("Leaders have improved the process", "are improving
 * services"): anything but an adverb, a preposition or conjunction, or the end of the clause.
 */
const ACTION_AFTER = /^\s+(?!(?:in|on|at|since|from|over|during|for|but|and|or|so|as|to|with|because|although|though|while|when|where|which|that|further|again|now|too|overall|across|among|than|slowly|steadily)\b)(?:by\b|[a-z][\w'’-]*(?<!ly)\b)/i;

/** "all children", "every care leaver", "no young person", "always", "never". */
const ABSOLUTE = /^\W*(?:\d+\.\s+)?(?:all|every|no|none of)\s+[\w’'-]+|\b(?:always|never)\b/i;
/** What scopes an absolute to the evidence, or hedges it: "not all", "almost all", "all the children we saw". */
// ("seen by their social worker" is the service's work, not the inspection's sample.)
const SCOPED = /\b(?:not|nearly|almost|virtually|practically)\s+(?:all|every|always)\b|\b(?:we|inspectors|seen(?!(?:\s+alone)?\s+by\s+(?:their|his|her|a|an|the)\s+(?!inspectors?\b))|reviewed|sampled|spoke|spoken|met|whose (?:records|files|cases)|in the sample|cases seen|the cases)\b/i;

/** A trend, a benchmark, an absolute or a bare evaluation, which the sentence analyser may have no claim word for. */
export function statesParagraphClaim(text: string): boolean {
  return TREND_VERB.test(text) || BENCHMARK.test(text) || ABSOLUTE.test(text) || isBareEvaluation(text);
}

/** Trigger of `kind` in the sentence, first by position. */
function firstTrigger(claims: SentenceClaims, test: (t: ClaimTrigger) => boolean): ClaimTrigger | undefined {
  for (const t of claims.triggers) if (test(t)) return t;
  return undefined;
}

/**
 * The claim a quality-assurance reader would query in this paragraph, or undefined. `cited`: a
 * resolving footnote reference is in the paragraph (support for all of it). `summary`: the
 * paragraph is in a summary, whose evidence is given later in the report.
 */
export function paragraphClaim(sentences: readonly SentenceView[], cited: boolean, summary: boolean): ParagraphClaim | undefined {
  // A claim is queried only in a stand-alone assertion (see below).
  if (cited || summary || sentences.length !== 1) return undefined;
  let all = '';
  let anyEvidence = false;
  for (const s of sentences) {
    all += s.text + ' ';
    if (s.claims.evidence.length) anyEvidence = true;
  }
  const hasExample = EXAMPLE.test(all);
  const hasBase = BASE.test(all);
  const hasSource = anyEvidence || SOURCE.test(all);
  const hasFigure = ANY_FIGURE.test(all);
  // Observation: a sentence that states what happens with no claim word, or names its evidence,
  // is itself the kind of detail published reports support their findings with.
  // (A sentence with no claim word is an observation unless it states a trend, a benchmark, an absolute or a bare evaluation.)
  const observed = sentences.some((s) => s.claims.descriptive || s.claims.evidence.length > 0 || (s.claims.triggers.length === 0 && !statesParagraphClaim(s.text)));
  const supported = hasSource || hasExample || hasBase || observed;

  // A claim is queried only in a stand-alone assertion: a paragraph of one sentence with no
  // evidence of any kind. In a longer paragraph the other sentences are the detail that published
  // reports support a finding with: on the published corpus, figures, comparisons and trends in
  // longer paragraphs were the local authority's own data, or a change the paragraph goes on to
  // describe, and no editor would have changed them.
  if (supported || sentences.length !== 1) return undefined;
  const baseline = BASELINE.test(all);
  for (let i = 0; i < sentences.length; i++) {
    const { text, claims } = sentences[i];
    if (claims.descriptive || claims.evidence.length) continue;
    // Figures: a statistic with no source and no base, and no other data in the paragraph.
    const stat = firstTrigger(claims, (t) => isStatistic(t) && !hasOwnBase(t));
    if (stat && !DATA.test(all.replace(stat.text, ''))) return at('figure', i, stat.start, stat.end, stat.text);
    // A measure from someone's records, whatever else the sentence holds (see `measuredCount`).
    const measured = measuredCount(claims);
    if (measured) return at('figure', i, measured.start, measured.end, measured.text);
    // Benchmarks: a comparison with no figure.
    const bench = BENCHMARK.exec(text);
    if (bench && !hasFigure) return at('comparison', i, bench.index, bench.index + bench[0].length, bench[0]);
    // Trends: a change with no baseline, in a paragraph with no evidence.
    const trend = TREND_VERB.exec(text);
    if (trend && !baseline && !ACTION_AFTER.test(text.slice(trend.index + trend[0].length))) return at('trend', i, trend.index, trend.index + trend[0].length, trend[0]);
    const absolute = ABSOLUTE.exec(text);
    // An absolute the sentence opens with ("All return home interviews…", "No care leaver…") is its own generalisation.
    if (absolute && !SCOPED.test(text) && (absolute.index === 0 || claims.triggers.some((t) => t.kind === 'generalisation'))) {
      return at('absolute', i, absolute.index, absolute.index + absolute[0].length, absolute[0]);
    }
  }
  if (hasFigure) return undefined;
  // Judgement: a paragraph that is one bare evaluation ("The general quality of assessment and
  // case management remains poor."): no example, count, source or observation at all.
  const { text, claims } = sentences[0];
  if (claims.descriptive || !(isBareEvaluation(text) || (text.length <= SHORT && EVALUATIVE_OBJECT.test(text))) || GRADE_COMPLEMENT.test(text)) return undefined;
  const judgement = firstTrigger(claims, (t) => t.kind === 'judgement');
  if (judgement) return at('judgement', 0, judgement.start, judgement.end, judgement.text);
  // An evaluative complement the sentence analyser has no claim word for ("…is purposeful.").
  const last = isBareEvaluation(text) ? LAST_WORD.exec(text) : null;
  return last ? at('judgement', 0, last.index, last.index + last[0].length, last[0]) : undefined;
}

/**
 * The longest sentence the two patterns of a stand-alone evaluation are tried on: each is a short
 * sentence (a subject of a dozen words or so and its predicate), and on a long run of
 * punctuation their opening (\W*, then words) would be tried from every position.
 */
const SHORT = 600;

function isBareEvaluation(text: string): boolean {
  return text.length <= SHORT && BARE_EVALUATION.test(text);
}

/** The complement's last word: "purposeful" in "Management oversight is purposeful.". */
const LAST_WORD = /[\p{L}-]+(?=[.!]?\s*$)/u;

/**
 * An evaluation carried by the object of the main verb: "Leaders have a thorough understanding
 * of…", "Social workers in the fostering service provide inconsistent support to…". The subject
 * may be long (a service's full name), but holds no comma and no relative clause: in "The
 * service is a well-run service which provides effective support…" the evaluation is the
 * complement, and a clause before a comma is a circumstance ("Through the new team, the local
 * authority has a good understanding…").
 */
const EVALUATIVE_OBJECT = /^\W*(?:\d+\.\s+)?(?:(?!(?:which|that|who|whose)\b)[^\s,;:]+\s+){0,14}?(?:has|have|had|provides?|provided|gives?|gave|offers?|offered|shows?|showed|demonstrates?|demonstrated)\s+(?:an?\s+|the\s+)?(?:very\s+|highly\s+|consistently\s+|not\s+)?(?:poor|weak|good|strong|effective|ineffective|inadequate|variable|inconsistent|excellent|robust|limited|insufficient|thorough|purposeful|rigorous|comprehensive|clear|sound)(?:\s+enough)?\s+(?:understanding|grip|oversight|support|grasp|knowledge|focus|leadership|practice|service|services|help|response|challenge|management)\b/i;

/**
 * A rating statement: the complement is an inspection grade itself, after the linking verb
 * ("Children's services in X are good.", "The LSCB is judged to be inadequate.", "Leadership
 * requires improvement."). A graded word with a degree or a frequency ("is consistently good")
 * or coordinated with another evaluation ("is effective and consistently good") is an
 * evaluation, not a grade.
 */
const GRADE_COMPLEMENT = /(?:\b(?:is|are|was|were|be|been|remains?|remained)\s+(?:(?:judged|rated|graded|found)\s+(?:to\s+be\s+|as\s+)?|now\s+|also\s+|still\s+)?(?:good|outstanding|inadequate|adequate)|\brequires?\s+improvement(?:\s+to\s+be\s+good)?)[.!]?\s*$/i;

/**
 * A short sentence whose predicate is only an evaluation: subject, a linking verb, and an
 * evaluative complement ("…remains poor.", "Practice is weak and inconsistent.").
 */
const BARE_EVALUATION = /^\W*(?:\d+\.\s+)?(?:\S+\s+){0,12}?(?:is|are|was|were|remains?|remained|has been|have been|continues? to be|continued to be|seems?|appears?)\s+(?:(?:still|now|often|generally|mostly|largely|very|too|not|also|consistently|particularly|highly|extremely|exceptionally|typically|overall|poor|weak|good|strong|effective|ineffective|inadequate|variable|inconsistent|outstanding|excellent|robust|limited|insufficient|unsatisfactory|satisfactory|thorough|purposeful|rigorous|comprehensive|sufficient|enough|patchy|unclear|and|but|,)\s*)+[.!]?\s*$/i;

function at(kind: ParagraphClaimKind, sentence: number, start: number, end: number, text: string): ParagraphClaim {
  return { kind, sentence, start, end, text };
}

// ---------------------------------------------------------------------------------------------
// Weasel attribution in its real forms.

/** Verbs of a passive attribution that leaves out who: "it is said that", "is believed to be". */
const WEASEL_VERBS = 'said|believed|thought|understood|rumoured|alleged|claimed|suggested|reported|argued|felt';
const IT_IS = new RegExp(`\\bit (?:is|was|has been|had been|have been)(?: (?:widely|generally|commonly|often|also))? (?:${WEASEL_VERBS})\\b(?! by)`, 'i');
const RAISED_TO = new RegExp(`\\b(?:is|are|was|were) (?:widely |generally |commonly |often )?(?:${WEASEL_VERBS}) to (?:be|have)\\b`, 'i');
const THERE_ARE = /\bthere (?:is|are|was|were|have been|has been)(?: also)?(?: (?:a|an))?(?: (?:widespread|general|growing|some|many|several|persistent|repeated))? (?:(?:claims|allegations|reports|suggestions|rumours|complaints|concerns) (?:of|that|about)|(?:perception|belief|feeling|view|sense|impression) that)\b/i;
const ACCUSED = /\b(?:has|have|had|is|are|was|were) (?:also |again |repeatedly |now )?(?:been )?accused\b(?! by)/i;
const CONCERNS_RAISED = /\b(?:concerns?|complaints?|allegations?|worries|questions) (?:have|has|had|were|was) (?:also |first |repeatedly |previously |again |since |been )*(?:been )?(?:raised|expressed|voiced|made)\b(?! by)/i;
/** Also weasel words on their own: "reportedly", "widely recognised", "according to some". */
const WEASEL_WORDS = /\b(?:reportedly|anecdotally|supposedly|purportedly|widely (?:recognised|regarded|praised|believed|thought|acknowledged|accepted|considered|seen|viewed|known) (?:as|to|that)|according to (?:some|many|several|sources|reports|others|people)|some (?:would )?(?:argue|say|believe)|many believe|critics say)\b/i;
/** A clause of process, not a finding: "when concerns are raised", "where there are concerns", "if it is felt". */
const PROCESS_CLAUSE = /\b(?:when|whenever|where|wherever|if|whether|unless|once|until|how|so that|in case|to ensure|whom)\b[^,;:.]*$/i;
/** "Almost all care leavers feel safe, although some say…": "some" is some of a group just named. */
const GROUP_BEFORE = /\b(?:children|people|parents|carers|leavers|staff|workers|families|managers|partners|professionals|adopters|residents|users)\b/i;

const WEASEL_FORMS = [IT_IS, RAISED_TO, THERE_ARE, ACCUSED, CONCERNS_RAISED, WEASEL_WORDS];
/** The sentence says that the evidence for it is missing: "data is not collected", "no evidence". */
const EVIDENCE_WANTING = /\b(?:data|evidence)\b[^.;]{0,40}?\b(?:is|are|was|were|has|have)\s+not\s+(?:yet\s+|currently\s+|being\s+|been\s+|routinely\s+|systematically\s+)*(?:collected|gathered|monitored|measured|evidenced|analysed|analyzed)\b|\bno\s+(?:data|evidence)\b/i;
/** Verbs of judging, which a deciding body does ("were felt to be suitable"); not of saying. */
const DECIDING_VERB = /\b(?:felt|thought|believed)\b/i;
/** A body that decides cases: a panel, a court, a board, a conference. */
const DECIDING_BODY = /\b(?:panels?|courts?|boards?|committees?|conferences?|tribunals?)\b/i;

/** Weasel attributions in a sentence (offsets relative to it), process clauses left out. */
export function weaselTriggers(text: string): ClaimTrigger[] {
  const out: ClaimTrigger[] = [];
  for (const form of WEASEL_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    if (PROCESS_CLAUSE.test(text.slice(0, m.index))) continue;
    if (/^some\b/i.test(m[0]) && GROUP_BEFORE.test(text.slice(0, m.index))) continue;
    // "as it was reported to be by the peer review": the agent follows (not in the clause after
    // "that": "It is believed that they felt listened to by leaders" names no one who believes).
    if (!/\b(?:that|of|about)$/i.test(m[0]) && /^(?:(?!\bthat\b)[^,;:.]){0,40}\bby\b/.test(text.slice(m.index + m[0].length))) continue;
    // "Of the 107 children presented to the SGO panel, 63 were felt to be suitable": the body
    // that decides, named earlier in the sentence, is the one that felt or considered.
    if (form === RAISED_TO && DECIDING_VERB.test(m[0]) && DECIDING_BODY.test(text.slice(0, m.index))) continue;
    // "The service is anecdotally reported to be successful…, but data is not collected on its
    // impact, which is a shortfall": the sentence itself says the evidence is wanting; the vague
    // source is the finding, not a lapse of the writer's.
    if (EVIDENCE_WANTING.test(text)) continue;
    if (out.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue;
    out.push({ kind: 'weasel', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Quotations: a quotation needs a speaker in its paragraph or the one before, and a quotation
// continued across paragraphs (the opening-quote-only convention) is one quotation.

/** Words that name who said something, anywhere in a paragraph. */
const SPEAKER_CUE = /\b(?:in the words of|according to|said|says|say|saying|told|tell|tells|telling|described|describes|describe|describing|commented|explained|explains|stated|states|state|wrote|writes|write|written|reported|reports|report|added|remarked|shared|expressed|spoke|spoken|talked|concluded|concludes|noted|notes|recorded|quoted|put it|asked|replied|agreed|praised|highlighted|called|calling|calls|named|entitled|titled|known as|described as|referred to|refer to|one (?:child|young person|parent|carer|care leaver|social worker|worker|manager))\b/i;
/** Speech rather than a name or term: first or second person, or a finished sentence inside the marks. */
const SPEECH_LIKE = /(?:^|[\s‘“"'])(?:i|i'm|i’m|i've|i’ve|me|my|we|we're|we’re|us|our|you|you're|you’re|your)\b|[.!?][’”"']?\s*$/i;

/** Before a quoted name: a determiner or possessive ("the ‘Key to my future’ booklets"), or a naming noun. */
const NAME_BEFORE = /(?:\b(?:the|a|an|its|their|our|his|her|this|that|these|those|\w+['’]s)|\b(?:motto|slogan|title|titled|entitled|campaign|programme|strategy|vision|initiative|scheme|project|model|approach|framework|pledge|document|booklet|leaflet|policy|question|called|named|known as|branded|ethos|mantra|strapline|tagline|ambition|promise|principle|maxim|mission|message)(?:\s+(?:of|is|was))?)\W*$|\(\s*$/i;

/** A quoted name rather than speech: after a determiner or naming noun, or in title case. */
function isName(before: string, inner: string, after: string): boolean {
  // "(‘Because our opinion matters’)", "‘Who cares, we care’ (12–16 years)", "‘Did you know?’ workshops".
  if (NAME_BEFORE.test(before) || /^\s*(?:\(|(?!(?:was|is|has|does|says)\b)[a-z][\w-]*s\b)/.test(after)) return true;
  if (/[.!?]\W*$/.test(inner)) return false;
  const long = inner.split(/\s+/).filter((w) => w.length >= 4);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= long.length;
}

export interface QuoteCandidate {
  /** Offsets relative to the block. */
  start: number;
  end: number;
}

export interface ParagraphQuotes {
  /** Quotations with no speaker in this paragraph, which look like speech. */
  unattributed: QuoteCandidate[];
  /** The paragraph opens a quotation it does not close (it continues in the next paragraph). */
  continues: boolean;
  /** The paragraph starts inside or with a quotation mark. */
  opensWithQuote: boolean;
}

/** The quotations of a paragraph and what its neighbours need to know. */
export function paragraphQuotes(text: string, sentences: readonly { start: number; claims: SentenceClaims }[], speaker: () => boolean): ParagraphQuotes {
  const unattributed: QuoteCandidate[] = [];
  let continues = false;
  for (const s of sentences) {
    for (const q of s.claims.quotes) {
      if (q.partial) {
        // Opened and never closed in the paragraph: continued in the next one (or a stray mark).
        if (s.start + q.end >= text.trimEnd().length - 1) continues = true;
        continue;
      }
      if (q.speaker !== undefined || speaker()) continue;
      const inner = text.slice(s.start + q.start + 1, s.start + q.end - 1).trim();
      if (inner.split(/\s+/).length < 3 || !SPEECH_LIKE.test(inner) || isName(text.slice(Math.max(0, s.start + q.start - 40), s.start + q.start), inner, text.slice(s.start + q.end, s.start + q.end + 30))) continue;
      unattributed.push({ start: s.start + q.start, end: s.start + q.end });
    }
  }
  const trimmed = text.trimStart();
  return { unattributed, continues, opensWithQuote: /^[‘“"']/.test(trimmed) };
}

/** The paragraph names who said something. */
export function namesSpeaker(text: string): boolean {
  // Words inside the quotation marks are what was said, not who said it ("“Nobody explained why…”").
  // Nor does a passive with no agent: "The service was described as follows: “…”".
  return SPEAKER_CUE.test(text.replace(QUOTED, ' ').replace(AGENTLESS_PASSIVE, ' '));
}

/**
 * Words that introduce what someone said, as the end of a paragraph before a quotation: only
 * verbs of saying. The wider SPEAKER_CUE also takes words that are often no speech at all at the
 * end of a paragraph of findings ("social worker reports for reviews", "a shared understanding",
 * "the developments described are…"), which would cover any quotation in the next paragraph.
 */
const SPEECH_INTRO = /\b(?:in the words of|according to|said|says|say|told|tell|tells|commented|explained|explains|wrote|writes|remarked|added|spoke|spoken|talked|replied|asked|put it)\b/i;

/** The end of a paragraph introduces speech in the next: a verb of saying with its speaker. */
export function introducesSpeech(text: string): boolean {
  return SPEECH_INTRO.test(text.replace(QUOTED, ' ').replace(AGENTLESS_PASSIVE, ' '));
}

const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’/g;
const AGENTLESS_PASSIVE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:described|reported|noted|recorded|quoted|stated|expressed|said|told|called|named|shared)\b(?!(?:\s+\w+){0,3}\s+by\b)(?:\s+as(?:\s+follows)?)?/gi;

/** An opening quotation mark: only then are a paragraph's sentences analysed for quotations. */
export function mayHaveQuote(text: string): boolean {
  return /[‘“"]|(?:^|[\s(])'/.test(text);
}

/** The words every weasel form starts from: only then are a paragraph's sentences looked at. */
const WEASEL_HINT = /\b(?:it (?:is|was|has|had)|there (?:is|are|was|were|have|has)|accused|raised|expressed|voiced|made|to (?:be|have)|reportedly|anecdotally|supposedly|purportedly|widely|according to|argue|say|believe|critics)\b/i;

export function mayHaveWeasel(text: string): boolean {
  return WEASEL_HINT.test(text);
}
