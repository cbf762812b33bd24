#!/usr/bin/env node
// Seeded generator of realistic Markdown drafts of CIW children's services inspection reports,
// for the benchmarks. No dependencies; the same arguments give byte-identical output.
//
//   node bench/gen-report.mjs --words 100000 --seed 1 > r100k.md
//   node bench/gen-report.mjs --files 200 --words 5000 --seed 1 --out dir/
//
// Each draft follows the `ciw-local-authority-children` template: front matter naming it, a
// level-1 title, ## Summary, ## About the inspection, ## Findings with ### Access / Assessment /
// Care and support / Safeguarding and protection / Leadership, management and governance (long
// drafts get #### sub-topics), ## Areas for development and ## Next steps. Prose mixes figures,
// judgements with and without evidence, quotes, acronyms defined on first use ("Care
// Inspectorate Wales (CIW)") and some never defined, footnote references (most defined in
// `[^id]: ...` lines at the end, a few not), lists, a table, a code block, an HTML comment and a
// few typos.
//
// --words is the target for `wc -w` of the whole file; the generator stops within a paragraph
// of it. Files of a --files set get seeds seed * 100003 + index, so they differ but the set is
// reproducible. As a module: generateReport({ words, seed }), generateProse({ words, seed })
// (paragraphs only, e.g. for a paste) and writeFolder(dir, { files, words, seed }).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------- PRNG: mulberry32 with a scrambled seed ----------
function makeRng(seed) {
  let s = (Math.imul((seed | 0) ^ 0x5bd1e995, 0x9e3779b1) ^ 0x7f4a7c15) >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---------- vocabulary ----------
const COUNCILS = ['Cardiff Council', 'City and County of Swansea', 'Newport City Council', 'Gwynedd Council',
  'Powys County Council', 'Ceredigion County Council', 'Pembrokeshire County Council', 'Carmarthenshire County Council',
  'Conwy County Borough Council', 'Denbighshire County Council', 'Flintshire County Council', 'Wrexham County Borough Council',
  'Isle of Anglesey County Council', 'Bridgend County Borough Council', 'Caerphilly County Borough Council',
  'Torfaen County Borough Council', 'Monmouthshire County Council', 'Blaenau Gwent County Borough Council',
  'Merthyr Tydfil County Borough Council', 'Rhondda Cynon Taf County Borough Council', 'Neath Port Talbot Council',
  'Vale of Glamorgan Council'];
const INSPECTORS = ['R. Pryce', 'M. Ellis', 'A. Jones', 'B. Williams', 'C. Davies', 'D. Evans', 'E. Thomas',
  'F. Roberts', 'G. Hughes', 'H. Lewis', 'I. Morgan', 'J. Griffiths', 'K. Price', 'L. Owen'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

// acronym -> expansion. The first use is usually "Expansion (ACR)"; some drafts never define some.
const ACRONYMS = {
  CIW: 'Care Inspectorate Wales',
  HIW: 'Healthcare Inspectorate Wales',
  IRO: 'Independent Reviewing Officer',
  CAMHS: 'Child and Adolescent Mental Health Services',
  MASH: 'Multi-Agency Safeguarding Hub',
  PLO: 'Public Law Outline',
  SGO: 'Special Guardianship Order',
  UASC: 'unaccompanied asylum-seeking children',
  IAA: 'information, advice and assistance',
  MARAC: 'Multi-Agency Risk Assessment Conference',
  RPB: 'Regional Partnership Board',
  ALN: 'additional learning needs',
  WCCIS: 'Welsh Community Care Information System',
  QA: 'quality assurance',
  PA: 'personal adviser',
  CPR: 'Child Protection Register',
  SSWBA: 'Social Services and Well-being (Wales) Act 2014',
  ACE: 'adverse childhood experience',
  NEET: 'not in education, employment or training',
  CSE: 'child sexual exploitation',
  CCE: 'child criminal exploitation',
  YJS: 'Youth Justice Service',
  NQSW: 'newly qualified social worker',
  DSL: 'designated safeguarding lead',
  FGC: 'family group conference',
};
const ORG_ACR = ['CIW', 'HIW', 'MASH', 'RPB', 'CAMHS', 'YJS', 'MARAC'];

const PEOPLE = ['children and young people', 'care leavers', 'families', 'parents', 'foster carers', 'kinship carers',
  'disabled children', 'young carers', 'children looked after', 'children on the child protection register',
  'children who go missing', 'unaccompanied children', 'children with complex needs'];
const PRACTITIONERS = ['social workers', 'team managers', 'senior managers', 'practitioners', 'personal advisers',
  'Independent Reviewing Officers', 'newly qualified social workers', 'agency social workers', 'family support workers',
  'the safeguarding team', 'the leadership team', 'elected members', 'the Director of Social Services',
  'the Head of Children’s Services', 'front door staff', 'child protection coordinators'];
const CASE_HOLDERS = ['social workers', 'personal advisers', 'newly qualified social workers', 'agency social workers',
  'family support workers', 'senior practitioners'];
const PARTNERS = ['the local authority', 'the council', 'the health board', 'the police', 'education services',
  'the regional safeguarding board', 'housing services', 'the third sector', 'the regional partnership',
  'the youth justice service', 'schools', 'the corporate parenting board'];
const TOPICS = ['safeguarding', 'care planning', 'statutory visits', 'supervision', 'caseloads', 'transition planning',
  'placement sufficiency', 'recruitment and retention', 'quality assurance', 'the voice of the child', 'direct work',
  'risk assessment', 'strategy discussions', 'child protection conferences', 'pathway plans', 'return home interviews',
  'workforce stability', 'performance information', 'corporate parenting', 'early help', 'advocacy',
  'the Welsh language', 'the Active Offer', 'contextual safeguarding', 'exploitation', 'missing episodes',
  'life story work', 'permanence planning', 'information sharing', 'thresholds', 'step-down arrangements',
  'reunification', 'edge of care support', 'placement stability'];
const DOCS = ['case files', 'care and support plans', 'pathway plans', 'assessments', 'supervision records',
  'strategy discussion records', 'chronologies', 'review minutes', 'audits', 'complaints', 'safety plans', 'referrals',
  'child protection plans', 'core group minutes'];
const GOOD = ['timely', 'thorough', 'child-centred', 'well-evidenced', 'proportionate', 'strengths-based', 'consistent',
  'reflective', 'clear', 'robust', 'purposeful', 'good', 'effective', 'strong'];
const POOR = ['inconsistent', 'variable', 'delayed', 'incomplete', 'out of date', 'unclear', 'poorly recorded',
  'not always timely', 'limited', 'fragmented', 'overly descriptive', 'weak', 'patchy'];
const IMPROVED = ['strengthened', 'improved', 'prioritised', 'invested in', 'developed', 'reviewed', 'embedded',
  'streamlined', 'clarified', 'expanded'];
const STALLED = ['struggled to sustain', 'not yet embedded', 'been slow to address', 'not consistently applied',
  'only partially implemented', 'underestimated'];
const ROLES = ['the Director of Social Services', 'the Head of Children’s Services', 'the lead member for children',
  'the chief executive', 'the principal social worker'];
const HEDGES = ['very', 'quite', 'fairly', 'extremely', 'really', 'somewhat', 'relatively', 'largely', 'generally',
  'particularly'];
const VAGUE = ['Many', 'Several', 'Various', 'Most', 'Some', 'A number of', 'The vast majority of', 'All', 'Few'];
const SWEEPING = ['It is clear that', 'There is no doubt that', 'It is widely recognised that', 'Clearly,',
  'Everyone agrees that', 'Research shows that', 'It is well known that', 'Obviously,', 'Without question,'];
const QUOTES = [
  'My social worker actually listens to me and comes when she says she will.',
  'I have had five social workers in two years and I have to tell my story every time.',
  'They helped me find a flat and sort out my benefits before I turned eighteen.',
  'Nobody told me what was happening at the conference.',
  'The support from the team has been amazing, I don’t know what we would have done without it.',
  'I didn’t know I could ask for an advocate until last month.',
  'It took weeks to get a call back from the duty team.',
  'My foster carers treat me like one of their own.',
  'We feel listened to now, it wasn’t like that before.',
  'Managers are visible and you can always get a decision when you need one.',
  'Caseloads are too high to do the direct work we trained for.',
  'Assessments are repeated because information isn’t shared.',
  'I was asked what I wanted and they actually did it.',
  'The training has been good but we need more time to put it into practice.',
  'I only found out about the plan when I read the letter.',
  'I can speak Welsh with my worker, which matters to me.',
];
const SPEAKERS = ['One young person', 'A care leaver', 'A parent', 'A foster carer', 'A social worker', 'A team manager',
  'A kinship carer', 'One child', 'A partner agency representative', 'A senior leader',
  'A newly qualified social worker', 'A personal adviser', 'A grandparent'];
// Evidence labels cited many times, with their definitions; one-off sources get numbered labels.
const EVIDENCE = {
  'case-review': 'CIW review of {n} case files during the fieldwork week.',
  'staff-survey': 'Survey of {n} practitioners and managers, {m} responses.',
  'front-door': 'Call and contact records of the information, advice and assistance service, April to September.',
  'performance-data': 'Local authority performance data supplied to the inspectorate, quarter 3, not independently verified.',
  'focus-groups': 'Focus groups with {n} children, young people and parents.',
  'partner-interviews': 'Interviews with {n} representatives of partner agencies.',
  'audit-programme': 'The local authority’s own audit programme, {n} audits in the year.',
  'case-tracking': 'Case tracking of {n} children with their social workers and managers.',
};
const SOURCES = [
  'Social Services and Well-being (Wales) Act 2014, Part 6, section 78.',
  'Care Planning, Placement and Case Review (Wales) Regulations 2015, regulation 28.',
  'Wales Safeguarding Procedures, 2019, section 4.',
  'Code of Practice in relation to Part 4 and 5 of the 2014 Act.',
  'Children Act 1989, section 47.',
  'National Outcomes Framework, performance measure 24.',
  'The previous inspection letter and the local authority’s improvement plan.',
  'Welsh Government, Children looked after by local authorities statistical release.',
  'Minutes of the corporate parenting board, three meetings in the year.',
  'Workforce data supplied by the local authority on the first day of fieldwork.',
];
const TYPOS = { receive: 'recieve', occurred: 'occured', separate: 'seperate', necessary: 'neccessary',
  consistent: 'consistant', committee: 'comittee', accommodation: 'accomodation', independent: 'independant',
  environment: 'enviroment', achieve: 'acheive' };
const TYPO_WORDS = Object.keys(TYPOS);

const THEMES = [
  ['Access', 0.2, ['the front door', 'early help', 'information and advice', 'thresholds', 'the out-of-hours service']],
  ['Assessment', 0.2, ['timeliness of assessments', 'the voice of the child', 'risk assessment', 'carers assessments']],
  ['Care and support', 0.22, ['care and support plans', 'placement sufficiency', 'care leavers', 'disabled children', 'permanence']],
  ['Safeguarding and protection', 0.2, ['strategy discussions', 'child protection conferences', 'exploitation', 'missing episodes']],
  ['Leadership, management and governance', 0.18, ['workforce', 'quality assurance', 'corporate parenting', 'performance management']],
];

const countWords = (s) => { const m = s.match(/\S+/g); return m ? m.length : 0; };
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sentence and block makers sharing one document's state (acronyms defined, footnotes cited). */
function makeWriter(r) {
  const defined = new Set();
  const neverDefined = new Set(Object.keys(ACRONYMS).filter(() => r.chance(0.2)));
  const evidenceUsed = new Set();
  const oneOff = [];
  let undefinedRefs = 0;
  let defWords = countWords(SOURCES[0]) + 1; // words of the definitions so far (+ the unused one)

  const acr = (k) => {
    if (defined.has(k) || neverDefined.has(k)) return k;
    defined.add(k);
    return r.chance(0.85) ? `${ACRONYMS[k]} (${k})` : k; // some are used bare first and never expanded
  };
  const org = () => acr(r.pick(ORG_ACR));
  const pct = () => `${r.int(8, 97)}%`;
  const num = () => String(r.int(3, 160));
  const ref = () => {
    const roll = r.next();
    if (roll < 0.03) { undefinedRefs++; return `[^tbc-${undefinedRefs}]`; } // cited, never defined
    if (roll < 0.6) {
      const k = r.pick(Object.keys(EVIDENCE));
      if (!evidenceUsed.has(k)) { evidenceUsed.add(k); defWords += countWords(EVIDENCE[k]) + 1; }
      return `[^${k}]`;
    }
    const source = r.pick(SOURCES);
    oneOff.push(source);
    defWords += countWords(source) + 1;
    return `[^src-${oneOff.length}]`;
  };
  const cite = (p) => (r.chance(p) ? ref() : '');
  const typo = (s) => {
    if (!r.chance(0.03)) return s;
    const w = r.pick(TYPO_WORDS);
    return s.includes(w) ? s.replace(w, TYPOS[w]) : s;
  };

  const S = [
    () => `We reviewed ${num()} ${r.pick(DOCS)} and found that ${pct()} were ${r.pick(GOOD)}.${cite(0.7)}`,
    () => `In ${pct()} of the ${num()} ${r.pick(DOCS)} we reviewed, ${r.pick(TOPICS)} was ${r.pick(POOR)}.${cite(0.6)}`,
    () => `${cap(r.pick(CASE_HOLDERS))} told us their caseloads were ${r.pick(['manageable', 'high', 'rising', 'too high to allow meaningful direct work', 'lower than a year ago'])}, with some holding more than ${r.int(15, 40)} cases.${cite(0.5)}`,
    () => `Statutory visits to ${r.pick(PEOPLE)} were ${r.pick(['not always completed within timescales', 'mostly completed on time', 'overdue'])} in ${r.chance(0.5) ? `${pct()} of cases` : 'the majority of cases'}.${cite(0.5)}`,
    () => `${cap(r.pick(PARTNERS))} has ${r.pick(IMPROVED)} its approach to ${r.pick(TOPICS)} since the last inspection.${cite(0.4)}`,
    () => `${cap(r.pick(PARTNERS))} has ${r.pick(STALLED)} ${r.pick(TOPICS)}, and this remains an area for development.`,
    () => `${r.pick(SPEAKERS)} said, "${r.pick(QUOTES)}"`,
    () => `"${r.pick(QUOTES).replace(/\.$/, ',')}" said ${r.pick(SPEAKERS).toLowerCase()}.`,
    () => `${r.pick(SPEAKERS)} told us: “${r.pick(QUOTES)}”`,
    () => `The ${org()} ${r.pick(['was', 'is', 'has been'])} ${r.pick(['involved in', 'consulted on', 'informed of', 'responsible for'])} ${r.pick(TOPICS)} for ${r.pick(PEOPLE)}.`,
    () => `Work with ${acr('CAMHS')} ${r.pick(['has improved', 'remains a challenge', 'is inconsistent', 'is well co-ordinated'])}, and waiting times for ${r.pick(PEOPLE)} ${r.pick(['have reduced', 'remain long', 'vary between areas'])}.${cite(0.5)}`,
    () => `${r.pick(VAGUE)} ${r.pick(PEOPLE)} ${r.pick(['told us', 'said', 'felt'])} that ${r.pick(TOPICS)} ${r.pick(['had improved', 'was getting worse', 'was not explained to them', 'made a real difference'])}.`,
    () => `Oversight by the ${acr('IRO')} of care plans was ${r.pick(GOOD.concat(POOR))}.${cite(0.4)}`,
    () => `There were ${num()} children looked after at the time of the inspection, ${r.pick(['an increase', 'a decrease', 'a similar number'])} compared with the previous year.${cite(0.8)}`,
    () => `${r.pick(SWEEPING)} ${r.pick(PEOPLE)} ${r.pick(['are safe', 'receive excellent support', 'are always listened to', 'achieve good outcomes', 'are happy with their placements'])}.`,
    () => `${cap(r.pick(DOCS))} ${r.pick(['were reviewed', 'were completed', 'were audited', 'had been updated', 'were signed off'])} by ${r.pick(PRACTITIONERS)} ${r.pick(['in most cases', 'in a minority of cases', 'within the required timescale', 'but not always'])}.${cite(0.5)}`,
    () => `${cap(r.pick(CASE_HOLDERS))} ${r.pick(['were', 'are'])} ${r.pick(HEDGES)} ${r.pick(['committed', 'knowledgeable', 'stretched', 'positive about the changes', 'clear about their role', 'aware of the risks'])} and ${r.pick(HEDGES)} ${r.pick(['keen to improve practice', 'open to challenge', 'supportive of one another', 'concerned about workload'])}.`,
    () => `Recording of ${r.pick(TOPICS)} was ${r.pick(POOR)}, which made it difficult to understand the rationale for decisions.${cite(0.5)}`,
    () => `${cap(r.pick(PEOPLE))} ${r.pick(['benefit from', 'do not always benefit from', 'are offered', 'have limited access to'])} ${r.pick(TOPICS)} that reflects what matters to them.`,
    () => `We saw ${r.pick(['good', 'some', 'limited', 'strong', 'emerging'])} evidence of ${r.pick(TOPICS)} in ${r.int(2, 30)} of the ${r.int(31, 60)} cases tracked.${cite(0.6)}`,
    () => `The ${acr('MASH')} received ${r.int(300, 4000)} contacts in the year, of which ${pct()} progressed to a ${r.pick(['strategy discussion', 'statutory assessment', 'referral to early help'])}.${cite(0.7)}`,
    () => { const a = r.int(8, 97), b = r.int(8, 97); return `Performance against the ${r.pick(['national', 'local'])} measure for ${r.pick(TOPICS)} ${a === b ? `remained at ${a}%` : `${a < b ? 'improved' : 'fell'} from ${a}% to ${b}%`} over ${r.int(2, 4)} years.${cite(0.6)}`; },
    () => `${cap(r.pick(PRACTITIONERS))} should ensure that ${r.pick(DOCS)} are ${r.pick(GOOD)} and reflect the views of ${r.pick(PEOPLE)}.`,
    () => `Each ${acr('PA')} ${r.pick(['maintains regular contact with', 'has a good relationship with', 'struggles to keep in touch with'])} the care leavers they support, including those who are ${acr('NEET')}.${cite(0.4)}`,
    () => `The ${org()} and the ${org()} ${r.pick(['meet regularly', 'share information effectively', 'do not yet have a shared understanding of thresholds', 'have agreed a joint protocol'])}.`,
    () => `${r.pick(['In addition,', 'However,', 'Furthermore,', 'As a result,', 'Consequently,', 'Nevertheless,'])} work on ${r.pick(TOPICS)} ${r.pick(['is', 'was', 'remains'])} ${r.pick(GOOD.concat(POOR))} across ${r.pick(['teams', 'localities', 'the service', 'the region'])}.`,
    () => `TODO: check the figure of ${num()} with ${r.pick(PARTNERS)} before publication.`,
    () => `${cap(r.pick(PARTNERS))} ${r.pick(['acknowledged', 'recognised', 'accepted'])} that ${r.pick(TOPICS)} ${r.pick(['needs further work', 'is a priority', 'has been affected by staff turnover'])}, and an action plan is in place.${cite(0.5)}`,
    () => `Only ${r.int(1, 12)} of ${r.int(13, 40)} ${r.pick(PEOPLE)} whose records we sampled had been offered an advocate.${cite(0.7)}`,
    () => `Decisions were ${r.pick(['made', 'taken', 'reached'])} ${r.pick(['without', 'with', 'following'])} ${r.pick(['management oversight', 'a multi-agency discussion', 'the views of the child', 'legal advice'])} in ${pct()} of cases.${cite(0.6)}`,
    () => `${cap(r.pick(ROLES))} ${r.pick(['has a clear vision for', 'is sighted on', 'receives regular reports on', 'has not yet set out a plan for'])} ${r.pick(TOPICS)}.`,
    () => `Pre-proceedings work under the ${acr('PLO')} lasted on average ${r.int(12, 40)} weeks.${cite(0.5)}`,
    () => `Support for carers with an ${acr('SGO')} ${r.pick(['is well regarded', 'is patchy', 'depends on where they live'])}.`,
    () => `The authority supports ${r.int(3, 45)} ${acr('UASC')}, most of whom are aged 16 or 17.${cite(0.5)}`,
    () => `The ${acr('IAA')} service dealt with ${r.int(900, 9000)} contacts, and ${pct()} were resolved at the first point of contact.${cite(0.7)}`,
    () => `Children with ${acr('ALN')} ${r.pick(['wait too long for assessment', 'are well supported in school', 'are not always identified early'])}.`,
    () => `Staff said the ${acr('WCCIS')} ${r.pick(['is slow and hard to navigate', 'makes it hard to find key documents', 'has improved since the upgrade'])}.`,
    () => `The ${acr('QA')} framework ${r.pick(['is well established', 'is new and not yet embedded', 'does not yet close the loop on learning'])}.${cite(0.4)}`,
    () => `There were ${r.int(20, 300)} children on the ${acr('CPR')} at the end of the year.${cite(0.8)}`,
    () => `The duties under the ${acr('SSWBA')} ${r.pick(['are understood by staff', 'are not always reflected in plans', 'underpin the new practice model'])}.`,
    () => `Training on ${acr('ACE')}s and trauma-informed practice has reached ${r.int(20, 95)}% of staff.${cite(0.5)}`,
    () => `Risks of ${acr('CSE')} and ${acr('CCE')} ${r.pick(['are identified early', 'are not always recognised', 'are discussed at a monthly panel'])}.${cite(0.4)}`,
    () => `The ${acr('YJS')} and children’s services ${r.pick(['work closely together', 'do not share plans', 'have a joint protocol'])} for children at risk of offending.`,
    () => `Every ${acr('NQSW')} has a protected caseload of no more than ${r.int(8, 15)} children.${cite(0.5)}`,
    () => `A ${acr('FGC')} was offered in ${r.int(2, 20)} of the ${r.int(21, 40)} cases where it would have helped.${cite(0.5)}`,
    () => `Referrals from the ${acr('MARAC')} ${r.pick(['are screened the same day', 'wait up to a week', 'are not always recorded'])}.`,
    () => `Vacancy rates for ${r.pick(CASE_HOLDERS)} ${r.pick(['stand at', 'have reduced to', 'have risen to'])} ${pct()}, and ${r.pick(['reliance on agency staff', 'sickness absence', 'the use of overtime'])} ${r.pick(['remains high', 'is reducing', 'is closely monitored'])}.${cite(0.6)}`,
    () => `Practice in this area is ${r.pick(['good', 'effective', 'inconsistent', 'improving', 'weak', 'strong'])}.`,
    () => `See the [Welsh Government guidance](https://www.gov.wales/safeguarding-guidance) and the \`${r.pick(['WCCIS', 'CPR'])}\` extract for ${r.pick(TOPICS)}.`,
  ];
  const sentence = () => typo(r.pick(S)());
  const wrap = (text) => {
    // About half the paragraphs are hard-wrapped at 90 columns, as many authors do.
    if (r.chance(0.5)) return text;
    const lines = [];
    let line = '';
    for (const w of text.split(' ')) {
      if (line && line.length + 1 + w.length > 90) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  };
  const paragraph = (n = r.int(3, 8)) => { const s = []; for (let i = 0; i < n; i++) s.push(sentence()); return wrap(s.join(' ')); };
  const list = () => {
    const items = [];
    for (let i = r.int(3, 7); i > 0; i--) items.push(`- ${r.chance(0.3) ? `**${cap(r.pick(TOPICS))}**: ` : ''}${sentence()}`);
    return items.join('\n');
  };
  const quote = () => `> ${r.pick(QUOTES)}\n>\n> — ${r.pick(SPEAKERS)}`;
  return {
    r, acr, ref, cite, num, pct, sentence, paragraph, list, quote,
    definitionWords: () => defWords,
    /** The footnote definitions: every label cited except the `tbc-` ones, plus one never cited. */
    definitions() {
      const defs = [];
      for (const k of Object.keys(EVIDENCE)) {
        if (!evidenceUsed.has(k)) continue;
        defs.push(`[^${k}]: ${EVIDENCE[k].replace('{n}', String(r.int(12, 80))).replace('{m}', String(r.int(8, 60)))}`);
      }
      oneOff.forEach((s, i) => defs.push(`[^src-${i + 1}]: ${s}`));
      defs.push(`[^unused]: ${r.pick(SOURCES)}`);
      return defs;
    },
  };
}

/** One report draft of about `words` words (wc -w). */
export function generateReport({ words: target = 10000, seed = 1 } = {}) {
  const r = makeRng(seed);
  const w = makeWriter(r);
  const council = r.pick(COUNCILS);
  const year = r.int(2019, 2025);
  const month = r.int(1, 12);
  const out = [];
  let words = 0;
  const emit = (s) => { out.push(s); words += countWords(s); };

  emit([
    '---',
    'template: ciw-local-authority-children',
    `title: "Inspection of children's services, ${council}"`,
    `service: ${council} children's services`,
    `inspection_dates: ${r.int(1, 20)} to ${r.int(21, 28)} ${MONTHS[month - 1]} ${year}`,
    `inspectors: [${r.pick(INSPECTORS)}, ${r.pick(INSPECTORS)}]`,
    'status: draft',
    `version: 0.${r.int(1, 9)}`,
    '---',
  ].join('\n'));
  emit(`# Inspection of children's services: ${council}`);

  // Shares of the body: summary, about, findings intro, themes (by weight), areas, next steps.
  const body = Math.max(100, target - words - 550); // 550: the fixed text, and each section overshooting by half a paragraph
  const budget = (share) => Math.round(body * share);
  // The footnote definitions come last; count their words as the sources are cited.
  const fill = (share, make) => {
    const end = words + w.definitionWords() + budget(share);
    while (words + w.definitionWords() < end) emit(make());
  };

  emit('## Summary');
  emit(`${cap(w.acr('CIW'))} inspected children's services in ${council} in ${MONTHS[month - 1]} ${year}. We found that ${r.pick(PEOPLE)} ${r.pick(['receive a timely response when they first contact the service', 'do not always receive a timely response', 'are mostly well supported'])}.${w.ref()}`);
  fill(0.06, () => w.paragraph());

  emit('## About the inspection');
  emit(`${w.acr('CIW')} carried out the inspection under the ${w.acr('SSWBA')}. Inspectors read ${w.num()} case files, met ${w.num()} members of staff and spoke with ${w.num()} parents and carers.`);
  emit(['We gathered evidence by:', '', '- reading case files and tracking cases with social workers;', '- surveying staff and partner agencies;',
    '- holding focus groups with children, young people, parents and carers;', '- reviewing performance data and the local authority’s self-evaluation.'].join('\n'));
  const sample = ['```text', `Case sample: ${w.num()} files (${council}, fieldwork ${MONTHS[month - 1]} ${year})`];
  for (let i = r.int(3, 6); i > 0; i--) sample.push(`  ${r.pick(DOCS).padEnd(28)} reviewed=${w.num().padStart(3)}  compliant=${w.pct().padStart(4)}`);
  sample.push('Source: WCCIS extract, unverified', '```');
  emit(sample.join('\n'));
  emit('<!-- Lead inspector: confirm the fieldwork dates with the local authority before publication. -->');
  fill(0.02, () => w.paragraph(3));

  emit('## Findings');
  emit(`This section sets out what we found, theme by theme, against the ${w.acr('SSWBA')} and the ${w.acr('CIW')} code of practice.`);
  let tableDone = false;
  for (const [theme, weight, subtopics] of THEMES) {
    emit(`### ${theme}`);
    const end = words + w.definitionWords() + budget(0.85 * weight);
    let sinceSub = 0, sub = 0, nextSub = r.int(1200, 2000);
    while (words + w.definitionWords() < end) {
      const before = words;
      if (sinceSub > nextSub) {
        sub++;
        emit(`#### ${cap(subtopics[(sub - 1) % subtopics.length])}${sub > subtopics.length ? ` (${Math.ceil(sub / subtopics.length)})` : ''}`);
        sinceSub = 0;
        nextSub = r.int(1200, 2000);
      }
      const roll = r.next();
      if (!tableDone && theme === 'Care and support') {
        emit(w.paragraph(3));
        const rows = [`| Measure | ${year - 2}-${String(year - 1).slice(2)} | ${year - 1}-${String(year).slice(2)} | Wales average |`, '| --- | ---: | ---: | ---: |'];
        for (let i = r.int(4, 8); i > 0; i--) rows.push(`| ${cap(r.pick(TOPICS))} completed on time | ${w.pct()} | ${w.pct()} | ${w.pct()} |`);
        rows.push(`| Number of ${r.pick(PEOPLE)} | ${w.num()} | ${w.num()} | n/a |`);
        emit(rows.join('\n'));
        tableDone = true;
      } else if (roll < 0.08) emit(w.list());
      else if (roll < 0.12) emit(w.quote());
      else emit(w.paragraph());
      sinceSub += words - before;
    }
  }

  emit('## Areas for development');
  emit(`${cap(r.pick(PARTNERS))} should:`);
  const areas = [];
  for (let i = 1, n = r.int(4, 8); i <= n; i++) areas.push(`${i}. ${cap(r.pick(['ensure', 'strengthen', 'review', 'improve']))} ${r.pick(TOPICS)} so that ${r.pick(PEOPLE)} ${r.pick(['receive timely support', 'are kept safe', 'have their views recorded', 'experience stability'])}.`);
  emit(areas.join('\n'));
  fill(0.05, () => (r.chance(0.5) ? w.paragraph(2) : w.list()));

  emit('## Next steps');
  emit(`${w.acr('CIW')} will check progress on the areas for development at its next performance review of the council.`);
  fill(0.02, () => w.paragraph(2));

  emit(w.definitions().join('\n'));
  return out.join('\n\n') + '\n';
}

/** Paragraphs of inspection prose only (no front matter, headings or footnote definitions). */
export function generateProse({ words: target = 1000, seed = 1 } = {}) {
  const w = makeWriter(makeRng(seed));
  const out = [];
  let words = 0;
  while (words < target) {
    let p = w.paragraph();
    const n = countWords(p);
    // the last paragraph is cut to make exactly `target` words
    if (words + n > target) p = `${p.split(/\s+/).slice(0, target - words).join(' ').replace(/[.,;:]?$/, '.')}`;
    out.push(p);
    words += countWords(p);
  }
  return out.join('\n\n');
}

/** Writes `files` drafts of `words` words into dir; returns their paths. */
export function writeFolder(dir, { files, words, seed = 1 }) {
  mkdirSync(dir, { recursive: true });
  const width = String(files).length;
  const paths = [];
  for (let i = 1; i <= files; i++) {
    const path = join(dir, `report-${String(i).padStart(width, '0')}.md`);
    writeFileSync(path, generateReport({ words, seed: seed * 100003 + i }));
    paths.push(path);
  }
  return paths;
}

// ---------- command line ----------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = { words: 10000, seed: 1, files: 0, out: '' };
  for (let i = 2; i < process.argv.length; i++) {
    const a = process.argv[i];
    const v = process.argv[i + 1];
    if (a === '--words') { args.words = Number(v); i++; }
    else if (a === '--seed') { args.seed = Number(v); i++; }
    else if (a === '--files') { args.files = Number(v); i++; }
    else if (a === '--out') { args.out = v; i++; }
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: gen-report.mjs [--words N] [--seed S] [--files K --out DIR]\n');
      process.exit(0);
    } else { process.stderr.write(`unknown argument ${a}\n`); process.exit(2); }
  }
  if (!(args.words > 0) || !Number.isFinite(args.seed)) { process.stderr.write('bad --words/--seed\n'); process.exit(2); }
  if (args.files > 0) {
    if (!args.out) { process.stderr.write('--files needs --out DIR\n'); process.exit(2); }
    writeFolder(args.out, args);
  } else {
    process.stdout.write(generateReport(args));
  }
}
