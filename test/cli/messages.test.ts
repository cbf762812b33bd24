// The CLI's own messages: unknown options with the usage line, --quiet saying what it hid,
// `templates <id>` describing one template, and --shard splitting a file list between CI jobs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, makeTempDir, rmTemp, findingLines, CLEAN, WARNINGS_ONLY, MISSING_TWO } from './run';
import { builtinTemplates } from '../../server/src/engine/templates/builtin';
import { inShard, parseShard } from '../../server/src/cli/shard';

let dir: string;
before(() => {
  dir = makeTempDir();
  writeFileSync(join(dir, 'warnings.md'), WARNINGS_ONLY);
  writeFileSync(join(dir, 'missing.md'), MISSING_TWO);
  writeFileSync(join(dir, 'clean.md'), CLEAN);
});
after(() => rmTemp(dir));

test('an unknown option gets the CLI\'s own message, a suggestion when one is close, and the usage line', () => {
  for (const [option, suggestion] of [['--formt', '--format'], ['--quite', '--quiet'], ['--max-warning', '--max-warnings'], ['--bogus', undefined], ['-x', undefined]] as const) {
    const result = cli(['check', option, 'clean.md'], dir);
    assert.equal(result.status, 2, option);
    const first = result.stderr.split('\n')[0];
    assert.equal(first, `inspection-reports: Unknown option "${option}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
    assert.match(result.stderr, /\nUsage: inspection-reports check \[paths\.\.\.\] \[options\]\n/);
    assert.doesNotMatch(result.stderr, /-- "|To specify a positional argument/, 'no parseArgs advice with its unbalanced quote');
  }
  const missing = cli(['check', 'clean.md', '--format'], dir);
  assert.equal(missing.stderr.split('\n')[0], 'inspection-reports: Option --format needs a value.');
  const extra = cli(['check', 'clean.md', '--fix=yes'], dir);
  assert.equal(extra.stderr.split('\n')[0], 'inspection-reports: Option --fix takes no value.');
});

test('--quiet says how many warnings it hid instead of "0 warnings", and they still count for --max-warnings', () => {
  const plain = cli(['check', 'warnings.md', 'missing.md'], dir);
  const warnings = findingLines(plain.stdout).filter((l) => l.includes(': warning: ')).length;
  assert.ok(warnings >= 1, plain.stdout);
  const quiet = cli(['check', 'warnings.md', 'missing.md', '--quiet'], dir);
  assert.equal(quiet.status, 1);
  assert.match(quiet.stdout, new RegExp(`\\n2 errors in 2 files; ${warnings} warnings? and 0 info hidden \\(--quiet\\)\\.\\n$`));
  assert.doesNotMatch(quiet.stdout, /0 warnings/);
  assert.equal(cli(['check', 'warnings.md', '--quiet', '--max-warnings', '0'], dir).status, 1);
  assert.equal(cli(['check', 'warnings.md', '--quiet', '--max-warnings', String(warnings)], dir).status, 0);
});

test('templates <id> prints that template\'s sections in order with aliases, level and required or optional', () => {
  const template = builtinTemplates.find((t) => t.id === 'ciw-local-authority-children')!;
  const result = cli(['templates', template.id]);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split('\n');
  assert.equal(lines[0], `${template.id}: ${template.title}`);
  const sectionLines = lines.filter((l) => /^\s+\d+\. #+ /.test(l));
  assert.deepEqual(sectionLines.map((l) => l.replace(/^\s+\d+\. #+ /, '').replace(/ {2}\(.*$/, '')), template.sections.map((s) => s.title));
  template.sections.forEach((s, i) => {
    assert.match(sectionLines[i], new RegExp(`\\((${s.required ? 'required' : 'optional'}), level ${s.level}[,;]`), s.id);
    assert.ok(sectionLines[i].endsWith(`id: ${s.id})`), sectionLines[i]);
  });
  const withAliases = template.sections.find((s) => s.aliases.length)!;
  assert.ok(result.stdout.includes(`also: ${withAliases.aliases.join(' · ')}`));

  const typo = cli(['templates', 'ciw-regulated-servce']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /Unknown template "ciw-regulated-servce"\. Did you mean "ciw-regulated-service"\?/);
});

test('templates <id> describes a workspace template from the config too', () => {
  const folder = join(dir, 'ws');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '.inspection-reports.yaml'), 'templates:\n  - id: our-home\n    extends: ciw-regulated-service\n    sections:\n      - { title: Medication, after: care-and-support, guidance: How medicines are managed }\n');
  const list = cli(['templates'], folder);
  assert.match(list.stdout, /^our-home\s+/m);
  const one = cli(['templates', 'our-home'], folder);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /\d+\. ## Medication {2}\(required, level 2; id: medication\)\n\s+How medicines are managed/);
});

test('--shard K/N: the shards are disjoint, cover every file, differ by at most one, and do not depend on input order', () => {
  const files = Array.from({ length: 23 }, (_, i) => `reports/${String.fromCharCode(97 + (i * 7) % 26)}${i}/draft.md`);
  const shuffled = [...files].reverse();
  const seen = new Map<string, number>();
  const sizes: number[] = [];
  for (let k = 1; k <= 4; k++) {
    const share = inShard(files, { index: k, count: 4 });
    sizes.push(share.length);
    assert.deepEqual(new Set(inShard(shuffled, { index: k, count: 4 })), new Set(share), 'same share whatever the input order');
    assert.deepEqual(share, files.filter((f) => share.includes(f)), 'input order kept');
    for (const f of share) seen.set(f, (seen.get(f) ?? 0) + 1);
  }
  assert.equal(seen.size, files.length);
  assert.ok([...seen.values()].every((n) => n === 1));
  assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `sizes ${sizes}`);
  assert.deepEqual(inShard(['./b.md', 'a.md'], { index: 1, count: 2 }), ['a.md'], '"./" does not change a path\'s place');
  for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0', '-1/2']) assert.equal(typeof parseShard(bad), 'string', bad);
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
});

test('--shard through the CLI: two jobs check each file once between them', () => {
  const one = cli(['check', '.', '--shard', '1/2', '--format', 'json'], dir);
  const two = cli(['check', '.', '--shard', '2/2', '--format', 'json'], dir);
  const all = cli(['check', '.', '--format', 'json'], dir);
  const paths = (r: ReturnType<typeof cli>) => (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath);
  assert.deepEqual([...paths(one), ...paths(two)].sort(), paths(all).sort());
  assert.equal(paths(one).filter((p) => paths(two).includes(p)).length, 0);
  const bad = cli(['check', '.', '--shard', '3/2'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--shard takes K\/N with 1 ≤ K ≤ N/);
});
