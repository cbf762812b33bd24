// Helpers for writing built-in templates: one section with the defaults every template uses.
import type { TemplateSection } from './types';

export type SectionOptions = Partial<Pick<TemplateSection, 'required' | 'level' | 'evidenceExempt' | 'condition' | 'unordered' | 'foundIn'>>;

/** A template section: required and level 2 unless `options` say otherwise. */
export function section(id: string, title: string, aliases: string[], guidance: string, options: SectionOptions = {}): TemplateSection {
  const result: TemplateSection = { id, title, aliases, required: options.required ?? true, level: options.level ?? 2, guidance };
  if (options.evidenceExempt) result.evidenceExempt = true;
  if (options.condition) result.condition = options.condition;
  if (options.unordered) result.unordered = true;
  if (options.foundIn) result.foundIn = options.foundIn;
  return result;
}

/** An optional level-3 theme under the level-2 section before it. */
export const optionalTheme = { required: false, level: 3 } as const;
