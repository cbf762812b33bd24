// Runs one bad-input case in its own process and prints one JSON line with what happened:
// the time taken, peak memory, and the findings or errors. The bad-input tests spawn it with a
// time bound, so a hang or a crash (out of memory, stack overflow) is measured, not suffered.
//   node --import tsx test/badinput/run-case.ts doc <case name>
//   node --import tsx test/badinput/run-case.ts scale <case name>
//   node --import tsx test/badinput/run-case.ts config <case name>
//   node --import tsx test/badinput/run-case.ts glossary <entries> <yaml|tsv>
import { lint, BlockCache } from '../../server/src/engine/lint';
import { parseConfig } from '../../server/src/engine/configure';
import { knowledgeFor } from '../../server/src/engine/knowledge';
import { documents, configs, glossaryText, scaling } from './cases';

export interface CaseResult {
  ms: number;
  /** Lint of the same document after a one-character edit, with the per-document cache warm. */
  keystrokeMs?: number;
  /** Scaling cases: lint time at n and at 4n (best of two each). */
  scale?: { n: number; ms: number; ms4: number };
  rssMB: number;
  chars?: number;
  findings?: number;
  messages: string[];
  errors?: string[];
}

function finish(result: Omit<CaseResult, 'rssMB'>): void {
  const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...result, rssMB })}\n`);
}

const unique = (xs: string[]) => [...new Set(xs)].slice(0, 8);
const [mode, name, extra] = process.argv.slice(2);

if (mode === 'doc') {
  const make = documents[name];
  if (!make) throw new Error(`no document case "${name}"`);
  const text = make();
  const cache = new BlockCache();
  let started = performance.now();
  const outcome = lint({ text, cache, assumeReport: true });
  const ms = performance.now() - started;
  let keystrokeMs: number | undefined;
  if (ms < 3000) {
    const edited = `${text.slice(0, text.length >> 1)}x${text.slice(text.length >> 1)}`;
    started = performance.now();
    lint({ text: edited, cache, assumeReport: true });
    keystrokeMs = performance.now() - started;
  }
  finish({ ms, keystrokeMs, chars: text.length, findings: outcome.findings.length, messages: unique(outcome.findings.map((f) => `${f.ruleId}: ${f.message}`)) });
} else if (mode === 'scale') {
  const entry = scaling[name];
  if (!entry) throw new Error(`no scaling case "${name}"`);
  const time = (n: number) => {
    const text = entry.make(n);
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      lint({ text, assumeReport: true });
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  time(Math.max(1, entry.n >> 2)); // warm up the JIT
  const small = time(entry.n);
  const large = time(entry.n * 4);
  finish({ ms: small + large, scale: { n: entry.n, ms: small, ms4: large }, messages: [] });
} else if (mode === 'config') {
  const entry = configs[name];
  if (!entry) throw new Error(`no config case "${name}"`);
  const text = entry.text();
  const started = performance.now();
  const config = parseConfig(text, `/workspace/${entry.file}`);
  const outcome = lint({ text: '# Title\n\n## Summary\n\nText.\n', config, assumeReport: true, path: '/workspace/reports/a.md' });
  finish({ ms: performance.now() - started, findings: outcome.findings.length, messages: [], errors: config.errors.map((e) => `${e.line}:${e.column} ${e.message}`) });
} else if (mode === 'glossary') {
  const n = Number(name);
  const format = extra === 'tsv' ? 'tsv' : 'yaml';
  const file = `glossary.${format}`;
  const glossary = glossaryText(n, format);
  const config = parseConfig(`glossaries: [${file}]\n`, '/workspace/.inspection-reports.yaml');
  const host = { readFile: (path: string) => (path === `/workspace/${file}` ? glossary : undefined) };
  let started = performance.now();
  const knowledge = knowledgeFor(config, host);
  const loadMs = performance.now() - started;
  // A report that uses glossary acronyms (A1X is entry 1) and one nobody knows.
  const text = '# Title\n\n## Summary\n\nThe A1X and the A2X met the ZZQ.\n';
  started = performance.now();
  const outcome = lint({ text, config, host, assumeReport: true });
  const lintMs = performance.now() - started;
  finish({ ms: loadMs, keystrokeMs: lintMs, chars: glossary.length, findings: outcome.findings.length, messages: unique(outcome.findings.map((f) => `${f.ruleId}: ${f.message}`)), errors: knowledge.errors.map((e) => e.message).slice(0, 5) });
} else {
  throw new Error(`unknown mode "${mode}"`);
}
