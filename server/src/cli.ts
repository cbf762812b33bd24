// The reviewer CLI: the same engine as the editor, with text, JSON and SARIF output.
//   inspection-reports check [paths...] [--format text|json|sarif] [--max-warnings N] [--config FILE] [--fix] [--shard K/N]
//   inspection-reports rules | templates [id] | --help | --version
// Exit codes: 0 clean; 1 error findings (or more warnings than --max-warnings); 2 usage or config
// errors; 141 when the reader closes the output early (`| head`).
// Bundled as dist/cli-main.js, which dist/cli.js (cli/launch.ts) loads; worker threads load
// dist/cli.js too and call runWorker (cli/pool.ts).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { rules } from './engine/rules/index';
import { collectFiles, readDocument, totalBytes } from './cli/files';
import { lint } from './engine/lint';
import { acronymTable } from './features/acronyms';
import { textWriter, jsonWriter, sarifWriter, notReportsNote } from './cli/format';
import { checkFile, ConfigLookup, type CheckOptions, type FileResult } from './cli/check-file';
import { checkInThreads } from './cli/pool';
import { groupReports, checkReportSet } from './cli/report-sets';
import { MANIFEST_PATTERN } from './engine/manifest';
import { listTemplates, describeTemplate } from './cli/templates';
import { parseShard, inShard, type Shard } from './cli/shard';
import { didYouMean } from './engine/suggest';

export { runWorker } from './cli/pool';

const VERSION = '0.1.0';
const USAGE_LINES = `Usage: inspection-reports check [paths...] [options]
       inspection-reports acronyms <file> [--format text|json]
       inspection-reports rules | templates [id]`;
const USAGE = `${USAGE_LINES}

Checks Markdown drafts of inspection reports: required sections, acronyms, evidence.
Paths may be files, directories (searched for *.md) or globs; the default is ".".
A file is a report, and is checked, when its front matter names a template (template: id) or
a "reports" glob in the config matches it; other files are skipped and counted, as in the editor.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --max-warnings <n>          exit 1 when there are more than n warnings
  -c, --config <file>             use this config file instead of searching for one
      --fix                       apply safe fixes to the files, atomically
  -t, --template <id>             check every file as a report of this template, even one whose
                                  front matter names none or another
  -j, --jobs <n>                  threads checking files (default: one per two cores when there are many files)
      --shard <k>/<n>             check only the k-th of n shares of the files (split by path, for CI matrix jobs)
  -q, --quiet                     report errors only (the summary counts what it hid)
  -h, --help                      show this help
  -v, --version                   show the version
Exit codes: 0 clean, 1 findings at error severity (or too many warnings), 2 usage or config errors.`;

/** Below this many files, starting a worker thread costs more than it saves. */
const FILES_PER_EXTRA_WORKER = 8;
/**
 * Each thread checking files keeps about one more core busy: V8 compiles the hot code of every
 * thread anew, and collects its garbage, on background threads. So by default a thread is
 * started per two cores, and a thread per core only for a large input, which repays a new
 * thread's warm-up (~0.6 s of CPU, about what checking 4–5 MB costs once warm). On two cores:
 * 200 files × 5k words (6.8 MB) 1.58 -> 1.51 s with the second thread; 50 × 10k (3.4 MB)
 * 0.93 -> 0.95 s.
 */
const CORES_PER_THREAD = 2;
const LARGE_INPUT_BYTES = 5 * 1024 * 1024;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  'max-warnings': { type: 'string' },
  config: { type: 'string', short: 'c' },
  fix: { type: 'boolean', default: false },
  template: { type: 'string', short: 't' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

async function main(argv: string[], entry: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(optionError(error as Error & { code?: string }), true);
  }
  const { values, positionals } = parsed;
  if (values.help) return print(USAGE, 0);
  if (values.version) return print(VERSION, 0);
  const [command = 'check', ...paths] = positionals;
  if (command === 'rules') return print(rules.map((r) => `${r.id.padEnd(32)} ${r.defaultSeverity.padEnd(8)} ${r.description}`).join('\n'), 0);
  if (command === 'templates') return templates(paths, values.config);
  if (command === 'acronyms') return acronyms(paths, values.format ?? 'text', values.config);
  if (command !== 'check') return usageError(`Unknown command "${command}".`);
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) return usageError(`Unknown format "${format}": use text, json or sarif.`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) return usageError('--max-warnings takes a whole number, 0 or more.');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return usageError('--jobs takes a whole number, 1 or more.');
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const read = parseShard(values.shard);
    if (typeof read === 'string') return usageError(read);
    shard = read;
  }
  const options: CheckOptions = { configPath: values.config, fix: values.fix ?? false, quiet: values.quiet ?? false, template: values.template };
  return check(paths.length ? paths : ['.'], { format, maxWarnings, jobs, options, entry, shard });
}

