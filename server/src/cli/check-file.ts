// Checks one file for the CLI, in the main thread or a worker: read, lint, optionally fix,
// and return plain data (positions already 1-based) that crosses a thread boundary cheaply.
import { resolve } from 'node:path';
import { lint, fixAll, BlockCache, STRUCTURE_ONLY_CHARS } from '../engine/lint';
import { findConfigFile, MAX_CONFIG_BYTES, type ResolvedConfig, type ConfigError } from '../engine/config';
import { parseConfig, parseFoundConfig, defaultConfig } from '../engine/configure';
import { BoundedFileHost } from '../fs/bounded-read';
import { knowledgeFor } from '../engine/knowledge';
import type { LineMap } from '../engine/lines';
import type { Finding } from '../engine/types';
import { readDocument, writeFix } from './files';

export interface CheckOptions {
  configPath?: string;
  /** `--template ID`: check every file as a report of this template. */
  template?: string;
  fix: boolean;
  quiet: boolean;
}

export interface LocatedFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileResult {
  filePath: string;
  findings: LocatedFinding[];
  suppressed: (LocatedFinding & { reason: string | null })[];
  fixed: number;
  /** Findings past MAX_FINDINGS_PER_FILE, counted (by severity) but not listed. */
  omitted?: { count: number; error: number; warning: number; info: number };
  /** True when the file is so large that only its structure was checked (STRUCTURE_ONLY_CHARS). */
  structureOnly?: boolean;
  /** Findings that --quiet left out, by severity. */
  hidden?: { warning: number; info: number };
  /** Why the file was not checked (binary, unreadable, not UTF-8). */
  skipped?: string;
  /** Not a report: no template in its front matter and no `reports` glob matching it (not checked). */
  notReport?: boolean;
  /** The template it was checked against, and whether it came from the config's default (no `template:`). */
  template?: string;
  defaultTemplate?: boolean;
  /** `--template` names no template this file's config knows. */
  templateError?: string;
  fixError?: string;
  /** Why fixing stopped before every safe fix was applied (a pass that did not reduce the findings). */
  fixStopped?: string;
}

/**
 * A file with more findings than this is not one to read finding by finding: the first ones are
 * listed, the rest counted (and still decide the exit code). Keeps the output of a huge or
 * broken file bounded (a 1,000,000-line file had 416,000 findings: 252 MB of JSON).
 */
export const MAX_FINDINGS_PER_FILE = 1000;

export function locate(lines: LineMap, f: Finding): LocatedFinding {
  const start = lines.position(f.start);
  const end = lines.position(f.end);
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** Finds each file's config once per folder, or uses the one given with --config. */
export class ConfigLookup {
  private fixed?: ResolvedConfig;
  private byDir = new Map<string, ResolvedConfig>();
  private byPath = new Map<string, ResolvedConfig>();

  constructor(path?: string) {
    if (!path) return;
    const full = resolve(path);
    const text = host.readFile(full, { maxBytes: MAX_CONFIG_BYTES });
    const why = host.unreadable(full) ?? 'does not exist';
    this.fixed = text === undefined
      ? { ...defaultConfig(), path: full, errors: [{ file: path, message: `the config file cannot be read: it ${why}`, start: 0, end: 0, line: 1, column: 1 }] }
      : parseConfig(text, full);
  }

  for(file: string): ResolvedConfig {
    if (this.fixed) return this.fixed;
    const dir = file.slice(0, file.lastIndexOf('/')) || '/';
    let config = this.byDir.get(dir);
    if (!config) {
      const found = findConfigFile(dir, host);
      config = found ? (this.byPath.get(found.path) ?? parseFoundConfig(found)) : defaultConfig();
      if (found) this.byPath.set(found.path, config);
      this.byDir.set(dir, config);
    }
    return config;
  }

  /** Errors in the configs used, and in the glossary files they name. */
  errors(): ConfigError[] {
    return (this.fixed ? [this.fixed] : [...this.byPath.values()]).flatMap((c) => [...c.errors, ...knowledgeFor(c, host).errors]);
  }
}

export function checkFile(file: string, options: CheckOptions, configs: ConfigLookup): FileResult {
  const document = readDocument(file);
  if ('skipped' in document) return { filePath: file, findings: [], suppressed: [], fixed: 0, skipped: document.skipped };
  const path = resolve(file);
  const config = configs.for(path);
  const knowledge = knowledgeFor(config, host);
  if (options.template !== undefined && !knowledge.template(options.template)) {
    const known = knowledge.templateIds.join(', ');
    return { filePath: file, findings: [], suppressed: [], fixed: 0, templateError: `--template ${options.template}: no such template (known: ${known})` };
  }
  const structureOnly = document.text.length > STRUCTURE_ONLY_CHARS;
  // A cache of the file's own blocks: a paragraph repeated in the file is parsed once, and --fix re-lints only what its edits change
  // (checked once, without --fix, no record of the parse is kept for an edit).
  const request = { text: document.text, path, config, template: options.template, host, structureOnly, cache: new BlockCache(options.fix), reportsOnly: true };
  let outcome = lint(request);
  if (!outcome.isReport) return { filePath: file, findings: [], suppressed: [], fixed: 0, notReport: true };
  let fixed = 0;
  let fixError: string | undefined;
  let fixStopped: string | undefined;
  if (options.fix) {
    const result = fixAll(request);
    fixStopped = result.stopped;
    if (result.fixed) {
      const written = writeFix(file, document.identity, result.text);
      if (written === true) {
        fixed = result.fixed;
        outcome = result.outcome;
      } else fixError = written;
    }
  }
  const lines = outcome.model.lines;
  const all = options.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings;
  let hidden: FileResult['hidden'];
  if (options.quiet) {
    hidden = { warning: 0, info: 0 };
    for (const f of outcome.findings) if (f.severity !== 'error') hidden[f.severity === 'warning' ? 'warning' : 'info']++;
  }
  const findings = all.length > MAX_FINDINGS_PER_FILE ? all.slice(0, MAX_FINDINGS_PER_FILE) : all;
  let omitted: FileResult['omitted'];
  if (findings !== all) {
    omitted = { count: all.length - findings.length, error: 0, warning: 0, info: 0 };
    for (let i = findings.length; i < all.length; i++) {
      const severity = all[i].severity;
      omitted[severity === 'error' || severity === 'warning' ? severity : 'info']++;
    }
  }
  return {
    filePath: file,
    hidden,
    omitted,
    structureOnly: structureOnly || undefined,
    findings: findings.map((f) => locate(lines, f)),
    suppressed: outcome.suppressed.map((f) => ({ ...locate(lines, f), reason: f.reason ?? null })),
    fixed,
    fixError,
    template: outcome.template?.template.id,
    defaultTemplate: options.template === undefined && outcome.model.frontMatter?.data.template === undefined,
    fixStopped,
  };
}

/** Config and glossaries: regular files only, each under its size cap (fs/bounded-read.ts). */
export const host = new BoundedFileHost();
