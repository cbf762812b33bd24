// Workspace configuration: found by walking up from the document, parsed (YAML or JSON with
// comments), validated against the generated schema, and merged over the built-in defaults.
// A bad entry becomes an error with its file and line, and is dropped: the rest keeps working.
// This module does not know the rules: a ConfigReader is given a RuleCatalogue (each rule's
// defaults and the schema), which configure.ts builds from the rule registry. So data flows one
// way: rules → registry → configure.ts → config.ts, and rules may use the config's types.
import { parseDocument, isCollection, type Document } from 'yaml';
import { parseTree, findNodeAtLocation, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import type { SeveritySetting } from './types';
import { checkWorkspaceTemplates, templateIds, type WorkspaceTemplate } from './templates/match';
import { didYouMean } from './suggest';

export const CONFIG_FILE_NAMES = ['.inspection-reports.yaml', '.inspection-reports.yml', '.inspection-reports.json', '.inspection-reports.jsonc'];

export interface ConfigData {
  reports?: string[];
  template?: string;
  templates?: WorkspaceTemplate[];
  glossaries?: string[];
  acronyms?: { allow?: string[]; ignore?: string[] };
  rules?: Record<string, SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>)>;
}

export interface ConfigError {
  file: string;
  message: string;
  start: number;
  end: number;
  /** 1-based, for messages and the CLI. */
  line: number;
  column: number;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Absolute path of the config file, if one was found. */
  path?: string;
  /** Folder that relative paths and globs in the config are resolved against. */
  dir?: string;
  /** The config file's text, for fixes that edit it. */
  text?: string;
  data: ConfigData;
  errors: ConfigError[];
  rules: Map<string, RuleSetting>;
  /** Where a setting is written in the config file (for errors found after parsing). */
  locate(path: string[]): { start: number; end: number; line: number; column: number };
  /** True when the document path matches the config's `reports` globs. */
  isReportPath(path: string): boolean;
  hasReportGlobs: boolean;
}

/** Reads files for the engine: the language server, the CLI and tests each supply one. */
export interface ConfigHost {
  readFile(path: string): string | undefined;
}

/** What the config needs to know of the rules: supplied by the registry (configure.ts). */
export interface RuleCatalogue {
  /** Each rule's id, default severity and option defaults, in the registry's order. */
  rules: readonly { id: string; defaultSeverity: SeveritySetting; options: Record<string, unknown> }[];
  /** The config file's JSON schema (built on the first validation). */
  schema(): Record<string, unknown>;
}

/** Reads config files for one rule catalogue; keeps its compiled validator and its defaults. */
export class ConfigReader {
  private validator?: ValidateFunction;
  private defaults?: ResolvedConfig;

  constructor(private readonly catalogue: RuleCatalogue) {}

  /** The built-in defaults, shared: knowledge built from them is cached with them. */
  defaultConfig(): ResolvedConfig {
    return (this.defaults ??= resolveConfig({}, [], undefined, this.catalogue));
  }

  /** The config that applies to a document: the nearest config file's, or the defaults. */
  loadForDocument(documentPath: string, host: ConfigHost, root?: string): ResolvedConfig {
    const dir = documentPath.slice(0, documentPath.lastIndexOf('/')) || '/';
    const found = findConfigFile(dir, host, root);
    return found ? this.parse(found.text, found.path) : this.defaultConfig();
  }

  /** Parses and validates one config file's text. */
  parse(text: string, path: string): ResolvedConfig {
    return parseConfigText(text, path, this.catalogue, (data) => this.validate(data));
  }

  private validate(data: unknown): ErrorObject[] {
    this.validator ??= compileValidator(this.catalogue.schema());
    return this.validator(data) ? [] : [...(this.validator.errors ?? [])];
  }
}

/**
 * ajv is loaded on first use (the bundler still bundles it): most checks read no config file,
 * and loading it is ~5 ms of a one-file CLI run.
 */
function compileValidator(schema: Record<string, unknown>): ValidateFunction {
  const AjvClass = (require('ajv') as { default: typeof Ajv }).default;
  // verbose: each error carries its schema, whose property names are the "did you mean" candidates.
  return new AjvClass({ allErrors: true, strict: false, verbose: true }).compile(schema);
}

/** Finds the nearest config file from `dir` upwards (stopping at `root`, if given). */
export function findConfigFile(dir: string, host: ConfigHost, root?: string): { path: string; text: string } | undefined {
  let current = dir.replace(/\/+$/, '') || '/';
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = current === '/' ? `/${name}` : `${current}/${name}`;
      const text = host.readFile(path);
      if (text !== undefined) return { path, text };
    }
    if (current === root || current === '/' || !current.includes('/')) return undefined;
    current = current.slice(0, current.lastIndexOf('/')) || '/';
  }
}

/** Deeper nesting than this is no settings file; parsers would recurse until the stack ends. */
const MAX_NESTING = 64;

