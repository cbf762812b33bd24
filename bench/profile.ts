// A workload to profile with --cpu-prof: repeated full checks, or keystrokes through a BlockCache.
//
//   node --cpu-prof --cpu-prof-dir=bench/.profiles --import tsx bench/profile.ts [full|edit] [--words 100000] [--runs 10]
//   node bench/top-functions.mjs bench/.profiles/*.cpuprofile
import { parseArgs } from 'node:util';
import { lint, BlockCache } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/configure';
import { generateReport } from './gen-report.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { words: { type: 'string', default: '100000' }, runs: { type: 'string', default: '10' } },
});
const mode = positionals[0] ?? 'full';
const runs = Number(values.runs);
const config = defaultConfig();
const text = generateReport({ words: Number(values.words), seed: 1 });
const t0 = performance.now();
if (mode === 'full') {
  for (let i = 0; i < runs; i++) lint({ text, config, assumeReport: true });
} else {
  const cache = new BlockCache();
  lint({ text, config, cache, assumeReport: true });
  const at = text.indexOf('. ', text.indexOf('\n\nWe ', text.length >> 1)) + 1;
  let current = text;
  for (let i = 0; i < runs; i++) {
    current = current.slice(0, at + i) + 'x' + current.slice(at + i);
    lint({ text: current, config, cache, assumeReport: true });
  }
}
console.error(`${mode}: ${runs} runs at ${values.words} words, ${((performance.now() - t0) / runs).toFixed(1)} ms each`);
