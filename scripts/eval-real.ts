// Runs the engine over published inspection reports and scores each rule against findings
// judged by hand.
//
//   npm run eval:real                       # the table (every rule), per-template run and as-is run
//   npm run eval:real -- --unjudged DIR     # also write each rule's unjudged findings, shuffled, to DIR/<rule>.tsv
//   npm run eval:real -- --doubtful DIR     # also write each rule's current findings judged DEBATABLE or FALSE to DIR/<rule>.tsv
//   npm run eval:real -- --dir PATH         # another folder of reports (default ../shared/data/real-reports/ofsted)
//   npm run eval:real -- --rules a,b        # only these rules in the table
//   npm run eval:real -- --json FILE        # the figures as JSON
//
// Judgements live in test/eval/real/judgements/<rule-id>.tsv (see test/eval/real/README.md), keyed by
// file name + quoted text, so they survive unrelated changes; a finding with no judgement is
// listed as unjudged. Precision counts TRUE against TRUE + DEBATABLE + FALSE (a debatable
// finding is not a hit); CONVERSION (a defect of the PDF-to-Markdown conversion, not of the
// report) is counted apart and left out of precision.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/configure';
import { rules } from '../server/src/engine/rules/index';
import type { Finding } from '../server/src/engine/types';
import { findingKey, withTemplate, ofstedTemplateFor, countWords, loadJudgements, type Verdict, shuffle } from './eval/real-corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(opt('--dir') ?? join(root, '..', 'shared', 'data', 'real-reports', 'ofsted'));
const unjudgedDir = opt('--unjudged');
const doubtfulDir = opt('--doubtful');
const onlyRules = opt('--rules')?.split(',');
const jsonOut = opt('--json');

if (!existsSync(dir)) {
  console.log(`No reports at ${dir}: nothing to evaluate.`);
  process.exit(0);
}

const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const judgements = loadJudgements(join(root, 'test', 'eval', 'real', 'judgements'));

interface RuleStats {
  findings: number;
  asIs: number;
  counts: Record<Verdict, number>;
  errorFiles: Set<string>;
  unjudged: { file: string; key: string; quote: string; message: string; line: number }[];
  doubtful: string[];
}
const stats = new Map<string, RuleStats>();
const statsFor = (id: string) => {
  let s = stats.get(id);
  if (!s) stats.set(id, (s = { findings: 0, asIs: 0, counts: { TRUE: 0, FALSE: 0, DEBATABLE: 0, CONVERSION: 0 }, errorFiles: new Set(), unjudged: [], doubtful: [] }));
  return s;
};
for (const rule of rules) statsFor(rule.id);

let words = 0;
let failingFiles = 0;
let failingFilesAsIs = 0;
let skippedAsIs = 0;
const templatesUsed = new Map<string, number>();
const seenKeys = new Set<string>();
const started = performance.now();
const config = defaultConfig();

for (const file of files) {
  const original = readFileSync(join(dir, file), 'utf8');
  words += countWords(original);
  const templateId = ofstedTemplateFor(original);
  templatesUsed.set(templateId, (templatesUsed.get(templateId) ?? 0) + 1);
  const text = withTemplate(original, templateId);
  const outcome = lint({ text, config, path: join(dir, file) });
  let failed = false;
  for (const f of outcome.findings) {
    const s = statsFor(f.ruleId);
    s.findings++;
    if (f.severity === 'error') {
      failed = true;
      s.errorFiles.add(file);
    }
    const { key, quote } = findingKey(file, f.ruleId, text, f);
    const j = judgements.get(key);
    if (j) {
      s.counts[j.verdict]++;
      seenKeys.add(key);
      if (j.verdict === 'DEBATABLE' || j.verdict === 'FALSE') s.doubtful.push([file, quote, j.verdict, j.reason, lineOf(text, f), f.message].join('\t'));
    } else s.unjudged.push({ file, key, quote, message: f.message, line: lineOf(text, f) });
  }
  if (failed) failingFiles++;
  // As-is: the file as published, with no template named, as the CLI and the editor see it: a
  // file that names no template and matches no `reports` glob is not a report, and is not checked.
  const asIs = lint({ text: original, config, path: join(dir, file) });
  if (!asIs.isReport) skippedAsIs++;
  if (asIs.findings.some((f) => f.severity === 'error')) failingFilesAsIs++;
  for (const f of asIs.findings) statsFor(f.ruleId).asIs++;
}
const elapsed = performance.now() - started;

