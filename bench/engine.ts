// In-process engine timings: full check (lint) at several sizes, its breakdown into the parse
// (parseReport) and each rule of the registry on its own, and an incremental re-lint through a
// BlockCache after a one-character edit, in the generated draft and in a numbered paragraph of
// published reports.
//
//   node --import tsx bench/engine.ts [--words 10000,100000] [--once 1000000] [--runs 7] [--isolated] [--json]
//
// Without --json it prints a readable summary; with it, one JSON object (read by bench/run.mjs).
import { performance } from 'node:perf_hooks';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lint, BlockCache } from '../server/src/engine/lint';
import { parseReport } from '../server/src/engine/parse';
import { rules } from '../server/src/engine/rules/index';
import type { ResolvedConfig } from '../server/src/engine/config';
import { defaultConfig } from '../server/src/engine/configure';
import type { AnyRule } from '../server/src/engine/rule';
import { generateReport } from './gen-report.mjs';
import { stats, type Stats } from './stats.mjs';

const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '10000,100000' },
    once: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    isolated: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SEED = Number(values.seed);

// One config for every lint, as the CLI and the server keep one per folder (defaultConfig()
// per call would recompile the templates every time).
const config = defaultConfig();

// No forced gc() between runs: after one, V8 runs the next lint several times slower (the
// young generation and code caches start cold), which is not what an editor or CLI sees.
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Warm-up runs (at least `warmup`, and at least WARMUP_MS of them: the JIT needs a few dozen
 * lints of a small report to settle), then `runs` timed runs of fn (setup, untimed, before each).
 */
const WARMUP_MS = 1000;
/** Timed runs stop early (after at least MIN_RUNS) once another would end past this much timed work. */
const CELL_BUDGET_MS = 10_000;
const MIN_RUNS = 3;
function measure<T>(runs: number, warmup: number, setup: () => T, fn: (input: T) => void, warmupMs = WARMUP_MS): Stats {
  const until = performance.now() + warmupMs;
  for (let i = 0; i < warmup || performance.now() < until; i++) fn(setup());
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < runs; i++) {
    if (i >= MIN_RUNS && spent + times[i - 1] > CELL_BUDGET_MS) break;
    const input = setup();
    times.push(time(() => fn(input)));
    spent += times[i];
  }
  return stats(times);
}

interface RuleTiming extends Stats {
  id: string;
  off: boolean;
  findings: number;
  error?: string;
}

function fullCheck(text: string, runs: number, warmup: number, warmupMs = WARMUP_MS) {
  let findings = 0;
  const full = measure(runs, warmup, () => text, (t) => {
    findings = lint({ text: t, config, assumeReport: true }).findings.length;
  }, warmupMs);
  return { full, findings };
}

/** The config with only the rules in `on` enabled (rules off by default get `info`). */
function configWith(on: (id: string) => boolean): ResolvedConfig {
  const settings = new Map([...config.rules].map(([id, s]) => [id, { ...s, severity: on(id) ? (s.severity === 'off' ? 'info' : s.severity) : 'off' }] as const));
  return { ...config, rules: settings };
}

/**
 * Parse, then each rule of the registry timed on its own. The rules are timed inside lint()
 * itself (each registry entry's check is wrapped while this runs), so they get exactly the
 * context lint() builds, whatever it becomes. Every run lints a fresh model with every rule on
 * (rules off by default too, at `info`): per-block work that rules share through block.derive
 * is charged to the first rule (in registry order) that asks for it. With --isolated each rule
 * is timed in a lint of its own with the other rules off (its cost alone; slower to measure).
 */
function breakdown(text: string, runs: number, isolated: boolean) {
  const parse = measure(runs, 1, () => text, (t) => void parseReport(t));
  const times = rules.map(() => [] as number[]);
  const counts = rules.map(() => 0);
  const errors: (string | undefined)[] = rules.map(() => undefined);
  const originals = rules.map((r) => r.check);
  rules.forEach((rule: AnyRule, i) => {
    rule.check = function timed(this: AnyRule, ...args: Parameters<AnyRule['check']>) {
      const t0 = performance.now();
      try {
        originals[i].apply(this, args);
      } catch (e) {
        errors[i] = (e as Error).message;
        throw e;
      } finally {
        times[i].push(performance.now() - t0);
      }
    };
  });
  const all = configWith(() => true);
  const single = rules.map((r) => configWith((id) => id === r.id));
  const count = (findings: { ruleId: string; message: string }[], only?: number) => {
    // lint() turns a throwing rule into one info finding; do not count that one
    for (let i = 0; i < rules.length; i++) if (only === undefined || only === i) counts[i] = findings.filter((f) => f.ruleId === rules[i].id && !(errors[i] && f.message.startsWith(`Rule ${f.ruleId} failed`))).length;
  };
  try {
    const t0 = performance.now();
    for (let run = 0; run <= runs; run++) {
      // run 0 is the warm-up; later runs stop early (after MIN_RUNS) past the cell budget
      if (run > MIN_RUNS && (performance.now() - t0) * (run + 1) / run > CELL_BUDGET_MS) break;
      if (isolated) rules.forEach((_, i) => count(lint({ text, config: single[i], assumeReport: true }).findings, i));
      else count(lint({ text, config: all, assumeReport: true }).findings);
      if (run === 0) times.forEach((t) => (t.length = 0));
    }
  } finally {
    rules.forEach((rule, i) => (rule.check = originals[i]));
  }
  const perRule: RuleTiming[] = rules.map((rule, i) => ({
    id: rule.id,
    off: config.rules.get(rule.id)?.severity === 'off',
    findings: counts[i],
    ...stats(times[i]),
    ...(errors[i] ? { error: errors[i] } : {}),
  }));
  return { parse, rules: perRule };
}

