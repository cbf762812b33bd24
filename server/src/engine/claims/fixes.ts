// The "add an evidence footnote" fix shared by the evidence rules.
import { sectionAt, type ReportModel } from '../model';
import { appendPoint } from '../structure';
import type { Fix } from '../types';

/** A reference at `at` and a definition stub at the end, labelled after the section. */
export function evidenceFootnoteFix(model: ReportModel, at: number): Fix {
  const label = labeller(model)(at);
  const { at: end, lead, trail } = appendPoint(model);
  return {
    title: `Add evidence footnote [^${label}]`,
    edits: [
      { start: at, end: at, newText: `[^${label}]` },
      { start: end, end, newText: `${lead}[^${label}]: [[Evidence: what was read, seen or heard, and when]]${model.eol}${trail}` },
    ],
  };
}

const labellers = new WeakMap<ReportModel, (at: number) => string>();

/**
 * Label for a new footnote at an offset: "<section-slug>-<n>", unused in the report. Built once
 * per model (a long draft can have thousands of unsupported claims, each offering this fix).
 */
function labeller(model: ReportModel): (at: number) => string {
  let label = labellers.get(model);
  if (label) return label;
  const used = new Set([...model.footnoteDefinitions.map((d) => d.label), ...model.footnoteRefs.map((r) => r.label)]);
  const bases = new Map<number, string>();
  label = (at: number) => {
    const section = sectionAt(model, at);
    let base = bases.get(section);
    if (base === undefined) {
      const heading = model.sections[section].heading?.text ?? 'evidence';
      base = heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 24) || 'evidence';
      bases.set(section, base);
    }
    // Each fix is offered on its own, so every finding may propose the first free label.
    let n = 1;
    while (used.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  };
  labellers.set(model, label);
  return label;
}
