// Plants defects with known answers into published inspection reports and measures, per kind,
// whether the expected rule reports each one at the expected place (recall), and whether anything
// else in the report changes (collateral: any other new finding).
//
//   npm run eval:mutations                          # every kind, up to 50 mutations each, seed 1 (under a minute)
//   npm run eval:mutations -- --seed 7 --per-kind 100
//   npm run eval:mutations -- --kinds a,b           # only these kinds
//   npm run eval:mutations -- --verbose             # also list each miss and each collateral finding
//   npm run eval:mutations -- --list                # the kinds and what each plants
//   npm run eval:mutations -- --dir PATH --json FILE
//   npm run eval:mutations -- --no-cache            # parse every text from scratch (slower; same figures)
//
// Each kind is a module in scripts/eval/mutations/ (interface in types.ts): it finds candidate
// places in a report, plants its defect at one, and names the rule and the span expected to
// report it. Reports are taken in a seeded order, one mutation per report per round, so the
// mutations spread across the corpus; the same seed gives the same mutations.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/src/engine/lint';
import { BlockCache } from '../server/src/engine/model';
import { defaultConfig } from '../server/src/engine/configure';
import { rulesById } from '../server/src/engine/rules/index';
import { builtinTemplates } from '../server/src/engine/templates/builtin';
import type { Finding } from '../server/src/engine/types';
import { ofstedTemplateFor, withTemplate, shuffle, seededRandom } from './eval/real-corpus';
import { kinds } from './eval/mutations/index';
import { readReport, assemble } from './eval/mutations/text';
import { compare } from './eval/mutations/compare';
import type { Report, MutationKind } from './eval/mutations/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(opt('--seed') ?? 1);
const perKind = Number(opt('--per-kind') ?? 50);
const verbose = args.includes('--verbose');
const only = opt('--kinds')?.split(',');
const dir = resolve(opt('--dir') ?? join(root, '..', 'shared', 'data', 'real-reports', 'ofsted'));
const jsonOut = opt('--json');
// One block cache per report, shared by the original and its mutations (as an editor shares one
// across versions of a document): unchanged blocks are not parsed again, about four times faster.
const useCache = !args.includes('--no-cache');

if (args.includes('--list')) {
  for (const k of kinds) console.log(`${k.kind} (issue ${k.issue}, ${k.rule}${rulesById.has(k.rule) ? '' : ': rule not present'}): ${k.description}`);
  process.exit(0);
}
if (only) {
  const unknown = only.filter((k) => !kinds.some((m) => m.kind === k));
  if (unknown.length) {
    console.error(`Unknown kind(s): ${unknown.join(', ')}. Known: ${kinds.map((k) => k.kind).join(', ')}`);
    process.exit(2);
  }
}
if (!Number.isInteger(seed) || !Number.isInteger(perKind) || perKind < 1) {
  console.error('--seed and --per-kind take whole numbers (--per-kind at least 1).');
  process.exit(2);
}
if (!existsSync(dir)) {
  console.log(`No reports at ${dir}: nothing to mutate.`);
  process.exit(0);
}

