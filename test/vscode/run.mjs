#!/usr/bin/env node
// Real-editor tests: runs test/vscode/suite (bundled to dist/test/vscode/index.js) inside the
// real VS Code extension host of code-server, driven by headless Chromium through playwright-core.
// See docs/testing.md for why this recipe (no @vscode/test-electron download here).
//
//   node test/vscode/run.mjs                 phase 1 (dev folder), phase 2 (packaged .vsix), phase 3 (web)
//   node test/vscode/run.mjs --dev-only      phase 1 only
//   node test/vscode/run.mjs --vsix-only     phase 2 only
//   node test/vscode/run.mjs --web-only      phase 3 only
// Options (defaults are this repo): --extension DIR  --tests FILE.js  --web-tests FILE.js (inside
//   the extension folder)  --workspace DIR
//   --timeout SECONDS (per phase, default 300)  --out DIR (screenshots/logs, default test-output/editor)
//   --verbose (also print workbench log lines and browser console)
// Env: EDITOR_DEPS (cache of Node 24 + code-server, default ~/.cache/inspection-reports-editor),
//   KEEP_EDITOR_TMP=1 keeps the temp dir; EDITOR_VSCE_ARGS adds flags to `vsce package`.
//
// Phase 1: the extension from its folder (extensionDevelopmentPath) runs the suite.
// Phase 2: `vsce package` -> `code-server --install-extension` -> `--list-extensions` lists it ->
//   the same suite runs again against the *installed* extension (no extensionDevelopmentPath);
//   the suite checks it was loaded from the install folder (INSPECTION_REPORTS_EXPECT_INSTALLED_IN).
//   This phase opens the workspace untrusted (workspace trust on, no trust prompt: restricted
//   mode), as a user who installs the extension and opens a folder they have not trusted; the
//   suite checks vscode.workspace.isTrusted against INSPECTION_REPORTS_EXPECT_TRUST. Phase 1 has
//   workspace trust off (trusted).
// Phase 3 (web): the extension from its folder runs in the web worker extension host
//   (setting remote.extensionKind: web), i.e. its `browser` entry with the server in a web worker, as on
//   vscode.dev; the suite is test/vscode/web-suite (bundled to dist/test/vscode-web/index.js).
// Exit code: 0 only if every phase passed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const flag = (name) => argv.includes(`--${name}`);

const extDir = resolve(opt('extension', repo));
const testsFile = resolve(opt('tests', join(repo, 'dist/test/vscode/index.js')));
const workspace = resolve(opt('workspace', join(repo, 'test/vscode/workspace')));
const timeoutMs = Number(opt('timeout', process.env.EDITOR_TEST_TIMEOUT ?? 300)) * 1000;
const outDir = resolve(opt('out', join(repo, 'test-output/editor')));
const verbose = flag('verbose');
const phases = flag('dev-only') ? ['dev'] : flag('vsix-only') ? ['vsix'] : flag('web-only') ? ['web'] : ['dev', 'vsix', 'web'];
// The web suite must lie inside the extension's folder (see phase web below).
const webTestsFile = resolve(opt('web-tests', join(extDir, 'dist/test/vscode-web/index.js')));
const deps = process.env.EDITOR_DEPS || join(homedir(), '.cache/inspection-reports-editor');
const codeServer = join(deps, 'bin/code-server');
const CODE_SERVER_VERSION = '4.139.1';

