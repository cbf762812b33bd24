// A report kept in several files (one per chapter) is checked as one document: the chapters are
// joined in order into one text, linted once, and each finding is handed back to the file it
// falls in, at that file's own offsets. Rules that need the whole report (acronyms defined in
// chapter 1 and used in chapter 3, required sections written in another chapter, footnotes
// defined in an evidence file, section order, duplicates) therefore see exactly what they would
// see in one file, and no rule needs to know about chapters.
//
// Offsets map one to one: each chapter's text is copied unchanged into the joined text, except
// that the front matter of every chapter after the first is blanked to spaces (same length, line
// breaks kept), so that it is neither parsed as Markdown nor taken for the report's own. Between
// chapters only the line breaks needed to end the previous chapter's last block are added.
import { lint, type LintRequest, type LintOutcome } from './lint';
import type { Finding, Fix, RelatedLocation, SuppressedFinding, TextEdit } from './types';

export interface Chapter {
  /** Absolute path (or any key the caller uses for the file). */
  path: string;
  text: string;
}

export interface ChapterPart {
  path: string;
  /** Where the chapter's text starts and ends in the joined text. */
  start: number;
  end: number;
}

export interface JoinedReport {
  text: string;
  parts: ChapterPart[];
}

/** Joins chapters into one text; see the module comment for how offsets are kept. */
export function joinChapters(chapters: readonly Chapter[]): JoinedReport {
  let text = '';
  const parts: ChapterPart[] = [];
  for (const [i, chapter] of chapters.entries()) {
    if (i > 0) text += separatorAfter(text);
    const body = i === 0 ? chapter.text : blankFrontMatter(chapter.text);
    parts.push({ path: chapter.path, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, parts };
}

/** The line breaks that end the text so far with a blank line (none when it already does). */
function separatorAfter(text: string): string {
  if (!text.length || /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)$/.test(text)) return '';
  return /(?:\r?\n|\r)$/.test(text) ? '\n' : '\n\n';
}

/** The text with its YAML front matter (if any) turned into spaces, line breaks kept. */
export function blankFrontMatter(text: string): string {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const open = /^---[ \t]*(?:\r?\n|\r)/.exec(text.slice(bom));
  if (!open) return text;
  const close = /(?:^|\r?\n|\r)(?:---|\.\.\.)[ \t]*(?=\r?\n|\r|$)/g;
  close.lastIndex = bom + open[0].length - 1;
  const m = close.exec(text);
  if (!m) return text;
  const end = m.index + m[0].length;
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

export interface ChapterResult {
  path: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export interface ReportSetOutcome {
  joined: JoinedReport;
  outcome: LintOutcome;
  /** One entry per chapter, in order: its findings at its own offsets. */
  chapters: ChapterResult[];
}

/**
 * Lints chapters as one report. `request` is as for lint() (config, host, budget, and a block
 * cache kept for the report, so that an edit in one chapter re-checks only the blocks it changed). A report is a report if its first chapter, or the manifest (through
 * `assumeReport`), says so.
 */
export function lintReportSet(chapters: readonly Chapter[], request: Omit<LintRequest, 'text'>): ReportSetOutcome {
  const joined = joinChapters(chapters);
  // A multi-file report's other-language version is not compared (yet): translation: null.
  const outcome = lint({ ...request, text: joined.text, translation: null, where: (offset, from, model) => describeOffset(joined.parts, model, offset, from) });
  const results: ChapterResult[] = joined.parts.map((p) => ({ path: p.path, findings: [], suppressed: [] }));
  for (const f of outcome.findings) {
    const i = partAt(joined.parts, f.start);
    results[i].findings.push(mapFinding(f, joined.parts, i));
  }
  for (const f of outcome.suppressed) {
    const i = partAt(joined.parts, f.start);
    results[i].suppressed.push(mapFinding(f, joined.parts, i));
  }
  return { joined, outcome, chapters: results };
}

/** "line 12" within the same chapter, "line 12 of 02-findings.md" in another. */
export function describeOffset(parts: readonly ChapterPart[], model: { lines: { lineAt(offset: number): number } }, offset: number, from: number | undefined): string {
  const i = partAt(parts, offset);
  const line = model.lines.lineAt(offset) - model.lines.lineAt(parts[i].start) + 1;
  if (from !== undefined && partAt(parts, from) === i) return `line ${line}`;
  const name = parts[i].path.slice(parts[i].path.lastIndexOf('/') + 1);
  return `line ${line} of ${name}`;
}

/** Index of the chapter an offset of the joined text falls in (a separator belongs to the chapter before it). */
export function partAt(parts: readonly ChapterPart[], offset: number): number {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function mapFinding<F extends Finding>(f: F, parts: readonly ChapterPart[], i: number): F {
  const part = parts[i];
  const local = (offset: number) => Math.max(0, Math.min(offset, part.end) - part.start);
  const related = f.related?.map((r) => mapRelated(r, parts, i));
  const fixes = f.fixes?.map((fix) => mapFix(fix, parts, i)).filter((fix): fix is Fix => fix !== undefined);
  return { ...f, start: local(f.start), end: local(Math.max(f.start, f.end)), related, fixes };
}

/** A span of the joined text in its chapter's own offsets (cut at the chapter's end: a separator belongs to the chapter before it), with the chapter's index. */
export function chapterSpan(parts: readonly ChapterPart[], span: { start: number; end: number }): { index: number; path: string; start: number; end: number } {
  const index = partAt(parts, span.start);
  const part = parts[index];
  const start = Math.min(span.start, part.end);
  return { index, path: part.path, start: start - part.start, end: Math.max(start, Math.min(span.end, part.end)) - part.start };
}

function mapRelated(r: RelatedLocation, parts: readonly ChapterPart[], own: number): RelatedLocation {
  const { index, path, start, end } = chapterSpan(parts, r);
  const mapped: RelatedLocation = { ...r, start, end };
  if (index !== own) mapped.path = path;
  return mapped;
}

/**
 * A fix's edits go to the files they fall in: those in the finding's own chapter stay edits,
 * those in another chapter become file edits of that chapter. An edit that would cross from one
 * chapter into the next cannot be made file by file, so such a fix is dropped.
 */
function mapFix(fix: Fix, parts: readonly ChapterPart[], own: number): Fix | undefined {
  const edits: TextEdit[] = [];
  const elsewhere = new Map<string, TextEdit[]>();
  for (const e of fix.edits) {
    const i = partAt(parts, e.start);
    const part = parts[i];
    if (e.end > part.end) return undefined;
    const local = { start: e.start - part.start, end: e.end - part.start, newText: e.newText };
    if (i === own) edits.push(local);
    else {
      const list = elsewhere.get(part.path) ?? [];
      list.push(local);
      elsewhere.set(part.path, list);
    }
  }
  const fileEdits = [...(fix.fileEdits ?? []), ...[...elsewhere].map(([path, list]) => ({ path, edits: list }))];
  return { ...fix, edits, fileEdits: fileEdits.length ? fileEdits : undefined };
}
