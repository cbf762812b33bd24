// Grade scales per template: the grades a report of that type gives, the judgements it grades,
// and the rules its framework states between grades. Kept apart from builtin.ts (keyed by
// template id) so that template edits and grade data change independently. A workspace
// template declares its scale with `ratings` (best first); its graded judgements are then its
// sections, named in a judgement table, a heading ("Safe: Good") or a `Rating:` line.
import type { Template } from './types';
import { normaliseHeading } from './match';

/** A judgement a template grades: a stable key and the names it goes by in tables and headings. */
export interface GradedJudgement {
  key: string;
  names: string[];
  /** The overall judgement, which framework rules relate to the others. */
  overall?: boolean;
}

/** A rule a framework states between grades, checked by `grade-consistency`. */
export type GradeRule = 'cqc-aggregation';

export interface GradeScale {
  /** Grades best first, as the framework spells them. */
  grades: string[];
  /** Other wordings of a grade (normalised forms are derived too: "requires improvement" for "requires improvement to be good"). */
  variants?: Record<string, string[]>;
  judgements: GradedJudgement[];
  /** Sentences and headings that state the overall grade ("The overall judgement is …"), as patterns with a GRADE slot. */
  overallStatements?: string[];
  rules?: GradeRule[];
  /** Where the scale and the rules are published. */
  source: string;
}

const OFSTED_GRADES = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

// Ofsted's children's services judgements under ILACS (2018–) and the SIF (2013–18): one set of
// names, as the table rows and headings of published reports write them.
const OFSTED_JUDGEMENTS: GradedJudgement[] = [
  { key: 'overall', overall: true, names: ['Overall effectiveness', 'Overall judgement', 'The overall judgement', 'Overall effectiveness of children’s services'] },
  { key: 'help-and-protection', names: ['The experiences and progress of children who need help and protection', 'Children who need help and protection', 'Help and protection'] },
  {
    key: 'children-in-care',
    names: ['The experiences and progress of children in care', 'Children in care', 'The experiences and progress of children looked after and achieving permanence', 'Children looked after and achieving permanence', 'Children looked after'],
  },
  { key: 'care-leavers', names: ['The experiences and progress of care leavers', 'Experiences and progress of care leavers', 'Care leavers'] },
  // ILACS reports of 2018–19 judged children in care and care leavers together.
  { key: 'children-in-care-and-care-leavers', names: ['The experiences and progress of children in care and care leavers', 'Children in care and care leavers'] },
  {
    key: 'leaders',
    names: ['The impact of leaders on social work practice with children and families', 'Impact of leaders', 'Leadership, management and governance', 'Leadership and management'],
  },
  { key: 'adoption', names: ['Adoption performance'] },
  { key: 'lscb', names: ['The effectiveness of the Local Safeguarding Children Board', 'The Local Safeguarding Children Board', 'The effectiveness of the LSCB', 'The LSCB'] },
];

const OFSTED: GradeScale = {
  grades: OFSTED_GRADES,
  variants: { Inadequate: [], Good: [], Outstanding: [], 'Requires improvement to be good': ['requires improvement', 'require improvement'] },
  judgements: OFSTED_JUDGEMENTS,
  overallStatements: [
    // "The overall judgement is requires improvement", "The overall judgement is that children's services require improvement".
    '^(?:the )?overall (?:judgement|effectiveness) is (?:that )?(?:(?:children[’\']?s )?services (?:in [^,.;]{1,60} )?(?:are |is )?)?GRADE\\b',
    // "Children's services in Bath and North East Somerset are good", "Children's services in Barnsley require improvement because:"
    '^children[’\']?s services in [^,.;]{1,60}? (?:are |is )?GRADE\\b',
  ],
  source:
    'Ofsted, Inspecting local authority children’s services (ILACS) framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018 ; SIF framework and evaluation schedule (2014–17), reference 130216',
};

const CQC: GradeScale = {
  grades: ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
  judgements: [
    { key: 'overall', overall: true, names: ['Overall', 'Overall rating', 'Our overall rating', 'Overall rating for this service', 'Overall summary'] },
    { key: 'safe', names: ['Safe', 'Is the service safe', 'Are services safe'] },
    { key: 'effective', names: ['Effective', 'Is the service effective', 'Are services effective'] },
    { key: 'caring', names: ['Caring', 'Is the service caring', 'Are services caring'] },
    { key: 'responsive', names: ['Responsive', 'Is the service responsive', 'Are services responsive'] },
    { key: 'well-led', names: ['Well-led', 'Well led', 'Is the service well-led', 'Are services well-led'] },
  ],
  rules: ['cqc-aggregation'],
  source:
    'CQC, How we aggregate ratings using the rating principles: adult social care services (12 May 2022), https://www.cqc.org.uk/guidance-providers/adult-social-care/how-we-aggregate-ratings-using-rating-principles-adult-social',
};

