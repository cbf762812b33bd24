// Counts the section headings (levels 2 and 3) of the published Ofsted reports, per framework, to
// derive the built-in `ofsted-ilacs` and `ofsted-sif` templates from what real reports contain.
//
//   node --import tsx scripts/eval/heading-counts.ts [--dir PATH] [--min N] [--level N] [--max-level N (default 3)]
//
// A heading is counted once per report that uses it, after the template matcher's normalisation
// (case, punctuation, apostrophes), with the authority's own name replaced by "<area>" and a grade at
// the end by "<grade>", so that "Children’s services in Barnet require improvement" and "... in Brent
// are good" are one heading.
// Prints, per framework: the number of reports, then each heading used by at least N reports
// (default 10% of them) with its level(s) and the number of reports that use it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ofstedTemplateFor } from './real-corpus';
import { normaliseHeading } from '../../server/src/engine/templates/match';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(opt('--dir') ?? join(root, '..', 'shared', 'data', 'real-reports', 'ofsted'));
const onlyLevel = opt('--level') ? Number(opt('--level')) : undefined;
const maxLevel = Number(opt('--max-level') ?? 3);

/** A grade at the end of a heading, with the verb that states it ("… is good", "… are: good", "… require improvement to be good"). */
const GRADE = /(?: (?:is|are|as))? (?:outstanding|good|inadequate|requires? improvement(?: to be good)?)$/;

interface Count {
  reports: Set<string>;
  levels: Map<number, number>;
  example: string;
}
const byFramework = new Map<string, { reports: number; headings: Map<string, Count> }>();

for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const framework = ofstedTemplateFor(text);
  let entry = byFramework.get(framework);
  if (!entry) byFramework.set(framework, (entry = { reports: 0, headings: new Map() }));
  entry.reports++;
  const area = areaName(text);
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{2,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const level = m[1].length;
    if (level > maxLevel || (onlyLevel && level !== onlyLevel)) continue;
    let key = normaliseHeading(m[2]);
    if (area) key = key.split(area).join('<area>');
    key = key.replace(GRADE, ' <grade>');
    let count = entry.headings.get(key);
    if (!count) entry.headings.set(key, (count = { reports: new Set(), levels: new Map(), example: m[2] }));
    count.reports.add(file);
    count.levels.set(level, (count.levels.get(level) ?? 0) + 1);
  }
}

/** The authority's name, from the `source` line of the front matter ("Barnet, 7 July 2017"), normalised. */
function areaName(text: string): string | undefined {
  const source = /^source:\s*"?([^",]+)/m.exec(text)?.[1];
  if (!source) return undefined;
  const name = normaliseHeading(source.replace(/^(london borough of|metropolitan borough of|borough of|city of)\s+/i, '').replace(/\s+(metropolitan borough|metropolitan district|borough|city|county)?\s*council$/i, ''));
  return name.length >= 3 ? name : undefined;
}

for (const [framework, { reports, headings }] of [...byFramework].sort()) {
  const min = Number(opt('--min') ?? Math.max(2, Math.round(reports / 10)));
  const rows = [...headings.entries()].sort((a, b) => b[1].reports.size - a[1].reports.size || a[0].localeCompare(b[0]));
  console.log(`\n${framework}: ${reports} reports, ${headings.size} distinct headings at levels 2-${maxLevel}; used by at least ${min} reports:`);
  for (const [key, c] of rows) {
    if (c.reports.size < min) break;
    const levels = [...c.levels.entries()].sort().map(([l, n]) => `h${l}×${n}`).join(' ');
    console.log(`${String(c.reports.size).padStart(4)}  ${levels.padEnd(16)} ${key}`);
  }
}
