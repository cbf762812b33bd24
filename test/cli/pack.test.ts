// The reviewer's install path: `npm pack` makes a tarball with the CLI and nothing else, and
// `npm install -g ./inspection-reports-<version>.tgz` gives a working `inspection-reports`
// command outside this repository. Packs the current build (npm test builds dist/ first).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, makeTempDir, rmTemp, MISSING_TWO } from './run';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
const dirs: string[] = [];
after(() => dirs.forEach(rmTemp));

/** npm without the npm_* settings that `npm test` exports (they would redirect its prefix and cache). */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 180_000 });
  assert.equal(r.status, 0, `npm ${args.join(' ')}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('npm pack: a tarball holding the CLI only, small, that npm install -g makes a working command', () => {
  const out = makeTempDir('ir-pack-');
  dirs.push(out);
  // --ignore-scripts: pack the build npm test made, not a production build written over it.
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], REPO_ROOT)) as { filename: string; size: number; files: { path: string }[] }[];
  assert.equal(packed.filename, `${manifest.name}-${manifest.version}.tgz`);
  assert.deepEqual(packed.files.map((f) => f.path).sort(), ['LICENSE', 'README.md', 'dist/cli-main.js', 'dist/cli.js', 'package.json']);
  const tarball = join(out, packed.filename);
  // The development build (not minified) packs to ~0.3 MB, the production one (npm pack's
  // prepack) to ~0.2 MB; the whole dist/ with the extension and source maps would be ~4.6 MB.
  assert.ok(statSync(tarball).size < 600_000, `tarball of ${statSync(tarball).size} bytes`);
  assert.equal(manifest.bin['inspection-reports'], './dist/cli.js');

  const prefix = join(out, 'global');
  npm(['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], out);
  const command = join(prefix, 'bin', 'inspection-reports');
  const version = spawnSync(command, ['--version'], { encoding: 'utf8', cwd: out });
  assert.equal(version.stdout.trim(), manifest.version, version.stderr);
  writeFileSync(join(out, 'draft.md'), MISSING_TWO);
  const check = spawnSync(command, ['check', 'draft.md'], { encoding: 'utf8', cwd: out, env: { ...process.env, INSPECTION_REPORTS_CODE_CACHE: 'off' } });
  assert.equal(check.status, 1, check.stdout + check.stderr);
  assert.match(check.stdout, /^draft\.md:\d+:\d+: error: .*\[required-section\]$/m);
});
