#!/usr/bin/env node
// The whole benchmark (`npm run bench`): generates the inputs, runs the engine, editor, memory
// and CLI parts one after another (each in its own process), and prints one Markdown table
// with the targets beside the figures. Figures, not assertions: a missed target is marked
// MISSED and the exit code stays 0; it is 1 only when a part failed to run at all.
//
//   node bench/run.mjs [--quick] [--keep] [--json results.json] [--only engine,editor,memory,cli,badinput]
//
// --quick: fewer runs (a smoke test, figures are rougher). --keep: generate the inputs into
// bench/.inputs/ and leave them there (to rerun one part by hand); otherwise a temp dir is used
// and removed. Needs a build (dist/); `npm run bench` builds first.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { generateReport, writeFolder } from './gen-report.mjs';
import { markdownItFields } from '../scripts/markdown-it-fields.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

// The issue's targets (ms / MB).
const TARGETS = {
  engine100k: 80,
  cli100k: 250,
  cli200x5k: 1500,
  keystroke: 25,
  rss50x10k: 150,
  // Issue 15: the CLI on a 1,000,000-line file.
  million: 3000,
  millionMB: 500,
  otherChapter: 100,
};

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    only: { type: 'string', default: 'engine,editor,memory,cli,chapters,badinput' },
  },
});
const parts = new Set(values.only.split(','));
/** The 1M-word check is stopped after this long (and reported as more than it). */
const ONCE_TIMEOUT_MS = 30_000;
const quick = values.quick;

for (const f of ['dist/cli.js', 'dist/server.js']) {
  if (!existsSync(join(ROOT, f))) {
    console.error(`bench: ${f} is missing; run \`npm run build\` first (npm run bench does).`);
    process.exit(1);
  }
}

