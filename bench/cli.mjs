// The CLI as a whole process (node start, bundle load, reading, linting, JSON output), as a
// reviewer or CI runs it: `node dist/cli.js check <path> --format json`.
//
//   node bench/cli.mjs --file r100k.md --dir d200x5k/ [--runs 5] [--dir-runs 3] [--json]
//
// Times one big file and one folder: median wall time of --runs / --dir-runs runs after one
// untimed warm-up run (which also fills the page cache); a cell stops early once another run
// would take it past 12 s of timed runs. If `node dist/cli.js --help` lists --jobs, the folder
// is also timed with --jobs 1 and --jobs 2 (no extra warm-up). Exit code 1 (error findings) is
// normal.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { stats } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');

/** Runs the CLI once; resolves with wall ms, exit code, findings (from the JSON) and stderr. */
function run(args) {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', rej);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      let findings = NaN;
      try {
        findings = JSON.parse(Buffer.concat(out).toString('utf8')).reduce((n, r) => n + r.findings.length, 0);
      } catch {
        // not JSON (a crash or a usage error): reported through code and stderr
      }
      res({ ms, code, findings, stderr: err.slice(-1000) });
    });
  });
}

/** Timed runs of one cell stop early (after at least one) once another would end past this. */
const CELL_BUDGET_MS = 12_000;

/**
 * An untimed warm-up run (also fills the page cache; skipped with warm = false when the same
 * input was just run), then up to `runs` timed runs within the cell budget.
 */
async function time(args, runs, warm = true) {
  const times = [];
  let first = warm ? await run(args) : undefined;
  if (!first) {
    first = await run(args);
    times.push(first.ms);
  }
  if (first.code !== 0 && first.code !== 1) return { error: `exit ${first.code}: ${first.stderr}`, args };
  while (times.length < runs && (times.length === 0 || times.reduce((a, b) => a + b, 0) + times[times.length - 1] <= CELL_BUDGET_MS)) {
    times.push((await run(args)).ms);
  }
  return { ...stats(times), findings: first.findings, args };
}

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    dir: { type: 'string' },
    /** A report in chapters (its manifest), and the same text in one file: timed in turn. */
    chapters: { type: 'string' },
    whole: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'dir-runs': { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const dirRuns = Number(values['dir-runs']);
const help = await new Promise((res) => {
  const child = spawn(process.execPath, [CLI, '--help'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', () => res(out));
});
const hasJobs = /--jobs\b/.test(help);

const result = { hasJobs };
// node's own start, for scale
result.nodeStart = await (async () => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await new Promise((res) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('close', res));
    times.push(performance.now() - t0);
  }
  return stats(times);
})();
// loading the bundle without linting anything
result.version = await time(['--version'], runs);
if (values.file) {
  result.file = await time(['check', values.file, '--format', 'json'], runs);
  result.file.words = readFileSync(values.file, 'utf8').match(/\S+/g).length;
}
if (values.dir) {
  result.dir = await time(['check', values.dir, '--format', 'json'], dirRuns);
  if (hasJobs) {
    result.dirJobs1 = await time(['check', values.dir, '--format', 'json', '--jobs', '1'], dirRuns, false);
    result.dirJobs2 = await time(['check', values.dir, '--format', 'json', '--jobs', '2'], dirRuns, false);
  }
}

if (values.chapters && values.whole) {
  result.chapters = await time(['check', values.chapters, '--format', 'json'], runs);
  result.whole = await time(['check', values.whole, '--format', 'json'], runs);
}

if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
else console.log(JSON.stringify(result, null, 2));
