// Bad files and configs through the built CLI (dist/cli.js), one test per input: the CLI ends
// within a sane bound (20 s; it only catches hangs) with the documented exit code, never a
// stack trace, and tells the user what it skipped or what is wrong. Times are logged in the TAP
// output ("# name: N ms").
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, symlinkSync, realpathSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BILLION_LAUGHS_YAML, binaryBytes, glossaryText } from './cases';
import { REPO_ROOT, BOUND_MS } from './harness';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const REPORT = '---\ntemplate: generic\n---\n# Inspection of Example Council\n\n## Summary\n\nInspectors found good practice.\n\n## Findings\n\nMost plans were good.\n';
let root: string;

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
  root = realpathSync(mkdtempSync(join(tmpdir(), 'ir-cli-badinput-')));
});
after(() => rmSync(root, { recursive: true, force: true }));

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A fresh folder (so no other config is found) with the given files. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(root, name.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

function cli(t: TestContext, name: string, cwd: string, args: string[], bound = BOUND_MS): CliRun {
  const started = Date.now();
  const child = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: bound, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 });
  const ms = Date.now() - started;
  const timedOut = child.error && /ETIMEDOUT/.test(String((child.error as NodeJS.ErrnoException).code));
  t.diagnostic(`${name}: ${ms} ms, exit ${child.status ?? child.signal}`);
  assert.ok(!timedOut, `${name}: the CLI did not finish within ${bound / 1000} s (killed)`);
  assert.ok(!/\n\s+at .+:\d+:\d+\)?\n/.test(child.stderr ?? ''), `${name}: the CLI printed a stack trace:\n${(child.stderr ?? '').slice(0, 3000)}`);
  assert.notEqual(child.status, null, `${name}: killed by ${child.signal}`);
  return { status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '', ms };
}

function json(run: CliRun): { filePath: string; findings: { ruleId: string; message: string }[] }[] {
  try {
    return JSON.parse(run.stdout);
  } catch {
    assert.fail(`stdout is not JSON:\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr.slice(0, 2000)}`);
  }
}

test('cli: a binary file is skipped with a message; the other files are still checked', (t) => {
  const dir = folder('binary', { 'image.md': binaryBytes(50_000), 'report.md': REPORT });
  const run = cli(t, 'binary file', dir, ['check', '.', '--format', 'json']);
  assert.match(run.stderr, /image\.md: looks like a binary file/);
  assert.deepEqual(json(run).map((r) => r.filePath), ['report.md']);
  assert.equal(run.status, 0);
});

test('cli: a text file with NUL bytes is skipped with a message', (t) => {
  const dir = folder('nul', { 'nul.md': `# Title\0\n\nText\0 here.\n` });
  const run = cli(t, 'NUL bytes', dir, ['check', 'nul.md']);
  assert.match(run.stderr, /nul\.md: .*NUL/);
  assert.equal(run.status, 0);
});

test('cli: NUL bytes after the first 8,000 bytes: the file is checked (or skipped) without a crash', (t) => {
  const dir = folder('late-nul', { 'late.md': `${REPORT}\n${'Some more text here. '.repeat(500)}\n\nThen\0a NUL  \n` });
  const run = cli(t, 'NUL after 8,000 bytes', dir, ['check', 'late.md', '--format', 'json']);
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
});

test('cli: invalid UTF-8 is skipped with a message saying to save it as UTF-8', (t) => {
  const dir = folder('latin1', { 'latin1.md': Buffer.concat([Buffer.from('# Adroddiad\n\nGwasanaeth '), Buffer.from([0xe2, 0x28, 0xa1, 0xff, 0xfe]), Buffer.from(' da.\n')]) });
  const run = cli(t, 'invalid UTF-8', dir, ['check', 'latin1.md']);
  assert.match(run.stderr, /latin1\.md: is not valid UTF-8, not checked \(save it as UTF-8\)/);
  assert.equal(run.status, 0);
});

