// A long document is walked while markdown-it parses it, a batch of top-level blocks at a time
// (model.ts, STREAMING): the model must be the one a whole parse gives, whatever the batch size,
// including when a link reference definition comes after blocks already walked without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseWhole, BlockCache, parser, STREAMING, type ReportModel } from '../../server/src/engine/model';
import type { Token } from 'markdown-it';
import { lint } from '../../server/src/engine/lint';
import type { InlineEnv } from '../../server/src/engine/markdown';
import { anyDocument } from '../property/arbitraries';

const whole = undefined;
const everyBlock = { fromChars: 0, batch: 1 };

function shape(m: ReportModel) {
  return {
    eol: m.eol,
    language: m.language,
    frontMatter: m.frontMatter && { start: m.frontMatter.start, end: m.frontMatter.end, data: m.frontMatter.data, errors: m.frontMatter.errors },
    blocks: m.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, text: b.text, section: b.section, footnote: b.footnote, sentences: b.sentences, footnoteRefs: b.footnoteRefs, linkTexts: b.linkTexts })),
    sections: m.sections,
    footnoteDefinitions: m.footnoteDefinitions,
    footnoteRefs: m.footnoteRefs,
    comments: m.comments,
    codeBlocks: m.codeBlocks,
    blockLines: m.blockLines,
  };
}

const sample = [
  '---\ntemplate: generic\n---\n# Title\n',
  '## Summary\n\nThe local authority (LA) met [the guidance](https://example.org) in 9 of 14 cases.[^1]\n',
  '- a list item\n  continued\n- another <!-- a comment -->\n',
  '> a quote\n> - with a list\n',
  '| a | b |\n|---|---|\n| CIW | 2 |\n',
  '```\ncode\n```\n',
  '[^1]: A footnote, with [a link][ref].\n',
  '<!-- inspection-reports-disable-next-line undefined-acronym -->\nThe XYZ said so.\n',
  'Setext heading\n---\n',
];

test('a streamed parse gives the model of a whole parse, at every batch size', () => {
  const text = sample.join('\n').repeat(1) + sample.slice(1).join('\n').repeat(20);
  const expected = shape(parseWhole(text, undefined, undefined, whole));
  for (const batch of [1, 2, 3, 7, 50, 4096]) assert.deepEqual(shape(parseWhole(text, undefined, undefined, { fromChars: 0, batch })), expected, `batch ${batch}`);
});

test('random drafts: streamed block by block, the model and the cache are those of a whole parse', () => {
  fc.assert(
    fc.property(anyDocument, (text) => {
      const cacheWhole = new BlockCache();
      const cacheStreamed = new BlockCache();
      const a = parseWhole(text, cacheWhole, undefined, whole);
      const b = parseWhole(text, cacheStreamed, undefined, everyBlock);
      assert.deepEqual(shape(b), shape(a));
      // The keystroke fast path's record of the top-level blocks, kept with the cache.
      assert.deepEqual(cacheStreamed.last?.groups, cacheWhole.last?.groups);
    }),
    { numRuns: 300, seed: 31 },
  );
});

test('a reference definition after blocks already walked: the draft is parsed again, whole, and its early links are links', () => {
  const early = 'See [the guidance][g] and [the other][h] today.\n\n';
  const text = `# Title\n\n${'A paragraph of prose.\n\n'.repeat(50)}${early}${'More prose here.\n\n'.repeat(50)}[g]: https://example.org/CIW\n`;
  const streamed = parseWhole(text, new BlockCache(), undefined, everyBlock);
  assert.deepEqual(shape(streamed), shape(parseWhole(text, undefined, undefined, whole)));
  const block = streamed.blocks.find((b) => b.text.includes('guidance'))!;
  assert.equal(block.linkTexts.length, 1, 'the [g] link is a link; [h] has no definition');
  assert.equal(block.text.replace(/\s+/g, ' ').trim(), 'See the guidance and [the other][h] today.');
});

test('the parser hands over whole top-level blocks in batches, which with the rest are the tokens of a whole parse', () => {
  const text = sample.join('\n').repeat(30);
  const batches: Token[][] = [];
  const env: InlineEnv = { onBlocks: (tokens) => batches.push(tokens), streamBatch: 100 };
  const rest = parser.parse(text, env);
  assert.ok(batches.length > 5, `${batches.length} batches`);
  for (const batch of batches) {
    assert.ok(batch.length >= 100);
    assert.equal(batch[0].level, 0);
    assert.equal(batch.reduce((depth, t) => depth + t.nesting, 0), 0, 'whole blocks only');
  }
  assert.equal(JSON.stringify([...batches.flat(), ...rest]), JSON.stringify(parser.parse(text, {})));
});

test('a draft over the streaming size (streamed by default) has the model of a whole parse', () => {
  const body = sample.slice(1).join('\n');
  const text = `${sample[0]}\n${body.repeat(Math.ceil(STREAMING.fromChars / body.length))}`;
  assert.ok(text.length >= STREAMING.fromChars);
  assert.deepEqual(shape(parseWhole(text, new BlockCache())), shape(parseWhole(text, new BlockCache(), undefined, whole)));
  const outcome = lint({ text, template: 'generic' });
  assert.ok(outcome.findings.some((f) => f.ruleId === 'duplicate-section'));
});
