// What the rules know beyond the draft itself, compiled once per configuration: the templates
// (built-in and the workspace's own), and the glossary and claim vocabulary as they land.
import type { ResolvedConfig } from './config';
import { builtinTemplates, genericTemplateId } from './templates/builtin';
import { compileTemplate, resolveTemplate, type CompiledTemplate } from './templates/match';
import { compileClaimMatcher, defaultClaimOptions, type ClaimMatcher } from './claims/detect';

export interface ReportKnowledge {
  templateIds: string[];
  template(id: string): CompiledTemplate | undefined;
  /** Template of reports whose front matter names none. */
  defaultTemplateId: string;
  /** Claim vocabulary (built-in plus the config's additions), and a key naming it for caches. */
  claims: { matcher: ClaimMatcher; key: string };
}

const cache = new WeakMap<ResolvedConfig, ReportKnowledge>();

export function knowledgeFor(config: ResolvedConfig): ReportKnowledge {
  let knowledge = cache.get(config);
  if (!knowledge) cache.set(config, (knowledge = buildKnowledge(config)));
  return knowledge;
}

function buildKnowledge(config: ResolvedConfig): ReportKnowledge {
  const workspace = config.data.templates ?? [];
  const ids = [...new Set([...builtinTemplates.map((t) => t.id), ...workspace.map((t) => t.id)])];
  // Problems in workspace templates are reported on the config file (config.ts).
  const compiled = new Map<string, CompiledTemplate | undefined>();
  for (const id of ids) {
    const { template } = resolveTemplate(id, workspace);
    compiled.set(id, template ? compileTemplate(template) : undefined);
  }
  const configured = config.data.template;
  const claimOptions = config.rules.get('unsupported-claim')?.options ?? {};
  const list = (key: string) => (Array.isArray(claimOptions[key]) ? (claimOptions[key] as string[]) : []);
  const vocabulary = {
    evidencePhrases: [...defaultClaimOptions.evidencePhrases, ...list('evidencePhrases')],
    extraJudgementWords: list('extraJudgementWords'),
    ignoreWords: list('ignoreWords'),
  };
  return {
    claims: { matcher: compileClaimMatcher(vocabulary), key: JSON.stringify([list('evidencePhrases'), vocabulary.extraJudgementWords, vocabulary.ignoreWords]) },
    templateIds: ids,
    template: (id) => compiled.get(id),
    defaultTemplateId: configured && compiled.get(configured) ? configured : genericTemplateId,
  };
}
