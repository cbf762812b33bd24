#!/usr/bin/env node
// Summarises V8 .cpuprofile files (from node --cpu-prof): self time per function, and the
// total (inclusive) time of the heaviest call sites, to name the hot functions.
//
//   node bench/top-functions.mjs FILE.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
const top = Number(values.top);
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfTicks = new Map();
  for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
  const totalTicks = profile.samples.length;
  const usPerTick = (profile.endTime - profile.startTime) / totalTicks;
  const name = (n) => {
    const f = n.callFrame;
    const where = f.url ? `${f.url.replace(/^.*\/(node_modules\/|server\/src\/|bench\/)/, '$1')}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  // self time by function
  const self = new Map();
  for (const [id, ticks] of selfTicks) {
    const key = name(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + ticks);
  }
  // inclusive time by function (counted once per sample even when recursive)
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const id of profile.samples) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  const ms = (ticks) => `${((ticks * usPerTick) / 1000).toFixed(0).padStart(6)} ms ${((100 * ticks) / totalTicks).toFixed(1).padStart(5)}%`;
  console.log(`${file}: ${((totalTicks * usPerTick) / 1000).toFixed(0)} ms sampled`);
  console.log('  self time:');
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(t)}  ${k}`);
  console.log('  total time (inclusive):');
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(t)}  ${k}`);
}
