// The three tree views: Report structure, Acronyms, Evidence. Each is filled from one custom
// request of the typed protocol (server/src/protocol.ts), so it shows exactly what the engine
// found; none analyses anything itself.
//
// No flicker: a view asks the server again after a pause in typing (debounced on document and
// diagnostics changes), repaints only when the answer differs from the last one, and keeps each
// item's id stable across answers so that VS Code keeps expansion and selection.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type RequestType } from 'vscode-languageclient';
import {
  StructureRequest,
  AcronymsRequest,
  EvidenceRequest,
  type DocumentParams,
  type ReportStructure,
  type StructureNode,
  type AcronymsResult,
  type AcronymEntry,
  type EvidenceResult,
  type SectionState,
  type AcronymState,
  type FootnoteEntry,
} from '../../server/src/protocol';
import { emptyStructureMessage, fileNameOf, sectionDescription, sectionTooltip, structureDescription } from './structure-text';

type LspRange = StructureNode['range'] & object;

export const VIEW_IDS = {
  structure: 'inspectionReports.structure',
  acronyms: 'inspectionReports.acronyms',
  evidence: 'inspectionReports.evidence',
} as const;

export const REVEAL_COMMAND = 'inspection-reports.reveal';
/** Context key: the active editor is a report (drives viewsWelcome, menus and the status bar). */
export const IS_REPORT_KEY = 'inspectionReports.isReport';

/** One row of a view, as plain data: what tests read and what becomes a TreeItem. */
export interface ViewNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** The engine's state for the row (section, acronym or footnote state). */
  state?: string;
  contextValue?: string;
  icon?: { id: string; color?: string };
  command?: { command: string; title: string; arguments?: unknown[] };
  expanded?: boolean;
  /** Extra data a command on the row needs (e.g. the section id for "Insert section"). */
  data?: Record<string, unknown>;
  children: ViewNode[];
}

/** Delays after which a view asks again: short after switching editors, longer while typing. */
const DELAY = { editor: 30, diagnostics: 150, typing: 400 };

/** Editors that are not documents (output, debug console…): focusing them keeps the views as they are. */
const PANEL_SCHEMES = new Set(['output', 'debug', 'vscode-terminal', 'comment', 'vscode-scm', 'vscode-chat-code-block', 'vscode-interactive-input']);
let lastDocument: vscode.TextDocument | undefined;

/** The Markdown document the views describe: the active editor's, or none. */
export function activeMarkdown(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && PANEL_SCHEMES.has(document.uri.scheme)) return lastDocument && !lastDocument.isClosed ? lastDocument : undefined;
  lastDocument = document && document.languageId === 'markdown' ? document : undefined;
  return lastDocument;
}

function reveal(uri: vscode.Uri, range: LspRange | undefined): ViewNode['command'] {
  return range ? { command: REVEAL_COMMAND, title: 'Reveal in editor', arguments: [uri.toString(), range] } : undefined;
}

function lineOf(range: LspRange): string {
  return `line ${range.start.line + 1}`;
}

/** The document a definition is in: this one, or `definedIn` (another chapter of a multi-file report). */
function definitionUri(document: vscode.TextDocument, definedIn: string | undefined): vscode.Uri {
  return definedIn ? vscode.Uri.parse(definedIn) : document.uri;
}

/** "line 9", or "line 9 of 01-summary.md" for a definition in another file. */
function definitionPlace(range: LspRange, definedIn: string | undefined): string {
  return definedIn ? `${lineOf(range)} of ${fileNameOf(definedIn)}` : lineOf(range);
}

