// Evaluates unsupported-claim detection on test/eval/claims.tsv.
//   node --import tsx scripts/eval-claims.ts [--verbose] [--split dev|heldout] [--bench]
// Prints precision, recall and F1 (overall, dev, held-out), a confusion table of gold kind ×
// detected kind, and with --verbose the false positives and false negatives.
import { GOLD_KINDS, blankFootnotes, confusion, readEvalSet, runEval, score, type EvalResult, type Scores } from '../test/eval/claims-eval';
import { analyseSentence, compileClaimMatcher, defaultClaimOptions } from '../server/src/engine/claims/detect';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;

const all = runEval();
const shown = splitArg ? all.filter((r) => r.row.split === splitArg) : all;

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (name: string, s: Scores) =>
  `${name.padEnd(10)} n=${String(s.n).padStart(3)}  TP=${String(s.tp).padStart(3)} FP=${String(s.fp).padStart(3)} FN=${String(s.fn).padStart(3)} TN=${String(s.tn).padStart(3)}  P=${pct(s.precision)}%  R=${pct(s.recall)}%  F1=${pct(s.f1)}%`;

console.log('Unsupported-claim detection on test/eval/claims.tsv');
console.log(line('overall', score(all)));
console.log(line('dev', score(all.filter((r) => r.row.split === 'dev'))));
console.log(line('held-out', score(all.filter((r) => r.row.split === 'heldout'))));

console.log(`\nConfusion${splitArg ? ` (${splitArg})` : ''}: gold kind (rows) × detected kind (columns)`);
const abbrev: Record<string, string> = { figure: 'fig', judgement: 'judg', generalisation: 'gen', trend: 'trend', weasel: 'weasel', quote: 'quote', none: 'none' };
console.log(''.padEnd(16) + GOLD_KINDS.map((k) => abbrev[k].padStart(7)).join(''));
for (const [gold, row] of confusion(shown)) {
  console.log(gold.padEnd(16) + GOLD_KINDS.map((k) => String(row.get(k) ?? 0).padStart(7)).join(''));
}

if (verbose) {
  const describe = (r: EvalResult) => {
    const a = r.analysis;
    const trig = a.triggers.map((t) => `${t.kind}:"${t.text}"`).join(', ') || '-';
    const ev = a.evidence.map((e) => `"${e.text}"`).join(', ') || '-';
    const q = a.quotes.map((x) => `[${x.speaker ?? 'no speaker'}${x.partial ? ', partial' : ''}]`).join(' ');
    return `  ${r.row.id.padEnd(8)} ${r.row.sentence}\n           gold=${r.row.kind} triggers=${trig} evidence=${ev}${q ? ` quotes=${q}` : ''}${a.descriptive ? ` descriptive=${a.descriptiveReason}` : ''}  (${r.row.note})`;
  };
  const fps = shown.filter((r) => r.predicted && !r.row.label);
  const fns = shown.filter((r) => !r.predicted && r.row.label);
  console.log(`\nFalse positives (${fps.length}):`);
  for (const r of fps) console.log(describe(r));
  console.log(`\nFalse negatives (${fns.length}):`);
  for (const r of fns) console.log(describe(r));
}

if (args.includes('--bench')) {
  // ~100,000 words of prose: the eval sentences repeated, each copy varied so no cache can help.
  const base = readEvalSet().map((r) => blankFootnotes(r.sentence).text);
  const sentences: string[] = [];
  let wordCount = 0;
  for (let copy = 0; wordCount < 100_000; copy++) {
    for (const s of base) {
      const v = copy % 2 ? s.replace(/\bthe\b/, 'the ') : `${s} `;
      sentences.push(v);
      wordCount += v.split(/\s+/).filter(Boolean).length;
    }
  }
  const t0 = performance.now();
  const matcher = compileClaimMatcher(defaultClaimOptions);
  const compileMs = performance.now() - t0;
  for (let i = 0; i < 3; i++) for (const s of sentences) analyseSentence(s, matcher); // warm up
  const runs = 15;
  const times: number[] = [];
  // CPU time of this process rather than wall time: CI machines are shared.
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    for (const s of sentences) analyseSentence(s, matcher);
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(runs / 2)];
  const best = times[0];
  console.log(`\nSpeed: ${sentences.length} sentences, ${wordCount} words; compile ${compileMs.toFixed(2)} ms; analyse CPU time median ${ms.toFixed(1)} ms, best ${best.toFixed(1)} ms ` +
    `(median ${((ms * 1000) / sentences.length).toFixed(2)} µs/sentence, ${((ms * 1000) / wordCount).toFixed(3)} µs/word)`);
}
