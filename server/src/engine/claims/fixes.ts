// The "add an evidence footnote" fix shared by the evidence rules.
import type { ReportModel } from '../model';
import type { Fix } from '../types';

/** A reference at `at` and a definition stub at the end, labelled after the section. */
export function evidenceFootnoteFix(model: ReportModel, at: number): Fix {
  const label = freshLabel(model, at);
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const end = model.text.length;
  const lead = model.text.endsWith(eol + eol) ? '' : model.text.endsWith(eol) ? eol : eol + eol;
  return {
    title: `Add evidence footnote [^${label}]`,
    edits: [
      { start: at, end: at, newText: `[^${label}]` },
      { start: end, end, newText: `${lead}[^${label}]: [[Evidence: what was read, seen or heard, and when]]${eol}` },
    ],
  };
}

function freshLabel(model: ReportModel, at: number): string {
  let section = model.sections[0];
  for (const s of model.sections) if (s.start <= at) section = s;
  const base = (section.heading?.text ?? 'evidence').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 24) || 'evidence';
  const used = new Set([...model.footnoteDefinitions.map((d) => d.label), ...model.footnoteRefs.map((r) => r.label)]);
  let n = 1;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
