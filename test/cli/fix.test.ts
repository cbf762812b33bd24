// `check --fix`: safe fixes are written atomically, a second run changes nothing, and without
// --fix no file is ever written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, statSync, readdirSync, copyFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { cli, json, makeTempDir, rmTemp, findingLines, MISSING_TWO, CLEAN, WARNINGS_ONLY, REPO_ROOT } from './run';

let dir: string;

before(() => {
  dir = makeTempDir('ir-cli-fix-');
});

after(() => rmTemp(dir));

/** What --fix should append to MISSING_TWO: both sections, in template order, with placeholders. */
const INSERTED = /^\n## Areas for development\n\n\[\[[^\]\n]+\]\]\n\n## Next steps\n\n\[\[[^\]\n]+\]\]\n$/;

function snapshot(folder: string): Map<string, { content: Buffer; mtimeMs: number }> {
  const files = new Map<string, { content: Buffer; mtimeMs: number }>();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    files.set(name, { content: readFileSync(path), mtimeMs: statSync(path).mtimeMs });
  }
  return files;
}

/** Sets every file's mtime into the past, so that a rewrite within the same tick would still show. */
function ageFiles(folder: string): void {
  const past = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(folder)) utimesSync(join(folder, name), past, past);
}

test('--fix inserts both missing sections; a second --fix changes nothing (byte-identical)', () => {
  const file = join(dir, 'draft.md');
  writeFileSync(file, MISSING_TWO);
  const first = cli(['check', '--fix', 'draft.md'], dir);
  const fixed = readFileSync(file, 'utf8');
  assert.ok(fixed.startsWith(MISSING_TWO), 'the text before the insertion is unchanged');
  assert.match(fixed.slice(MISSING_TWO.length), INSERTED);
  // Findings are those of the fixed text: no required-section left; each inserted section is
  // empty (a warning) and holds a [[guidance]] placeholder, an error: --fix never leaves the gate green.
  assert.equal(first.status, 1, first.stdout + first.stderr);
  const lines = findingLines(first.stdout);
  assert.equal(lines.filter((l) => l.endsWith('[empty-section]')).length, 2, first.stdout);
  assert.equal(lines.filter((l) => l.includes(': error: ') && l.endsWith('[placeholder]')).length, 2, first.stdout);
  assert.equal(lines.length, 4);
  assert.match(first.stdout, /; 2 fixed\.\n$/);
  // No temporary files left behind by the atomic write.
  assert.deepEqual(readdirSync(dir), ['draft.md']);

  ageFiles(dir);
  const before = snapshot(dir);
  const second = cli(['check', '--fix', 'draft.md'], dir);
  assert.equal(second.status, 1, 'the inserted placeholders still fail the gate');
  assert.doesNotMatch(second.stdout, /fixed/);
  assert.deepEqual(snapshot(dir), before, 'second --fix writes nothing');
});

test('without --fix, files are never written (content and mtime unchanged), in every format', () => {
  const folder = makeTempDir('ir-cli-nofix-');
  try {
    for (const name of readdirSync(join(REPO_ROOT, 'examples'))) copyFileSync(join(REPO_ROOT, 'examples', name), join(folder, name));
    writeFileSync(join(folder, 'missing.md'), MISSING_TWO);
    writeFileSync(join(folder, 'crlf.md'), MISSING_TWO.replace(/\n/g, '\r\n'));
    ageFiles(folder);
    const before = snapshot(folder);
    for (const format of ['text', 'json', 'sarif']) {
      const result = cli(['check', '.', '--format', format], folder);
      assert.equal(result.status, 1, `${format}: ${result.stderr}`);
    }
    assert.deepEqual(snapshot(folder), before);
  } finally {
    rmTemp(folder);
  }
});

test('--fix keeps CRLF line endings', () => {
  const file = join(dir, 'crlf.md');
  const crlf = MISSING_TWO.replace(/\n/g, '\r\n');
  writeFileSync(file, crlf);
  // Exit 1: the inserted sections hold placeholders (errors) until they are written.
  assert.equal(cli(['check', '--fix', 'crlf.md'], dir).status, 1);
  const fixed = readFileSync(file, 'utf8');
  assert.ok(fixed.startsWith(crlf));
  assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/, 'no bare LF');
  assert.match(fixed.slice(crlf.length).replace(/\r\n/g, '\n'), INSERTED);
});

test('--fix keeps a UTF-8 byte order mark', () => {
  const file = join(dir, 'bom.md');
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  writeFileSync(file, Buffer.concat([bom, Buffer.from(MISSING_TWO)]));
  assert.equal(cli(['check', '--fix', 'bom.md'], dir).status, 1);
  const fixed = readFileSync(file);
  // Today the BOM is dropped: readDocument decodes with TextDecoder (which strips it) and the
  // fixed text is written back without it, a change outside any fix.
  assert.deepEqual([...fixed.subarray(0, 3)], [...bom], 'the BOM is still there');
  assert.match(fixed.subarray(3).toString('utf8').slice(MISSING_TWO.length), INSERTED);
});

test('--fix leaves files without safe fixes alone, and fixes many files (worker threads) alike', () => {
  const folder = makeTempDir('ir-cli-fixmany-');
  try {
    writeFileSync(join(folder, 'clean.md'), CLEAN);
    writeFileSync(join(folder, 'warnings.md'), WARNINGS_ONLY);
    for (let i = 0; i < 20; i++) writeFileSync(join(folder, `draft-${String(i).padStart(2, '0')}.md`), MISSING_TWO);
    ageFiles(folder);
    const before = snapshot(folder);
    const result = cli(['check', '--fix', '--format', 'json', '--jobs', '3', '.'], folder);
    // Exit 1: the fixed drafts hold the inserted placeholders.
    assert.equal(result.status, 1, result.stderr);
    const after = snapshot(folder);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no files added (temporary files are gone)');
    assert.deepEqual(after.get('clean.md'), before.get('clean.md'));
    assert.deepEqual(after.get('warnings.md'), before.get('warnings.md'));
    for (const [name, { content }] of after) {
      if (!name.startsWith('draft-')) continue;
      assert.match(content.toString('utf8').slice(MISSING_TWO.length), INSERTED, name);
    }
    const reports = json<{ filePath: string; findings: { ruleId: string }[] }[]>(result);
    assert.equal(reports.length, 22);
    assert.ok(reports.every((r) => r.findings.every((f) => f.ruleId !== 'required-section')));
  } finally {
    rmTemp(folder);
  }
});
