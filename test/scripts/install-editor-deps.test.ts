// `npm run test:editor` on a fresh machine installs code-server from inside `npm run`: the inner
// npm must not inherit the outer one's npm_* variables (code-server's postinstall reads
// npm_config_user_agent, "… node/v20 …", and refuses to install on Node 24's npm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const script = resolve(repo, 'scripts/install-editor-deps.sh');

/** The environment after scripts/clean-npm-env.sh, run by bash as the install script runs it. */
function cleaned(env: NodeJS.ProcessEnv): Record<string, string> {
  const r = spawnSync('bash', ['-c', `set -euo pipefail; . "${resolve(repo, 'scripts/clean-npm-env.sh')}"; clean_npm_env; env -0`], { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Object.fromEntries(r.stdout.split('\0').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
}

test('the npm_* variables an enclosing `npm run` exports are cleared; the rest are kept', () => {
  // What `npm run test:editor` exports (and whatever this test run itself inherited from `npm test`).
  const env = {
    ...process.env,
    npm_config_user_agent: 'npm/10.8.2 node/v20.20.2 linux x64 workspaces/false',
    npm_config_node_version: '20.20.2',
    npm_config_nodedir: '/usr',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_lifecycle_event: 'test:editor',
    npm_package_name: 'inspection-reports',
    NPM_CONFIG_PREFIX: '/tmp/elsewhere',
    PATH: `${repo}/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/local/bin:/usr/bin:/bin`,
    EDITOR_DEPS: '/tmp/editor-deps',
    HOME: process.env.HOME ?? '/root',
  };
  const after = cleaned(env);
  assert.deepEqual(Object.keys(after).filter((k) => /^npm_/i.test(k)), []);
  assert.equal(after.EDITOR_DEPS, '/tmp/editor-deps');
  assert.equal(after.HOME, env.HOME);
  assert.equal(after.PATH, '/usr/local/bin:/usr/bin:/bin');
});

test('the install script clears them before its first npm command', () => {
  const text = readFileSync(script, 'utf8');
  const cleanedAt = text.search(/^clean_npm_env$/m);
  const firstNpm = text.search(/\bnpm install\b|"\$\{npm_cmd\[@\]\}"/);
  assert.ok(cleanedAt > 0, 'scripts/install-editor-deps.sh does not call clean_npm_env');
  assert.ok(firstNpm > cleanedAt, 'an npm command runs before clean_npm_env');
});

test('CI runs the real-editor tests as the README documents them (npm run test:editor, no separate install)', () => {
  const ci = readFileSync(resolve(repo, '.ci/run'), 'utf8');
  const readme = readFileSync(resolve(repo, 'README.md'), 'utf8');
  assert.match(readme, /`npm run test:editor`/);
  assert.match(ci, /^npm run test:editor$/m);
  assert.doesNotMatch(ci, /^[^#\n]*install-editor-deps/m, "CI installs the editor dependencies itself, so the documented path is not what it tests");
});