const t0 = Date.now();
const say = (msg) => console.log(`[editor-test ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const fail = (msg) => {
  console.error(`[editor-test] error: ${msg}`);
  process.exit(1);
};

for (const [what, p] of [['extension folder', join(extDir, 'package.json')], ['tests entry', testsFile], ['workspace', workspace]]) {
  if (!existsSync(p)) fail(`${what} not found: ${p}${what === 'tests entry' ? ' (run `npm run build` first)' : ''}`);
}
const extManifest = JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8'));
const extId = `${extManifest.publisher}.${extManifest.name}`.toLowerCase();

// ---- dependencies --------------------------------------------------------------------------------
function codeServerWorks() {
  if (!existsSync(codeServer)) return false;
  const r = spawnSync(codeServer, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, XDG_CONFIG_HOME: join(deps, 'xdg-config'), XDG_DATA_HOME: join(deps, 'xdg-data') } });
  return r.status === 0 && r.stdout.includes(`${CODE_SERVER_VERSION} `);
}
if (!codeServerWorks() || !existsSync('/usr/bin/chromium')) {
  say('editor dependencies missing: running scripts/install-editor-deps.sh');
  const r = spawnSync('bash', [join(repo, 'scripts/install-editor-deps.sh')], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, EDITOR_DEPS: deps } });
  if (r.status !== 0 || !codeServerWorks()) fail('scripts/install-editor-deps.sh failed');
}
const { chromium } = await import('playwright-core');

// ---- helpers -------------------------------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), 'ir-editor-'));
mkdirSync(outDir, { recursive: true });
const children = new Set(); // code-server process groups to kill on exit
const browsers = new Set();

function groupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch { return false; }
}
// Stops code-server and everything it started (extension host, pty host, language server):
// they share its process group. SIGTERM, then SIGKILL if anything is left after 5 s.
async function stopGroup(child) {
  if (child.pid) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && groupAlive(child.pid)) await sleep(100);
    if (groupAlive(child.pid)) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
  }
  children.delete(child);
}
function cleanupSync() {
  for (const c of children) {
    try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  if (process.env.KEEP_EDITOR_TMP !== '1') rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanupSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { console.error(`[editor-test] ${sig}: cleaning up`); process.exit(130); });

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, ...opts });
  // eslint-disable-next-line no-control-regex
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim(), error: r.error };
}

function csEnv(dir, extra = {}) {
  return {
    ...process.env,
    XDG_DATA_HOME: join(dir, 'xdg-data'),
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    XDG_CACHE_HOME: join(dir, 'xdg-cache'),
    TMPDIR: join(dir, 'tmp'),
    // No extension gallery: without this the workbench queries open-vsx.org (unreachable here).
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

function prepareDirs(dir, extraSettings = {}) {
  for (const d of ['user-data/User', 'extensions', 'xdg-data', 'xdg-config', 'xdg-cache', 'tmp', 'chromium', 'chromium-home', 'shots']) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, 'user-data/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'window.commandCenter': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extraSettings,
  }, null, 2));
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
}

async function startCodeServer(dir, extensionsDir, extraEnv, untrusted) {
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', join(dir, 'config.yaml'),
    '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (!untrusted) args.push('--disable-workspace-trust');
  const logPath = join(dir, 'code-server.log');
  const log = createWriteStream(logPath);
  const child = spawn(codeServer, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: csEnv(dir, extraEnv) });
  children.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return { child, port, logPath };
    } catch { /* not yet */ }
    await sleep(250);
  }
  await stopGroup(child);
  throw new Error(`code-server did not become ready on port ${port}:\n${safeRead(logPath)}`);
}

const WORKBENCH_NOISE = new RegExp('^(' + [
  'Resolving connection token', 'Resolved connection token', 'Creating a socket', 'Ignoring fetching additional builtin',
  'Updating additional builtin', '\\[Service Worker\\]', '\\[AgentHost', '\\[AccountPolicyGate\\]', '\\[reconnection-grace-time\\]',
  'Started local extension host', 'Extension host .* started', 'Canceled',
].join('|') + ')');
const WORKBENCH_WARN_NOISE = /^(Creation of workbench contribution .* took|No search provider registered for scheme|Timed out waiting for authentication provider)/;

function safeRead(p) { try { return readFileSync(p, 'utf8'); } catch { return ''; } }

function fmtArgs(args) {
  if (!Array.isArray(args)) return String(args);
  return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

// Workspace trust on, the folder never trusted and no prompt asking: the workbench opens it in
// restricted mode at once. Files from outside the folder (the rule docs inside the extension)
// open without a prompt that would block the suite.
const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

// One run of the suite in one code-server + one browser. Returns the suite's exit code.
// `untrusted` opens the workspace in restricted mode (see UNTRUSTED_SETTINGS).
async function runSuite(phase, { extensionsDir, devPath, extraEnv, tests = `vscode-remote://remote${testsFile}`, settings = {}, untrusted = false }) {
  const dir = join(tmp, phase);
  prepareDirs(dir, { ...settings, ...(untrusted ? UNTRUSTED_SETTINGS : {}) });
  const shotsDir = join(dir, 'shots');
  const env = {
    INSPECTION_REPORTS_SCREENSHOTS: shotsDir,
    INSPECTION_REPORTS_TEST_PHASE: phase,
    INSPECTION_REPORTS_EXPECT_TRUST: untrusted ? 'untrusted' : 'trusted',
    // Where the extension's output channel is written (<logs>/<session>/exthost*/<extension id>/).
    INSPECTION_REPORTS_LOGS: join(dir, 'user-data/logs'),
    ...extraEnv,
  };
  const cs = await startCodeServer(dir, extensionsDir, env, untrusted);
  say(`${phase}: code-server on 127.0.0.1:${cs.port}${untrusted ? ', workspace untrusted (restricted mode)' : ''} (log ${cs.logPath})`);
  let browser;
  let shotTimer;
  let code = 1;
  try {
    // A fresh Chromium profile per run, inside the temp dir.
    browser = await chromium.launchPersistentContext(join(dir, 'chromium'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      timeout: 60_000,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      // Keep Chromium's crash database and caches out of the real home.
      env: { ...process.env, TMPDIR: join(dir, 'tmp'), HOME: join(dir, 'chromium-home'), XDG_CONFIG_HOME: join(dir, 'chromium-home/.config'), XDG_CACHE_HOME: join(dir, 'chromium-home/.cache') },
    });
    browsers.add(browser);
    const context = browser;
    const page = await context.newPage();

    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    let extHostLines = 0;
    await page.exposeFunction('codeAutomationExit', (c, logs) => {
      if (Array.isArray(logs)) {
        const logDir = join(outDir, `${phase}-logs`);
        for (const f of logs) {
          if (!f?.relativePath) continue;
          const p = join(logDir, f.relativePath.replace(/\.\.+/g, '_'));
          mkdirSync(dirname(p), { recursive: true });
          writeFileSync(p, f.contents ?? '');
        }
      }
      resolveExit(Number(c));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = fmtArgs(args);
      // The extension host's console (the suite, the extension, its language client) arrives here
      // mixed with the workbench's own log and without a marker, so drop the workbench's known
      // start-up chatter and show the rest (everything with --verbose).
      const noise = (type !== 'error' && type !== 'warn' && WORKBENCH_NOISE.test(text)) || WORKBENCH_WARN_NOISE.test(text);
      if (!noise) extHostLines++;
      const m = /^(\d+) passed, (\d+) failed$/.exec(text.trim());
      if (m) counts[phase] = { passed: Number(m[1]), failed: Number(m[2]) };
      if (!noise || verbose) console.log(`  ${type === 'info' ? '' : `[${type}] `}${text.replace(/\n/g, '\n  ')}`);
    });
    page.on('pageerror', (e) => console.log(`  [page error] ${e.message}`));
    if (verbose) page.on('console', (m) => console.log(`  [browser ${m.type()}] ${m.text()}`));

    // Screenshot handshake: the suite writes <shots>/<name>.request; we answer with <name>.done.
    const taken = new Set();
    let busy = false;
    shotTimer = setInterval(async () => {
      if (busy) return;
      busy = true;
      try {
        for (const f of readdirSync(shotsDir)) {
          if (!f.endsWith('.request') || taken.has(f)) continue;
          taken.add(f);
          const name = f.slice(0, -'.request'.length).replace(/[^\w.-]/g, '_');
          const file = join(outDir, `${phase}-${name}.png`);
          // The request may ask for view panes to be collapsed first (an extension cannot collapse a
          // pane), { "collapse": ["<pane title>", …] }, and name what must be on screen before the
          // shot, { "waitFor": "<playwright selector>" } (a view's rows render a moment after the
          // extension host answers).
          let request = {};
          try { request = JSON.parse(readFileSync(join(shotsDir, f), 'utf8') || '{}'); } catch { /* plain request */ }
          for (const title of request.collapse ?? []) {
            const header = page.locator(`.pane-header.expanded:has(h3.title:text-is(${JSON.stringify(title)}))`);
            try {
              // On the title: the rest of the header holds the pane's action buttons.
              if (await header.count()) await header.first().locator('h3.title').click({ timeout: 5_000 });
            } catch (e) { say(`${phase}: screenshot ${name}: could not collapse "${title}" (${e.message.split('\n')[0]})`); }
          }
          let seen;
          if (request.waitFor) {
            try {
              await page.locator(request.waitFor).first().waitFor({ state: 'visible', timeout: 10_000 });
              seen = true;
            } catch (e) {
              seen = false;
              say(`${phase}: screenshot ${name}: ${request.waitFor} not visible after 10 s (${e.message.split('\n')[0]})`);
            }
          }
          try {
            await page.screenshot({ path: file, timeout: 10_000 });
            say(`${phase}: screenshot ${file}`);
          } catch (e) { say(`${phase}: screenshot ${name} failed: ${e.message}`); }
          // The answer tells the suite whether `waitFor` was seen on screen.
          writeFileSync(join(shotsDir, `${name}.done`), JSON.stringify({ file, seen }));
        }
      } catch { /* dir gone */ } finally { busy = false; }
    }, 200);

    const payload = [['extensionTestsPath', typeof tests === 'function' ? tests(cs.port) : tests]];
    if (devPath) payload.unshift(['extensionDevelopmentPath', `vscode-remote://remote${devPath}`]);
    const url = `http://127.0.0.1:${cs.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    say(`${phase}: opening ${url}`);
    await page.goto(url, { timeout: 60_000, waitUntil: 'domcontentloaded' });

    let timer;
    const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    const csDied = new Promise((r) => cs.child.once('exit', (c, s) => r(`code-server exited (${c ?? s})`)));
    const result = await Promise.race([exited, timedOut, csDied]);
    clearTimeout(timer);
    if (typeof result === 'number') {
      code = result;
      say(`${phase}: suite exited with code ${code} (${extHostLines} log lines forwarded)`);
    } else {
      say(`${phase}: FAILED: ${result === 'timeout' ? `no exit code within ${timeoutMs / 1000}s` : result}`);
      const tail = safeRead(cs.logPath).split('\n').slice(-40).join('\n');
      console.log(`---- code-server log (tail) ----\n${tail}\n--------------------------------`);
    }
    try {
      const file = join(outDir, `${phase}-final.png`);
      await page.screenshot({ path: file, timeout: 10_000 });
      say(`${phase}: screenshot ${file}`);
    } catch (e) { say(`${phase}: final screenshot failed: ${e.message}`); }
  } finally {
    clearInterval(shotTimer);
    if (browser) { await browser.close().catch(() => {}); browsers.delete(browser); }
    writeFileSync(join(outDir, `${phase}-code-server.log`), safeRead(cs.logPath));
    // Server-side logs: remote extension host, and the extension's output channels (exthost*/output_logging_*).
    try { cpSync(join(dir, 'user-data/logs'), join(outDir, `${phase}-server-logs`), { recursive: true }); } catch { /* none */ }
    await stopGroup(cs.child);
  }
  return code;
}

// ---- phases --------------------------------------------------------------------------------------
const results = {};
const counts = {}; // phase -> the suite's own "N passed, N failed"

if (phases.includes('dev')) {
  say(`phase dev: extension ${extDir}, tests ${testsFile}, workspace ${workspace}`);
  try {
    results.dev = await runSuite('dev', { extensionsDir: join(tmp, 'dev', 'extensions'), devPath: extDir, extraEnv: {} });
  } catch (e) { say(`dev: ${e.message}`); results.dev = 1; }
}

if (phases.includes('vsix')) {
  say('phase vsix (untrusted workspace): packaging with vsce');
  const vsix = join(tmp, `${extManifest.name}.vsix`);
  const dir = join(tmp, 'vsix');
  prepareDirs(dir);
  const extensionsDir = join(dir, 'extensions');
  // Packaged as `npm run package` does (only the output path differs); extra vsce flags for other
  // extensions, e.g. EDITOR_VSCE_ARGS="--allow-missing-repository --skip-license"
  const vsceExtra = (process.env.EDITOR_VSCE_ARGS ?? '').split(/\s+/).filter(Boolean);
  try {
    // vsce is fetched by npx at the version `npm run vsce` pins (it is no dev dependency).
    const vsceCommand = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts.vsce.split(/\s+/);
    const pack = run(vsceCommand[0], [...vsceCommand.slice(1), 'package', '--no-dependencies', ...vsceExtra, '-o', vsix], { cwd: extDir, timeout: 600_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    if (pack.code !== 0 || !existsSync(vsix)) throw new Error(`vsce package failed (${pack.code}):\n${pack.out}`);
    say(`vsix: ${pack.out.split('\n').filter((l) => /DONE|Packaged|WARNING/i.test(l)).join(' | ') || 'packaged'}`);
    const inst = run(codeServer, ['--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { env: csEnv(dir) });
    console.log(inst.out.split('\n').map((l) => `  [install] ${l}`).join('\n'));
    if (inst.code !== 0) throw new Error(`code-server --install-extension exited ${inst.code}`);
    const list = run(codeServer, ['--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir, '--list-extensions', '--show-versions'], { env: csEnv(dir) });
    const wanted = `${extId}@${extManifest.version}`;
    const listed = list.out.split('\n').map((l) => l.trim().toLowerCase());
    if (!listed.includes(wanted)) throw new Error(`--list-extensions does not list ${wanted}:\n${list.out}`);
    say(`vsix: installed and listed: ${wanted}`);
    // The workbench runs extensionTestsPath only in extension-development mode, so the
    // development path is an empty stand-in extension; the extension under test is the installed one.
    const standIn = join(dir, 'test-host');
    mkdirSync(standIn, { recursive: true });
    writeFileSync(join(standIn, 'package.json'), JSON.stringify({ name: 'editor-test-host', publisher: 'editor-test', version: '0.0.0', engines: { vscode: '*' } }));
    results.vsix = await runSuite('vsix', { extensionsDir, devPath: standIn, extraEnv: { INSPECTION_REPORTS_EXPECT_INSTALLED_IN: extensionsDir }, untrusted: true });
  } catch (e) { say(`vsix: ${e.message}`); results.vsix = 1; }
}

if (phases.includes('web') && !extManifest.browser) {
  say('phase web: skipped (the extension has no `browser` entry)');
} else if (phases.includes('web')) {
  say(`phase web: extension ${extDir} in the web worker extension host, tests ${webTestsFile}`);
  try {
    if (!existsSync(webTestsFile)) throw new Error(`web tests entry not found: ${webTestsFile} (run \`npm run build\` first)`);
    if (!webTestsFile.startsWith(`${extDir}/`)) throw new Error(`web tests entry ${webTestsFile} is not inside the extension folder ${extDir}: the workbench would run it in the Node extension host`);
    // The workbench ignores the payload's extensionDevelopmentKind (code-server 4.139), so the
    // setting that overrides an extension's kind puts it in the web worker extension host; the
    // tests, which live inside the extension's folder, run in the same host.
    // The workbench runs the tests in the host of the extension whose folder holds them (else in
    // the remote host). It knows the extension's folder under the real remote authority (host:port),
    // not the literal "remote" of the payload, so the tests' URI uses that authority.
    results.web = await runSuite('web', {
      extensionsDir: join(tmp, 'web', 'extensions'),
      devPath: extDir,
      extraEnv: {},
      tests: (port) => `vscode-remote://127.0.0.1:${port}${webTestsFile}`,
      settings: { 'remote.extensionKind': { [extId]: ['web'] } },
    });
  } catch (e) { say(`web: ${e.message}`); results.web = 1; }
}

const bad = Object.entries(results).filter(([, c]) => c !== 0);
say(`summary: ${Object.entries(results).map(([p, c]) => `${p}=${c === 0 ? 'pass' : `FAIL(${c})`}`).join(' ')}; screenshots and logs in ${outDir}`);
// One closing line over all phases; a phase that failed without reporting counts adds one failure.
let passed = 0;
let failed = 0;
for (const [p, c] of Object.entries(results)) {
  passed += counts[p]?.passed ?? 0;
  failed += counts[p] ? counts[p].failed + (c !== 0 && counts[p].failed === 0 ? 1 : 0) : c !== 0 ? 1 : 0;
}
console.log(`editor: ${passed} passed, ${failed} failed`);
process.exit(bad.length ? 1 : 0);
