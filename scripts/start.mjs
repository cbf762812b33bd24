// `npm start`: checks examples/ with the built CLI, as a reviewer would, then says what the
// newcomer just saw. The examples hold mistakes on purpose, so the CLI finds errors and exits 1;
// that is the demonstration working, so `npm start` itself exits 0. Exit code 2 (a usage or
// config error) or a crash is a real failure and is passed on.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'check', 'examples/'], { cwd: repo, stdio: 'inherit' });
const code = r.status ?? 1;
if (code === 1) {
  console.log(`
The drafts in examples/ contain mistakes on purpose (missing sections, undefined acronyms,
claims without evidence…), so the check above exits with code 1, as it would in CI for a draft
that is not ready. Try it on your own drafts: node dist/cli.js check <folder or file>
(or install the CLI: see "From a terminal or CI" in the README).`);
  process.exit(0);
}
if (code === 0) console.log('\nexamples/ has no error findings: the examples should show some; see examples/.');
process.exit(code === 0 ? 1 : code);
