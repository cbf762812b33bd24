// The ScanPatterns that stand for a regular expression in the gate rules' scans (found another,
// faster way: from a rarer character, or each half of an alternation apart) must find exactly
// the matches of the global RegExp they replace, from any starting lastIndex.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanPattern } from '../../server/src/engine/scan';
import { FIGURE, FIGURES } from '../../server/src/engine/quantities';
import { INSTRUCTION, INSTRUCTION_PATTERN } from '../../server/src/engine/placeholders';
import { DOB, DATES_OF_BIRTH } from '../../server/src/engine/persons';
import { generateReport } from '../../bench/gen-report.mjs';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'data', 'real-reports', 'ofsted');

function matches(pattern: ScanPattern, text: string, from: number): string[] {
  const out: string[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(`${m.index}:${m[0]}:${pattern.lastIndex}`);
  assert.equal(pattern.lastIndex, 0, 'a global pattern ends with lastIndex 0');
  return out;
}

/** Strings made of the pieces the patterns are built from, in a seeded random order, so that matches overlap, nest and touch. */
function shuffled(pieces: string[], count: number): string[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
}

function texts(pieces: string[]): string[] {
  const out = [generateReport({ words: 20000, seed: 3 }), ...shuffled(pieces, 20000)];
  if (existsSync(corpus)) for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md'))) out.push(readFileSync(join(corpus, file), 'utf8'));
  return out;
}

const pairs: { name: string; regex: RegExp; pattern: ScanPattern; pieces: string[] }[] = [
  { name: 'figures', regex: FIGURE, pattern: FIGURES, pieces: ['(', ')', ' ', '3', '14', ' of ', 'out of ', 'the ', 'Three', '%', ' per cent', '64.5', '.', 'x', '(9 of 14)'] },
  {
    name: 'instructions',
    regex: INSTRUCTION_PATTERN,
    pattern: INSTRUCTION,
    pieces: ['[', ']', '[[', 'insert', 'Insert ', ' date', 'name', 'x', '\n', 'lorem', 'Lorem', ' ', 'ipsum', 'IPSUM', 'psum', 'lorem ipsum', '_', 'a', '[insert date]'],
  },
  {
    name: 'dates of birth',
    regex: DOB,
    pattern: DATES_OF_BIRTH,
    pieces: ['born', 'Born ', 'BORN', 'on ', ' ', '\n', 'date', 'Date ', 'of ', 'OF', 'birth', 'Birth:', 'DOB', 'dob: ', 'd.o.b', 'D.O.B.', ':', '3', '12', 'th', ' March ', 'february', ' 2010', '/', '03/04/2010', 'b', 'x', 'date of birth: 1/2/2003', 'born on 3 March 2010'],
  },
];

for (const { name, regex, pattern, pieces } of pairs) {
  test(`scan pattern for ${name}: the regular expression's matches`, { timeout: 300_000 }, () => {
    let total = 0;
    for (const text of texts(pieces)) {
      for (const from of [0, 5]) {
        const expected = matches(regex, text, from);
        assert.deepEqual(matches(pattern, text, from), expected, JSON.stringify(text.slice(0, 200)));
        total += expected.length;
      }
    }
    assert.ok(total > 1000, `only ${total} matches compared`);
  });
}
