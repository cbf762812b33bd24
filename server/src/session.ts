// The language server's behaviour, independent of transport: document state, configuration,
// scheduling of lints, and the LSP handlers. server.ts (Node) wires it to stdio or IPC.
import {
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { lint, BlockCache, STRUCTURE_ONLY_CHARS } from './engine/lint';
import { rules } from './engine/rules/index';
import { CONFIG_FILE_NAMES, MAX_GLOSSARY_BYTES, findConfigFile, type ConfigHost, type FoundConfig, type ResolvedConfig } from './engine/config';
import { defaultConfig, parseFoundConfig } from './engine/configure';
import { LineMap } from './engine/lines';
import { codeActions, COMMANDS, INSERT_ABBREVIATIONS_KIND, type DocumentLint } from './features/codeActions';
import { documentSymbols, foldingRanges } from './features/symbols';
import { SOURCE, toDiagnostic, toRange } from './features/convert';
import { disableEdit } from './engine/suppress';
import { CounterpartRequest, StructureRequest, InsertSectionsRequest, TemplatesRequest, ReviewSummaryRequest, AcronymsRequest, EvidenceRequest } from './protocol';
import { acronymsResult, acronymHover, acronymDefinition, acronymReferences, acronymCompletions, abbreviationsTableEdit } from './features/acronyms';
import { evidenceView, footnoteHover, footnoteDefinition, footnoteReferences } from './features/evidence';
import { headingCompletions } from './features/views';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { reviewSummary } from './features/review';
import { reportSnippet } from './engine/templates/snippet';
import { knowledgeFor } from './engine/knowledge';
import { reportStructure, insertSectionEdits, missingRequiredIds } from './features/views';
import type { TextEdit } from './engine/types';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { RelatedFiles } from './features/related-files';
import { counterpartSection } from './engine/translation/parity';
import { documentScope, reportScope, type Scope } from './features/report-scope';

/** Reads workspace files (config, glossaries); undefined when one does not exist or is refused. */
export interface ServerHost extends ConfigHost {
  /** Names in a folder (for report manifests); undefined when it cannot be listed. */
  listDirectory?(path: string): string[] | undefined;
}

interface EditorSettings {
  enable: boolean;
}

const DEFAULT_SETTINGS: EditorSettings = { enable: true };
export const APPLY_DISABLE_COMMAND = 'inspection-reports.applyDisable';
/**
 * Keystroke linting stays responsive: a check that takes longer stops the rule running at its
 * next block and skips the rest (engine/cancellation.ts), and publishes what it has with a notice.
 */
const LINT_BUDGET_MS = 1500;
/** A stream of changes that never pauses for a turn of the event loop is still linted this often. */
const MAX_COALESCE_MS = 100;
/**
 * Documents whose analysis (block cache and latest lint, about 2 MB per 10,000 words) is kept:
 * the most recently linted, i.e. edited or asked about. Others keep only their text and are
 * analysed again, from scratch, when they are next edited or asked about.
 */
const HOT_DOCUMENTS = 4;
const INSERT_ABBREVIATIONS_COMMAND = COMMANDS.insertAbbreviations;

/** What is kept of a hot document between versions. */
interface Analysis {
  /** Per-block work, so that the next version is linted incrementally. */
  cache: BlockCache;
  /** The lint of the latest version linted (it may be older than the document). */
  latest?: DocumentLint;
}

export class Session {
  private documents = new TextDocuments(TextDocument);
  /** Hot documents' analyses, least recently used first. */
  private analyses = new Map<string, Analysis>();
  private configs = new Map<string, ResolvedConfig>();
  private configDiagnostics = new Set<string>();
  private settings = new Map<string, Promise<EditorSettings>>();
  private pending = new Set<string>();
  /** Count of changes received, to see whether a turn of the event loop brought any. */
  private changes = 0;
  private flushScheduled = false;
  private canAskSettings = false;
  private canWatchFiles = false;
  private roots: string[] = [];
  /** Set by `shutdown`: every later request is answered with InvalidRequest, as the protocol says. */
  private shutDown = false;
  /** Other chapters of multi-file reports, and other-language versions. */
  private related: RelatedFiles;
  /** The workspace as the engine reads it: open documents first, then the (bounded) host. */
  private relatedHost: ConfigHost;

  constructor(
    private connection: Connection,
    private host: ServerHost,
  ) {
    this.related = new RelatedFiles(host, (path) => this.documents.get(URI.file(path).toString())?.getText());
    this.relatedHost = { readFile: this.related.readFile, unreadable: host.unreadable?.bind(host) };
    connection.onShutdown(() => {
      this.shutDown = true;
    });
    this.registerHandlers(refusingAfterShutdown(connection, () => this.shutDown));
    this.documents.listen(connection);
  }

  private registerHandlers(connection: Connection): void {
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    connection.onDidChangeConfiguration(() => {
      this.settings.clear();
      this.relintAll();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      this.configs.clear();
      this.related.forget();
      for (const change of changes) {
        // A deleted config file takes its errors with it; a changed one is re-read on the next lint.
        if (change.type === FileChangeType.Deleted && this.configDiagnostics.delete(change.uri)) void this.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      }
      this.relintAll();
    });
    connection.onCodeAction((params) => {
      const uri = params.textDocument.uri;
      // The latest lint, even if the document changed since: the request's diagnostics came from it.
      const result = this.analyses.get(uri)?.latest ?? this.freshResult(uri);
      return result ? codeActions(result, params, (p) => this.host.readFile(p, { maxBytes: MAX_GLOSSARY_BYTES })) : [];
    });
    connection.onDocumentSymbol(({ textDocument }) => {
      const result = this.freshResult(textDocument.uri);
      return result ? documentSymbols(result.outcome.model, result.outcome.template) : [];
    });
    connection.onFoldingRanges(({ textDocument }) => {
      const result = this.freshResult(textDocument.uri);
      return result ? foldingRanges(result.outcome.model) : [];
    });
    connection.onRequest(StructureRequest, ({ uri }) => {
      // A chapter shows its whole report's sections, each pointing at the file it is in.
      const scope = this.scopeAt(uri);
      if (!scope) return { isReport: false, nodes: [], missingRequired: 0 };
      return reportStructure(scope.outcome, (start, end) => {
        const { uri: at, range } = scope.location({ start, end });
        return at === uri ? { range } : { range, uri: at };
      });
    });
    connection.onRequest(InsertSectionsRequest, async ({ uri, sectionIds }) => {
      const result = this.freshResult(uri);
      if (!result) return false;
      // In a chapter, "all missing" means missing from the whole report; they go into this chapter.
      const whole = sectionIds ? undefined : this.scopeAt(uri)?.outcome;
      const ids = sectionIds ?? (whole && whole !== result.outcome ? missingRequiredIds(whole) : undefined);
      return this.applyEdits(result, insertSectionEdits(result.outcome, ids), 'Insert missing sections');
    });
    connection.onRequest(TemplatesRequest, (params) => {
      const path = params?.uri ? pathOf(params.uri) : undefined;
      const knowledge = knowledgeFor(path ? this.configFor(path) : defaultConfig());
      return knowledge.templateIds.flatMap((id) => {
        const template = knowledge.template(id)?.template;
        return template ? [{ id, title: template.title, description: template.description, snippet: reportSnippet(template).body.join('\n') }] : [];
      });
    });
    connection.onRequest(ReviewSummaryRequest, ({ uri, format }) => {
      const result = this.freshResult(uri);
      const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      return result ? reviewSummary(result.outcome, name, format) : '';
    });
    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command === APPLY_DISABLE_COMMAND && args) await this.applyDisable(String(args[0]), String(args[1]), Number(args[2]), args[3] ? String(args[3]) : undefined);
      if (command === INSERT_ABBREVIATIONS_COMMAND && args) {
        const result = this.freshResult(String(args[0]));
        const edit = result && abbreviationsTableEdit(result.outcome);
        if (result && edit) await this.applyEdits(result, [edit], 'Insert abbreviations table');
      }
    });
    connection.onRequest(AcronymsRequest, ({ uri }) => {
      const scope = this.scopeAt(uri);
      return scope ? acronymsResult(scope) : { isReport: false, acronyms: [] };
    });
    connection.onRequest(CounterpartRequest, ({ uri, line }) => {
      const outcome = this.freshResult(uri)?.outcome;
      const translation = outcome?.translation;
      if (!outcome || !translation) return null;
      const offset = outcome.model.lines.lineStart(Math.max(0, Math.min(line, outcome.model.lines.lineCount - 1)));
      const target = counterpartSection(outcome.model, translation.model, outcome.template, offset);
      return { uri: URI.file(translation.path).toString(), line: target ? translation.model.lines.lineAt(target.start) : 0 };
    });
    connection.onRequest(EvidenceRequest, ({ uri }) => {
      const scope = this.scopeAt(uri);
      return scope ? evidenceView(scope) : { isReport: false, footnotes: [], unsupported: [] };
    });
    // Hovers, definitions and references read the whole report from a chapter of a multi-file one.
    connection.onHover(({ textDocument, position }) => {
      const scope = this.scopeAt(textDocument.uri, position);
      if (!scope?.outcome.isReport) return null;
      const { outcome, offset, where } = scope;
      const hover = footnoteHover(outcome, offset, where) ?? acronymHover(outcome, offset, where);
      return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: scope.ownRange(hover.span) } : null;
    });
    connection.onDefinition(({ textDocument, position }) => {
      const scope = this.scopeAt(textDocument.uri, position);
      if (!scope?.outcome.isReport) return null;
      const target = footnoteDefinition(scope.outcome, scope.offset) ?? acronymDefinition(scope.outcome, scope.offset);
      return target ? scope.location(target) : null;
    });
    connection.onReferences(({ textDocument, position, context }) => {
      const scope = this.scopeAt(textDocument.uri, position);
      if (!scope?.outcome.isReport) return [];
      const footnotes = footnoteReferences(scope.outcome, scope.offset, context.includeDeclaration);
      const spans = footnotes.length ? footnotes : acronymReferences(scope.outcome, scope.offset, context.includeDeclaration);
      return spans.map((s) => scope.location(s));
    });
    connection.onCompletion(({ textDocument, position }) => {
      const result = this.freshResult(textDocument.uri);
      if (!result?.outcome.isReport) return [];
      return this.completions(result, position);
    });
    this.documents.onDidOpen(({ document }) => this.schedule(document.uri));
    this.documents.onDidChangeContent(({ document }) => {
      this.schedule(document.uri);
      this.scheduleDependents(document.uri);
    });
    this.documents.onDidSave(({ document }) => this.schedule(document.uri));
    this.documents.onDidClose(({ document }) => {
      this.analyses.delete(document.uri);
      this.settings.delete(document.uri);
      this.pending.delete(document.uri);
      void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.canAskSettings = !!params.capabilities.workspace?.configuration;
    this.canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.roots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
    if (!this.roots.length && params.rootUri) {
      const root = pathOf(params.rootUri);
      if (root) this.roots.push(root);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, INSERT_ABBREVIATIONS_KIND], resolveProvider: false },
        documentSymbolProvider: { label: 'Report sections' },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [APPLY_DISABLE_COMMAND, INSERT_ABBREVIATIONS_COMMAND] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: ['#'], resolveProvider: false },
      },
      serverInfo: { name: 'inspection-reports', version: '0.1.0' },
    };
  }

  private initialized(): void {
    if (this.canWatchFiles) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        // Config files, and the YAML or TSV glossaries they may name.
        watchers: [{ globPattern: `**/{${CONFIG_FILE_NAMES.join(',')}}` }, { globPattern: '**/*.{tsv,yaml,yml}' }],
      });
    }
  }

  /**
   * What a request about `uri` (at `position`) reads: the document's own lint, or for a chapter
   * of a multi-file report the whole report's (re-used while no chapter changes).
   */
  private scopeAt(uri: string, position?: Position): Scope | undefined {
    const result = this.freshResult(uri);
    if (!result) return undefined;
    const lines = result.outcome.model.lines;
    const offset = position ? lines.offset(position) : 0;
    const path = pathOf(uri);
    const report = path ? this.related.reportOf(path, this.reportRequest(path)) : undefined;
    if (!report) return documentScope(result.outcome, uri, offset);
    const files = this.otherFiles();
    return reportScope(report.result, report.index, offset, (p) => (p === path ? { uri, lines } : files(p)));
  }

  /** How the multi-file report a path belongs to is linted. */
  private reportRequest(path: string) {
    return { path, config: this.configFor(path), host: this.relatedHost, budgetMs: LINT_BUDGET_MS };
  }

  /** URIs and line maps of other files that related locations point into, each made once per call. */
  private otherFiles(): (path: string) => { uri: string; lines: LineMap } {
    const others = new Map<string, { uri: string; lines: LineMap }>();
    return (path: string) => {
      let found = others.get(path);
      if (!found) others.set(path, (found = { uri: URI.file(path).toString(), lines: new LineMap(this.related.readFile(path) ?? '') }));
      return found;
    };
  }

  /** Open documents checked with this one (other chapters, the other language) are stale: lint them again. */
  private scheduleDependents(uri: string): void {
    const path = pathOf(uri);
    if (!path) return;
    for (const other of this.related.dependents(path)) {
      const otherUri = URI.file(other).toString();
      if (!this.documents.get(otherUri)) continue;
      // Its latest lint no longer holds (a chapter's findings are re-read from its report's lint).
      const analysis = this.analyses.get(otherUri);
      if (analysis) analysis.latest = undefined;
      this.schedule(otherUri);
    }
  }

  /** Lints every open document again, as the configuration changed: no earlier lint holds. */
  private relintAll(): void {
    for (const analysis of this.analyses.values()) analysis.latest = undefined;
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  /**
   * Coalesces bursts of changes: only the latest version of each document is linted. The
   * message library handles one queued message per turn of the event loop, so the lint waits
   * for a turn that brought no change: keystrokes queued during a slow lint are applied first,
   * and a lone keystroke is linted at once.
   */
  private schedule(uri: string): void {
    this.pending.add(uri);
    this.changes++;
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const deadline = performance.now() + MAX_COALESCE_MS;
    // This runs inside a message handler, before the library queues the next message's turn:
    // that turn comes after this callback's, so watching for changes starts there.
    setImmediate(() => this.flushAfterQuietTurn(deadline));
  }

  private flushAfterQuietTurn(deadline: number): void {
    const changesBefore = this.changes;
    setImmediate(() => {
      if (this.changes !== changesBefore && performance.now() < deadline) this.flushAfterQuietTurn(deadline);
      else void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) await this.lintAndPublish(uri);
  }

  private async lintAndPublish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const settings = await this.settingsFor(uri);
    if (!settings.enable) {
      await this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const version = document.version;
    const path = pathOf(uri);
    // A chapter of a multi-file report: its findings come from the report's lint, shared by all
    // its chapters, so a chapter made stale by an edit elsewhere needs no lint of its own here.
    const chapter = path ? this.related.chapterOf(path, this.reportRequest(path)) : undefined;
    if (chapter) {
      const analysis = this.analyses.get(uri);
      if (analysis?.latest && analysis.latest.version === version) analysis.latest = { ...analysis.latest, outcome: { ...analysis.latest.outcome, findings: chapter.findings, suppressed: chapter.suppressed } };
      else if (analysis) analysis.latest = undefined;
      const lines = new LineMap(document.getText());
      const diagnostics = chapter.findings.map((f, i) => toDiagnostic(f, i, lines, uri, version, this.otherFiles()));
      if (chapter.skipped.length) diagnostics.push(budgetNotice(chapter.skipped, chapter.stopped));
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
      return;
    }
    const result = this.freshResult(uri);
    // A newer version arrived while settings were fetched: its own lint will publish.
    if (!result || result.version !== version || this.documents.get(uri)?.version !== version) return;
    const lines = result.outcome.model.lines;
    const diagnostics = result.outcome.findings.map((f, i) => toDiagnostic(f, i, lines, uri, version, this.otherFiles()));
    if (result.request.structureOnly) diagnostics.push(structureOnlyNotice());
    else if (result.outcome.skipped.length) diagnostics.push(budgetNotice(result.outcome.skipped, result.outcome.stopped));
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private lintDocument(document: TextDocument): DocumentLint {
    const uri = document.uri;
    const path = pathOf(uri);
    const config = path ? this.configFor(path) : defaultConfig();
    const analysis = this.hotAnalysis(uri);
    const text = document.getText();
    const request = { text, path, config, host: this.relatedHost, structureOnly: text.length > STRUCTURE_ONLY_CHARS };
    let outcome;
    try {
      // The structure rules are cheap: a structure-only document gets them all, however long its parse took.
      outcome = lint({ ...request, cache: analysis.cache, budgetMs: request.structureOnly ? undefined : LINT_BUDGET_MS });
      if (path) outcome = this.related.withReport(path, outcome, this.reportRequest(path));
    } catch (error) {
      this.connection.console.error(`Linting ${uri} failed: ${(error as Error).stack ?? error}`);
      outcome = lint({ text: '', path, config });
    }
    analysis.latest = { uri, version: document.version, outcome, request };
    return analysis.latest;
  }

  /** The document's analysis, made the most recently used; the least recently used beyond HOT_DOCUMENTS are dropped. */
  private hotAnalysis(uri: string): Analysis {
    const analysis = this.analyses.get(uri) ?? { cache: new BlockCache() };
    this.analyses.delete(uri);
    this.analyses.set(uri, analysis);
    for (const coldest of this.analyses.keys()) {
      if (this.analyses.size <= HOT_DOCUMENTS) break;
      this.analyses.delete(coldest);
    }
    return analysis;
  }

  /** The latest lint of a document, redone if the document changed since (or was not hot). */
  private freshResult(uri: string): DocumentLint | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const latest = this.hotAnalysis(uri).latest;
    return latest?.version === document.version ? latest : this.lintDocument(document);
  }

  private configFor(path: string): ResolvedConfig {
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    let config = this.configs.get(dir);
    if (config) return config;
    const root = this.roots.find((r) => dir === r || dir.startsWith(`${r}/`));
    const found = findConfigFile(dir, this.host, root);
    config = found ? this.cachedConfig(found) : defaultConfig();
    this.configs.set(dir, config);
    return config;
  }

  private cachedConfig(found: FoundConfig): ResolvedConfig {
    const { path, text } = found;
    const key = `file:${path}`;
    const existing = this.configs.get(key);
    if (existing) return existing;
    const config = parseFoundConfig(found);
    this.configs.set(key, config);
    this.publishConfigErrors(path, text, config);
    return config;
  }

  /** Errors of the config and of the glossaries it names, each on its own file. */
  private publishConfigErrors(path: string, text: string, config: ResolvedConfig): void {
    const byFile = new Map<string, Diagnostic[]>([[path, []]]);
    for (const e of [...config.errors, ...knowledgeFor(config, this.host).errors]) {
      const fileText = e.file === path ? text : (this.host.readFile(e.file, { maxBytes: MAX_GLOSSARY_BYTES }) ?? '');
      const lines = new LineMap(fileText);
      // Errors found after parsing (in glossaries) carry a line and column only.
      const range = e.start >= 0 ? toRange(lines, e.start, e.end) : { start: { line: e.line - 1, character: e.column - 1 }, end: { line: e.line - 1, character: lines.lineEnd(e.line - 1) - lines.lineStart(e.line - 1) } };
      if (!byFile.has(e.file)) byFile.set(e.file, []);
      byFile.get(e.file)!.push({ range, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'config', message: e.message });
    }
    for (const [file, diagnostics] of byFile) {
      const uri = URI.file(file).toString();
      if (!diagnostics.length && !this.configDiagnostics.has(uri)) continue;
      if (diagnostics.length) this.configDiagnostics.add(uri);
      else this.configDiagnostics.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  private settingsFor(uri: string): Promise<EditorSettings> {
    if (!this.canAskSettings) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'inspectionReports' })
        .then((s: Partial<EditorSettings> | null) => ({ ...DEFAULT_SETTINGS, ...(s ?? {}) }))
        .catch(() => DEFAULT_SETTINGS);
      this.settings.set(uri, settings);
    }
    return settings;
  }

  /** Headings get the template's missing sections; capitals get acronyms ("Long Form (LF)" first). */
  private completions(result: DocumentLint, position: { line: number; character: number }): CompletionItem[] {
    const { model } = result.outcome;
    const lineStart = model.lines.lineStart(position.line);
    const offset = model.lines.offset(position);
    const before = model.text.slice(lineStart, offset);
    const heading = /^(#{1,6})\s*([^#]*)$/.exec(before);
    if (heading) {
      return headingCompletions(result.outcome, offset).map((c, i) => ({
        label: c.title,
        kind: CompletionItemKind.Module,
        detail: c.detail,
        documentation: c.guidance,
        sortText: String(i).padStart(3, '0'),
        filterText: c.title,
        textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: `${'#'.repeat(c.level)} ${c.title}` },
      }));
    }
    const word = /[A-Za-z]+$/.exec(before)?.[0] ?? '';
    return acronymCompletions(result.outcome, offset, word).map((c) => ({
      label: c.label,
      kind: CompletionItemKind.Constant,
      detail: c.detail,
      insertText: c.insertText,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: { start: { line: position.line, character: position.character - word.length }, end: position }, newText: c.insertText },
    }));
  }

  /** The arguments come from the client: a rule id is pasted into a comment, so only a rule's own id is. */
  private async applyDisable(uri: string, ruleId: string, line: number, reason?: string): Promise<void> {
    if (!RULE_IDS.has(ruleId)) throw new ResponseError(ErrorCodes.InvalidParams, `"${ruleId.slice(0, 80)}" is not a rule of inspection-reports.`);
    const result = this.freshResult(uri);
    if (!result) return;
    const lines = result.outcome.model.lines;
    if (!Number.isInteger(line) || line < 0 || line >= lines.lineCount) throw new ResponseError(ErrorCodes.InvalidParams, `There is no line ${line} in the document.`);
    const edit = disableEdit(result.outcome.model, ruleId, lines.lineStart(line), reason?.replace(/-->/g, '—>'));
    await this.applyEdits(result, [edit], `Disable ${ruleId}`);
  }

  private async applyEdits(result: DocumentLint, edits: TextEdit[], label: string): Promise<boolean> {
    if (!edits.length) return false;
    const lines = result.outcome.model.lines;
    const response = await this.connection.workspace.applyEdit({
      label,
      edit: { documentChanges: [{ textDocument: { uri: result.uri, version: result.version }, edits: edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })) }] },
    });
    return response.applied;
  }
}

