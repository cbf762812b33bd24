// Checks one file for the CLI, in the main thread or a worker: read, lint, optionally fix,
// and return plain data (positions already 1-based) that crosses a thread boundary cheaply.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint, fixAll } from '../engine/lint';
import { parseConfig, findConfigFile, defaultConfig, type ResolvedConfig, type ConfigError } from '../engine/config';
import { knowledgeFor } from '../engine/knowledge';
import type { LineMap } from '../engine/lines';
import type { Finding } from '../engine/types';
import { readDocument, writeAtomically } from './files';

export interface CheckOptions {
  configPath?: string;
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
  /** Why the file was not checked (binary, unreadable, not UTF-8). */
  skipped?: string;
  fixError?: string;
  /** Why fixing stopped before every safe fix was applied (a pass that did not reduce the findings). */
  fixStopped?: string;
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
  const request = { text: document.text, path, config, assumeReport: true, host };
  let outcome = lint(request);
  let fixed = 0;
  let fixError: string | undefined;
  let fixStopped: string | undefined;
  if (options.fix) {
    const result = fixAll(request);
    fixStopped = result.stopped;
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
  return {
    filePath: file,
    findings: findings.map((f) => locate(lines, f)),
    suppressed: outcome.suppressed.map((f) => ({ ...locate(lines, f), reason: f.reason ?? null })),
    fixed,
    fixError,
    fixStopped,
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