test('cli: a UTF-16 file (Windows "Unicode") is skipped with a message that names the encoding', (t) => {
  const dir = folder('utf16', { 'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]) });
  const run = cli(t, 'UTF-16 file', dir, ['check', 'utf16.md']);
  assert.match(run.stderr, /utf16\.md: /, 'the file is reported as skipped');
  assert.match(run.stderr, /UTF-16|UTF-8/, `the message should say it is UTF-16 (save as UTF-8), not just "binary": ${run.stderr.trim()}`);
});

test('cli: a UTF-8 BOM and CRLF line ends are accepted', (t) => {
  const dir = folder('bom', { 'bom.md': `\uFEFF${REPORT.replace(/\n/g, '\r\n')}` });
  const run = cli(t, 'BOM + CRLF', dir, ['check', 'bom.md', '--format', 'json']);
  assert.deepEqual(json(run)[0].findings.filter((f) => f.ruleId === 'front-matter'), [], 'the front matter after the BOM is read');
});

test('cli: an empty file is checked without a crash', (t) => {
  // --template: a file with no front matter is not a report unless the CLI is told to check it as one.
  const dir = folder('empty', { 'empty.md': '' });
  const run = cli(t, 'empty file', dir, ['check', 'empty.md', '--format', 'json', '--template', 'generic']);
  assert.equal(json(run).length, 1);
});

test('cli: a 10 MB single line is checked within the bound', (t) => {
  const dir = folder('long-line', { 'long.md': `# Title\n\n${'word '.repeat(2_000_000)}\n` });
  const run = cli(t, '10 MB single line', dir, ['check', 'long.md', '--format', 'json', '--template', 'generic']);
  assert.equal(json(run).length, 1);
});

// ~10 s on an idle machine (416,000 findings to format); 20 s is too close on a busy one.
test('cli: a 1,000,000-line file is checked within the bound', { timeout: 2 * BOUND_MS + 30_000 }, (t) => {
  const chunk = `## Section\n\n${'A line of the report, with 9 of 14 cases (CIW).\n'.repeat(4)}\n`;
  const dir = folder('million-lines', { 'million.md': `# Title\n\n${chunk.repeat(Math.ceil(1_000_000 / 7))}` });
  const run = cli(t, '1,000,000-line file', dir, ['check', 'million.md', '--format', 'json', '--template', 'generic'], 2 * BOUND_MS);
  assert.equal(json(run).length, 1);
});

test('cli: a file over 50 MB is skipped with a message, not read', (t) => {
  const dir = folder('huge', { 'huge.md': Buffer.alloc(51 * 1024 * 1024, 'a') });
  const run = cli(t, 'file over 50 MB', dir, ['check', 'huge.md']);
  assert.match(run.stderr, /huge\.md: larger than 50 MB, not checked/);
});

test('cli: a directory named like a report, and a broken symlink, are reported, not crashed on', (t) => {
  const dir = folder('odd-paths', { 'ok.md': REPORT });
  mkdirSync(join(dir, 'folder.md'));
  symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
  const run = cli(t, 'directory and broken symlink', dir, ['check', 'folder.md', 'broken.md', 'ok.md', '--format', 'json']);
  assert.match(run.stderr, /broken\.md/);
  assert.equal(run.status, 2, 'a missing path is a usage error (exit 2)');
});

test('cli: a named pipe given as a file is skipped, not waited on forever', (t) => {
  const dir = folder('fifo', { 'ok.md': REPORT });
  try {
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
  } catch {
    t.skip('mkfifo is not available');
    return;
  }
  const run = cli(t, 'named pipe', dir, ['check', 'pipe.md', 'ok.md', '--format', 'json']);
  assert.match(run.stderr, /pipe\.md/, 'the pipe is reported as not checked');
});

test('cli: a config with a YAML syntax error: exit 2, file:line:column and the message on stderr', (t) => {
  const dir = folder('bad-yaml-config', { '.inspection-reports.yaml': 'rules:\n  empty-section: [warning\n', 'report.md': REPORT });
  const run = cli(t, 'YAML syntax error in config', dir, ['check', 'report.md']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /\.inspection-reports\.yaml:2:\d+: config error: YAML syntax error/);
});

test('cli: a config with wrong types and unknown rule ids: exit 2, each problem with its line', (t) => {
  const dir = folder('bad-types-config', { '.inspection-reports.yaml': 'rules:\n  no-such-rule: error\n  empty-section: loud\nreports: x.md\n', 'report.md': REPORT });
  const run = cli(t, 'wrong types in config', dir, ['check', 'report.md']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /:2:\d+: config error: Unknown rule `no-such-rule`/);
  assert.match(run.stderr, /:3:\d+: config error: `rules\.empty-section` must be one of/);
  assert.match(run.stderr, /:4:\d+: config error: `reports` must be a list/);
});

test('cli: a config with an unknown template: exit 2 with the closest known one', (t) => {
  const dir = folder('unknown-template-config', { '.inspection-reports.yaml': 'template: cqd\n', 'report.md': '# T\n\nText.\n' });
  const run = cli(t, 'unknown template in config', dir, ['check', 'report.md']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /config error: Unknown template "cqd".*Did you mean "cqc"\?/);
});

test('cli: YAML billion laughs in the config: exit 2 quickly, with a message', (t) => {
  const dir = folder('laughs-config', { '.inspection-reports.yaml': `${BILLION_LAUGHS_YAML}template: generic\n`, 'report.md': REPORT });
  const run = cli(t, 'billion laughs config', dir, ['check', 'report.md']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /config error: .*(alias|resource)/i);
});

test('cli: YAML billion laughs in front matter: a front-matter finding, quickly', (t) => {
  const dir = folder('laughs-front-matter', { 'report.md': `---\n${BILLION_LAUGHS_YAML}---\n# T\n` });
  const run = cli(t, 'billion laughs front matter', dir, ['check', 'report.md', '--format', 'json']);
  assert.ok(json(run)[0].findings.some((f) => f.ruleId === 'front-matter' && /alias/i.test(f.message)));
});

test('cli: a JSON config nested 100,000 levels deep: exit 2 with a message, no crash', (t) => {
  const dir = folder('deep-json-config', { '.inspection-reports.json': `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'report.md': REPORT });
  const run = cli(t, 'deeply nested JSON config', dir, ['check', 'report.md']);
  assert.equal(run.status, 2, `exit ${run.status}; stderr: ${run.stderr.slice(0, 1500)}`);
  assert.match(run.stderr, /config error/);
});

test('cli: --config naming a file that does not exist: exit 2 with a message', (t) => {
  const dir = folder('missing-config', { 'report.md': REPORT });
  const run = cli(t, 'missing --config', dir, ['check', 'report.md', '--config', 'nope.yaml']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /nope\.yaml.*cannot be read/);
});

test('cli: glossaries that do not exist: exit 2, each named on stderr', (t) => {
  const dir = folder('missing-glossary', { '.inspection-reports.yaml': 'glossaries: [missing.yaml, terms/missing.tsv]\n', 'report.md': REPORT });
  const run = cli(t, 'missing glossaries', dir, ['check', 'report.md']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Glossary "missing\.yaml" cannot be read/);
  assert.match(run.stderr, /Glossary "terms\/missing\.tsv" cannot be read/);
});

test('cli: a glossary of 100,000 entries is loaded within the bound', (t) => {
  const dir = folder('big-glossary', { '.inspection-reports.yaml': 'glossaries: [big.tsv]\n', 'big.tsv': glossaryText(100_000, 'tsv'), 'report.md': `${REPORT}\nThe A1X met.\n` });
  const run = cli(t, '100,000-entry glossary', dir, ['check', 'report.md', '--format', 'json']);
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr.slice(0, 1500)}`);
  assert.ok(json(run)[0].findings.some((f) => /A1X.*Agency number 1 Example/.test(f.message)), 'the glossary expansion is offered for A1X');
});

test('cli: --fix on a binary file and a NUL file leaves them untouched', (t) => {
  const bytes = binaryBytes(20_000);
  const dir = folder('fix-binary', { 'image.md': bytes });
  const run = cli(t, '--fix on binary', dir, ['check', 'image.md', '--fix']);
  assert.match(run.stderr, /binary/);
  assert.ok(spawnSync('cmp', [join(dir, 'image.md'), '-'], { input: bytes }).status === 0, 'the binary file was modified');
});