/** The text of a range, on one line, shortened to `max` characters. */
function excerpt(document: vscode.TextDocument | undefined, range: LspRange, max = 70): string {
  if (!document) return lineOf(range);
  const text = document
    .getText(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The line of a range, for context beside a use or a citation. */
function lineExcerpt(document: vscode.TextDocument | undefined, range: LspRange, max = 60): string {
  if (!document || range.start.line >= document.lineCount) return '';
  const line = document.lineAt(range.start.line).text;
  const from = Math.max(0, range.start.character - 20);
  const text = line.slice(from).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${text.length > max ? `${text.slice(0, max - 1)}…` : text}`;
}

/** The sentence (on its line) around a range, shortened to `max` characters. */
function sentenceAround(document: vscode.TextDocument | undefined, range: LspRange, max = 70): string {
  if (!document || range.start.line >= document.lineCount) return lineOf(range);
  const line = document.lineAt(range.start.line).text;
  const before = line.slice(0, range.start.character);
  const start = Math.max(...[...before.matchAll(/[.!?]\s+/g)].map((m) => (m.index ?? 0) + m[0].length), 0);
  const endOnLine = range.start.line === range.end.line ? range.end.character : line.length;
  const after = /[.!?](\s|$)/.exec(line.slice(endOnLine));
  const text = line.slice(start, after ? endOnLine + after.index + 1 : line.length).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A tree view over one request. Subclasses turn the answer into rows. */
abstract class ReportView<T extends { isReport: boolean }> implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private changed = new vscode.EventEmitter<ViewNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ViewNode>;
  private roots: ViewNode[] = [];
  private lastShown = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private stale = true;
  private inFlight: Promise<void> | undefined;
  /** The answer last shown, for the status bar and tests. */
  result: T | undefined;
  uri: vscode.Uri | undefined;
  private readonly refreshed = new vscode.EventEmitter<void>();
  /** Fires after each answer has been applied (changed or not). */
  readonly onDidRefresh = this.refreshed.event;

  constructor(
    readonly id: string,
    protected client: BaseLanguageClient,
    private request: RequestType<DocumentParams, T, void>,
    protected output: vscode.LogOutputChannel,
    /** Refresh even while hidden (the structure view feeds the status bar and context keys). */
    private always = false,
  ) {
    this.view = vscode.window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true });
    this.view.onDidChangeVisibility(({ visible }) => {
      if (visible && this.stale) this.schedule(0);
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.view.dispose();
    this.changed.dispose();
    this.refreshed.dispose();
  }

  /** Asks again after `delay` ms; each call restarts the wait (debounce). */
  schedule(delay: number): void {
    this.stale = true;
    if (!this.always && !this.view.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  /** Asks the server now for the active editor's report and repaints if the answer changed. */
  refresh(): Promise<void> {
    const generation = ++this.generation;
    const run = (async () => {
      const document = activeMarkdown();
      let result: T | undefined;
      let error: string | undefined;
      if (document) {
        try {
          result = await this.client.sendRequest(this.request, { uri: this.client.code2ProtocolConverter.asUri(document.uri) });
        } catch (e) {
          if (this.client.state === State.Stopped) {
            // Stopped after repeated crashes (crashes.ts), which the user was told once.
            error = 'the server is not running (see the "Inspection Reports" output channel); reload the window to start it again.';
          } else {
            error = (e as Error)?.message ?? String(e);
            this.output.warn(`${this.id}: ${error}`);
          }
        }
      }
      if (generation !== this.generation) return; // a newer refresh is under way
      this.stale = false;
      this.result = result;
      this.uri = document?.uri;
      // Repaint only when what the view shows changes.
      const roots = document && result?.isReport ? this.rows(result, document) : [];
      const message = error ? `Could not read the report: ${error}` : result?.isReport && !roots.length ? this.emptyMessage(result) : undefined;
      if (this.view.message !== message) this.view.message = message;
      const description = document && result?.isReport ? this.describe(result) : undefined;
      const shown = JSON.stringify([roots, description]);
      if (shown !== this.lastShown) {
        this.lastShown = shown;
        this.roots = roots;
        if (this.view.description !== description) this.view.description = description;
        this.changed.fire();
      }
      this.refreshed.fire();
    })();
    this.inFlight = run;
    return run;
  }

  /** Rows currently shown (after a refresh when `fresh`). */
  async items(fresh = true): Promise<ViewNode[]> {
    if (fresh) await this.refresh();
    // A newer refresh (e.g. on an editor change) supersedes this one: wait for the latest.
    for (let last: Promise<void> | undefined; this.inFlight && this.inFlight !== last; ) {
      last = this.inFlight;
      await last;
    }
    return this.roots;
  }

  protected abstract rows(result: T, document: vscode.TextDocument): ViewNode[];
  protected abstract describe(result: T): string | undefined;

  /** What to say when a report gives no rows (undefined: the view's welcome text says it). */
  protected emptyMessage(_result: T): string | undefined {
    return undefined;
  }

  getChildren(node?: ViewNode): ViewNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    const find = (nodes: ViewNode[], parent?: ViewNode): ViewNode | undefined => {
      for (const n of nodes) {
        if (n.id === node.id) return parent;
        const found = find(n.children, n);
        if (found) return found;
      }
      return undefined;
    };
    return find(this.roots);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length ? (node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = node.description;
    if (node.tooltip) item.tooltip = new vscode.MarkdownString(node.tooltip);
    item.contextValue = node.contextValue;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    item.command = node.command;
    return item;
  }
}

// ---- Report structure --------------------------------------------------------------------------

/** Each state's icon (its words are in structure-text.ts). */
const SECTION_ICON: Record<SectionState, { icon: string; color?: string }> = {
  present: { icon: 'pass', color: 'testing.iconPassed' },
  missing: { icon: 'circle-slash', color: 'problemsErrorIcon.foreground' },
  empty: { icon: 'circle-large-outline', color: 'problemsWarningIcon.foreground' },
  'out-of-order': { icon: 'arrow-swap', color: 'problemsWarningIcon.foreground' },
  duplicate: { icon: 'copy', color: 'problemsWarningIcon.foreground' },
  extra: { icon: 'symbol-text' },
};

export class StructureView extends ReportView<ReportStructure> {
  /** `web`: the browser build, whose server reads no workspace config. */
  constructor(client: BaseLanguageClient, output: vscode.LogOutputChannel, private readonly web = false) {
    super(VIEW_IDS.structure, client, StructureRequest, output, true);
  }

  protected describe(result: ReportStructure): string | undefined {
    return structureDescription(result);
  }

  protected emptyMessage(result: ReportStructure): string {
    return emptyStructureMessage(result, this.web);
  }

  protected rows(result: ReportStructure, document: vscode.TextDocument): ViewNode[] {
    const seen = new Map<string, number>();
    const row = (node: StructureNode): ViewNode => {
      // Template sections have ids; headings the template does not know are keyed by title.
      const key = node.sectionId ?? `extra:${node.title}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const missingRequired = node.state === 'missing' && node.required;
      // A missing optional section is no fault: shown plainly, without the error colour.
      const state = node.state === 'missing' && !node.required ? { icon: 'circle-large-outline', color: undefined } : (SECTION_ICON[node.state] ?? { icon: 'circle-outline' });
      return {
        id: `section:${key}${n > 1 ? `#${n}` : ''}`,
        label: node.title,
        description: sectionDescription(node),
        tooltip: sectionTooltip(node, result),
        state: node.state,
        contextValue: `section.${node.state}${node.required ? '.required' : ''}`,
        icon: missingRequired ? { id: 'error', color: 'problemsErrorIcon.foreground' } : { id: state.icon, color: state.color },
        // A chapter of a multi-file report shows its whole report: a section may be in another file.
        command: reveal(node.uri ? vscode.Uri.parse(node.uri) : document.uri, node.range),
        expanded: true,
        data: { uri: document.uri.toString(), sectionId: node.sectionId, title: node.title, required: node.required, findings: node.findings },
        children: node.children.map(row),
      };
    };
    return result.nodes.map(row);
  }
}

