// Everything the project's own files refer to lives in the project: no pointer to notes outside
// the repository, and every docs/… or test/…/README.md path named in a source, script or doc exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const files = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.mjs', '*.sh', '*.md', '.ci/run', 'package.json'], { cwd: repo, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !f.startsWith('test/eval/real/') && !f.startsWith('test/fixtures/') && existsSync(resolve(repo, f)));

test('no file refers to design notes outside the repository', () => {
  const outside = files.filter((f) => /\bshared\/design\//.test(readFileSync(resolve(repo, f), 'utf8')));
  assert.deepEqual(outside, []);
});

test('every docs/*.md path a file names exists', () => {
  assert.ok(files.length > 50, `only ${files.length} files listed`);
  const missing: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(resolve(repo, f), 'utf8').matchAll(/(?<![\w./-])docs\/[\w./-]+?\.md\b/g)) {
      if (!existsSync(resolve(repo, m[0]))) missing.push(`${f}: ${m[0]}`);
    }
  }
  assert.deepEqual(missing, []);
});
