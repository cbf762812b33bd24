// Which template section a heading is, read plainly: the heading's words (case, punctuation,
// a leading number, "&" for "and", and a grade stated at its end — ": good", " is inadequate",
// " are: requires improvement to be good" — set aside) equal the section's title or one of its
// aliases. Kept apart from the engine's matcher on purpose: a real judgement heading that the
// engine fails to recognise is still that section, and deleting it should still be reported.
import type { Template } from '../../../server/src/engine/templates/types';
import { headingText, type ReportText, type Section } from './text';

export const GRADES = ['outstanding', 'good', 'requires improvement to be good', 'requires improvement', 'inadequate', 'adequate'];
const GRADE_AT_END = new RegExp(`(?:\\s*[:–—-]\\s*|\\s+(?:is|are)(?:\\s+that\\s+it\\s+is)?:?\\s+)(?:${GRADES.join('|')})\\.?$`, 'i');

export function plainHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/, '')
    .replace(GRADE_AT_END, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Index of the template section a heading names, or -1. */
export function templateSectionOf(template: Template, heading: string): number {
  const plain = plainHeading(heading);
  return template.sections.findIndex((s) => [s.title, ...s.aliases].some((name) => plainHeading(name) === plain));
}

export interface SectionAt {
  section: Section;
  /** Index in the report's sections. */
  index: number;
  templateIndex: number;
}

/** The report's sections (below the title) with the template section each one names, if any. */
export function sectionsWithTemplate(report: ReportText, template: Template): SectionAt[] {
  return report.sections.map((section, index) => ({ section, index, templateIndex: section.level >= 2 ? templateSectionOf(template, headingText(report, section)) : -1 }));
}

/**
 * Whether the report's section all[i] stands at its template section's place: its parent heading
 * names the section the template puts it under (or, for a section the template puts under none,
 * no template section). Elsewhere the same words are a sub-heading ("Care leavers" as a theme
 * under "Areas for improvement"), whose place the template does not set.
 */
export function atTemplatePlace(template: Template, all: SectionAt[], i: number): boolean {
  const t = all[i].templateIndex;
  if (t < 0) return false;
  let templateParent = -1;
  for (let k = t - 1; k >= 0; k--) {
    if (template.sections[k].level < template.sections[t].level) {
      templateParent = k;
      break;
    }
  }
  let reportParent = -1;
  for (let k = i - 1; k >= 0; k--) {
    if (all[k].section.level < all[i].section.level) {
      reportParent = all[k].templateIndex;
      break;
    }
  }
  return templateParent < 0 ? reportParent < 0 : reportParent === templateParent;
}

/** Acronyms and names a stretch of text defines in brackets: "(MASH)" gives MASH, "(Cafcass)" Cafcass. */
export function bracketedAcronyms(text: string): string[] {
  return [...text.matchAll(/\(([A-Z][A-Za-z]{1,9}?)s?\)/g)].map((m) => m[1]);
}

/** Whether a stretch of text has a word in capitals (an acronym, defined or not). */
export const hasAcronym = (text: string) => /(?<![\p{L}\p{N}])\p{Lu}\p{L}*\p{Lu}/u.test(text);

/**
 * Whether a stretch of text mentions an acronym or name that the report defines in brackets
 * anywhere ("(CiCC)", "(DfE)", "(Cafcass)"): taking it out could leave that definition unused.
 */
export function mentionsDefined(reportText: string, text: string): boolean {
  return bracketedAcronyms(reportText).some((acr) => new RegExp(`(?<![\\p{L}])${acr}(?![\\p{L}])`, 'u').test(text));
}
