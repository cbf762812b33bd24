// Multi-file reports in the CLI: which of the files to check belong to a report named by a
// manifest (`*.report.yaml` beside them), and checking such a report as one, with each finding
// printed under the file it belongs to.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { lintReportSet, type Chapter } from '../engine/reportset';
import { MANIFEST_PATTERN, parseManifest } from '../engine/manifest';
import { fixPasses } from '../engine/lint';
import { LineMap } from '../engine/lines';
import { readDocument, writeFix } from './files';
import { locate, type CheckOptions, type ConfigLookup, type FileResult } from './check-file';

/** A manifest larger than this is no list of files. */
const MAX_MANIFEST_BYTES = 64 * 1024;

export interface ReportSet {
  manifest: string;
  /** Absolute paths of the chapters, in order. */
  files: string[];
}

export interface Grouping {
  /** Files checked on their own, as given. */
  singles: string[];
  sets: ReportSet[];
  /** Problems with manifests: `path:line:col: message`. */
  problems: string[];
}

/**
 * Splits the files to check into one-file reports and multi-file reports. A file belongs to a
 * multi-file report when a manifest in its folder lists it; a manifest given on the command line
 * is checked whole. Each report is checked once, however many of its files were named.
 */
export function groupReports(files: readonly string[], manifests: readonly string[]): Grouping {
  const problems: string[] = [];
  const byFolder = new Map<string, ReportSet[]>();
  const setsInFolder = (folder: string): ReportSet[] => {
    let sets = byFolder.get(folder);
    if (sets) return sets;
    sets = [];
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((n) => MANIFEST_PATTERN.test(n)).sort();
    } catch {
      // An unreadable folder has no manifests we can use; its files are checked alone.
    }
    for (const name of names) {
      const set = readManifest(join(folder, name), problems);
      if (set) sets.push(set);
    }
    byFolder.set(folder, sets);
    return sets;
  };
  const chosen = new Map<string, ReportSet>();
  for (const m of manifests) {
    const full = resolve(m);
    const set = setsInFolder(dirname(full)).find((s) => s.manifest === full) ?? readManifest(full, problems);
    if (set) chosen.set(set.manifest, set);
  }
  const singles: string[] = [];
  for (const file of files) {
    const full = resolve(file);
    const set = setsInFolder(dirname(full)).find((s) => s.files.includes(full));
    if (set) chosen.set(set.manifest, set);
    else singles.push(file);
  }
  return { singles, sets: [...chosen.values()], problems };
}

function readManifest(path: string, problems: string[]): ReportSet | undefined {
  let text: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return void problems.push(`${path}: a report manifest must be a regular file`);
    if (stat.size > MAX_MANIFEST_BYTES) return void problems.push(`${path}: larger than ${MAX_MANIFEST_BYTES / 1024} KB, not read as a report manifest`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return void problems.push(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const manifest = parseManifest(text);
  for (const p of manifest.problems) problems.push(`${path}:${p.line}:${p.column}: ${p.message}`);
  if (!manifest.files.length) return undefined;
  const folder = dirname(path);
  return { manifest: path, files: manifest.files.map((f) => join(folder, f)) };
}

/** Checks a multi-file report as one; a result per chapter, in the manifest's order. */
export function checkReportSet(set: ReportSet, options: CheckOptions, configs: ConfigLookup, host: { readFile(path: string): string | undefined }): FileResult[] {
  const name = (file: string) => relative(process.cwd(), file) || file;
  const chapters: (Chapter & { identity: Extract<ReturnType<typeof readDocument>, { text: string }>['identity'] })[] = [];
  const unread: FileResult[] = [];
  for (const file of set.files) {
    const document = readDocument(file);
    if ('skipped' in document) unread.push({ filePath: name(file), findings: [], suppressed: [], fixed: 0, skipped: `${document.skipped} (a file of ${name(set.manifest)})` });
    else chapters.push({ path: file, text: document.text, identity: document.identity });
  }
  if (!chapters.length) return unread;
  const request = { path: chapters[0].path, config: configs.for(chapters[0].path), assumeReport: true, host };
  let result = lintReportSet(chapters, request);
  const fixed = new Map<string, number>();
  const fixErrors = new Map<string, string>();
  let fixStopped: string | undefined;
  if (options.fix) {
    // Safe fixes, file by file, until none is left, with fixAll's guard against passes that undo each other.
    const passes = fixPasses(
      chapters.map((c) => c.text),
      result,
      (r) => r.chapters.map((c) => c.findings),
      (texts) => lintReportSet(chapters.map((c, i) => ({ path: c.path, text: texts[i] })), request),
    );
    result = passes.outcome;
    const texts = passes.texts;
    passes.fixed.forEach((n, i) => n && fixed.set(chapters[i].path, n));
    if (passes.stopped) fixStopped = passes.stopped;
    for (const [i, c] of chapters.entries()) {
      if (texts[i] === c.text) continue;
      const written = writeFix(c.path, c.identity, texts[i]);
      if (written !== true) {
        fixErrors.set(c.path, written);
        fixed.delete(c.path);
      }
    }
  }
  const texts = result.chapters.map((_, i) => result.joined.text.slice(result.joined.parts[i].start, result.joined.parts[i].end));
  const results = result.chapters.map((c, i): FileResult => {
    // The chapter as checked (front matter blanked after the first: same lines, same offsets).
    const lines = new LineMap(texts[i]);
    const findings = options.quiet ? c.findings.filter((f) => f.severity === 'error') : c.findings;
    return {
      filePath: name(c.path),
      findings: findings.map((f) => locate(lines, f)),
      suppressed: c.suppressed.map((f) => ({ ...locate(lines, f), reason: f.reason ?? null })),
      fixed: fixed.get(c.path) ?? 0,
      fixError: fixErrors.get(c.path),
      // Fixing stops for the whole report: said once, on its first file.
      fixStopped: i === 0 ? fixStopped : undefined,
    };
  });
  return [...unread, ...results];
}
