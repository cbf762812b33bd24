import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BlockCache, segmentSentences } from '../../server/src/engine/model';
import { parseReport } from '../../server/src/engine/parse';
import { LineMap } from '../../server/src/engine/lines';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('masked prose keeps source offsets and blanks markup, code, links and footnote refs', () => {
  const text = 'Para with **bold**, `CIW code`, [a link](https://example.org/CIW) and a ref.[^a]\n\n[^a]: Case files.\n';
  const model = parseReport(text);
  const block = model.blocks[0];
  assert.equal(block.text.length, block.end - block.start);
  assert.equal(block.text.trimEnd(), 'Para with   bold  ,           ,  a link                           and a ref.');
  assert.equal(slice(text, model.footnoteRefs[0]), '[^a]');
  assert.equal(model.footnoteDefinitions[0].label, 'a');
  assert.equal(model.footnoteDefinitions[0].text, 'Case files.');
  assert.equal(slice(text, { start: model.footnoteDefinitions[0].labelStart, end: model.footnoteDefinitions[0].labelEnd }), 'a');
});

test('positions are UTF-16 code units across Welsh diacritics, curly quotes and emoji', () => {
  const text = '# Tŷ Hafan 😀 “Llesiant”\n\nMae’r ŵyr yn hapus 😀. Second sentence.\n';
  const model = parseReport(text);
  const heading = model.sections[1].heading!;
  assert.equal(slice(text, { start: heading.textStart, end: heading.textEnd }), 'Tŷ Hafan 😀 “Llesiant”');
  const sentences = model.blocks[1].sentences.map((s) => slice(text, s));
  assert.deepEqual(sentences, ['Mae’r ŵyr yn hapus 😀.', 'Second sentence.']);
  const lines = new LineMap(text);
  const second = text.indexOf('Second');
  assert.deepEqual(lines.position(second), { line: 2, character: 'Mae’r ŵyr yn hapus 😀. '.length });
});

test('sentences wrapped over lines stay whole; CRLF line ends are handled', () => {
  const text = '# T\r\n\r\nThe council has\r\nimproved its front door. Next one.\r\n';
  const model = parseReport(text);
  assert.deepEqual(model.blocks[1].sentences.map((s) => slice(text, s)), ['The council has\r\nimproved its front door.', 'Next one.']);
  assert.equal(model.lines.lineCount, 5);
});

test('blockquotes, lists and table cells become prose blocks at the right offsets', () => {
  const text = '> Quoted line\n> continues\n\n- item one\n  wraps\n\n| Col | Two |\n|-----|-----|\n| a `x` | b |\n';
  const model = parseReport(text);
  const got = model.blocks.map((b) => [b.kind, slice(text, b), b.text.replace(/\s+/g, ' ').trim()]);
  assert.deepEqual(got, [
    ['paragraph', 'Quoted line\n> continues', 'Quoted line continues'],
    ['paragraph', 'item one\n  wraps', 'item one wraps'],
    ['cell', 'Col', 'Col'],
    ['cell', 'Two', 'Two'],
    ['cell', 'a `x`', 'a'],
    ['cell', 'b', 'b'],
  ]);
});

test('section tree: levels, parents, ends and own content', () => {
  const text = '# Title\n\n## A\n\ntext\n\n### A1\n\n## B\n\n## C\n\n- list\n';
  const model = parseReport(text);
  const s = model.sections;
  assert.deepEqual(s.map((x) => [x.heading?.text ?? '', x.level, x.parent]), [['', 0, -1], ['Title', 1, 0], ['A', 2, 1], ['A1', 3, 2], ['B', 2, 1], ['C', 2, 1]]);
  assert.equal(s[2].end, s[4].start);
  assert.equal(s[2].ownEnd, s[3].start);
  assert.equal(s[2].ownContent.length, 1);
  assert.equal(s[3].ownContent.length, 0);
  assert.equal(s[5].ownContent.length, 1);
  assert.equal(s[5].end, text.length);
});