const started = Date.now();
const loadStart = loadavg()[0];
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}\n`);

// ---------- inputs ----------
const inputs = values.keep ? join(HERE, '.inputs') : mkdtempSync(join(tmpdir(), 'inspection-reports-bench-'));
// With --keep, inputs other parts left behind stay: each part's are rewritten (deterministic).
mkdirSync(inputs, { recursive: true });
const cleanup = () => { if (!values.keep) rmSync(inputs, { recursive: true, force: true }); };
process.on('exit', cleanup);
log(`generating inputs in ${values.keep ? 'bench/.inputs' : 'a temp dir'}`);
const r100k = join(inputs, 'r100k.md');
writeFileSync(r100k, generateReport({ words: 100000, seed: 1 }));
if (parts.has('memory')) writeFolder(join(inputs, 'd50x10k'), { files: 50, words: 10000, seed: 2 });
if (parts.has('cli')) writeFolder(join(inputs, 'd200x5k'), { files: 200, words: 5000, seed: 1 });
// The 100k-word report in ten chapters, with its manifest; and the same text as one file.
const chaptersDir = join(inputs, 'chapters');
if (parts.has('chapters')) writeChapters(readFileSync(r100k, 'utf8'), chaptersDir, 10);

function writeChapters(text, dir, count) {
  mkdirSync(dir, { recursive: true });
  const cuts = [...text.matchAll(/^## /gm)].map((m) => m.index);
  const step = Math.max(1, Math.ceil(cuts.length / count));
  const starts = [0, ...cuts.filter((_, i) => i > 0 && i % step === 0)].slice(0, count);
  const names = starts.map((_, i) => `${String(i + 1).padStart(2, '0')}-chapter.md`);
  starts.forEach((s, i) => writeFileSync(join(dir, names[i]), text.slice(s, starts[i + 1] ?? text.length)));
  writeFileSync(join(dir, 'report.report.yaml'), `files:\n${names.map((n) => `  - ${n}`).join('\n')}\n`);
  writeFileSync(join(inputs, 'chapters-whole.md'), text);
}

/** Runs one part as a child process and parses the JSON it prints; stops it after timeoutMs. */
function part(name, args, timeoutMs) {
  log(`${name}: node ${args.join(' ')}`);
  return new Promise((res) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs) : undefined;
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        log(`${name} stopped after ${timeoutMs / 1000} s`);
        return res({ timedOut: timeoutMs });
      }
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        res(JSON.parse(out.trim().split('\n').pop()));
      } catch (e) {
        log(`${name} FAILED (${e.message}): ${err.slice(-1500)}`);
        res({ failed: `${e.message}: ${err.trim().split('\n').slice(-3).join(' ')}` });
      }
    });
  });
}

const rel = (p) => p.replace(`${ROOT}/`, '');

/** bench/engine.ts bundled as dist/ is (same plugins), so that it times the code users run. */
async function bundleEngineBench() {
  const outfile = join(inputs, 'engine-bench.mjs');
  await esbuild.build({
    entryPoints: [join(HERE, 'engine.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm',
    mainFields: ['module', 'main'], plugins: [markdownItFields], logLevel: 'warning',
    // ESM, with a require() for the CommonJS packages inside; gen-report.mjs's "run as a
    // command?" check must not see the bundle's own URL.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    define: { 'import.meta.url': JSON.stringify('file:///bundled/gen-report.mjs') },
  });
  return outfile;
}
const results = {};
if (parts.has('engine')) {
  const engine = await bundleEngineBench();
  results.engine = await part('engine', [engine, '--json', '--words', '10000,100000', '--once', '0', '--runs', quick ? '3' : '7']);
  // 1M words once, in its own process so that a superlinear engine cannot hold the bench up
  const once = await part('engine 1M', [engine, '--json', '--words', '', '--once', '1000000'], ONCE_TIMEOUT_MS);
  if (results.engine && !results.engine.failed) results.engine.once = once.once ?? { words: 1000000, ...once };
}
if (parts.has('editor')) {
  results.editor = await part('editor', [rel(join(HERE, 'editor.mjs')), 'latency', '--json', '--doc', r100k,
    '--edits', quick ? '5' : '20', '--warmup', quick ? '3' : '10']);
}
if (parts.has('memory')) {
  results.memory = await part('memory', [rel(join(HERE, 'editor.mjs')), 'memory', '--json', '--dir', join(inputs, 'd50x10k')]);
}
if (parts.has('cli')) {
  results.cli = await part('cli', [rel(join(HERE, 'cli.mjs')), '--json', '--file', r100k, '--dir', join(inputs, 'd200x5k'),
    '--runs', quick ? '2' : '5', '--dir-runs', quick ? '1' : '3']);
}
if (parts.has('chapters')) {
  results.chapters = await part('chapters', [rel(join(HERE, 'editor.mjs')), 'chapters', '--json', '--dir', chaptersDir,
    '--edits', quick ? '5' : '20', '--warmup', quick ? '3' : '5']);
  const cli = await part('chapters cli', [rel(join(HERE, 'cli.mjs')), '--json', '--chapters', join(chaptersDir, 'report.report.yaml'), '--whole', join(inputs, 'chapters-whole.md'), '--runs', quick ? '2' : '5']);
  if (results.chapters && !results.chapters.failed) Object.assign(results.chapters, { cli });
}
if (parts.has('badinput')) {
  results.badinput = await part('badinput', ['--import', 'tsx', rel(join(HERE, 'badinput.mjs')), ...(quick ? ['--quick'] : [])]);
}
const loadEnd = loadavg()[0];

// ---------- table ----------
const rows = [];
const ms = (v) => (v === undefined || Number.isNaN(v) ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : v >= 1 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);
const verdict = (value, target) => (target === undefined || value === undefined || Number.isNaN(value) ? '' : value <= target ? 'ok' : 'MISSED');
/** One row: figure, input, median, min, n, target (ms unless unit says otherwise), note. */
function row(figure, input, s, { target, unit = 'ms', note = '' } = {}) {
  if (!s) return rows.push([figure, input, '–', '–', '–', target === undefined ? '' : `≤ ${fmt(target, unit)}`, '', note]);
  if (s.failed || s.error) return rows.push([figure, input, 'failed', '', '', target === undefined ? '' : `≤ ${fmt(target, unit)}`, '', String(s.failed ?? s.error).slice(0, 160)]);
  const median = typeof s === 'number' ? s : s.median;
  rows.push([figure, input, fmt(median, unit), typeof s === 'number' ? '' : fmt(s.min, unit), typeof s === 'number' ? '1' : String(s.n),
    target === undefined ? '' : `≤ ${fmt(target, unit)}`, verdict(median, target), note]);
}
function fmt(v, unit) {
  if (unit === 'MB') return `${v.toFixed(0)} MB`;
  return ms(v);
}
const words = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`) + ' words';