const RULE_IDS = new Set(rules.map((r) => r.id));

/** The connection's request-handler registrations that must answer InvalidRequest after shutdown. */
const REQUEST_REGISTRATIONS = new Set(['onCodeAction', 'onDocumentSymbol', 'onFoldingRanges', 'onRequest', 'onExecuteCommand', 'onHover', 'onDefinition', 'onReferences', 'onCompletion']);

/**
 * The connection, with every request handler registered through it answering InvalidRequest
 * once `isShutDown()` (LSP: "If a server receives requests after a shutdown request those
 * requests should error with InvalidRequest").
 */
function refusingAfterShutdown(connection: Connection, isShutDown: () => boolean): Connection {
  return new Proxy(connection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !REQUEST_REGISTRATIONS.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const handler = args[args.length - 1] as (...params: unknown[]) => unknown;
        args[args.length - 1] = (...params: unknown[]) => (isShutDown() ? new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down: no requests are answered after "shutdown".') : handler(...params));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** The code of the notice on a document checked for its structure only (the client's status bar shows it). */
export const STRUCTURE_ONLY_CODE = 'structure-only';

function structureOnlyNotice(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: STRUCTURE_ONLY_CODE,
    message: `This document is larger than ${STRUCTURE_ONLY_CHARS.toLocaleString('en-GB')} characters, so only its structure is checked (front matter, template, sections); the acronym and evidence rules are skipped. Split it into one file per report to check those.`,
  };
}

function budgetNotice(skipped: string[], stopped: string | undefined): Diagnostic {
  const notRun = skipped.filter((id) => id !== stopped);
  const list = (ids: string[]) => `${ids.join(', ')} ${ids.length === 1 ? 'was' : 'were'}`;
  const what = [stopped && `${stopped} was stopped while it ran`, notRun.length && `${list(notRun)} not run`].filter(Boolean).join(', and ');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: 'analysis-budget',
    message: `Checking this document as you type took longer than ${LINT_BUDGET_MS / 1000} s, so the check was cut short: ${what}. Their findings are not shown. Run \`inspection-reports check\` on it for every check.`,
  };
}

function pathOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}