const CIW: GradeScale = {
  grades: ['Excellent', 'Good', 'Requires improvement', 'Requires significant improvement'],
  judgements: [
    { key: 'well-being', names: ['Well-being', 'Wellbeing', 'Llesiant'] },
    { key: 'care-and-support', names: ['Care and support', 'Gofal a chymorth'] },
    { key: 'environment', names: ['Environment', 'The environment', 'Yr amgylchedd'] },
    { key: 'leadership-and-management', names: ['Leadership and management', 'Arweinyddiaeth a rheolaeth'] },
  ],
  source:
    'The Regulated Services (Inspection Ratings) (Wales) Regulations 2025 (SI 2025/389), from 1 April 2025: each of the four themes rated excellent, good, requires improvement or requires significant improvement, with no overall rating; https://www.legislation.gov.uk/wsi/2025/389',
};

export const builtinGradeScales: Readonly<Record<string, GradeScale>> = {
  'ofsted-ilacs': OFSTED,
  'ofsted-sif': OFSTED,
  cqc: CQC,
  'ciw-regulated-service': CIW,
};

/** The grade scale of a template: built in by id, else the template's own `ratings` with its sections as the judgements. */
export function gradeScaleOf(template: Template): GradeScale | undefined {
  const builtin = builtinGradeScales[template.id];
  if (builtin && !template.ratings) return builtin;
  if (builtin && template.ratings) return { ...builtin, grades: template.ratings };
  if (!template.ratings?.length) return undefined;
  return {
    grades: template.ratings,
    judgements: template.sections.map((s) => ({ key: s.id, names: [s.title, ...s.aliases] })),
    source: template.source,
  };
}

/** The scale compiled for matching: grade phrases and judgement names, normalised. */
export interface CompiledScale {
  scale: GradeScale;
  /** Grade index (0 = best) of a normalised phrase, or undefined. */
  gradeOf(text: string): number | undefined;
  /** A regular-expression source matching any grade phrase (longest first), for patterns. */
  gradePattern: string;
  /** Judgement key of a label ("2.1 Adoption performance"), or undefined. */
  judgementOf(label: string): string | undefined;
  overallStatements: RegExp[];
}

const compiledScales = new WeakMap<GradeScale, CompiledScale>();

export function compileScale(scale: GradeScale): CompiledScale {
  let compiled = compiledScales.get(scale);
  if (!compiled) compiledScales.set(scale, (compiled = compile(scale)));
  return compiled;
}

function compile(scale: GradeScale): CompiledScale {
  const phrases = new Map<string, number>();
  scale.grades.forEach((grade, index) => {
    const key = normaliseHeading(grade);
    phrases.set(key, index);
    // "requires improvement to be good" is also written "requires improvement"; "requires" also "require".
    const short = key.replace(/ to be \w+$/, '');
    phrases.set(short, index);
    for (const form of [key, short]) if (/^\w+s /.test(form)) phrases.set(form.replace(/^(\w+)s /, '$1 '), index);
    for (const variant of scale.variants?.[grade] ?? []) phrases.set(normaliseHeading(variant), index);
  });
  const names = new Map<string, string>();
  for (const judgement of scale.judgements) for (const name of judgement.names) names.set(labelKey(name), judgement.key);
  const gradePattern = [...phrases.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|');
  const overallStatements = (scale.overallStatements ?? []).map((s) => new RegExp(s.replace('GRADE', `(${gradePattern})`), 'i'));
  return {
    scale,
    gradeOf: (text) => phrases.get(normaliseHeading(text)),
    gradePattern,
    judgementOf: (label) => judgementOf(names, labelKey(label)),
    overallStatements,
  };
}

/**
 * The judgement a label names; failing an exact name, the one judgement that a single word more
 * would name (a published table row reads "The experiences and progress of children care
 * leavers"), or that is named before "in" and a place.
 */
function judgementOf(names: Map<string, string>, key: string): string | undefined {
  const exact = names.get(key);
  if (exact !== undefined || !key) return exact;
  const words = key.split(' ');
  if (words.length < 3) return undefined;
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const judgement = names.get([...words.slice(0, i), ...words.slice(i + 1)].join(' '));
    if (judgement !== undefined) found.add(judgement);
    // "care leavers in Redcar and Cleveland": the name, then where.
    const place = words[i] === 'in' && i > 0 ? names.get(words.slice(0, i).join(' ')) : undefined;
    if (place !== undefined) found.add(place);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A judgement label as a key: normalised, without numbering ("2.1"), a parenthesis, a leading
 * "the", or the "(graded judgement for / about) the experience(s) and progress of" that Ofsted's
 * judgement names share ("The graded judgement about the experience and progress of care leavers").
 */
export function labelKey(label: string): string {
  return normaliseHeading(label.replace(/\([^)]*\)/g, ' ').replace(/^\s*\d+(?:\.\d+)*\.?\s+/, ''))
    .replace(/^(?:the )?(?:graded )?judge?ment (?:for|about|on) /, '')
    .replace(/^the /, '')
    .replace(/^experiences?(?: and progress)? of /, '');
}