const E = results.engine;
if (E?.failed) row('Engine: full check', '', E);
else if (E) {
  const short = (n) => words(n).replace(' words', '');
  const sizes = E.sizes;
  const across = sizes.map((s) => short(s.words)).join(' · ') + ' words';
  /** One row for a figure measured at every size: values joined with " · ". */
  const joined = (figure, pick, note = () => '') => {
    const picked = sizes.map(pick);
    const failed = picked.find((p) => p?.error);
    if (failed) return rows.push([figure, across, 'failed', '', '', '', '', String(failed.error).slice(0, 160)]);
    const notes = sizes.map((s, i) => note(picked[i], s));
    rows.push([figure, across, picked.map((p) => ms(p.median)).join(' · '), picked.map((p) => ms(p.min)).join(' · '),
      picked.map((p) => p.n).join(' · '), '', '', notes.every((n) => n === notes[0]) ? notes[0] : notes.join(' · ')]);
  };
  for (const size of sizes) {
    row('Engine: full check (in-process lint)', words(size.words), size.full, { target: size.words === 100000 ? TARGETS.engine100k : undefined, note: `${size.findings} findings` });
  }
  joined('  ↳ parse/model (parseReport)', (s) => s.parse);
  sizes[0]?.rules.forEach((rule, i) => {
    joined(`  ↳ rule ${rule.id}`, (s) => s.rules[i], (r) => `${r.findings} findings${r.off ? ', off by default' : ''}`);
  });
  const once = E.once;
  if (once?.timedOut) rows.push(['Engine: full check, once', words(once.words), `> ${ms(once.timedOut)}`, '', '1', '', '', `stopped after ${ms(once.timedOut)}`]);
  else if (once) row('Engine: full check, once', words(once.words), once.full ?? once, { note: once.findings !== undefined ? `${once.findings} findings` : '' });
  // linearity: time per 10k words at each size, and the growth per tenfold (a lower bound when the 1M run was stopped)
  const onceTime = once?.timedOut ?? once?.full?.median;
  const points = [...sizes.map((s) => [s.words, s.full.median]), ...(onceTime !== undefined ? [[once.words, onceTime, !!once.timedOut]] : [])];
  const per10k = points.map(([w, t, more]) => `${more ? '> ' : ''}${ms((t * 10000) / w)}`).join(' · ');
  const growth = points.slice(1).map(([w, t, more], i) => `${more ? '> ' : ''}×${(t / points[i][1]).toFixed(1)} for ×${(w / points[i][0]).toFixed(0)} words`).join(', ');
  rows.push(['Linearity: full check time per 10k words', points.map(([w]) => short(w)).join(' · ') + ' words', per10k, '', '', 'flat (linear)', '', growth]);
  joined('Engine: re-lint after a 1-char edit (BlockCache)', (s) => s.incremental, () => 'typing into a paragraph, one cache across versions');
  if (E.real) row('Engine: re-lint after a 1-char edit in a numbered paragraph', `${Math.round(E.real.words / 1000)}k words, ${E.real.source}`, E.real.incremental, { note: 'typing into a published report, one cache across versions' });
}

const B = results.badinput;
if (B?.failed) row('Bad inputs', '', B);
else if (B) {
  const m = B.million;
  row('CLI: 1,000,000-line file (29 MB), JSON', 'one file', m.ms, { target: TARGETS.million, note: `exit ${m.exit}, ${(m.outputBytes / 1024).toFixed(0)} KB of output` });
  row('CLI: 1,000,000-line file, peak RSS', 'one file', m.rssMB, { target: TARGETS.millionMB, unit: 'MB' });
  for (const [name, r] of Object.entries(B.documents)) row(`Bad input: ${name}`, 'in-process lint', r.error ? { error: r.error } : r.ms, { note: r.error ? '' : `peak RSS ${r.rssMB} MB, ${r.findings} findings` });
  for (const [name, r] of Object.entries(B.scaling)) row(`Growth n → 4n: ${name}`, `n = ${r.scale?.n}`, r.error ? { error: r.error } : r.scale.ms4, { note: r.error ? '' : `×${(r.scale.ms4 / Math.max(r.scale.ms, 0.01)).toFixed(1)} (linear ×4, quadratic ×16); n: ${ms(r.scale.ms)}` });
  for (const [name, r] of Object.entries(B.configs)) row(`Config bomb: ${name}`, 'parse + lint', r.error ? { error: r.error } : r.ms, { note: r.error ? '' : `${r.errors?.length ?? 0} config errors` });
}

