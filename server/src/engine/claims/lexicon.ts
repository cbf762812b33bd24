// Word lists for the claims detector. Every entry is lower case; curly apostrophes are
// normalised to straight ones before lookup. Each word gets a bit set of classes (see
// `compileClaimMatcher` in detect.ts), so the detector does one table lookup per token.

/** Evaluative words of inspection reports (judgement triggers). */
export const JUDGEMENT_WORDS = `
excellent good outstanding inadequate adequate adequately inadequately poor poorly effective effectively
ineffective ineffectively robust committed inconsistent inconsistently consistent significant significantly
appalling stable unstable strong strongly weak weakness weaknesses strength strengths well-led safe safely
unsafe secure insecure timely untimely prompt promptly delay delays delayed drift appropriate appropriately
inappropriate inappropriately sufficient sufficiently insufficient insufficiently enough limited underdeveloped
thorough thoroughly comprehensive detailed person-centred child-centred family-centred meaningful reflective
regular high low happy unhappy friendly approachable kind caring compassionate respectful warm nurturing
homely clean dirty valued praised ambitious knowledgeable skilled experienced inexperienced dedicated
enthusiastic passionate motivated proactive tenacious confident positive positively negative negatively
accurate inaccurate clear unclear unacceptable acceptable concerning worrying serious seriously impressive
exemplary innovative chaotic overwhelmed overstretched understaffed short-staffed under-resourced manageable
unmanageable excessive excessively lack lacks lacked lacking failed fails failure failures failing heavily
successful successfully unsuccessful shortfall shortfalls gaps variable patchy uneven well best worst settled
embedded invaluable brilliant satisfactory unsatisfactory competent rigorous swift swiftly quickly slow slowly
outdated tidy untidy comfortable proportionate disproportionate helpful unhelpful supportive visible
accessible inaccessible fragile resilient sustainable unsustainable complacent responsive right recognise
recognises impact overwhelmingly patiently proud aware unaware strongest weakest
`;

/** Rating scale words (also judgement words); used to spot rating lines and "rated Good". */
export const GRADE_WORDS = 'excellent good outstanding inadequate adequate';

/** Words that, alone in a line with no full stop, name a section or key question. */
export const SECTION_WORDS = 'strengths strength safe effective caring responsive well-led improvement good excellent outstanding inadequate';

/** Absolute and frequency words (generalisation triggers). */
export const GENERAL_WORDS = `
all every everyone everybody everything each never always none nobody no-one consistently invariably routinely
rarely seldom universally
`;

/** Change words (trend triggers). Base forms ("improve") are left out on purpose: they
 *  appear in recommendations and plans ("needs to improve"). */
export const TREND_WORDS = `
improved improving improves deteriorated deteriorating deterioration declined declining decline worsened
worsening reduced reducing reduction reductions fallen fell falling dropped dropping risen rose rising
increased increasing increase increases decreased decreasing decrease decreases grown growing strengthened
weakened regressed slipped stalled
`;

/** Nouns that are a trend only with a qualifier ("little progress", "made improvements"). */
export const QUALIFIED_TREND_NOUNS = 'progress improvement improvements';
export const TREND_QUALIFIERS = `
no little some limited good significant considerable steady slow insufficient real marked clear sustained
notable much any rapid demonstrable made making few an been further strong
`;

/** Proportion and quantity words (figure triggers that never count as descriptive). */
export const PROPORTION_WORDS = `
half halves third thirds quarter quarters majority minority most few many several numerous average averaged
proportion percentage dozens hundreds thousands handful
`;

export const NUMBER_WORDS = `
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
`;

export const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';

export const TIME_UNITS = `
day days week weeks month months year years hour hours minute minutes night nights weekday weekdays weekend
weekends fortnight fortnights term terms morning mornings evening evenings session sessions
`;

/** Words before a number that make it a reference, not a figure ("section 47", "Level 3"). */
export const LEGAL_PREFIXES = `
section sections regulation regulations reg part parts schedule article articles chapter paragraph para page
pages standard standards level stage key phase tier band grade appendix annex table figure act version room
ward principle rule no number unit step year question box route
`;

