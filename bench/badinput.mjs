// Bad and extreme inputs, timed (`npm run bench`, part badinput): npm test runs them too, but
// asserts no time. Prints one JSON line:
//   million: the CLI checking a 1,000,000-line file (wall ms, peak RSS MB, bytes of JSON output)
//   millionNotReport: the same file as it is, skipped as no report (it names no template)
//   documents: in-process lint of the issue-15 inputs (ms, peak RSS of their process)
//   scaling: lint time at n and 4n per growing input (the ratio is ~4 when linear, 16 when quadratic)
//   configs: parse + lint time of config bombs
//   node --import tsx bench/badinput.mjs [--quick]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RUN_CASE = join(ROOT, 'test', 'badinput', 'run-case.ts');
const quick = process.argv.includes('--quick');

function runCase(args) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--stack-size=984', RUN_CASE, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
  try {
    return JSON.parse(child.stdout.trim().split('\n').pop());
  } catch {
    return { error: `exit ${child.status ?? child.signal}: ${(child.stderr ?? '').trim().split('\n').slice(-2).join(' ')}` };
  }
}

/**
 * The CLI on a 1,000,000-line file: wall time, peak RSS (reported by the process itself as it
 * exits), output size. Checked as a report (`--template generic`, as test/badinput/cli.test.ts
 * does); with `asReport` false, as it is, which with no template and no config is no report
 * (skipped).
 */
function million(asReport = true) {
  const dir = mkdtempSync(join(tmpdir(), 'ir-bench-million-'));
  try {
    const chunk = `## Section\n\n${'A line of the report, with 9 of 14 cases (CIW).\n'.repeat(4)}\n`;
    writeFileSync(join(dir, 'million.md'), `# Title\n\n${chunk.repeat(Math.ceil(1_000_000 / 7))}`);
    const rss = join(dir, 'rss.cjs');
    writeFileSync(rss, "process.on('exit', () => process.stderr.write(`\\nPEAK_RSS_MB=${Math.round(process.resourceUsage().maxRSS / 1024)}\\n`));\n");
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--require', rss, CLI, 'check', 'million.md', '--format', 'json', ...(asReport ? ['--template', 'generic'] : [])], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, INSPECTION_REPORTS_CODE_CACHE: 'off' } });
    const ms = performance.now() - started;
    return { ms, rssMB: Number(/PEAK_RSS_MB=(\d+)/.exec(child.stderr)?.[1]), outputBytes: child.stdout.length, exit: child.status, notes: child.stderr.split('\n').filter((l) => l.startsWith('inspection-reports:')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DOCUMENTS = ['80,000 `a" ` in one paragraph (240 KB)', '80,000 `<a href="` in one paragraph', '10 MB single line of report prose (sentences)', '1,000,000-line file'];
// Run with --import tsx (run.mjs does), to read the cases from the TypeScript the tests share.
const { scaling, configs } = await import(join(ROOT, 'test', 'badinput', 'cases.ts'));

const result = { million: million(), millionNotReport: million(false), documents: {}, scaling: {}, configs: {} };
for (const name of DOCUMENTS) result.documents[name] = runCase(['doc', name]);
for (const name of quick ? [] : Object.keys(scaling)) result.scaling[name] = runCase(['scale', name]);
for (const name of Object.keys(configs)) result.configs[name] = runCase(['config', name]);
process.stdout.write(`${JSON.stringify(result)}\n`);
