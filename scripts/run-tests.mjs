// Runs every test/**/*.test.ts with node's built-in runner (TypeScript through tsx).
// Node 20's --test takes no globs, so the files are listed here. Editor tests (test/vscode)
// need a real VS Code and run under `npm run test:editor` instead.
// At the end it lists the tests that were skipped, with their reasons, and the one command that
// installs what they need (scripts/install-test-deps.sh).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { skippedSummary } from './skip-reporter.mjs';

function collect(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path !== join('test', 'vscode')) collect(path, out);
    } else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length ? only : collect('test').sort();
const skipsDir = mkdtempSync(join(tmpdir(), 'ir-test-skips-'));
const skipsFile = join(skipsDir, 'skipped.jsonl');
// The usual reporter on stdout (spec on a terminal, TAP otherwise, as node picks by default),
// and the skipped tests to a file.
const reporters = ['--test-reporter', process.stdout.isTTY ? 'spec' : 'tap', '--test-reporter-destination', 'stdout', '--test-reporter', './scripts/skip-reporter.mjs', '--test-reporter-destination', skipsFile];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...reporters, ...files], { stdio: 'inherit' });
process.stdout.write(skippedSummary(readLines(skipsFile)));
rmSync(skipsDir, { recursive: true, force: true });
process.exit(result.status ?? 1);

function readLines(path) {
  try {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  } catch {
    return [];
  }
}
