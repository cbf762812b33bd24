// Matching a draft's headings to template sections, and resolving workspace templates
// (new ones, or built-in ones extended) into plain `Template`s.
//
// Heading matching is forgiving by design: authors number headings, add colons, write
// "&" for "and", type straight or curly apostrophes, drop the circumflex of "Ynglŷn", write
// "Wellbeing" for "Well-being", or put the grade after the heading ("Safe: Good"). Every
// title and alias is normalised once when a template is compiled; a heading is normalised
// and looked up in a Map, so matching costs one normalisation plus O(1) lookups.
import { builtinTemplates, CIW_RATINGS, CQC_RATINGS, OFSTED_RATINGS } from './builtin';
import type { Template, TemplateSection } from './types';
import { QUANTITY_SCALES } from '../quantities';

const QUANTITY_SCALE_NAMES = Object.keys(QUANTITY_SCALES);

// ---------------------------------------------------------------------------------------
// Normalisation

/**
 * Leading numbering: "2.", "2.1", "2.1.", "2)", "(2)", "A)", "a.", "(b)", "iv.", "2 " and
 * "Section 2:"/"Part 2"/"Adran 2"/"Rhan 2". Bare numbers are one or two digits (so "2014
 * Act" keeps its year); letters and roman numerals need a "." or ")" and then a space.
 */
const NUMBERING = /^(?:(?:section|part|adran|rhan)\s+)?(?:\(?\d{1,2}(?:\.\d{1,3})*[.:)]?(?![\p{L}\p{N}])|\(?(?:[a-z]|[ivx]{1,4})[.)](?=\s))/u;

