// Checks one file for the CLI, in the main thread or a worker: read, lint, optionally fix,
// and return plain data (positions already 1-based) that crosses a thread boundary cheaply.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint, fixAll } from '../engine/lint';
import { findConfigFile, type ResolvedConfig, type ConfigError } from '../engine/config';
import { parseConfig, defaultConfig } from '../engine/configure';
import { knowledgeFor } from '../engine/knowledge';
import type { LineMap } from '../engine/lines';
import type { Finding } from '../engine/types';
import { readDocument, writeAtomically } from './files';

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
}

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
    const text = tryRead(full);
    this.fixed = text === undefined
      ? { ...defaultConfig(), path: full, errors: [{ file: path, message: 'the config file cannot be read', start: 0, end: 0, line: 1, column: 1 }] }
      : parseConfig(text, full);
  }

  for(file: string): ResolvedConfig {
    if (this.fixed) return this.fixed;
    const dir = file.slice(0, file.lastIndexOf('/')) || '/';
    let config = this.byDir.get(dir);
    if (!config) {
      const found = findConfigFile(dir, { readFile: tryRead });
      config = found ? (this.byPath.get(found.path) ?? parseConfig(found.text, found.path)) : defaultConfig();
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
  const request = { text: document.text, path, config, template: options.template, host };
  let outcome = lint(request);
  if (!outcome.isReport) return { filePath: file, findings: [], suppressed: [], fixed: 0, notReport: true };
  let fixed = 0;
  let fixError: string | undefined;
  if (options.fix) {
    const result = fixAll(request);
    if (result.fixed) {
      const written = writeAtomically(file, document.raw, result.text);
      if (written === true) {
        fixed = result.fixed;
        outcome = result.outcome;
      } else fixError = written;
    }
  }
  const lines = outcome.model.lines;
  const findings = options.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings;
  let hidden: FileResult['hidden'];
  if (options.quiet) {
    hidden = { warning: 0, info: 0 };
    for (const f of outcome.findings) if (f.severity !== 'error') hidden[f.severity === 'warning' ? 'warning' : 'info']++;
  }
  return {
    filePath: file,
    hidden,
    findings: findings.map((f) => locate(lines, f)),
    suppressed: outcome.suppressed.map((f) => ({ ...locate(lines, f), reason: f.reason ?? null })),
    fixed,
    fixError,
    template: outcome.template?.template.id,
    defaultTemplate: options.template === undefined && outcome.model.frontMatter?.data.template === undefined,
  };
}

const host = { readFile: tryRead };

function tryRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