test('front matter: parsed data, value spans, and errors inside the block', () => {
  const text = '---\ntemplate: cqc\ntitle: "Report"\n---\n# T\n';
  const model = parseReport(text);
  assert.deepEqual(model.frontMatter!.data, { template: 'cqc', title: 'Report' });
  assert.equal(slice(text, model.frontMatter!.valueSpan('template')!), 'cqc');
  assert.equal(model.sections[1].heading!.text, 'T');
  const bad = parseReport('---\na: [1\n---\n# T\n');
  assert.equal(bad.frontMatter!.errors.length > 0, true);
  assert.equal(bad.lines.lineAt(bad.frontMatter!.errors[0].start), 1);
  const laughs = parseReport(`---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n# T\n`);
  assert.equal(laughs.frontMatter!.errors.length, 1, 'alias expansion is bounded');
});

test('HTML comments are collected from blocks and inline, and are not prose', () => {
  const text = '<!-- block comment -->\n\nText <!-- inline --> more.\n';
  const model = parseReport(text);
  assert.deepEqual(model.comments.map((c) => c.body.trim()), ['block comment', 'inline']);
  assert.equal(model.blocks[0].text.replace(/\s+/g, ' '), 'Text more.');
});

test('the block cache reuses unchanged blocks and drops stale ones', () => {
  const cache = new BlockCache();
  const a = 'First paragraph.\n\nSecond paragraph.\n';
  parseReport(a, cache);
  assert.equal(cache.size, 2);
  const model = parseReport(a.replace('Second', 'Changed'), cache);
  assert.equal(cache.size, 2);
  let computed = 0;
  model.blocks[0].derive('probe', () => ++computed);
  parseReport(a.replace('Second', 'Changed again'), cache).blocks[0].derive('probe', () => ++computed);
  assert.equal(computed, 1, 'derived data of the unchanged block was reused');
});

test('reference-style links are masked like inline links', () => {
  const text = 'See [the guidance][g] today.\n\n[g]: https://example.org/CIW\n';
  const model = parseReport(text);
  assert.equal(model.blocks[0].text.replace(/\s+/g, ' ').trim(), 'See the guidance today.');
});

test('sentences: skipping Intl.Segmenter for one-sentence text gives what the segmenter gives', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const reference = (text: string) =>
    [...segmenter.segment(text)].flatMap(({ segment, index }) => {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      return body ? [{ start: index + lead, end: index + lead + body.length }] : [];
    });
  const pieces = ['a', 'B', 'ŵ', '😀', '3', ' ', '\t', '.', '?', '!', '…', '。', '\u2024', '"', "'", '”', ')', ']', '(', '\u2029', '\u0085', 'e.g.', 'Mr', '.5'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(fc.property(texts, (text) => assert.deepEqual(segmentSentences(text), reference(text), JSON.stringify(text))), { seed: 20261124, numRuns: 3000 });
});


test('front matter: markdown-it starting after it gives the model that blanking it gives', () => {
  // The model starts markdown-it at the line after the front matter instead of blanking it;
  // the body must parse exactly as the same text with the front matter turned into spaces.
  const bodyOf = (m: ReturnType<typeof parseReport>) => ({
    blocks: m.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, text: b.text, sentences: b.sentences })),
    sections: m.sections.map((s) => ({ level: s.level, start: s.start, end: s.end, heading: s.heading?.text })),
    footnotes: m.footnoteDefinitions.map((f) => ({ label: f.label, start: f.start, end: f.end })),
    comments: m.comments.map((c) => ({ start: c.start, end: c.end })),
    codeBlocks: m.codeBlocks,
    blockLines: m.blockLines,
  });
  const frontMatters = ['---\ntemplate: ciw\n---\n', '---\ntitle: "A"\n---', '---\n---\n', '---\nkey: [unclosed\n---\n\n', '---\nnot closed\n\n# Heading\n', '\uFEFF---\na: 1\n---\n'];
  const bodies = ['# Title\n\nSome text.\n', '    indented code\n', '- item\n- item two\n', 'Setext\n===\n', '| a | b |\n|---|---|\n| 1 | 2 |\n', '[^1]: A note.\n\nText[^1].\n', '<!-- c -->\n\nText.\n', '', '```\nfenced\n```\n'];
  fc.assert(fc.property(fc.constantFrom(...frontMatters), fc.array(fc.constantFrom(...bodies), { maxLength: 4 }), (fm, parts) => {
    const text = fm + parts.join('\n');
    const model = parseReport(text);
    const end = model.frontMatter?.end ?? 0;
    const blanked = text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
    assert.deepEqual(bodyOf(model), bodyOf(parseReport(blanked)), JSON.stringify(text));
  }), { numRuns: 300, seed: 7 });
});