/** People and bodies that can say, tell, feel or be quoted. */
export const PEOPLE_NOUNS = `
people person persons children child young parents parent carers carer families family relatives relative
staff managers manager workers worker practitioners practitioner partners partner leaders leader director
directors head heads officer officers member members residents resident professionals professional schools
school police nurses nurse commissioners commissioner advisers adviser advisors advisor teachers teacher
colleagues colleague councillors councillor representatives agencies agency individuals individual chair
mother mothers father fathers grandparents grandparent guardian guardians boys girls clinicians doctors gps
therapists psychologists governors providers provider users
`;

/** Organisations that can say or describe (attributed, but never a weasel "feeling"). */
export const ORG_NOUNS = 'council authority board service department trust partnership hub team panel inspectorate ombudsman commissioner government';

export const PRONOUN_SPEAKERS = 'he she they i';

/** Verbs of saying, for attribution and "staff said". */
export const SPEECH_VERBS = `
said say says told tell tells described describe describes explained explain explains commented comments
reported confirmed confirm confirms stated states added adds wrote writes raised expressed spoke
talked praised complained highlighted acknowledged agreed remarked replied recalled insisted admitted
emphasised asked put called calls summed
`;

/** Verbs of inner state: "some staff felt", "partners consider" (weasel when unsourced). */
export const MENTAL_VERBS = 'felt feel feels believe believes believed think thinks thought consider considers considered perceive perceives perceived argue argued';

/** Things inspectors read. */
export const SOURCE_NOUNS = `
records record files file notes data figures statistics audit audits review reviews inspection
self-assessment minutes survey surveys questionnaire questionnaires matrix log logs rotas rota reports report
returns monitoring analysis documents documentation chronologies chronology tracker dashboard scorecard
evidence information diaries charts
`;

/** What those sources do ("records showed"). */
export const SOURCE_VERBS = `
showed show shows shown indicated indicate indicates confirmed confirm confirms demonstrated demonstrate
demonstrates recorded identified identify identifies revealed reveal reveals described describe describes noted
highlighted highlights evidenced found finds lacked lack lacks contained contain contains reflected reflect
reflects rated stated states suggested suggest suggests
`;

/** Verbs after "we"/"inspectors" that report what was seen, read or heard. */
export const WE_VERBS = `
found find saw see seen observed observe heard hear read reviewed review examined looked sampled tracked
audited spoke speak talked met noted checked considered analysed visited inspected received asked tested
scrutinised interviewed surveyed attended shadowed followed identified judged evaluated assessed established
gathered contacted consulted watched listened spent told shown assured
`;

/** Words allowed between a subject and its verb ("we did not find", "records also showed"). */
export const FILLERS = `
also have had has did do does not n't were was could be been then further only all both clearly consistently
often sometimes generally repeatedly previously recently themselves that this these our the
`;

export const AUX = 'is are was were be been being am';

/** Sentence-level modals of recommendation, requirement and plan. */
export const MODALS = 'should must shall will';

/** Modals of possibility: a hypothetical is not a finding. */
export const HYPOTHETICAL = 'may might could would';

/** Comparatives that make a comparison with "than". */
export const COMPARATIVES = 'more fewer less higher lower better worse stronger weaker greater longer shorter faster slower quicker larger smaller';

/** Approximators and bounds before a number ("up to nine", "almost 40%"). */
export const APPROXIMATORS = 'almost nearly around about approximately roughly only just under over least';

/** Adverbs that attribute without a source. */
export const WEASEL_ADVERBS = 'reportedly allegedly anecdotally apparently supposedly purportedly';

/** Passive verbs of "it is said" constructions. */
export const WEASEL_PASSIVES = `
said believed thought felt understood reported suggested claimed alleged accepted acknowledged recognised
considered known rumoured argued
`;

/** Nouns counted without needing a source: parts of an organisation or a building. */
export const STRUCTURAL_NOUNS = `
teams team homes home floors floor bedrooms bedroom rooms room areas area localities locality offices office
sites site hubs hub wards houses units unit beds bed lounges lounge buildings building inspectors inspector
authorities councils counties boards regions principles themes sections questions
`;

/** Nouns for "there is a perception that…". */
export const PERCEPTION_NOUNS = 'perception view feeling sense belief suggestion impression';

/** Words after "according to" that leave the source unnamed. */
export const VAGUE_SOURCES = 'some many several sources reports rumour rumours anecdotal others people';

export const INSPECTORATE_STARTS = 'we ciw ofsted cqc estyn hiw inspectors agc';