function parseConfigText(text: string, path: string, catalogue: RuleCatalogue, validate: (data: unknown) => ErrorObject[]): ResolvedConfig {
  const resolved = (data: ConfigData, errors: ConfigError[], locate?: ResolvedConfig['locate']) => resolveConfig(data, errors, path, catalogue, locate);
  const depth = nestingDepth(text);
  if (depth.max > MAX_NESTING) {
    return resolved({}, [makeError(path, text, depth.at, depth.at + 1, `The config is nested more than ${MAX_NESTING} levels deep, so it is not read; the defaults are used.`)]);
  }
  const isJson = /\.jsonc?$/.test(path);
  const parsed = isJson ? parseJson(text, path) : parseYaml(text, path);
  if (parsed.errors.length) return resolved({}, parsed.errors);
  if (parsed.data === null || parsed.data === undefined) return resolved({}, []);
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return resolved({}, [makeError(path, text, 0, text.length, 'The config must be a mapping of settings (for example `rules:`).')]);
  }
  const data = structuredClone(parsed.data) as Record<string, unknown>;
  acceptWarn(data);
  const errors: ConfigError[] = [];
  for (const error of validate(data)) {
    if (error.keyword === 'if') continue; // the failing then/else branch says what is wrong
    const segments = error.instancePath.split('/').slice(1).map(decodePointer);
    const extra = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
    const located = parsed.locate(extra ? [...segments, extra] : segments, extra !== undefined);
    errors.push(makeError(path, text, located.start, located.end, describeSchemaError(error, segments, extra)));
    dropInvalid(data, segments, extra);
  }
  errors.push(...templateErrors(data as ConfigData, parsed, text, path));
  const locate = (segments: string[]) => {
    const at = parsed.locate(segments, false);
    const { line, column } = makeError(path, text, at.start, at.end, '');
    return { ...at, line, column };
  };
  return { ...resolved(data as ConfigData, inLineOrder(dedupe(errors)), locate), text };
}

/** Workspace templates that do not resolve, and a default template that does not exist. */
function templateErrors(data: ConfigData, parsed: Parsed, text: string, path: string): ConfigError[] {
  const errors: ConfigError[] = [];
  const templates = parsed.locate(['templates'], false);
  for (const message of checkWorkspaceTemplates(data.templates ?? [])) errors.push(makeError(path, text, templates.start, templates.end, message));
  if (data.template && !templateIds(data.templates ?? []).includes(data.template)) {
    const at = parsed.locate(['template'], false);
    const known = templateIds(data.templates ?? []);
    const hint = didYouMean(data.template, known) || ` Known: ${known.join(', ')}.`;
    errors.push(makeError(path, text, at.start, at.end, `Unknown template "${data.template}": the generic template is used.${hint}`));
    delete data.template;
  }
  return errors;
}

const nowhere = () => ({ start: 0, end: 0, line: 1, column: 1 });

function resolveConfig(data: ConfigData, errors: ConfigError[], path: string | undefined, catalogue: RuleCatalogue, locate: ResolvedConfig['locate'] = nowhere): ResolvedConfig {
  const dir = path ? path.slice(0, path.lastIndexOf('/')) || '/' : undefined;
  const globs = data.reports ?? [];
  const matcher = globs.length ? picomatch(globs, { dot: true }) : undefined;
  return {
    path,
    dir,
    data,
    errors,
    rules: resolveRuleSettings(data.rules ?? {}, catalogue),
    locate,
    hasReportGlobs: globs.length > 0,
    isReportPath(documentPath: string): boolean {
      if (!matcher) return false;
      const relative = dir && documentPath.startsWith(`${dir}/`) ? documentPath.slice(dir.length + 1) : documentPath;
      return matcher(relative);
    },
  };
}

function resolveRuleSettings(configured: NonNullable<ConfigData['rules']>, catalogue: RuleCatalogue): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const rule of catalogue.rules) {
    const entry = configured[rule.id];
    const options = { ...rule.options };
    let severity = rule.defaultSeverity;
    if (typeof entry === 'string') severity = entry;
    else if (entry && typeof entry === 'object') {
      const { severity: configuredSeverity, ...rest } = entry;
      if (configuredSeverity) severity = configuredSeverity;
      Object.assign(options, rest);
    }
    settings.set(rule.id, { severity, options });
  }
  return settings;
}

interface Parsed {
  data: unknown;
  errors: ConfigError[];
  locate(path: string[], isKey: boolean): { start: number; end: number };
}

function parseYaml(text: string, path: string): Parsed {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // An error found at the very end (an unclosed bracket) belongs to the last line with text.
  const last = Math.max(0, text.trimEnd().length - 1);
  const errors = doc.errors.map((e) => makeError(path, text, Math.min(e.pos[0], last), Math.min(e.pos[1], text.length), `YAML syntax error: ${e.message.split('\n')[0]}`));
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (e) {
      errors.push(makeError(path, text, 0, 0, `The config could not be read: ${(e as Error).message}`));
    }
  }
  return { data, errors, locate: (segments, isKey) => locateYaml(doc, segments, isKey, text.length) };
}

