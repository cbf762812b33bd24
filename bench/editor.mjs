// The editor path, over the real protocol: the bundled language server (dist/server.js) over
// stdio, driven by vscode-languageserver-protocol as a client would drive it.
//
//   node bench/editor.mjs latency --doc r100k.md [--edits 20] [--warmup 5] [--json]
//   node bench/editor.mjs memory --dir d50x10k/ [--json]
//
// latency: server start -> initialize response (fresh processes), didOpen -> first
//   publishDiagnostics, then incremental one-edit didChange -> publishDiagnostics carrying that
//   version, for: typing one character in the middle of a paragraph, adding a heading
//   ("\n## New heading\n"), pasting 1,000 words. The heading and the paste are undone (untimed)
//   after each timed edit so every one applies to the same document.
// memory: opens every *.md of the folder, waits for all their diagnostics, then reads the
//   server's VmRSS (and VmHWM, the peak) from /proc/<pid>/status.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import lsp from 'vscode-languageserver-protocol/node';
import { stats } from './stats.mjs';
import { generateProse } from './gen-report.mjs';

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification, ShutdownRequest, ExitNotification, ConfigurationRequest,
} = lsp;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const TIMEOUT_MS = 120_000;
/** Timed edits of one kind stop early (after at least MIN_EDITS) once another would end past this much. */
const SCENARIO_BUDGET_MS = 10_000;
const MIN_EDITS = 5;
const withinBudget = (times) => times.length < MIN_EDITS || times.reduce((a, b) => a + b, 0) + times[times.length - 1] <= SCENARIO_BUDGET_MS;
// The server starts with the Node flags the extension gives it (server/node-flags.json), plus
// e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/.profiles" to profile it.
const SERVER_NODE_ARGS = [
  ...JSON.parse(readFileSync(join(ROOT, 'server', 'node-flags.json'), 'utf8')).execArgv,
  ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
];

