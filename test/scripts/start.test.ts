// A newcomer's first commands: `npm start` explains its findings and exits 0, and `npm ci` on
// Node 20 meets no package that declares a newer Node (no EBADENGINE warnings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');

test('npm start (scripts/start.mjs) prints the examples\' findings, says they are on purpose, and exits 0', () => {
  const r = spawnSync(process.execPath, [resolve(repo, 'scripts/start.mjs')], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^examples\/missing-sections\.md:\d+:\d+: error: .*\[required-section\]$/m);
  assert.match(r.stdout, /contain mistakes on purpose/);
  const manifest = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));
  assert.match(manifest.scripts.start, /node scripts\/start\.mjs/);
});

test('every package npm ci installs admits Node 20 (the README\'s "Node 20+")', () => {
  // semver is in node_modules through npm's own tooling packages (@vscode/test-electron needs it).
  const semver = createRequire(resolve(repo, 'package.json'))('semver') as { intersects(a: string, b: string): boolean };
  const lock = JSON.parse(readFileSync(resolve(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }> };
  const refuse = Object.entries(lock.packages)
    .filter(([path, p]) => path && !p.optional && p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.intersects(p.engines.node, '>=20.0.0 <21.0.0'))
    .map(([path, p]) => `${path} (node ${(p.engines as { node: string }).node})`);
  assert.deepEqual(refuse, []);
  const manifest = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));
  assert.equal(manifest.devDependencies['@vscode/vsce'], undefined, 'vsce (Node >= 22) is fetched by npx where packaging happens');
});
