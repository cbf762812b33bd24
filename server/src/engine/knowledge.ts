// What the rules know beyond the draft itself, compiled once per configuration: the templates
// (built-in and the workspace's own), and the glossary and claim vocabulary as they land.
import { MAX_GLOSSARY_BYTES, type ConfigError, type ConfigHost, type ResolvedConfig } from './config';
import { Glossary, glossaryWithBuiltin, knownAcronymsFrom, parseGlossaryFile, type GlossaryEntry } from './glossary/index';
import { longFormMatcherFromKnown, type KnownAcronyms, type LongFormMatcher } from './acronyms/detect';
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
  /** Glossary (built-in plus workspace files), what counts as an acronym, and known long forms. */
  acronyms: { glossary: Glossary; known: KnownAcronyms; longForms: LongFormMatcher; key: string };
  /** Problems reading the workspace glossaries, for the config's diagnostics. */
  errors: ConfigError[];
}

const cache = new WeakMap<ResolvedConfig, ReportKnowledge>();
let generation = 0;

/** Knowledge for a config, built once; `host` reads the workspace glossary files it names. */
export function knowledgeFor(config: ResolvedConfig, host?: ConfigHost): ReportKnowledge {
  let knowledge = cache.get(config);
  if (!knowledge) cache.set(config, (knowledge = buildKnowledge(config, host)));
  return knowledge;
}

function buildKnowledge(config: ResolvedConfig, host?: ConfigHost): ReportKnowledge {
  const { entries, errors } = loadGlossaries(config, host);
  const glossary = glossaryWithBuiltin(entries);
  const known = knownAcronymsFrom(glossary, { allow: config.data.acronyms?.allow, ignore: config.data.acronyms?.ignore });
  const acronyms = { glossary, known, longForms: longFormMatcherFromKnown(known), key: `g${++generation}` };
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
    acronyms,
    errors,
    claims: { matcher: compileClaimMatcher(vocabulary), key: JSON.stringify([list('evidencePhrases'), vocabulary.extraJudgementWords, vocabulary.ignoreWords]) },
    templateIds: ids,
    template: (id) => compiled.get(id),
    defaultTemplateId: configured && compiled.get(configured) ? configured : genericTemplateId,
  };
}

/**
 * Reads the glossary files the config names. Config and glossaries are data: only files inside
 * the config's folder are read (by name here; the host checks the real path, links resolved, and
 * reads regular files only, up to MAX_GLOSSARY_BYTES), and a missing, refused or malformed one is
 * an error, not a crash.
 */
function loadGlossaries(config: ResolvedConfig, host?: ConfigHost): { entries: GlossaryEntry[]; errors: ConfigError[] } {
  const entries: GlossaryEntry[] = [];
  const errors: ConfigError[] = [];
  const names = config.data.glossaries ?? [];
  if (!names.length || !config.dir || !config.path) return { entries, errors };
  const at = config.locate(['glossaries']);
  const fail = (message: string) => errors.push({ file: config.path!, message, ...at });
  for (const name of names) {
    const path = resolveInside(config.dir, name);
    if (!path) {
      fail(`Glossary "${name}" is outside the folder of the config file, so it is not read.`);
      continue;
    }
    // The real path too (a link may point anywhere) must be inside the config's folder.
    const text = host?.readFile(path, { maxBytes: MAX_GLOSSARY_BYTES, within: config.dir });
    if (text === undefined) {
      const refused = host?.unreadable?.(path);
      if (host) fail(refused ? `Glossary "${name}" (${path}) ${refused}.` : `Glossary "${name}" cannot be read (no such file?).`);
      continue;
    }
    const parsed = parseGlossaryFile(path, text);
    entries.push(...parsed.entries);
    for (const e of parsed.errors) errors.push({ file: e.file, message: e.message, line: e.line, column: e.column, start: -1, end: -1 });
  }
  return { entries, errors };
}

/** `name` resolved against `dir`, or undefined when it leaves `dir` (absolute, or through ..). */
function resolveInside(dir: string, name: string): string | undefined {
  if (name.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(name)) return undefined;
  const parts: string[] = [];
  for (const part of name.split(/[\\/]+/)) {
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else if (part && part !== '.') parts.push(part);
  }
  return parts.length ? `${dir}/${parts.join('/')}` : undefined;
}
