// The keystroke fast path (engine/incremental.ts) on ordinary prose: typing letters, spaces and
// full stops inside a paragraph of a real published report re-parses only that paragraph, and
// gives the same model as a fresh parse. The property tests (test/property/incremental.test.ts)
// check the equality on hostile documents, where the path often, and rightly, bails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlockCache } from '../../server/src/engine/lint';
import { parseReport } from '../../server/src/engine/parse';
import type { ReportModel } from '../../server/src/engine/model';

const report = readFileSync(join(__dirname, '..', '..', 'examples', 'published-ofsted-ilacs.md'), 'utf8');

const shape = (m: ReportModel) => ({
  blocks: m.blocks.map((b) => [b.kind, b.start, b.end, b.text, b.section, b.sentences]),
  sections: m.sections.map((s) => [s.start, s.end, s.ownEnd, s.level, s.parent, s.heading]),
  footnotes: m.footnoteDefinitions,
  comments: m.comments,
});

test('typing ordinary characters inside the paragraphs of a published report takes the fast path, and equals a fresh parse', () => {
  const cache = new BlockCache();
  const paragraphs = parseReport(report, cache).blocks.filter((b) => b.kind === 'paragraph' && b.end - b.start > 40);
  assert.ok(paragraphs.length >= 20, 'the example has paragraphs to type in');
  let text = report;
  let typed = 0;
  let fast = 0;
  // Every fifth paragraph, in the middle of a word near its middle: a letter, a space, a full stop, a deletion.
  for (const block of paragraphs.filter((_, i) => i % 5 === 0)) {
    const shift = text.length - report.length;
    let at = block.start + shift + Math.floor((block.end - block.start) / 2);
    while (/\s/.test(text[at - 1] ?? ' ')) at++;
    for (const key of ['x', ' ', 'y', '.', '']) {
      text = key ? text.slice(0, at) + key + text.slice(at) : text.slice(0, at - 1) + text.slice(at);
      at = key ? at + 1 : at - 1;
      const before = cache.last?.groups;
      const model = parseReport(text, cache);
      typed++;
      if (cache.last?.groups === before) fast++;
      assert.deepEqual(shape(model), shape(parseReport(text)), `typing ${JSON.stringify(key)} at ${at}`);
    }
  }
  assert.equal(fast, typed, `${fast} of ${typed} keystrokes took the fast path`);
});
