// The reviewer CLI: the same engine as the editor, with text, JSON and SARIF output.
//   inspection-reports check [paths...] [--format text|json|sarif] [--max-warnings N] [--config FILE] [--fix]
//   inspection-reports rules | templates | --help | --version
// Exit codes: 0 clean; 1 error findings (or more warnings than --max-warnings); 2 usage or config errors.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { lint } from './engine/lint';
import { rules } from './engine/rules/index';
import { builtinTemplates } from './engine/templates/builtin';
import { parseConfig, findConfigFile, defaultConfig, type ResolvedConfig } from './engine/config';
import { collectFiles, readDocument, writeAtomically } from './cli/files';
import { formatText, formatJson, formatSarif, type FileReport } from './cli/format';
import { applyEdits } from './engine/edits';
import { safeEdits } from './features/codeActions';
import { readFileSync } from 'node:fs';

const VERSION = '0.1.0';
const USAGE = `Usage: inspection-reports check [paths...] [options]
       inspection-reports rules | templates

Checks Markdown drafts of inspection reports: required sections, acronyms, evidence.
Paths may be files, directories (searched for *.md) or globs; the default is ".".

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --max-warnings <n>          exit 1 when there are more than n warnings
  -c, --config <file>             use this config file instead of searching for one
      --fix                       apply safe fixes to the files, atomically
  -q, --quiet                     report errors only
  -h, --help                      show this help
  -v, --version                   show the version
Exit codes: 0 clean, 1 findings at error severity (or too many warnings), 2 usage or config errors.`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return print(USAGE, 0);
  if (values.version) return print(VERSION, 0);
  const [command = 'check', ...paths] = positionals;
  if (command === 'rules') return print(rules.map((r) => `${r.id.padEnd(32)} ${r.defaultSeverity.padEnd(8)} ${r.description}`).join('\n'), 0);
  if (command === 'templates') return print(builtinTemplates.map((t) => `${t.id.padEnd(32)} ${t.title}`).join('\n'), 0);
  if (command !== 'check') return usageError(`Unknown command "${command}".`);
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) return usageError(`Unknown format "${format}": use text, json or sarif.`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) return usageError('--max-warnings takes a whole number, 0 or more.');
  return check(paths.length ? paths : ['.'], { format, maxWarnings, configPath: values.config, fix: values.fix ?? false, quiet: values.quiet ?? false });
}

interface CheckOptions {
  format: string;
  maxWarnings?: number;
  configPath?: string;
  fix: boolean;
  quiet: boolean;
}

function check(paths: string[], options: CheckOptions): number {
  const { files, problems } = collectFiles(paths);
  let usageProblem = problems.length > 0;
  for (const problem of problems) process.stderr.write(`inspection-reports: ${problem}\n`);
  const configs = new ConfigLookup(options.configPath);
  if (configs.fixed?.errors.length) usageProblem = true;
  const reports: FileReport[] = [];
  for (const file of files) {
    const document = readDocument(file);
    if ('skipped' in document) {
      process.stderr.write(`inspection-reports: ${file}: ${document.skipped}\n`);
      continue;
    }
    const config = configs.for(resolve(file));
    let text = document.text;
    let outcome = lint({ text, path: resolve(file), config, assumeReport: true });
    let fixed = 0;
    if (options.fix) {
      const edits = safeEdits(outcome.findings);
      if (edits.length) {
        const written = writeAtomically(file, document.raw, applyEdits(text, edits));
        if (written === true) {
          fixed = edits.length;
          text = applyEdits(text, edits);
          outcome = lint({ text, path: resolve(file), config, assumeReport: true });
        } else process.stderr.write(`inspection-reports: ${file}: not fixed: ${written}\n`);
      }
    }
    const findings = options.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings;
    reports.push({ filePath: file, text, lines: outcome.model.lines, findings, suppressed: outcome.suppressed, fixed });
  }
  for (const error of configs.errors()) {
    process.stderr.write(`${error.file}:${error.line}:${error.column}: config error: ${error.message}\n`);
    usageProblem = true;
  }
  const output = options.format === 'json' ? formatJson(reports) : options.format === 'sarif' ? formatSarif(reports, rules, VERSION) : formatText(reports);
  process.stdout.write(output);
  if (usageProblem) return 2;
  const errors = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  return errors > 0 || (options.maxWarnings !== undefined && warnings > options.maxWarnings) ? 1 : 0;
}

/** Finds each file's config once per folder, or uses the one given with --config. */
class ConfigLookup {
  readonly fixed?: ResolvedConfig;
  private byDir = new Map<string, ResolvedConfig>();
  private byPath = new Map<string, ResolvedConfig>();

  constructor(path?: string) {
    if (path) {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        text = '';
        process.stderr.write(`inspection-reports: cannot read config ${path}: ${(error as Error).message}\n`);
        this.fixed = { ...defaultConfig(), errors: [{ file: path, message: 'cannot be read', start: 0, end: 0, line: 1, column: 1 }] };
        return;
      }
      this.fixed = parseConfig(text, resolve(path));
    }
  }

  for(file: string): ResolvedConfig {
    if (this.fixed) return this.fixed;
    const dir = file.slice(0, file.lastIndexOf('/')) || '/';
    let config = this.byDir.get(dir);
    if (!config) {
      const found = findConfigFile(dir, { readFile: tryRead });
      config = found ? this.byPath.get(found.path) ?? parseConfig(found.text, found.path) : defaultConfig();
      if (found) this.byPath.set(found.path, config);
      this.byDir.set(dir, config);
    }
    return config;
  }

  errors() {
    const all = this.fixed ? [this.fixed] : [...this.byPath.values()];
    return all.flatMap((c) => c.errors);
  }
}

function tryRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

function usageError(message: string): number {
  process.stderr.write(`inspection-reports: ${message}\nRun "inspection-reports --help" for usage.\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