/** Re-lint through a BlockCache after typing one character in the middle of a paragraph. */
function incremental(text: string, runs: number): Stats {
  const mid = text.indexOf('\n\nWe ', Math.floor(text.length / 2));
  return typingAt(text, text.indexOf('. ', mid + 2) + 1, runs); // after the first sentence of that paragraph
}

/** Re-lint through one BlockCache after each character typed at `at` (one more character each version). */
function typingAt(text: string, at: number, runs: number): Stats {
  const cache = new BlockCache();
  let current = text;
  lint({ text: current, config, cache, assumeReport: true });
  let i = 0;
  return measure(runs, 5, () => {
    const edited = current.slice(0, at + i) + 'x' + current.slice(at + i);
    i++;
    return edited;
  }, (edited) => {
    current = edited;
    lint({ text: edited, config, cache, assumeReport: true });
  });
}

/**
 * Published reports joined to about 100,000 words: the corpus of real reports beside the
 * repository when it is there (Ofsted's, whose paragraphs are numbered lists), else the
 * published example repeated. Numbered paragraphs are what authors of such reports type into.
 */
function realText(words: number): { text: string; source: string } {
  // The repository's root: beside this file when run with tsx; bench/run.mjs runs a bundle of it
  // (whose own URL is made up) with the root as its working directory.
  const beside = join(dirname(fileURLToPath(import.meta.url)), '..');
  const root = existsSync(join(beside, 'examples')) ? beside : process.cwd();
  const corpus = join(root, '..', 'shared', 'data', 'real-reports', 'ofsted');
  const files = existsSync(corpus)
    ? readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => join(corpus, f))
    : [join(root, 'examples', 'published-ofsted-ilacs.md')];
  const source = existsSync(corpus) ? 'published Ofsted reports joined' : 'the published example repeated';
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const body = readFileSync(files[i % files.length], 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    parts.push(body);
    count += body.split(/\s+/).length;
  }
  return { text: `---\ntemplate: ofsted-ilacs\n---\n\n${parts.join('\n\n')}`, source };
}

/** Re-lint through a BlockCache after typing one character into a numbered paragraph near the middle. */
function incrementalNumbered(text: string, runs: number): Stats {
  const numbered = /\n\d+\. [^\n]{80,}/g;
  numbered.lastIndex = Math.floor(text.length / 2);
  const m = numbered.exec(text);
  if (!m) throw new Error('no numbered paragraph in the real text');
  return typingAt(text, m.index + 40, runs);
}

const sizes = values.words.split(',').filter(Boolean).map(Number);
const result: Record<string, unknown> = { rules: rules.map((r) => r.id), sizes: [] as unknown[] };
for (const words of sizes) {
  const text = generateReport({ words, seed: SEED });
  // small inputs are cheap and noisier: more runs, and a longer warm-up for the JIT
  const runs = words <= 20000 ? Math.max(RUNS * 3, 15) : RUNS;
  const { full, findings } = fullCheck(text, runs, words <= 20000 ? 10 : 3);
  (result.sizes as unknown[]).push({ words, chars: text.length, findings, full, ...breakdown(text, runs, values.isolated ?? false), incremental: incremental(text, runs) });
}
if (sizes.length) {
  const real = realText(100000);
  result.real = { words: real.text.split(/\s+/).length, source: real.source, incremental: incrementalNumbered(real.text, Math.max(RUNS * 3, 15)) };
}
if (Number(values.once) > 0) {
  const words = Number(values.once);
  const text = generateReport({ words, seed: SEED });
  // One timed run, no warm-up at this size; when no other size ran here, a second of 10k-word
  // lints warms the engine first.
  if (!sizes.length) fullCheck(generateReport({ words: 10000, seed: SEED }), 1, 10);
  const { full, findings } = fullCheck(text, 1, 0, 0);
  result.once = { words, chars: text.length, findings, full };
}

if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
else {
  const ms = (s: Stats) => `${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, n=${s.n})`;
  for (const s of result.sizes as { words: number; findings: number; full: Stats; parse: Stats; rules: RuleTiming[]; incremental: Stats }[]) {
    console.log(`${s.words} words: full check ${ms(s.full)}, ${s.findings} findings`);
    console.log(`  parse/model ${ms(s.parse)}`);
    for (const r of s.rules) console.log(`  ${r.id.padEnd(28)} ${ms(r)} ${r.findings} findings${r.off ? ' (off by default)' : ''}${r.error ? ` FAILED: ${r.error}` : ''}`);
    console.log(`  re-lint after a 1-char edit (BlockCache) ${ms(s.incremental)}`);
  }
  const real = result.real as { words: number; source: string; incremental: Stats } | undefined;
  if (real) console.log(`${real.words} words of ${real.source}: re-lint after a 1-char edit in a numbered paragraph ${ms(real.incremental)}`);
  const once = result.once as { words: number; full: Stats } | undefined;
  if (once) console.log(`${once.words} words: full check ${once.full.median.toFixed(0)} ms (one run)`);
}