const ED = results.editor;
if (ED?.failed) row('Editor path', '', ED);
else if (ED) {
  /** Diagnostics count, and the rules the server skipped to stay within its typing budget. */
  const published = (n, notice) => {
    const skipped = notice && (/: ([\w-]+(?:, [\w-]+)*) (?:was|were) skipped/.exec(notice)?.[1] ?? notice);
    return `${n ?? '?'} diagnostics${skipped ? `; server skipped (time budget): ${skipped}` : ''}`;
  };
  row('Editor: server start → initialize response', 'fresh process', ED.startToInitialize);
  row('Editor: didOpen → first diagnostics (cold server)', words(100000), ED.openFirst, { note: `${published(ED.diagnostics, ED.openBudgetNotice)}; warm reopen median ${ms(ED.openWarm.median)}` });
  row('Editor: keystroke in a paragraph → diagnostics', words(100000), ED.typing, { target: TARGETS.keystroke, note: published(ED.typing.diagnostics, ED.typing.budgetNotice) });
  row('Editor: add a heading (`\\n## New heading\\n`) → diagnostics', words(100000), ED.heading, { note: published(ED.heading.diagnostics, ED.heading.budgetNotice) });
  row(`Editor: paste ${ED.pasteWords} words → diagnostics`, words(100000), ED.paste, { note: published(ED.paste.diagnostics, ED.paste.budgetNotice) });
}

const M = results.memory;
if (M?.failed) row('Memory: server RSS', '50 × 10k words', M, { target: TARGETS.rss50x10k, unit: 'MB' });
else if (M) {
  row('Memory: server RSS after all diagnostics', `${M.docs} open × 10k words`, M.rssMB, { target: TARGETS.rss50x10k, unit: 'MB', note: `peak (VmHWM) ${M.hwmMB.toFixed(0)} MB; all ${M.docs} linted in ${ms(M.allDiagnosticsMs)}` });
}

const C = results.cli;
if (C?.failed) row('CLI', '', C);
else if (C) {
  row('CLI: whole process', words(100000), C.file, { target: TARGETS.cli100k, note: C.file?.findings !== undefined ? `${C.file.findings} findings; \`node -e 0\` ${ms(C.nodeStart.median)}, \`cli.js --version\` ${ms(C.version?.median)}` : '' });
  row(`CLI: whole process${C.hasJobs ? ' (default --jobs)' : ''}`, '200 × 5k words', C.dir, { target: TARGETS.cli200x5k, note: C.dir?.findings !== undefined ? `${C.dir.findings} findings` : '' });
  if (C.hasJobs) {
    row('CLI: whole process, --jobs 1', '200 × 5k words', C.dirJobs1);
    row('CLI: whole process, --jobs 2', '200 × 5k words', C.dirJobs2);
  } else rows.push(['CLI: --jobs', '200 × 5k words', 'n/a', '', '', '', '', 'the CLI has no --jobs option yet']);
}

const CH = results.chapters;
if (CH?.failed) row('Multi-file report', '', CH);
else if (CH) {
  row('Editor: edit in chapter 1 → last chapter\'s diagnostics', `${CH.chapters} chapters, ${words(100000)}`, CH.otherChapter, { target: TARGETS.otherChapter, note: 'all chapters open; one report (manifest)' });
  const c = CH.cli;
  if (c?.chapters?.median && c?.whole?.median) {
    row('CLI: whole process, report in chapters', `${CH.chapters} chapters, ${words(100000)}`, c.chapters, { note: `same text in one file ${ms(c.whole.median)}: ×${(c.chapters.median / c.whole.median).toFixed(2)} (target ≤ ×1.20)` });
  } else rows.push(['CLI: report in chapters', '', 'failed', '', '', '', '', JSON.stringify(c?.chapters?.error ?? c?.failed ?? c).slice(0, 160)]);
}

let commit = '';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim()) commit += ' + uncommitted changes';
} catch {
  commit = 'unknown';
}
const header = ['Figure', 'Input', 'Median', 'Min', 'n', 'Target', '', 'Notes'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`).join('\n');
const cpu = cpus();
console.log(`## Inspection Reports benchmark${quick ? ' (quick)' : ''}\n`);
console.log(`Commit ${commit}; rules in the registry: ${E?.rules?.length ?? '?'}; Node ${process.version}; ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'CPU'}; ` +
  `load average ${loadStart.toFixed(1)} at start, ${loadEnd.toFixed(1)} at end; took ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
console.log(table);
const missed = rows.filter((r) => r[6] === 'MISSED').length;
console.log(`\n${missed ? `${missed} target(s) MISSED.` : 'All targets met.'} Medians after warm-up; "n" is the number of timed runs.` +
  (loadStart > cpu.length * 0.5 ? ' The machine was busy (load average above half the cores): figures are inflated.' : ''));
if (values.json) writeFileSync(values.json, JSON.stringify({ commit, node: process.version, cpus: cpu.length, loadStart, loadEnd, results }, null, 2));
const failed = Object.values(results).some((r) => r?.failed);
process.exitCode = failed ? 1 : 0;