// ---- Acronyms ----------------------------------------------------------------------------------

const ACRONYM_STATE: Record<AcronymState, { label: string; icon: string; color?: string }> = {
  defined: { label: 'defined', icon: 'pass', color: 'testing.iconPassed' },
  undefined: { label: 'never defined', icon: 'warning', color: 'problemsWarningIcon.foreground' },
  'used-before-definition': { label: 'used before its definition', icon: 'warning', color: 'problemsWarningIcon.foreground' },
  redefined: { label: 'defined more than once', icon: 'info', color: 'problemsInfoIcon.foreground' },
  inconsistent: { label: 'defined differently', icon: 'warning', color: 'problemsWarningIcon.foreground' },
  unused: { label: 'defined but not used', icon: 'info', color: 'problemsInfoIcon.foreground' },
  allowed: { label: 'needs no definition', icon: 'check' },
  glossary: { label: 'in the glossary', icon: 'book' },
};

export class AcronymsView extends ReportView<AcronymsResult> {
  constructor(client: BaseLanguageClient, output: vscode.LogOutputChannel) {
    super(VIEW_IDS.acronyms, client, AcronymsRequest, output);
  }

  protected describe(result: AcronymsResult): string | undefined {
    const open = result.acronyms.filter((a) => a.state === 'undefined' || a.state === 'used-before-definition' || a.state === 'inconsistent').length;
    if (!result.acronyms.length) return undefined;
    return `${plural(result.acronyms.length, 'acronym')}${open ? ` · ${open} to fix` : ''}`;
  }