interface Run {
  /** The script worker threads start from. */
  entry: string;
  format: string;
  maxWarnings?: number;
  jobs?: number;
  options: CheckOptions;
  shard?: Shard;
}

async function check(paths: string[], run: Run): Promise<number> {
  const manifests = paths.filter((p) => MANIFEST_PATTERN.test(p));
  const collected = collectFiles(paths.filter((p) => !MANIFEST_PATTERN.test(p)));
  // Files that a manifest beside them lists are checked with the rest of their report; a
  // shard takes whole reports (by manifest path) as it takes files.
  const grouped = groupReports(collected.files, manifests);
  const problems = [...collected.problems, ...grouped.problems];
  const files = run.shard ? inShard(grouped.singles, run.shard) : grouped.singles;
  const shardManifests = run.shard ? new Set(inShard(grouped.sets.map((s) => s.manifest), run.shard)) : undefined;
  const sets = shardManifests ? grouped.sets.filter((s) => shardManifests.has(s.manifest)) : grouped.sets;
  for (const problem of problems) process.stderr.write(`inspection-reports: ${problem}\n`);
  const configs = new ConfigLookup(run.options.configPath);
  const writer = run.format === 'text' ? textWriter() : run.format === 'json' ? jsonWriter() : sarifWriter(rules, VERSION);
  const count = { error: 0, warning: 0, hiddenWarnings: 0 };
  let notReports = 0;
  const templateErrors = new Set<string>();
  // Results are printed in input order as soon as they and all before them are done.
  const waiting = new Map<number, FileResult>();
  let printed = 0;
  const print = (done: FileResult) => {
    if (done.skipped) return void process.stderr.write(`inspection-reports: ${done.filePath}: ${done.skipped}\n`);
    if (done.templateError) return void templateErrors.add(done.templateError);
    if (done.notReport) return void notReports++;
    if (done.fixError) process.stderr.write(`inspection-reports: ${done.filePath}: not fixed: ${done.fixError}\n`);
    for (const finding of done.findings) if (finding.severity === 'error' || finding.severity === 'warning') count[finding.severity]++;
    count.hiddenWarnings += done.hidden?.warning ?? 0;
    process.stdout.write(writer.file(done));
  };
  const onResult = (index: number, result: FileResult) => {
    checkedFiles++;
    waiting.set(index, result);
    while (waiting.has(printed)) {
      print(waiting.get(printed)!);
      waiting.delete(printed++);
    }
  };
  const threads = run.jobs ?? defaultThreads(files);
  if (threads > 1 && files.length > 1) await checkInThreads(run.entry, files, run.options, configs, threads, onResult);
  else files.forEach((file, index) => onResult(index, checkFile(file, run.options, configs)));
  for (const set of sets) for (const result of checkReportSet(set, run.options, configs, { readFile: readDocumentText })) onResult(printed, result);
  const configErrors = uniqueConfigErrors(configs, files, run.options);
  for (const error of configErrors) process.stderr.write(`${error.file}:${error.line}:${error.column}: config error: ${error.message}\n`);
  for (const error of templateErrors) process.stderr.write(`inspection-reports: ${error}\n`);
  process.stdout.write(writer.end(notReports));
  // The text summary says it; JSON and SARIF keep stdout to the document.
  if (notReports && run.format !== 'text') process.stderr.write(`inspection-reports: ${notReportsNote(notReports)}\n`);
  if (problems.length || configErrors.length || templateErrors.size) return 2;
  // --quiet hides warnings from the output, not from --max-warnings.
  const warnings = count.warning + count.hiddenWarnings;
  return count.error > 0 || (run.maxWarnings !== undefined && warnings > run.maxWarnings) ? 1 : 0;
}

function defaultThreads(files: string[]): number {
  if (files.length < FILES_PER_EXTRA_WORKER) return 1;
  const cores = availableParallelism();
  const large = totalBytes(files) > LARGE_INPUT_BYTES;
  return Math.min(large ? cores : Math.ceil(cores / CORES_PER_THREAD), 1 + Math.floor(files.length / FILES_PER_EXTRA_WORKER));
}