function lineOf(text: string, f: Finding): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < f.start; i = text.indexOf('\n', i + 1)) line++;
  // The inserted `template:` line is not in the published file.
  return line;
}

const per1k = (n: number) => (n * 1000) / words;
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : '–');
const ids = [...stats.keys()].filter((id) => !onlyRules || onlyRules.includes(id));
const rows: string[][] = [['rule', 'findings', 'per 1k words', 'as-is', 'judged', 'T / D / F / conv', 'precision', 'T+D share', 'files with an error']];
const json: Record<string, unknown> = {};
for (const id of ids) {
  const s = stats.get(id)!;
  const { TRUE: t, DEBATABLE: d, FALSE: f, CONVERSION: c } = s.counts;
  const judged = t + d + f + c;
  const precision = t / (t + d + f);
  rows.push([id, String(s.findings), per1k(s.findings).toFixed(3), String(s.asIs), `${judged}`, `${t} / ${d} / ${f} / ${c}`, pct(precision), pct((t + d) / (t + d + f)), String(s.errorFiles.size)]);
  json[id] = { findings: s.findings, per1kWords: per1k(s.findings), asIs: s.asIs, judged, true: t, debatable: d, false: f, conversion: c, precision: Number.isFinite(precision) ? precision : null, unjudged: s.unjudged.length };
}
printTable(rows);

const groups: Record<string, string[]> = {
  'acronym and structure': ['undefined-acronym', 'acronym-before-definition', 'acronym-redefined', 'acronym-inconsistent-expansion', 'acronym-unused', 'acronym-punctuation', 'required-section', 'section-order', 'empty-section', 'duplicate-section'],
  evidence: ['unsupported-claim', 'weasel-attribution', 'unattributed-quote'],
  'publication gate': ['placeholder', 'grade-consistency', 'quantity-consistency', 'identifiable-person'],
};
console.log('');
for (const [name, members] of Object.entries(groups)) {
  const n = members.reduce((sum, id) => sum + (stats.get(id)?.findings ?? 0), 0);
  console.log(`${name} rules together: ${n} findings, ${per1k(n).toFixed(2)} per 1,000 words`);
}
const total = [...stats.values()].reduce((sum, s) => sum + s.findings, 0);
console.log(`all rules: ${total} findings, ${per1k(total).toFixed(2)} per 1,000 words`);
console.log(`${files.length} reports, ${words.toLocaleString('en-GB')} words; templates: ${[...templatesUsed].map(([t, n]) => `${t} ${n}`).join(', ')}`);
console.log(`reports failing the gate (an error finding): ${failingFiles} of ${files.length} with their template; as-is ${failingFilesAsIs} (${skippedAsIs} not treated as reports)`);
const staleJudgements = [...judgements.keys()].filter((k) => !seenKeys.has(k)).length;
console.log(`judgements on file: ${judgements.size} (${staleJudgements} match no current finding); run time ${(elapsed / 1000).toFixed(1)} s (two lint passes a report)`);

if (unjudgedDir) {
  mkdirSync(unjudgedDir, { recursive: true });
  for (const id of ids) {
    const s = stats.get(id)!;
    if (!s.unjudged.length) continue;
    // One line per key, shuffled with a fixed seed so that a sample is spread over the corpus.
    const unique = [...new Map(s.unjudged.map((u) => [u.key, u])).values()];
    const lines = shuffle(unique, 20261206).map((u) => [u.file, u.quote, '', '', `${u.line + 1}`, u.message.replace(/[\t\n]/g, ' ')].join('\t'));
    writeFileSync(join(unjudgedDir, `${id}.tsv`), ['file\tquote\tverdict\treason\tline\tmessage', ...lines].join('\n') + '\n');
  }
  console.log(`unjudged findings written to ${unjudgedDir}/<rule>.tsv (fill verdict and reason, then move the lines into test/eval/real/judgements/<rule>.tsv)`);
}
if (doubtfulDir) {
  mkdirSync(doubtfulDir, { recursive: true });
  for (const id of ids) {
    const s = stats.get(id)!;
    if (s.doubtful.length) writeFileSync(join(doubtfulDir, `${id}.tsv`), ['file\tquote\tverdict\treason\tline\tmessage', ...s.doubtful.map((l) => l.replace(/\n/g, ' '))].join('\n') + '\n');
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ words, files: files.length, failingFiles, failingFilesAsIs, rules: json, seconds: elapsed / 1000 }, null, 2) + '\n');

function printTable(table: string[][]) {
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const [i, r] of table.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