  protected rows(result: AcronymsResult, document: vscode.TextDocument): ViewNode[] {
    return result.acronyms.map((a: AcronymEntry) => {
      const state = ACRONYM_STATE[a.state] ?? { label: a.state, icon: 'circle-outline' };
      const id = `acronym:${a.acronym}`;
      const children: ViewNode[] = [];
      if (a.definedAt) {
        children.push({
          id: `${id}:definition`,
          label: `Defined on ${definitionPlace(a.definedAt, a.definedIn)}`,
          // The text of a definition in another file is not at hand: its place says enough.
          description: a.definedIn ? undefined : excerpt(document, a.definedAt, 60),
          icon: { id: 'symbol-key' },
          command: reveal(definitionUri(document, a.definedIn), a.definedAt),
          children: [],
        });
      }
      a.uses.forEach((use, i) =>
        children.push({
          id: `${id}:use:${i}`,
          label: `Used on ${lineOf(use)}`,
          description: lineExcerpt(document, use),
          icon: { id: 'references' },
          command: reveal(document.uri, use),
          children: [],
        }),
      );
      const expansion = a.expansion ?? 'no expansion';
      const source = a.source === 'glossary' ? ' (glossary)' : '';
      return {
        id,
        label: a.acronym,
        description: `${expansion}${source} · ${state.label}`,
        tooltip: [
          `**${a.acronym}**${a.expansion ? `: ${a.expansion}` : ''}`,
          `State: ${state.label}. ${a.source === 'report' ? 'Defined in the report' : a.source === 'glossary' ? 'Expansion from the glossary' : 'No expansion found'}; ${plural(a.uses.length, 'use')}.`,
        ].join('\n\n'),
        state: a.state,
        contextValue: `acronym.${a.state}`,
        icon: { id: state.icon, color: state.color },
        command: a.definedAt ? reveal(definitionUri(document, a.definedIn), a.definedAt) : reveal(document.uri, a.uses[0]),
        data: { expansion: a.expansion, source: a.source, uses: a.uses.length, definedLine: a.definedAt ? a.definedAt.start.line : undefined, definedIn: a.definedIn },
        children,
      };
    });
  }
}

// ---- Evidence ----------------------------------------------------------------------------------

const FOOTNOTE_STATE: Record<FootnoteEntry['state'], { icon: string; color?: string }> = {
  cited: { icon: 'references' },
  unused: { icon: 'warning', color: 'problemsWarningIcon.foreground' },
  undefined: { icon: 'error', color: 'problemsErrorIcon.foreground' },
  empty: { icon: 'warning', color: 'problemsWarningIcon.foreground' },
};

export class EvidenceView extends ReportView<EvidenceResult> {
  constructor(client: BaseLanguageClient, output: vscode.LogOutputChannel) {
    super(VIEW_IDS.evidence, client, EvidenceRequest, output);
  }

  protected describe(result: EvidenceResult): string | undefined {
    const claims = result.unsupported.reduce((n, g) => n + g.claims.length, 0);
    if (!claims && !result.footnotes.length) return undefined;
    return `${plural(result.footnotes.length, 'footnote')} · ${plural(claims, 'unsupported claim')}`;
  }