/** Config errors of every config the files use (workers found them too, but report nothing). */
function uniqueConfigErrors(configs: ConfigLookup, files: string[], options: CheckOptions) {
  if (!options.configPath) for (const file of files) configs.for(resolve(file));
  return configs.errors();
}

/** The report's acronym table: acronym, expansion, where defined, uses, state. */
function acronyms(paths: string[], format: string, configPath?: string): number {
  if (paths.length !== 1) return usageError('acronyms takes one file.');
  if (!['text', 'json'].includes(format)) return usageError(`Unknown format "${format}" for acronyms: use text or json.`);
  const document = readDocument(paths[0]);
  if ('skipped' in document) return usageError(`${paths[0]}: ${document.skipped}`);
  const path = resolve(paths[0]);
  const configs = new ConfigLookup(configPath);
  const outcome = lint({ text: document.text, path, config: configs.for(path), assumeReport: true, host: { readFile: (p) => readDocumentText(p) } });
  const lines = outcome.model.lines;
  const rows = acronymTable(outcome).map((r) => ({
    acronym: r.entry.key,
    expansion: r.expansion ?? null,
    source: r.source,
    definedAt: r.definedAt ? lines.lineAt(r.definedAt.start) + 1 : null,
    uses: r.entry.uses.length,
    firstUse: r.entry.uses.length ? lines.lineAt(r.entry.uses[0].start) + 1 : null,
    state: r.state,
  }));
  if (format === 'json') return print(JSON.stringify(rows, null, 2), 0);
  const table = [['Acronym', 'Expansion', 'Defined', 'Uses', 'First use', 'State'], ...rows.map((r) => [r.acronym, r.expansion ?? '—', r.definedAt ? `line ${r.definedAt}` : r.source === 'glossary' ? 'glossary only' : 'no', String(r.uses), r.firstUse ? `line ${r.firstUse}` : '—', r.state])];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return print(table.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n'), 0);
}

function readDocumentText(path: string): string | undefined {
  const document = readDocument(path);
  return 'text' in document ? document.text : undefined;
}

/** `templates`: the list, or with an id that template's sections (workspace templates included). */
function templates(ids: string[], configPath?: string): number {
  if (ids.length > 1) return usageError('templates takes at most one template id.');
  const workspace = new ConfigLookup(configPath).for(resolve('.inspection-reports-cwd')).data.templates ?? [];
  if (!ids.length) return print(listTemplates(workspace), 0);
  const described = describeTemplate(ids[0], workspace);
  return 'error' in described ? usageError(described.error) : print(described.text, 0);
}

/** Options are short words: a suggestion one edit per three letters away at most, none for one letter. */
function optionEdits(name: string): number {
  const letters = name.replace(/^-+/, '').length;
  return letters < 2 ? 0 : Math.max(1, Math.floor(letters / 3));
}

/** node:util's parseArgs messages, said plainly (its own quote a suggestion unbalanced). */
function optionError(error: Error & { code?: string }): string {
  const name = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const known = Object.entries(OPTIONS).flatMap(([long, o]) => [`--${long}`, ...('short' in o ? [`-${o.short}`] : [])]);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option "${name}".${didYouMean(name, known, '"', optionEdits(name))}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[\w-]+/.exec(error.message)?.[0];
    if (option && /argument missing/.test(error.message)) return `Option ${option} needs a value.`;
    if (option) return `Option ${option} takes no value.`;
  }
  return error.message;
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

function usageError(message: string, withUsage = false): number {
  process.stderr.write(`inspection-reports: ${message}\n${withUsage ? `${USAGE_LINES}\n` : ''}Run "inspection-reports --help" for usage.\n`);
  return 2;
}

/** 128 + SIGPIPE. */
const EXIT_BROKEN_PIPE = 141;

let checkedFiles = 0;

/** Files checked so far by this process's `check` commands (in any thread). */
export function checkedFileCount(): number {
  return checkedFiles;
}

/** Runs the command line; `entry` is the script node was started with (dist/cli.js). */
export function run(argv: string[], entry: string): void {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, with the status of a
  // Unix tool that SIGPIPE ended (Node ignores the signal, so the write fails with EPIPE instead).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT_BROKEN_PIPE);
  });
  main(argv, entry).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`inspection-reports: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
