// The publication-gate rules find their matches block by block (engine/scan.ts's scanBlocks):
// one pass over the whole text when many blocks are new, a pass per block on a keystroke. The
// two ways must find the same things, or a finding would come and go with the editing history.
// Compared on the published reports (with the rules' fixtures appended, which hold every kind
// of match, often at a block's edge) and on generated drafts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../server/src/engine/parse';
import { BlockCache } from '../../server/src/engine/model';
import { scanning } from '../../server/src/engine/scan';
import { findParticulars } from '../../server/src/engine/persons';
import { findPlaceholders } from '../../server/src/engine/placeholders';
import { QUANTITY_SCALES, quantityMismatches, countStatements } from '../../server/src/engine/quantities';
import { lint } from '../../server/src/engine/lint';
import { defaultConfig } from '../../server/src/engine/configure';
import { generateReport } from '../../bench/gen-report.mjs';
import { collectStatements } from '../../server/src/engine/rules/grade-consistency';
import { compileScale, builtinGradeScales } from '../../server/src/engine/templates/grades';

const OFSTED_SCALE = compileScale(builtinGradeScales['ofsted-ilacs']);

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'data', 'real-reports', 'ofsted');
const fixtures = ['identifiable-person', 'placeholder', 'quantity-consistency', 'grade-consistency']
  .flatMap((rule) => readdirSync(join(root, 'test', 'fixtures', rule)).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'test', 'fixtures', rule, f), 'utf8')))
  // Fixtures' front matter would end up mid-document: keep their bodies.
  .map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''))
  .join('\n\n');

function texts(): { name: string; text: string }[] {
  const out = [0, 1, 2].map((seed) => ({ name: `generated draft, seed ${seed}`, text: generateReport({ words: 20000, seed }) }));
  out.push({ name: 'fixtures', text: fixtures });
  // A grade at the end of one block and a full stop opening the next: not a sentence that ends in a grade.
  const edge = 'The effectiveness of the LSCB is good\n\n. The effectiveness of the LSCB is good.\n\n';
  out.push({ name: 'grade at a block edge', text: `${fixtures}\n\n${edge.repeat(30)}` });
  if (existsSync(corpus)) {
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()) {
      out.push({ name: file, text: `${readFileSync(join(corpus, file), 'utf8')}\n\n${fixtures}\n` });
    }
  }
  return out;
}

/** What the gate rules' scanners find in `text`, with blocks scanned whole-text or one by one. */
function scanned(text: string, aloneAtMost: number) {
  const saved = scanning.aloneAtMost;
  scanning.aloneAtMost = aloneAtMost;
  try {
    const model = parseReport(text, new BlockCache());
    return {
      particulars: findParticulars(model),
      placeholders: findPlaceholders(model),
      mismatches: quantityMismatches(model, QUANTITY_SCALES.default),
      estyn: quantityMismatches(model, QUANTITY_SCALES.estyn),
      counts: countStatements(model),
      // Sentences that end in a grade (and the table and headings they are read with).
      grades: collectStatements(model, OFSTED_SCALE),
    };
  } finally {
    scanning.aloneAtMost = saved;
  }
}

test('gate scanners: one pass over the whole text finds what a pass per block finds', { timeout: 600_000 }, () => {
  let total = 0;
  const all = texts();
  assert.ok(all.length >= 4);
  for (const { name, text } of all) {
    const whole = scanned(text, -1);
    const alone = scanned(text, Number.POSITIVE_INFINITY);
    assert.deepEqual(whole, alone, name);
    total += Object.values(whole).reduce((n, list) => n + list.length, 0);
  }
  // Not a comparison of empty lists: every text holds the fixtures' matches.
  assert.ok(total > all.length * 20, `only ${total} matches`);
});

test('gate rules after a keystroke with a reused BlockCache equal a lint from scratch', () => {
  const config = defaultConfig();
  const text = `${generateReport({ words: 5000, seed: 7 })}\n\n${fixtures}\n`;
  const cache = new BlockCache();
  lint({ text, config, cache, assumeReport: true });
  const gate = new Set(['identifiable-person', 'placeholder', 'quantity-consistency']);
  const pick = (findings: ReturnType<typeof lint>['findings']) => findings.filter((f) => gate.has(f.ruleId)).map((f) => [f.ruleId, f.start, f.end, f.message]);
  // Edits that make and unmake matches: a name with an age, a placeholder, a mismatched quantity.
  const inserts = ['Jack, aged 14, said so. ', 'TODO ', 'Most (2 of 9) cases were late. ', 'We reviewed 12 cases. '];
  let current = text;
  for (const [i, insert] of inserts.entries()) {
    const at = current.indexOf('\n\n', Math.floor((current.length * (i + 1)) / (inserts.length + 1))) + 2;
    current = current.slice(0, at) + insert + current.slice(at);
    const incremental = pick(lint({ text: current, config, cache, assumeReport: true }).findings);
    const fresh = pick(lint({ text: current, config, assumeReport: true }).findings);
    assert.deepEqual(incremental, fresh, `after inserting ${JSON.stringify(insert)}`);
    assert.ok(incremental.length > 0);
  }
});
