// The helper the built-in templates are written with.
import type { TemplateSection } from './types';

export type SectionOptions = Partial<Pick<TemplateSection, 'required' | 'level' | 'evidenceExempt' | 'condition' | 'unordered'>>;

export function section(id: string, title: string, aliases: string[], guidance: string, options: SectionOptions = {}): TemplateSection {
  const result: TemplateSection = { id, title, aliases, required: options.required ?? true, level: options.level ?? 2, guidance };
  if (options.evidenceExempt) result.evidenceExempt = true;
  if (options.condition) result.condition = options.condition;
  if (options.unordered) result.unordered = true;
  return result;
}

export const optionalTheme = { required: false, level: 3 } as const;