function locateYaml(doc: Document, segments: string[], isKey: boolean, length: number): { start: number; end: number } {
  const keyPath = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (isKey) {
    const parent = keyPath.length > 1 ? doc.getIn(keyPath.slice(0, -1), true) : doc.contents;
    if (isCollection(parent)) {
      const last = keyPath[keyPath.length - 1];
      const pair = (parent.items as { key?: { value?: unknown; range?: [number, number, number] } }[]).find((p) => p.key?.value === last);
      if (pair?.key?.range) return { start: pair.key.range[0], end: pair.key.range[1] };
    }
  }
  for (let n = keyPath.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(keyPath.slice(0, n), true)) as { range?: [number, number, number] } | null;
    if (node?.range) return { start: node.range[0], end: Math.min(node.range[1], length) };
  }
  return { start: 0, end: 0 };
}

function parseJson(text: string, path: string): Parsed {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  const errors = parseErrors.map((e) => makeError(path, text, e.offset, e.offset + e.length, `JSON syntax error: ${printParseErrorCode(e.error)}`));
  let data: unknown;
  if (!errors.length && tree) data = jsonValue(tree);
  return {
    data,
    errors,
    locate(segments, isKey) {
      if (!tree) return { start: 0, end: 0 };
      for (let n = segments.length; n >= 0; n--) {
        const node = findNodeAtLocation(tree, segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
        if (!node) continue;
        const target = isKey && n === segments.length && node.parent?.type === 'property' ? node.parent.children?.[0] ?? node : node;
        return { start: target.offset, end: target.offset + target.length };
      }
      return { start: 0, end: 0 };
    },
  };
}

function jsonValue(node: import('jsonc-parser').Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value, p.children![1] ? jsonValue(p.children![1]) : null]));
    case 'array':
      return (node.children ?? []).map(jsonValue);
    default:
      return node.value;
  }
}

function makeError(file: string, text: string, start: number, end: number, message: string): ConfigError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < start && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, message, start, end: Math.max(start, end), line, column: start - lineStart + 1 };
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'an object (a mapping of names to values)',
  integer: 'a whole number',
  'string,object': 'a severity (error, warning, info, off) or an object of options',
};

function describeSchemaError(error: ErrorObject, segments: string[], extra?: string): string {
  const where = segments.length ? `\`${segments.join('.')}\`` : 'the config';
  if (extra !== undefined) {
    const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
    const hint = didYouMean(extra, known, '`');
    if (segments.length === 1 && segments[0] === 'rules') return `Unknown rule \`${extra}\`: it is ignored.${hint || ' Run `inspection-reports rules` to list the rules.'}`;
    const option = segments.length === 2 && segments[0] === 'rules' ? ` \`${segments[1]}\` takes ${known.map((k) => `\`${k}\``).join(', ')}.` : '';
    return `Unknown setting \`${[...segments, extra].join('.')}\`: it is ignored.${hint || option}`;
  }
  if (error.keyword === 'enum') {
    // `warn` is an accepted spelling of `warning`, not one to advertise.
    const allowed = (error.params.allowedValues as unknown[]).map(String).filter((v) => v !== 'warn');
    const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed, '`') : '';
    return `${where} must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}; the default is used.${hint}`;
  }
  if (error.keyword === 'type') return `${where} must be ${TYPE_NAMES[String(error.params.type)] ?? `a ${error.params.type}`}; the default is used.`;
  return `${where} ${error.message ?? 'is not valid'}; the default is used.`;
}

/** Removes an invalid value so that defaults apply: the rule's whole entry, or the top-level setting. */
function dropInvalid(data: Record<string, unknown>, segments: string[], extra?: string): void {
  const depth = segments[0] === 'rules' ? 2 : 1;
  const path = extra !== undefined ? [...segments, extra] : segments;
  const target = path.slice(0, Math.max(1, Math.min(depth, path.length)));
  let parent: Record<string, unknown> | undefined = data;
  for (const key of target.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
  if (parent && typeof parent === 'object') delete parent[target[target.length - 1]];
}

/** Deepest bracket nesting, outside quoted strings, and where it was first exceeded. */
function nestingDepth(text: string): { max: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
    } else if (c === 34) quote = c;
    else if (c === 91 || c === 123) {
      if (++depth > max) {
        max = depth;
        if (depth === MAX_NESTING + 1) at = i;
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return { max, at };
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Errors as they stand in the file, top to bottom (a stable sort keeps one place's errors in order). */
function inLineOrder(errors: ConfigError[]): ConfigError[] {
  return errors.sort((a, b) => a.start - b.start);
}

/**
 * `warn` is accepted as `warning`, as ESLint writes it: as a rule's severity or its `severity`
 * option. (The schema lists it too, so editors that validate the file accept it.)
 */
function acceptWarn(data: Record<string, unknown>): void {
  const rules = data.rules;
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return;
  for (const [id, entry] of Object.entries(rules as Record<string, unknown>)) {
    if (entry === 'warn') (rules as Record<string, unknown>)[id] = 'warning';
    else if (entry && typeof entry === 'object' && (entry as { severity?: unknown }).severity === 'warn') (entry as { severity: string }).severity = 'warning';
  }
}

function dedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.start}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