/** Characters deleted outright so that the words either side join: apostrophes and hyphens. */
const JOINERS = /['\u2018\u2019\u02bc\u0060\u00b4\u00ad\u2010\u2011-]/g;

/** Welsh "a"/"ac" ("and") and "&" all become "and". */
const AND_WORDS = new Set(['a', 'ac', 'and']);

/** Headings repeat across a folder of reports of one template: each is normalised once. */
const normalisedHeadings = new Map<string, string>();

/**
 * The key a heading is matched by. Case-insensitive; diacritics folded ("Ynglŷn" =
 * "Ynglyn"); leading numbering, markup characters, HTML comments and footnote references
 * dropped; apostrophes and hyphens deleted ("children’s" = "childrens", "Well-being" =
 * "Wellbeing"); other punctuation (colons, question marks, dashes used as separators)
 * treated as space; "&", "and" and the Welsh "a"/"ac" all read "and"; whitespace collapsed.
 */
export function normaliseHeading(text: string): string {
  let normalised = normalisedHeadings.get(text);
  if (normalised === undefined) {
    if (normalisedHeadings.size >= 2000) normalisedHeadings.clear();
    normalisedHeadings.set(text, (normalised = normaliseHeadingText(text)));
  }
  return normalised;
}

function normaliseHeadingText(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/\[\^[^\]\s]*\]/g, ' ')
    .replace(/^[\s#*_>]+/, '');
  s = s.replace(NUMBERING, ' ');
  s = s.replace(JOINERS, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ');
  const words = s.split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) if (AND_WORDS.has(words[i])) words[i] = 'and';
  return words.join(' ');
}

/** Kebab-case id derived from a title: "Areas for development" → "areas-for-development". */
export function sectionIdFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Welsh forms of the rating words, accepted wherever the template's scale has the English
 * word. Our best rendering of CIW's Welsh reports; unverified against a published one.
 */
export const WELSH_RATINGS: Readonly<Record<string, string>> = {
  Rhagorol: 'Excellent',
  Da: 'Good',
  'Angen gwella': 'Requires improvement',
  'Angen gwella sylweddol': 'Requires significant improvement',
};

/**
 * The words that state a grade after a section's name in a heading: "The LSCB is good", "... are:
 * good", "The graded judgement for adoption performance is that it is good", "... remains
 * inadequate". Matched on the normalised key, at its end.
 */
const STATING_VERB = / (?:is|are|was|were|remains?|continues? to be|is judged to be|are judged to be|is that it is|is that it)$/;

/**
 * The forms a normalised rating is written in: itself; with a plural verb ("require improvement",
 * services "require improvement to be good"); and a "requires improvement to be good" grade by
 * its earlier short name, "requires improvement" (Ofsted's SIF reports, 2013-15).
 */
function ratingForms(rating: string): string[] {
  const forms = [rating];
  const short = rating.replace(/ to be good$/, '');
  if (short !== rating) forms.push(short);
  for (const form of [...forms]) if (form.startsWith('requires ')) forms.push(form.replace(/^requires /, 'require '));
  return forms;
}

/** Every form of the built-in rating scales, longest first: for headings checked with no template. */
const ANY_RATING_FORMS = ratingFormsOf([...CIW_RATINGS, ...OFSTED_RATINGS, ...CQC_RATINGS]);
const ratingFormsByTemplate = new WeakMap<Template, string[]>();

function ratingFormsOf(ratings: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const rating of ratings) for (const form of ratingForms(normaliseHeading(rating))) forms.add(form);
  for (const [welsh, english] of Object.entries(WELSH_RATINGS)) if (ratings.includes(english)) forms.add(normaliseHeading(welsh));
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Whether a heading states a grade, so that it says something by itself: a rating of the
 * template's scale (or of any built-in scale, with no template) after a verb or a colon or dash
 * ("The Local Safeguarding Children Board is good", "Safe: Good", "... are: good").
 */
export function statesRating(headingText: string, template?: CompiledTemplate): boolean {
  let forms = ANY_RATING_FORMS;
  if (template?.template.ratings?.length) {
    forms = ratingFormsByTemplate.get(template.template) ?? ratingFormsOf(template.template.ratings);
    ratingFormsByTemplate.set(template.template, forms);
  }
  const key = normaliseHeading(headingText);
  for (const form of forms) {
    if (key.length <= form.length + 1 || !key.endsWith(form) || key[key.length - form.length - 1] !== ' ') continue;
    const subject = key.slice(0, key.length - form.length - 1);
    if (/^requires? /.test(form) || STATING_VERB.test(subject) || /[:\u2013\u2014-]\s*\S+(?:\s+\S+){0,4}\s*$/.test(headingText)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Compiled templates

export interface CompiledTemplate {
  readonly template: Template;
  /**
   * Index in `template.sections` of the section a heading names, or -1. A rating at the end
   * ("The experiences and progress of children in care: good", "Safe – Good") is ignored.
   */
  match(headingText: string): number;
  /** Index of the section with this id, or -1. */
  indexOf(sectionId: string): number;
  /** The canonical rating (as spelled in `template.ratings`) that `text` is, or undefined. */
  matchRating(text: string): string | undefined;
  /** The rating written at the end of a heading that names a section, if any. */
  headingRating(headingText: string): string | undefined;
  /** Normalised headings claimed by more than one section (the first section keeps them). */
  readonly conflicts: readonly { key: string; sections: [string, string] }[];
}

const compiled = new WeakMap<Template, CompiledTemplate>();

/** Compiles a template for matching. Memoised per template object. */
export function compileTemplate(t: Template): CompiledTemplate {
  let result = compiled.get(t);
  if (!result) compiled.set(t, (result = compile(t)));
  return result;
}

function compile(template: Template): CompiledTemplate {
  const byKey = new Map<string, number>();
  const byId = new Map<string, number>();
  const conflicts: { key: string; sections: [string, string] }[] = [];
  template.sections.forEach((section, index) => {
    if (!byId.has(section.id)) byId.set(section.id, index);
    for (const heading of [section.title, ...section.aliases]) {
      const key = normaliseHeading(heading);
      if (!key) continue;
      const owner = byKey.get(key);
      if (owner === undefined) byKey.set(key, index);
      else if (owner !== index) conflicts.push({ key, sections: [template.sections[owner].id, section.id] });
    }
  });

  const ratings = new Map<string, string>();
  for (const rating of template.ratings ?? []) ratings.set(normaliseHeading(rating), rating);
  for (const [welsh, english] of Object.entries(WELSH_RATINGS)) {
    const canonical = template.ratings?.find((r) => normaliseHeading(r) === normaliseHeading(english));
    if (canonical && !ratings.has(normaliseHeading(welsh))) ratings.set(normaliseHeading(welsh), canonical);
  }
  // A grade closing a heading may be in any form of the scale's wording ("... require improvement").
  const headingRatings = new Map(ratings);
  for (const [key, rating] of ratings) for (const form of ratingForms(key)) if (!headingRatings.has(form)) headingRatings.set(form, rating);
  // Longest first, so that "requires improvement to be good" is not read as "... good".
  const suffixes = [...headingRatings.keys()].sort((a, b) => b.length - a.length);

  function split(headingText: string): { index: number; rating?: string } {
    const key = normaliseHeading(headingText);
    const exact = byKey.get(key);
    if (exact !== undefined) return { index: exact };
    for (const suffix of suffixes) {
      if (key.length > suffix.length && key.endsWith(suffix) && key[key.length - suffix.length - 1] === ' ') {
        // The grade may be stated with a verb: "... is good", "... are: good", "... is that it is good".
        const subject = key.slice(0, key.length - suffix.length - 1);
        const index = byKey.get(subject) ?? byKey.get(subject.replace(STATING_VERB, ''));
        if (index !== undefined) return { index, rating: headingRatings.get(suffix) };
      }
    }
    // "The local authority – Summary of findings": a section's name, then a dash and a subtitle.
    const dash = /\s[-\u2013\u2014]\s/.exec(headingText);
    if (dash) {
      const index = byKey.get(normaliseHeading(headingText.slice(0, dash.index)));
      if (index !== undefined) return { index };
    }
    return { index: -1 };
  }

  return {
    template,
    conflicts,
    match: (headingText) => split(headingText).index,
    indexOf: (sectionId) => byId.get(sectionId) ?? -1,
    matchRating: (text) => ratings.get(normaliseHeading(text)),
    headingRating: (headingText) => split(headingText).rating,
  };
}

// ---------------------------------------------------------------------------------------
// Workspace templates

/** A section of a workspace template (config file `templates[].sections[]`). */
export interface WorkspaceSection {
  /** Kebab-case id; derived from `title` when omitted. Naming an inherited section updates it. */
  id?: string;
  /** Heading text; needed for a new section, optional when updating an inherited one. */
  title?: string;
  /** Other headings that count as this section; added to an inherited section's aliases. */
  aliases?: string[];
  /** Default true for a new section. */
  required?: boolean;
  /** Heading level 1-6; default 2 for a new section. */
  level?: number;
  /** One line of guidance for authors, no square brackets. */
  guidance?: string;
  evidenceExempt?: boolean;
  condition?: string;
  /** Place the section after the section with this id (and after that section's subsections, unless this one is deeper). */
  after?: string;
  /** Place the section before the section with this id. */
  before?: string;
}

/**
 * A template defined in the workspace config (`templates: [...]`). Either a new template
 * (`sections` lists every section in order) or one that `extends` another template, built-in
 * or workspace, by id. Extending applies, in this order: `remove`, then `sections` (new
 * sections are inserted at `after`/`before` or appended; a section whose id is inherited is
 * updated in place, or moved if `after`/`before` is given), then `optional` and `require`.
 * A workspace template with the id of a built-in one replaces it; to customise a built-in
 * template under its own id, give `extends` the same id.
 */
export interface WorkspaceTemplate {
  id: string;
  title?: string;
  description?: string;
  source?: string;
  extends?: string;
  /** Rating scale; inherited when omitted. */
  ratings?: string[];
  /** Scale of quantity words: a built-in scale's name, or word → [lowest, highest] percent; inherited when omitted. */
  quantityScale?: string | Record<string, [number, number]>;
  sections?: WorkspaceSection[];
  /** Ids of inherited sections to drop (their subsections stay unless listed too). */
  remove?: string[];
  /** Ids of inherited sections that become optional. */
  optional?: string[];
  /** Ids of inherited sections that become required. */
  require?: string[];
}

export interface ResolvedTemplate {
  /** Undefined when no template has this id. */
  template: Template | undefined;
  /** Problems in the workspace templates involved; the template is still built around them. */
  errors: string[];
}

const MAX_EXTENDS_DEPTH = 16;

/** Every template id available: built-in ones and the workspace's. */
export function templateIds(workspaceTemplates: readonly WorkspaceTemplate[] = []): string[] {
  const ids = new Set(builtinTemplates.map((t) => t.id));
  for (const w of workspaceTemplates) if (isRecord(w) && typeof w.id === 'string') ids.add(w.id);
  return [...ids];
}

/**
 * Resolves a template id against the workspace templates and the built-in ones. Each workspace
 * template list is resolved once per template (the results are kept with the list), so a long
 * list of templates extending each other costs time in proportion to its length.
 */
export function resolveTemplate(id: string, workspaceTemplates: readonly WorkspaceTemplate[] = []): ResolvedTemplate {
  let resolver = resolvers.get(workspaceTemplates);
  if (!resolver) resolvers.set(workspaceTemplates, (resolver = new Resolver(workspaceTemplates)));
  const { template, errors } = resolver.resolve(id, []);
  return { template, errors: [...new Set(errors)] };
}

/** Resolves every workspace template, for config diagnostics: all errors, deduplicated. */
export function checkWorkspaceTemplates(workspaceTemplates: readonly WorkspaceTemplate[]): string[] {
  const errors: string[] = [];
  workspaceTemplates.forEach((w, i) => {
    if (!isRecord(w) || typeof w.id !== 'string' || !w.id.trim()) errors.push(`templates[${i}]: a template needs an "id" (a string).`);
  });
  const seen = new Set<string>();
  for (const w of workspaceTemplates) {
    if (!isRecord(w) || typeof w.id !== 'string' || seen.has(w.id)) continue;
    seen.add(w.id);
    errors.push(...resolveTemplate(w.id, workspaceTemplates).errors);
  }
  return [...new Set(errors)];
}

const resolvers = new WeakMap<readonly WorkspaceTemplate[], Resolver>();

/** The workspace templates of one config, each resolved once, with the errors of its chain. */
class Resolver {
  private byId = new Map<string, WorkspaceTemplate[]>();
  private done = new Map<string, ResolvedTemplate>();
  private ids?: string[];

  constructor(readonly workspace: readonly WorkspaceTemplate[]) {
    for (const w of workspace) {
      if (!isRecord(w) || typeof w.id !== 'string') continue;
      const list = this.byId.get(w.id);
      if (list) list.push(w);
      else this.byId.set(w.id, [w]);
    }
  }

  knownIds(): string[] {
    return (this.ids ??= templateIds(this.workspace));
  }

  /** `stack`: the templates being built that extend this one (a cycle stops there). */
  resolve(id: string, stack: string[]): ResolvedTemplate {
    const done = this.done.get(id);
    if (done) return done;
    const own = this.byId.get(id);
    if (!own) return { template: builtinTemplates.find((t) => t.id === id), errors: [] };
    const errors: string[] = [];
    if (own.length > 1) errors.push(`Template "${id}" is defined ${own.length} times in the workspace; the first definition is used.`);
    if (stack.includes(id)) {
      errors.push(`Template "${id}" extends itself through ${[...stack, id].map((s) => `"${s}"`).join(' → ')}.`);
      return { template: undefined, errors };
    }
    let result: ResolvedTemplate;
    if (this.chainLength(id) > MAX_EXTENDS_DEPTH) {
      errors.push(`Template "${id}": "extends" chains deeper than ${MAX_EXTENDS_DEPTH} templates are not followed.`);
      result = { template: undefined, errors };
    } else {
      result = { template: build(own[0], this, [...stack, id], errors), errors };
    }
    this.done.set(id, result);
    return result;
  }

  /** How many workspace templates the `extends` chain from `id` holds (counted up to one past the limit; a cycle ends it). */
  private chainLength(id: string): number {
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current) && seen.size <= MAX_EXTENDS_DEPTH; ) {
      seen.add(current);
      const next: unknown = this.byId.get(current)?.[0].extends;
      current = typeof next === 'string' && next !== current && this.byId.has(next) ? next : undefined;
    }
    return seen.size;
  }
}

function build(w: WorkspaceTemplate, resolver: Resolver, stack: string[], errors: string[]): Template {
  const err = (message: string): void => {
    errors.push(`Template "${w.id}": ${message}`);
  };
  let base: Template | undefined;
  if (w.extends !== undefined) {
    if (typeof w.extends !== 'string') err('"extends" must be a template id (a string).');
    else if (w.extends === w.id) {
      base = builtinTemplates.find((t) => t.id === w.id);
      if (!base) err(`extends itself, but there is no built-in template "${w.id}" to extend.`);
    } else {
      const resolved = resolver.resolve(w.extends, stack);
      base = resolved.template;
      errors.push(...resolved.errors);
      if (!base && !stack.includes(w.extends) && !resolved.errors.length) err(`extends unknown template "${w.extends}". Known: ${resolver.knownIds().join(', ')}.`);
    }
  }

  const template: Template = {
    id: w.id,
    title: stringField(w, 'title', err) ?? base?.title ?? w.id,
    description: stringField(w, 'description', err) ?? (base ? `${base.description} (customised in the workspace)` : 'Workspace template.'),
    source: stringField(w, 'source', err) ?? (base ? `${base.source}; customised in the workspace configuration` : 'Workspace configuration'),
    sections: base ? base.sections.map((s) => ({ ...s, aliases: [...s.aliases] })) : [],
  };
  const ratings = w.ratings !== undefined ? stringArray(w.ratings, 'ratings', err) : base?.ratings;
  if (ratings) template.ratings = [...ratings];
  const quantityScale = w.quantityScale !== undefined ? quantityScaleField(w.quantityScale, err) : base?.quantityScale;
  if (quantityScale) template.quantityScale = quantityScale;
  const sections = template.sections;
  const indexOf = (sectionId: string) => sections.findIndex((s) => s.id === sectionId);

  for (const sectionId of stringArray(w.remove, 'remove', err)) {
    const index = indexOf(sectionId);
    if (index < 0) err(`cannot remove "${sectionId}": no such section${base ? ` in "${base.id}"` : ''}.`);
    else sections.splice(index, 1);
  }

  const added = w.sections === undefined ? [] : Array.isArray(w.sections) ? w.sections : (err('"sections" must be a list.'), []);
  added.forEach((raw, i) => {
    if (!isRecord(raw)) return err(`sections[${i}] must be a mapping.`);
    const title = stringField(raw, 'title', (m) => err(`sections[${i}]: ${m}`));
    const givenId = stringField(raw, 'id', (m) => err(`sections[${i}]: ${m}`));
    const id = givenId ?? (title ? sectionIdFromTitle(title) : undefined);
    if (!id) return err(`sections[${i}] needs an "id" or a "title".`);
    const where = `section "${id}"`;
    const existing = indexOf(id);
    const level = raw.level;
    if (level !== undefined && !(Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6)) err(`${where}: "level" must be a whole number from 1 to 6.`);
    const aliases = stringArray(raw.aliases, `${where} aliases`, err);
    let guidance = stringField(raw, 'guidance', (m) => err(`${where}: ${m}`));
    if (guidance !== undefined && /[[\]\r\n]/.test(guidance)) {
      err(`${where}: "guidance" must be one line without square brackets (it becomes a [[...]] placeholder).`);
      guidance = guidance.replace(/\[/g, '(').replace(/\]/g, ')').replace(/\s*[\r\n]+\s*/g, ' ');
    }
    const section: TemplateSection =
      existing >= 0
        ? sections.splice(existing, 1)[0]
        : {
            id,
            title: title ?? id,
            aliases: [],
            required: true,
            level: 2,
            guidance: `Write the ${title ?? id} section`,
          };
    if (existing < 0 && !title) err(`${where}: a new section needs a "title".`);
    if (existing >= 0 && title) section.title = title;
    for (const alias of aliases) if (!section.aliases.includes(alias)) section.aliases.push(alias);
    if (typeof raw.required === 'boolean') section.required = raw.required;
    else if (raw.required !== undefined) err(`${where}: "required" must be true or false.`);
    if (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6) section.level = level as number;
    if (guidance !== undefined) section.guidance = guidance;
    if (typeof raw.evidenceExempt === 'boolean') {
      if (raw.evidenceExempt) section.evidenceExempt = true;
      else delete section.evidenceExempt;
    } else if (raw.evidenceExempt !== undefined) err(`${where}: "evidenceExempt" must be true or false.`);
    const condition = stringField(raw, 'condition', (m) => err(`${where}: ${m}`));
    if (condition !== undefined) section.condition = condition;

    const after = stringField(raw, 'after', (m) => err(`${where}: ${m}`));
    const before = stringField(raw, 'before', (m) => err(`${where}: ${m}`));
    if (after !== undefined && before !== undefined) err(`${where}: give "after" or "before", not both ("after" is used).`);
    let at = existing >= 0 && after === undefined && before === undefined ? existing : sections.length;
    if (after !== undefined) {
      const anchor = indexOf(after);
      if (anchor < 0) err(`${where}: "after" names no section: "${after}". The section is added at the end.`);
      else {
        at = anchor + 1;
        const anchorLevel = sections[anchor].level;
        if (section.level <= anchorLevel) while (at < sections.length && sections[at].level > anchorLevel) at++;
      }
    } else if (before !== undefined) {
      const anchor = indexOf(before);
      if (anchor < 0) err(`${where}: "before" names no section: "${before}". The section is added at the end.`);
      else at = anchor;
    }
    sections.splice(at, 0, section);
  });

  const optional = stringArray(w.optional, 'optional', err);
  const require = stringArray(w.require, 'require', err);
  for (const [ids, value, field] of [
    [optional, false, 'optional'],
    [require, true, 'require'],
  ] as const) {
    for (const sectionId of ids) {
      const index = indexOf(sectionId);
      if (index < 0) err(`"${field}" names no section: "${sectionId}".`);
      else {
        if (value && optional.includes(sectionId)) err(`"${sectionId}" is listed in both "optional" and "require" ("require" wins).`);
        sections[index].required = value;
      }
    }
  }

  if (!sections.length) err('has no sections.');
  const ids = new Set<string>();
  for (const s of sections) {
    if (ids.has(s.id)) err(`two sections have the id "${s.id}".`);
    ids.add(s.id);
  }
  for (const c of compileTemplate(template).conflicts) err(`sections "${c.sections[0]}" and "${c.sections[1]}" both match the heading "${c.key}"; it counts as "${c.sections[0]}".`);
  return template;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(o: object, key: string, err: (m: string) => void): string | undefined {
  const value = (o as Record<string, unknown>)[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  err(`"${key}" must be a string.`);
  return undefined;
}

function stringArray(value: unknown, field: string, err: (m: string) => void): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  err(`"${field}" must be a list of strings.`);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A workspace template's `quantityScale`: a scale name, or a mapping of words to [lowest, highest] percentages. */
function quantityScaleField(value: unknown, err: (message: string) => void): Template['quantityScale'] {
  if (typeof value === 'string') {
    if (QUANTITY_SCALE_NAMES.includes(value)) return value;
    err(`"quantityScale" "${value}" is not a known scale (${QUANTITY_SCALE_NAMES.join(', ')}).`);
    return undefined;
  }
  if (!isRecord(value)) {
    err('"quantityScale" must be a scale name or a mapping of words to [lowest, highest] percentages.');
    return undefined;
  }
  const scale: Record<string, [number, number]> = {};
  for (const [word, range] of Object.entries(value)) {
    if (Array.isArray(range) && range.length === 2 && range.every((n) => typeof n === 'number' && n >= 0 && n <= 100) && range[0] <= range[1]) scale[word.toLowerCase()] = [range[0], range[1]];
    else err(`"quantityScale.${word}" must be [lowest, highest], percentages from 0 to 100 with lowest first.`);
  }
  return scale;
}