const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const config = defaultConfig();
const reports = new Map<string, { report: Report; cache?: BlockCache; findings?: Finding[] }>();
function reportOf(file: string) {
  let entry = reports.get(file);
  if (!entry) {
    const original = readFileSync(join(dir, file), 'utf8');
    const templateId = ofstedTemplateFor(original);
    const text = withTemplate(original, templateId);
    const template = builtinTemplates.find((t) => t.id === templateId)!;
    reports.set(file, (entry = { report: { ...readReport(text), file, templateId, template }, cache: useCache ? new BlockCache() : undefined }));
  }
  return entry;
}
function findingsOf(file: string): Finding[] {
  const entry = reportOf(file);
  entry.findings ??= lint({ text: entry.report.text, config, path: join(dir, file), cache: entry.cache }).findings;
  return entry.findings;
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const lineOf = (text: string, pos: number) => text.slice(0, pos).split('\n').length;
const describe = (text: string, f: Finding) => `${f.ruleId} line ${lineOf(text, f.start)} "${text.slice(f.start, f.end).replace(/\s+/g, ' ').slice(0, 60)}": ${f.message.slice(0, 120)}`;

interface Row {
  kind: string;
  issue: number;
  rule: string;
  present: boolean;
  sites: number;
  planted: number;
  detected: number;
  preExisting: number;
  /** Detections of kinds that name a related place, and how many point there. */
  withRelated: number;
  pointing: number;
  atEdit: number;
  elsewhere: number;
  cleanElsewhere: number;
  misses: string[];
  collateral: string[];
}

const started = performance.now();
const rows: Row[] = [];
for (const kind of kinds.filter((k) => !only || only.includes(k.kind))) rows.push(run(kind));
const elapsed = (performance.now() - started) / 1000;

function run(kind: MutationKind<unknown>): Row {
  const present = rulesById.has(kind.rule);
  const row: Row = { kind: kind.kind, issue: kind.issue, rule: kind.rule, present, sites: 0, planted: 0, detected: 0, preExisting: 0, withRelated: 0, pointing: 0, atEdit: 0, elsewhere: 0, cleanElsewhere: 0, misses: [], collateral: [] };
  const random = seededRandom(seed * 7919 + hash(kind.kind));
  const order = shuffle(files, seed + hash(kind.kind));
  const sites = new Map<string, unknown[]>();
  // Round after round, one mutation per report that still has an unused site.
  for (let round = 0; row.planted < perKind; round++) {
    let plantedThisRound = 0;
    for (const file of order) {
      if (row.planted >= perKind) break;
      const { report, cache } = reportOf(file);
      if (!sites.has(file)) {
        const found = kind.find(report);
        row.sites += found.length;
        sites.set(file, shuffle(found, hash(file) + seed));
      }
      const site = sites.get(file)![round];
      if (site === undefined) continue;
      plantedThisRound++;
      row.planted++;
      const mutation = kind.apply(report, site, random);
      const text = assemble(report.text, mutation.pieces);
      const findings = lint({ text, config, path: join(dir, file), cache }).findings;
      const result = compare(findingsOf(file), findings, mutation.pieces, mutation.expect, { before: report.text, after: text });
      const where = `${file}:${lineOf(text, mutation.expect.spans[0]?.start ?? 0)}`;
      if (result.detection) {
        row.detected++;
        if (result.preExisting) row.preExisting++;
        const related = mutation.expect.related;
        if (related) {
          row.withRelated++;
          if (result.detection.related?.some((r) => r.start < related.end && related.start < r.end)) row.pointing++;
        }
      } else if (present) {
        const there = findings.filter((f) => mutation.expect.spans.some((s) => f.start <= s.end && s.start <= f.end)).map((f) => f.ruleId);
        row.misses.push(`${where} ${mutation.note}${there.length ? ` [found there: ${[...new Set(there)].join(', ')}]` : ''}`);
      }
      row.atEdit += result.atEdit.length;
      row.elsewhere += result.elsewhere.length;
      if (!result.elsewhere.length) row.cleanElsewhere++;
      for (const f of [...result.atEdit, ...result.elsewhere]) row.collateral.push(`${where} (${result.atEdit.includes(f) ? 'at the edit' : 'elsewhere'}) ${describe(text, f)}`);
    }
    if (!plantedThisRound) break;
  }
  return row;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');
const table: string[][] = [['kind', 'issue', 'rule', 'sites', 'planted', 'detected', 'recall', 'of which already', 'points there', 'collateral at edit', 'elsewhere', 'clean']];
for (const r of rows) {
  table.push([
    r.kind,
    String(r.issue),
    r.present ? r.rule : `${r.rule} (rule not present)`,
    String(r.sites),
    String(r.planted),
    r.present ? String(r.detected) : '–',
    r.present ? pct(r.detected, r.planted) : 'rule not present',
    r.present ? String(r.preExisting) : '–',
    r.withRelated ? `${r.pointing} of ${r.withRelated}` : '–',
    String(r.atEdit),
    String(r.elsewhere),
    pct(r.cleanElsewhere, r.planted),
  ]);
}
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
for (const [i, r] of table.entries()) {
  console.log(r.map((cell, c) => (c === 0 || c === 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const planted = rows.reduce((n, r) => n + r.planted, 0);
console.log('');
const cpu = process.cpuUsage();
console.log(`${planted} mutations in ${reports.size} of ${files.length} reports; seed ${seed}, up to ${perKind} per kind; run time ${elapsed.toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`);
console.log('recall: the expected rule reported the planted defect at the expected place ("of which already": that finding was there before the mutation).');
console.log('points there: detections that also point at the place named (the long form written without its acronym).');
console.log('collateral: other new findings, overlapping the edit or elsewhere; clean: mutations with no new finding elsewhere.');
if (verbose) {
  for (const r of rows) {
    if (r.misses.length) console.log(`\n${r.kind}: ${r.misses.length} missed\n  ${r.misses.join('\n  ')}`);
    if (r.collateral.length) console.log(`\n${r.kind}: ${r.collateral.length} collateral\n  ${r.collateral.join('\n  ')}`);
  }
}
if (jsonOut) {
  const json = Object.fromEntries(rows.map((r) => [r.kind, { issue: r.issue, rule: r.rule, rulePresent: r.present, sites: r.sites, planted: r.planted, detected: r.present ? r.detected : null, recall: r.present && r.planted ? r.detected / r.planted : null, preExisting: r.preExisting, pointing: r.withRelated ? r.pointing : null, collateralAtEdit: r.atEdit, collateralElsewhere: r.elsewhere, cleanElsewhere: r.cleanElsewhere }]));
  writeFileSync(jsonOut, JSON.stringify({ seed, perKind, seconds: elapsed, kinds: json }, null, 2) + '\n');
}
