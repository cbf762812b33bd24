// Every CLI command the README shows (`npx inspection-reports …` and `inspection-reports …` in its
// sh blocks) works as written: run with the built CLI in a folder holding the files they name
// (reports/, draft.md), each exits 0 or 1 (findings), never 2 (a usage or config error).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, makeTempDir, rmTemp, REPO_ROOT, CLEAN, MISSING_TWO } from './run';

const dir = makeTempDir('ir-readme-');
after(() => rmTemp(dir));

function readmeCommands(): string[][] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /^(npx )?inspection-reports /.test(line))
    .map((line) => line.replace(/^npx /, '').split(/\s+/).slice(1).map((arg) => arg.replace(/\$\{\{ matrix\.shard \}\}/, '1')));
}

test('the README\'s CLI commands run as written', () => {
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports', 'missing.md'), MISSING_TWO);
  writeFileSync(join(dir, 'reports', 'clean.md'), CLEAN);
  writeFileSync(join(dir, 'draft.md'), MISSING_TWO);
  const commands = readmeCommands();
  assert.ok(commands.length >= 8, `found only ${commands.length} commands in the README`);
  for (const args of commands) {
    const result = cli(args, dir);
    assert.ok(result.status === 0 || result.status === 1, `inspection-reports ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
    assert.doesNotMatch(result.stderr, /Run "inspection-reports --help"/, args.join(' '));
    assert.ok(result.stdout.length > 0, `inspection-reports ${args.join(' ')} printed nothing`);
  }
});
