// Bundles every face of the product; tsc only type-checks (npm run typecheck).
import * as esbuild from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { markdownItFields } from './scripts/markdown-it-fields.mjs';
import { wordlistFilter } from './scripts/wordlist-filter.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build (main) hides its modules from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  plugins: [markdownItFields, wordlistFilter],
};

const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The CLI: a small entry point that loads the CLI proper through a V8 code cache (cli/launch.ts).
  { ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js' },
];

// The web extension (vscode.dev, github.dev): the client runs in the web extension host, the
// server in a web worker. platform 'browser' resolves the packages' browser builds and fails
// the build if anything imports a Node built-in.
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};
targets.push(
  { ...browser, entryPoints: ['client/src/browser.ts'], outfile: 'dist/web-client.js', format: 'cjs', external: ['vscode'] },
  { ...browser, entryPoints: ['server/src/browser.ts'], outfile: 'dist/browser-server.js', format: 'iife' },
);

// Editor tests run inside the extension host, so they are bundled like the client.
const editorSuite = 'test/vscode/suite';
if (existsSync(editorSuite)) {
  const entries = readdirSync(editorSuite).filter((f) => f.endsWith('.ts')).map((f) => `${editorSuite}/${f}`);
  targets.push({ ...common, entryPoints: entries, outdir: 'dist/test/vscode', external: ['vscode'] });
}

// The web editor tests run in the web worker extension host, so they are bundled like the web client.
const webSuite = 'test/vscode/web-suite/index.ts';
if (existsSync(webSuite)) {
  targets.push({ ...browser, entryPoints: [webSuite], outfile: 'dist/test/vscode-web/index.js', format: 'cjs', external: ['vscode'] });
}

if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