/** A running server and a client connection to it. */
class Server {
  static async start(rootDir) {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...SERVER_NODE_ARGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise((res) => child.on('exit', (code, signal) => res({ code, signal })));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new Server(child, connection, exited, () => stderr);
    connection.listen();
    const rootUri = pathToFileURL(rootDir).href;
    const init = connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true, relatedInformation: true } },
      },
    });
    await server.race(init, 'initialize');
    server.startToInitialize = performance.now() - t0;
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  constructor(child, connection, exited, stderr) {
    this.child = child;
    this.connection = connection;
    this.exited = exited;
    this.stderr = stderr;
    /** uri -> { version, resolve } waiting for that version's diagnostics */
    this.waiters = new Map();
    this.lastCount = new Map();
    this.lastBudgetNotice = new Map();
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ enable: true })));
    connection.onRequest(() => null); // anything else the server asks (registrations)
    connection.onNotification(() => {}); // log messages
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = performance.now();
      this.lastCount.set(params.uri, params.diagnostics.length);
      // the server's notice that rules were skipped to stay within its time budget while typing
      const budget = params.diagnostics.find((d) => d.code === 'analysis-budget');
      this.lastBudgetNotice.set(params.uri, budget?.message);
      const waiter = this.waiters.get(params.uri);
      if (waiter && (params.version === undefined || params.version >= waiter.version)) {
        this.waiters.delete(params.uri);
        waiter.resolve(at);
      }
    });
  }

  /** Rejects if the promise takes too long or the server dies first. */
  race(promise, what) {
    let timer;
    return Promise.race([
      promise,
      this.exited.then((e) => { throw new Error(`server exited (${e.code ?? e.signal}) during ${what}: ${this.stderr().slice(-2000)}`); }),
      new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out during ${what}`)), TIMEOUT_MS); }),
    ]).finally(() => clearTimeout(timer));
  }

  diagnosticsFor(uri, version) {
    return this.race(new Promise((res) => this.waiters.set(uri, { version, resolve: res })), `waiting for diagnostics of ${uri} v${version}`);
  }

  /** Sends didOpen and resolves with ms until its diagnostics. */
  async open(uri, text) {
    const wait = this.diagnosticsFor(uri, 1);
    const t0 = performance.now();
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return (await wait) - t0;
  }

  /** Sends one incremental change and resolves with ms until that version's diagnostics. */
  async change(uri, version, range, text) {
    const wait = this.diagnosticsFor(uri, version);
    const t0 = performance.now();
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return (await wait) - t0;
  }

  close(uri) {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** VmRSS and VmHWM of the server process, in MB. */
  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  }

  async stop() {
    try {
      await this.race(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // fall through to the kill below
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** A client-side copy of a document, to turn offsets into LSP positions. */
class Doc {
  constructor(uri, text) {
    this.uri = uri;
    this.text = text;
    this.version = 1;
  }

  position(offset) {
    let line = 0;
    let lineStart = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, character: offset - lineStart };
  }

  /** Replaces [start, end) with text; returns what to send (computed before the edit). */
  edit(start, end, text) {
    const range = { start: this.position(start), end: this.position(end) };
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    this.version++;
    return { version: this.version, range, text };
  }
}

/** Offset just after the first sentence of a prose paragraph past the middle of the text. */
function midParagraph(text) {
  let at = text.indexOf('\n\n', Math.floor(text.length / 2));
  for (;;) {
    const start = at + 2;
    const end = text.indexOf('\n\n', start);
    const block = text.slice(start, end);
    const sentenceEnd = block.indexOf('. ');
    if (/^[A-Z]/.test(block) && sentenceEnd > 0 && !block.includes('\n- ')) return start + sentenceEnd + 1;
    at = end;
  }
}

/** Offset of the end of a prose paragraph past the middle (before its blank line). */
function paragraphEnd(text) {
  const inside = midParagraph(text);
  return text.indexOf('\n\n', inside);
}

async function latency({ doc: docPath, edits, warmup }) {
  const text = readFileSync(docPath, 'utf8');
  const dir = dirname(resolve(docPath));
  const result = {};

  // server start -> initialize response, on fresh processes (the main server is the last sample)
  const starts = [];
  for (let i = 0; i < 4; i++) {
    const s = await Server.start(dir);
    starts.push(s.startToInitialize);
    await s.stop();
  }
  const server = await Server.start(dir);
  starts.push(server.startToInitialize);
  result.startToInitialize = stats(starts);

  try {
    const uri = pathToFileURL(resolve(docPath)).href;
    result.openFirst = await server.open(uri, text);
    result.diagnostics = server.lastCount.get(uri);
    result.openBudgetNotice = server.lastBudgetNotice.get(uri);
    // warm opens: the same text under other names (each has its own cache), then closed
    const warm = [];
    for (let i = 0; i < 3; i++) {
      const other = pathToFileURL(join(dir, `copy-${i}-${Date.now()}.md`)).href;
      warm.push(await server.open(other, text));
      await server.close(other);
    }
    result.openWarm = stats(warm);

    const doc = new Doc(uri, text);
    // typing: one character at a time into the middle of a paragraph
    const typed = ' significantly more than was expected at the time of the last inspection';
    let at = midParagraph(doc.text);
    const typing = [];
    for (let i = 0; i < warmup + edits && withinBudget(typing); i++) {
      const c = doc.edit(at, at, typed[i % typed.length]);
      at++;
      const ms = await server.change(uri, c.version, c.range, c.text);
      if (i >= warmup) typing.push(ms);
    }
    result.typing = { ...stats(typing), diagnostics: server.lastCount.get(uri), budgetNotice: server.lastBudgetNotice.get(uri) };

    // an edit that adds a heading, then its undo (untimed)
    const timedThenUndo = async (offset, insert) => {
      const times = [];
      let notice;
      let count;
      for (let i = 0; i < Math.min(3, warmup) + edits && withinBudget(times); i++) {
        const c = doc.edit(offset, offset, insert);
        const ms = await server.change(uri, c.version, c.range, c.text);
        if (i >= Math.min(3, warmup)) times.push(ms);
        notice = server.lastBudgetNotice.get(uri);
        count = server.lastCount.get(uri);
        const u = doc.edit(offset, offset + insert.length, '');
        await server.change(uri, u.version, u.range, u.text);
      }
      return { ...stats(times), diagnostics: count, budgetNotice: notice };
    };
    result.heading = await timedThenUndo(paragraphEnd(doc.text), '\n## New heading\n');

    // paste of 1,000 words of prose between two paragraphs
    const paste = `\n\n${generateProse({ words: 1000, seed: 4242 })}`;
    result.pasteWords = paste.match(/\S+/g).length;
    result.paste = await timedThenUndo(paragraphEnd(doc.text), paste);
    result.memoryAfterMB = server.memory();
  } finally {
    await server.stop();
  }
  return result;
}

async function memory({ dir }) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => resolve(dir, f));
  const server = await Server.start(resolve(dir));
  try {
    const t0 = performance.now();
    const waits = files.map((file) => {
      const uri = pathToFileURL(file).href;
      const wait = server.diagnosticsFor(uri, 1);
      void server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') },
      });
      return wait;
    });
    await Promise.all(waits);
    const allDiagnosticsMs = performance.now() - t0;
    const diagnostics = [...server.lastCount.values()].reduce((a, b) => a + b, 0);
    return { docs: files.length, allDiagnosticsMs, diagnostics, ...server.memory() };
  } finally {
    await server.stop();
  }
}

/**
 * A report in ten chapter files (a manifest beside them): all chapters open; a one-character
 * edit in the first chapter; the time until the last chapter's diagnostics are published again.
 */
async function chapters({ dir, edits, warmup }) {
  const manifest = readdirSync(dir).find((n) => n.endsWith('.report.yaml'));
  const names = readFileSync(join(dir, manifest), 'utf8').split('\n').map((l) => /^\s*-\s*(\S+\.md)/.exec(l)?.[1]).filter(Boolean);
  const server = await Server.start(dir);
  try {
    const docs = names.map((n) => new Doc(pathToFileURL(join(dir, n)).href, readFileSync(join(dir, n), 'utf8')));
    for (const doc of docs) await server.open(doc.uri, doc.text);
    const first = docs[0];
    const last = docs[docs.length - 1];
    const at = midParagraph(first.text);
    const times = [];
    for (let i = 0; i < warmup + edits && (i < warmup || withinBudget(times)); i++) {
      const { version, range, text } = first.edit(at, at, 'x');
      const others = server.diagnosticsFor(last.uri, 1);
      const t0 = performance.now();
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: first.uri, version }, contentChanges: [{ range, text }] });
      const ms = (await others) - t0;
      if (i >= warmup) times.push(ms);
      // undo (untimed), and wait until the last chapter has settled again
      const undo = first.edit(at, at + 1, '');
      const settled = server.diagnosticsFor(last.uri, 1);
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: first.uri, version: undo.version }, contentChanges: [{ range: undo.range, text: '' }] });
      await settled;
    }
    return { chapters: docs.length, words: docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0), otherChapter: stats(times) };
  } finally {
    await server.stop();
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    doc: { type: 'string' },
    dir: { type: 'string' },
    edits: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const part = positionals[0] ?? 'latency';
let result;
if (part === 'latency') {
  if (!values.doc) throw new Error('--doc is required (e.g. node bench/gen-report.mjs --words 100000 > r100k.md)');
  result = await latency({ doc: values.doc, edits: Number(values.edits), warmup: Number(values.warmup) });
} else if (part === 'memory') {
  if (!values.dir) throw new Error('--dir is required (e.g. node bench/gen-report.mjs --files 50 --words 10000 --out DIR)');
  result = await memory({ dir: values.dir });
} else if (part === 'chapters') {
  if (!values.dir) throw new Error('--dir is required: a folder with a *.report.yaml manifest and its chapters');
  result = await chapters({ dir: values.dir, edits: Number(values.edits), warmup: Number(values.warmup) });
} else throw new Error(`unknown part ${part}: use latency, memory or chapters`);

if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
else console.log(JSON.stringify(result, null, 2));
