// The files a document is checked with in the editor: the other chapters of a report kept in
// several files (named by a `*.report.yaml` manifest beside them), and the report's other-
// language version. Open documents are read from the editor, others from the disk; an edit in
// one file makes the others stale, and the session re-lints those that are open.
import { lintReportSet, type Chapter, type ChapterResult, type ReportSetOutcome } from '../engine/reportset';
import { MANIFEST_PATTERN, parseManifest } from '../engine/manifest';
import { BlockCache, type LintOutcome, type LintRequest } from '../engine/lint';
import { partnerCandidates, MAX_PARTNER_BYTES } from '../engine/translation/pairing';
import type { ReadRequest } from '../engine/config';

export interface RelatedHost {
  readFile(path: string, request?: ReadRequest): string | undefined;
  /** Names in a folder; without it (the web build) no manifest is found. */
  listDirectory?(path: string): string[] | undefined;
}

interface ReportSetEntry {
  manifest: string;
  files: string[];
}

export class RelatedFiles {
  private folders = new Map<string, ReportSetEntry[]>();
  private caches = new Map<string, BlockCache>();
  /** Each report's latest lint, with the chapter texts it was made from: every open chapter re-uses it. */
  private latest = new Map<string, { texts: string[]; config: unknown; result: ReportSetOutcome }>();
  /** Partner paths read by the latest lint of each document, both ways. */
  private partners = new Map<string, string>();

  constructor(
    private host: RelatedHost,
    private openText: (path: string) => string | undefined,
  ) {}

  /** Reads a file as the engine should see it: the editor's text when it is open. */
  readonly readFile = (path: string, request?: ReadRequest): string | undefined => this.openText(path) ?? this.host.readFile(path, request);

  /** Manifests may have changed (a watched file changed): read them again when next needed. */
  forget(): void {
    this.folders.clear();
    this.latest.clear();
  }

  /** The multi-file report a path belongs to, if a manifest in its folder lists it. */
  setFor(path: string): ReportSetEntry | undefined {
    const folder = path.slice(0, path.lastIndexOf('/')) || '/';
    let sets = this.folders.get(folder);
    if (!sets) {
      sets = [];
      for (const name of (this.host.listDirectory?.(folder) ?? []).filter((n) => MANIFEST_PATTERN.test(n)).sort()) {
        const text = this.host.readFile(`${folder}/${name}`);
        if (text === undefined) continue;
        const manifest = parseManifest(text);
        if (manifest.files.length) sets.push({ manifest: `${folder}/${name}`, files: manifest.files.map((f) => `${folder}/${f}`) });
      }
      this.folders.set(folder, sets);
    }
    return sets.find((s) => s.files.includes(path));
  }

  /**
   * A chapter's outcome as part of its report: its own model (for hovers, symbols and fixes),
   * with the findings the whole report gives it. A document in no multi-file report is returned
   * as it is.
   */
  withReport(path: string, own: LintOutcome, request: Omit<LintRequest, 'text'>): LintOutcome {
    if (own.model.frontMatter?.data && typeof own.model.frontMatter.data === 'object') this.notePartner(path, own.model.frontMatter.data as Record<string, unknown>);
    const chapter = this.chapterOf(path, request);
    if (!chapter) return own;
    return { ...own, isReport: true, template: chapter.template, findings: chapter.findings, suppressed: chapter.suppressed, skipped: chapter.skipped, stopped: chapter.stopped };
  }

  /**
   * A chapter's findings as part of its report, or undefined for a document in no multi-file
   * report. The report is linted once for all its chapters while none of them changes.
   */
  chapterOf(path: string, request: Omit<LintRequest, 'text'>): (ChapterResult & { template: LintOutcome['template']; skipped: string[]; stopped?: string }) | undefined {
    const report = this.reportOf(path, request);
    if (!report) return undefined;
    const { result, index } = report;
    return { ...result.chapters[index], template: result.outcome.template, skipped: result.outcome.skipped, stopped: result.outcome.stopped };
  }

  /**
   * The whole report a chapter belongs to (its lint over the joined text, and where each chapter
   * sits in it), with the chapter's index; undefined for a document in no multi-file report.
   * Go to definition, references and the structure view read it, on request only.
   */
  reportOf(path: string, request: Omit<LintRequest, 'text'>): { result: ReportSetOutcome; index: number } | undefined {
    const set = this.setFor(path);
    if (!set) return undefined;
    const chapters: Chapter[] = [];
    for (const file of set.files) {
      const text = this.readFile(file, { maxBytes: MAX_PARTNER_BYTES });
      if (text !== undefined) chapters.push({ path: file, text });
    }
    const index = chapters.findIndex((c) => c.path === path);
    if (index < 0) return undefined;
    const texts = chapters.map((c) => c.text);
    const last = this.latest.get(set.manifest);
    let result: ReportSetOutcome;
    if (last && last.config === request.config && last.texts.length === texts.length && last.texts.every((t, i) => t === texts[i] && last.result.joined.parts[i].path === chapters[i].path)) result = last.result;
    else {
      let cache = this.caches.get(set.manifest);
      if (!cache) this.caches.set(set.manifest, (cache = new BlockCache()));
      result = lintReportSet(chapters, { ...request, path: chapters[0].path, assumeReport: true, cache });
      this.latest.set(set.manifest, { texts, config: request.config, result });
    }
    return { result, index };
  }

  /** Paths whose findings depend on this one: the other chapters of its report, its other-language version. */
  dependents(path: string): string[] {
    const out = new Set<string>(this.setFor(path)?.files ?? []);
    for (const candidate of partnerCandidates(path, undefined)?.paths ?? []) out.add(candidate);
    for (const [doc, partner] of this.partners) if (partner === path) out.add(doc);
    const partner = this.partners.get(path);
    if (partner) out.add(partner);
    out.delete(path);
    return [...out];
  }

  private notePartner(path: string, front: Record<string, unknown>): void {
    const named = partnerCandidates(path, front);
    if (named?.via === 'front matter') this.partners.set(path, named.paths[0]);
    else this.partners.delete(path);
  }
}
