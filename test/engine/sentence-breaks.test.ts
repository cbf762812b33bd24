// engine/sentence-breaks.ts reproduces ICU's default sentence rules for the characters it knows,
// so that the model can skip Intl.Segmenter for them. It must give exactly Intl.Segmenter's
// boundaries, or a sentence would split differently depending on a stray character elsewhere in
// its block. Compared on every block of the published reports and on generated drafts, and on
// random strings over every character the module knows (weighted to its punctuation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceBreaks } from '../../server/src/engine/sentence-breaks';
import { segmentSentences, sentenceSegmenter } from '../../server/src/engine/model';
import { parseReport } from '../../server/src/engine/parse';
import { generateReport } from '../../bench/gen-report.mjs';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'data', 'real-reports', 'ofsted');

function icuBreaks(text: string, locale = 'en'): number[] {
  const out: number[] = [];
  for (const { index } of sentenceSegmenter(locale).segment(text)) if (index > 0) out.push(index);
  return out;
}

/** Every character sentenceBreaks knows (it answers for a text made of it alone). */
const known: string[] = [];
for (let c = 0; c < 0x10000; c++) {
  const s = String.fromCharCode(c);
  if (sentenceBreaks(s) !== undefined) known.push(s);
}

test('sentenceBreaks knows ASCII, Latin-1 letters and typographic punctuation, and nothing else', () => {
  for (let c = 0x20; c < 0x7f; c++) assert.ok(known.includes(String.fromCharCode(c)), `U+${c.toString(16)}`);
  for (const c of 'éÉßøÿ’‘“”–—\u00a0\u2028\n\r\t£€…•') assert.ok(known.includes(c), c);
  // Marks, other scripts and other terminators are left to Intl.Segmenter.
  for (const c of ['\u0301', '\u200d', 'ж', '中', '。', '\u2011', '½', '\ud83d']) assert.equal(sentenceBreaks(`A. ${c} b`), undefined, c);
});

test('sentenceBreaks gives Intl.Segmenter\'s boundaries on random text over its characters', () => {
  const punctuation = known.filter((c) => !/[A-Za-z0-9]/.test(c));
  let seed = 20261207;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (from: string[]) => from[Math.floor(random() * from.length)];
  const words = ['e.g.', 'U.S.', 'etc.', 'Mr.', 'No.', '3.5', 'a', 'The', 'it', '"', '?!', '...', ' ', '  '];
  let compared = 0;
  for (let k = 0; k < 40000; k++) {
    let text = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) {
      const r = random();
      text += r < 0.45 ? pick(punctuation) : r < 0.8 ? pick(known) : pick(words);
    }
    const mine = sentenceBreaks(text);
    assert.ok(mine, JSON.stringify(text));
    assert.deepEqual(mine, icuBreaks(text), JSON.stringify(text));
    compared++;
  }
  assert.equal(compared, 40000);
});

test('sentenceBreaks gives Intl.Segmenter\'s boundaries on every block of real reports and drafts', () => {
  const texts = [0, 1].map((seed) => generateReport({ words: 20000, seed }));
  if (existsSync(corpus)) for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()) texts.push(readFileSync(join(corpus, file), 'utf8'));
  let fast = 0;
  let blocks = 0;
  for (const text of texts) {
    for (const block of parseReport(text).blocks) {
      blocks++;
      const mine = sentenceBreaks(block.text);
      if (!mine) continue;
      fast++;
      assert.deepEqual(mine, icuBreaks(block.text), block.text.slice(0, 200));
      assert.deepEqual(mine, icuBreaks(block.text, 'cy'), block.text.slice(0, 200));
    }
  }
  // Nearly every block of English prose is in characters the module knows.
  assert.ok(fast > 0.99 * blocks, `${fast} of ${blocks}`);
});

test('segmentSentences gives the same sentences with or without the fast path', () => {
  const greekRules = new Intl.Segmenter('el', { granularity: 'sentence' });
  for (const text of [
    'Leaders are ambitious. Most children (87%) are seen quickly! Is it good? "Yes." Then U.S. policy, e.g. this, applies.',
    'One sentence only',
    '  Spaces before.  And after.  ',
    'A line.\nAnother line.\r\nA third; and "quoted." Next.',
  ]) {
    const viaIcu: { start: number; end: number }[] = [];
    for (const { segment, index } of sentenceSegmenter('en').segment(text)) {
      const start = index + (segment.length - segment.trimStart().length);
      const end = index + segment.trimEnd().length;
      if (end > start) viaIcu.push({ start, end });
    }
    assert.deepEqual(segmentSentences(text), viaIcu, text);
    assert.deepEqual(segmentSentences(text, sentenceSegmenter('cy')), viaIcu, text);
  }
  // A locale with its own rules is never given the default rules: Greek ends a sentence at ";".
  assert.equal(segmentSentences('What is it; Yes. Good', greekRules).length, 3);
  assert.equal(segmentSentences('What is it; Yes. Good').length, 2);
});
