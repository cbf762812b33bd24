// Runs every test/**/*.test.ts with node's built-in runner (TypeScript through tsx).
// Node 20's --test takes no globs, so the files are listed here. Editor tests (test/vscode)
// need a real VS Code and run under `npm run test:editor` instead.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

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
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
