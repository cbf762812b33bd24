// Document symbols (the Outline panel) and folding ranges from the section tree.
import { SymbolKind, FoldingRangeKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import type { ReportModel } from '../engine/model';
import { analyseStructure } from '../engine/structure';
import type { CompiledTemplate } from '../engine/templates/match';
import { toRange } from './convert';

export function documentSymbols(model: ReportModel, template?: CompiledTemplate): DocumentSymbol[] {
  const structure = analyseStructure(model, template);
  const build = (index: number): DocumentSymbol => {
    const section = model.sections[index];
    const heading = section.heading!;
    const t = structure.templateIndexOf[index];
    const detail = [t >= 0 ? 'template section' : '', structure.empty.has(index) ? 'empty' : ''].filter(Boolean).join(' · ');
    return {
      name: heading.text || '(untitled)',
      detail: detail || undefined,
      kind: SymbolKind.String,
      range: toRange(model.lines, section.start, trimEnd(model, section.end)),
      selectionRange: toRange(model.lines, heading.textStart, heading.textEnd),
      children: section.children.map(build),
    };
  };
  return model.sections[0].children.map(build);
}

export function foldingRanges(model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of model.sections) {
    if (!section.heading) continue;
    const startLine = model.lines.lineAt(section.start);
    const endLine = model.lines.lineAt(trimEnd(model, section.end));
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}

/** The section's end without the blank lines before the next heading. */
function trimEnd(model: ReportModel, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(model.text[i - 1])) i--;
  return i;
}
