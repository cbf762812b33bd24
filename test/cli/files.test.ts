// Which files `check` reads: directories searched recursively for *.md (node_modules, .git and
// hidden folders skipped), globs, explicit files, and files that are not text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cli, json, makeTempDir, rmTemp, findingLines, MISSING_TWO, CLEAN, WARNINGS_ONLY, REPO_ROOT } from './run';

let dir: string;

interface JsonReport {
  filePath: string;
  findings: { ruleId: string; line: number }[];
}

const filesOf = (stdout: string) => JSON.parse(stdout).map((r: JsonReport) => r.filePath) as string[];

before(() => {
  dir = makeTempDir('ir-cli-files-');
  const tree: Record<string, string> = {
    'top.md': MISSING_TWO,
    'notes.txt': MISSING_TWO,
    'reports/a.md': CLEAN,
    'reports/deep/er/b.md': WARNINGS_ONLY,
    'reports/deep/er/c.markdown': MISSING_TWO,
    'node_modules/pkg/README.md': MISSING_TWO,
    'reports/node_modules/x/y.md': MISSING_TWO,
    '.git/info.md': MISSING_TWO,
    '.hidden/secret.md': MISSING_TWO,
  };
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // A symlink back up the tree must not loop.
  symlinkSync(dir, join(dir, 'reports', 'loop'));
});

after(() => rmTemp(dir));

test('a directory is searched recursively for *.md; node_modules, .git and hidden folders are skipped', () => {
  const result = cli(['check', '.', '--format', 'json'], dir);
  assert.equal(result.status, 1, result.stderr);
  assert.deepEqual(filesOf(result.stdout).sort(), ['reports/a.md', 'reports/deep/er/b.md', 'top.md']);
  // The default path is "." too.
  assert.deepEqual(filesOf(cli(['check', '--format', 'json'], dir).stdout).sort(), ['reports/a.md', 'reports/deep/er/b.md', 'top.md']);
  // A subdirectory given by name.
  assert.deepEqual(filesOf(cli(['check', 'reports/', '--format', 'json'], dir).stdout).sort(), ['reports/a.md', 'reports/deep/er/b.md']);
});

test('globs: examples/*.md from the repository root, and **/*.md skipping node_modules', () => {
  const examples = cli(['check', 'examples/*.md', '--format', 'json']);
  assert.equal(examples.status, 1);
  const expected = readdirSync(join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f) => `examples/${f}`).sort();
  assert.deepEqual(filesOf(examples.stdout).sort(), expected);
  assert.ok(filesOf(examples.stdout).includes('examples/missing-sections.md'));

  const all = cli(['check', '**/*.md', '--format', 'json'], dir);
  assert.deepEqual(filesOf(all.stdout).sort(), ['reports/a.md', 'reports/deep/er/b.md', 'top.md']);
  const one = cli(['check', 'reports/*.md', '--format', 'json'], dir);
  assert.deepEqual(filesOf(one.stdout), ['reports/a.md']);
  const braces = cli(['check', 'reports/**/{a,b}.md', '--format', 'json'], dir);
  assert.deepEqual(filesOf(braces.stdout).sort(), ['reports/a.md', 'reports/deep/er/b.md']);
});

test('a file named explicitly is checked whatever its extension; a path given twice is checked once', () => {
  const result = cli(['check', 'notes.txt', 'top.md', 'top.md', 'reports', 'reports/a.md', '--format', 'json'], dir);
  assert.equal(result.status, 1);
  assert.deepEqual(filesOf(result.stdout), ['notes.txt', 'top.md', 'reports/a.md', 'reports/deep/er/b.md']);
});

test('one file named two ways (top.md, ./top.md, its absolute path) is checked and counted once', () => {
  const result = cli(['check', 'top.md', './top.md', join(dir, 'top.md'), '--format', 'json'], dir);
  assert.equal(result.status, 1);
  // Today each spelling is a separate entry, so every finding is reported (and counted) three times.
  assert.equal(filesOf(result.stdout).length, 1, `checked as ${JSON.stringify(filesOf(result.stdout))}`);
});

test('binary and invalid UTF-8 files are skipped with a message, not a crash; the others are checked', () => {
  const folder = makeTempDir('ir-cli-binary-');
  try {
    writeFileSync(join(folder, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(folder, 'latin1.md'), Buffer.from('---\ntemplate: generic\n---\n\n# Caf\xe9 r\xe9sum\xe9\n', 'latin1'));
    writeFileSync(join(folder, 'empty.md'), '');
    writeFileSync(join(folder, 'missing.md'), MISSING_TWO);
    for (const format of ['text', 'json', 'sarif']) {
      const result = cli(['check', '.', '--format', format], folder);
      assert.equal(result.status, 1, `${format}: ${result.stderr}`);
      assert.match(result.stderr, /binary\.md: .*binary/);
      assert.match(result.stderr, /latin1\.md: .*UTF-8/);
      assert.doesNotMatch(result.stderr, /internal error|Error:|at /);
      if (format === 'json') assert.deepEqual(filesOf(result.stdout).sort(), ['missing.md']);
      // An empty file names no template and no `reports` glob matches it: not a report, skipped and counted.
      if (format === 'text') {
        assert.equal(findingLines(result.stdout).length, 2);
        assert.match(result.stdout, /^1 file skipped as not a report /m);
      } else assert.match(result.stderr, /1 file skipped as not a report /);
    }
    // Only skipped files: nothing checked, not an error.
    const alone = cli(['check', 'binary.md'], folder);
    assert.equal(alone.status, 0);
    assert.match(alone.stderr, /binary\.md/);
  } finally {
    rmTemp(folder);
  }
});

test('many files checked on worker threads give the same output, in the same order, as --jobs 1', () => {
  const folder = makeTempDir('ir-cli-many-');
  try {
    for (let i = 0; i < 24; i++) writeFileSync(join(folder, `r${String(i).padStart(2, '0')}.md`), [MISSING_TWO, CLEAN, WARNINGS_ONLY][i % 3]);
    const parallel = cli(['check', '.', '--jobs', '3'], folder);
    const serial = cli(['check', '.', '--jobs', '1'], folder);
    assert.equal(parallel.status, 1);
    assert.equal(parallel.status, serial.status);
    assert.equal(parallel.stdout, serial.stdout);
    const paths = findingLines(parallel.stdout).map((l) => l.split(':')[0]);
    assert.deepEqual(paths, [...paths].sort(), 'in input order');
    assert.equal(paths.length, 8 * 2 + 8);
    const json4 = cli(['check', '.', '-j', '4', '--format', 'json'], folder);
    assert.deepEqual(json<JsonReport[]>(json4).map((r) => r.filePath), readdirSync(folder).sort());
    assert.equal(cli(['check', '.', '--jobs', '0'], folder).status, 2);
  } finally {
    rmTemp(folder);
  }
});