  protected rows(result: EvidenceResult, document: vscode.TextDocument): ViewNode[] {
    const roots: ViewNode[] = [];
    if (result.footnotes.length) {
      roots.push({
        id: 'evidence:footnotes',
        label: 'Footnotes',
        description: String(result.footnotes.length),
        icon: { id: 'note' },
        expanded: true,
        children: result.footnotes.map((f) => {
          const state = FOOTNOTE_STATE[f.state] ?? { icon: 'circle-outline' };
          const cited = f.citations.length;
          const what = f.state === 'undefined' ? 'no definition' : f.state === 'unused' ? 'never cited' : f.state === 'empty' ? `empty · cited ${cited}×` : `cited ${cited}×`;
          return {
            id: `footnote:${f.label}`,
            label: `[^${f.label}]`,
            description: `${what}${f.text ? ` · ${f.text.replace(/\s+/g, ' ').slice(0, 50)}` : ''}`,
            tooltip: `**[^${f.label}]** — ${what}${f.definedAt && f.definedIn ? ` · defined on ${definitionPlace(f.definedAt, f.definedIn)}` : ''}\n\n${f.text || '_no text_'}`,
            state: f.state,
            contextValue: `footnote.${f.state}`,
            icon: { id: state.icon, color: state.color },
            command: f.definedAt ? reveal(definitionUri(document, f.definedIn), f.definedAt) : reveal(document.uri, f.citations[0]),
            data: { citations: cited, text: f.text, definedIn: f.definedIn },
            children: f.citations.map((c, i) => ({
              id: `footnote:${f.label}:citation:${i}`,
              label: `Cited on ${lineOf(c)}`,
              description: lineExcerpt(document, c),
              icon: { id: 'quote' },
              command: reveal(document.uri, c),
              children: [],
            })),
          };
        }),
      });
    }
    const total = result.unsupported.reduce((n, g) => n + g.claims.length, 0);
    if (total) {
      const seen = new Map<string, number>();
      roots.push({
        id: 'evidence:claims',
        label: 'Unsupported claims',
        description: String(total),
        icon: { id: 'warning', color: 'problemsWarningIcon.foreground' },
        expanded: true,
        children: result.unsupported.map((group) => {
          const n = (seen.get(group.section) ?? 0) + 1;
          seen.set(group.section, n);
          const id = `claims:${group.section}${n > 1 ? `#${n}` : ''}`;
          return {
            id,
            label: group.section,
            description: String(group.claims.length),
            icon: { id: 'symbol-namespace' },
            command: reveal(document.uri, group.range),
            expanded: true,
            data: { section: group.section },
            children: group.claims.map((claim, i) => ({
              id: `${id}:claim:${i}`,
              label: sentenceAround(document, claim.range),
              description: `“${excerpt(document, claim.range, 30)}” · ${claim.kinds.join(', ')}`,
              tooltip: `${claim.message}\n\n*${lineOf(claim.range)}*`,
              state: 'unsupported',
              contextValue: 'claim',
              icon: { id: 'comment-unresolved', color: 'problemsWarningIcon.foreground' },
              command: reveal(document.uri, claim.range),
              data: { message: claim.message, kinds: claim.kinds, line: claim.range.start.line },
              children: [],
            })),
          };
        }),
      });
    }
    return roots;
  }
}

/** Wires the views to the editor's events, with the debounce described at the top. */
export function watchViews(views: ReportView<{ isReport: boolean }>[]): vscode.Disposable {
  const current = (uri: vscode.Uri) => activeMarkdown()?.uri.toString() === uri.toString();
  const all = (delay: number) => views.forEach((v) => v.schedule(delay));
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(() => all(DELAY.editor)),
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (contentChanges.length && current(document.uri)) all(DELAY.typing);
    }),
    vscode.languages.onDidChangeDiagnostics(({ uris }) => {
      if (uris.some(current)) all(DELAY.diagnostics);
    }),
    vscode.workspace.onDidCloseTextDocument(({ uri }) => {
      if (!activeMarkdown() || current(uri)) all(DELAY.editor);
    }),
  );
}

export type { ReportView };
