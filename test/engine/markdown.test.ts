// The parser set-up's speed-only changes to markdown-it give what markdown-it itself gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import markdownIt from 'markdown-it';
import { createParser } from '../../server/src/engine/markdown';
import { anyDocument } from '../property/arbitraries';

const LINE_TABLE = ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount', 'lineMax'] as const;

function lineTable(State: new (...args: unknown[]) => object, src: string) {
  const state = new State(src, markdownIt(), {}, []) as Record<(typeof LINE_TABLE)[number], unknown> & { src: string };
  assert.equal(state.src, src);
  // Ours are Int32Arrays: the same numbers, and nothing past lineMax (reading there gives undefined in both).
  return Object.fromEntries(LINE_TABLE.map((key) => {
    const value = state[key];
    if (typeof value === 'number') return [key, value];
    const values = value as ArrayLike<number>;
    return [key, [...Array.from(values), values[values.length]]];
  }));
}

type StateClass = new (...args: unknown[]) => object;
const ours = (createParser().block as unknown as { State: StateClass }).State;
const markdownIts = (markdownIt().block as unknown as { State: StateClass }).State;

test("the block state's table of lines is markdown-it's, whatever the spaces, tabs and line breaks", () => {
  const edges = ['', '\n', ' ', '\t', ' \t ', 'a', 'a\n', '\n\n', '  \n', 'a\n  ', 'a\n\t', '\ta\n  b', 'a\r\nb', ' \u00a0x\n', '  a  \n\n \t b'];
  for (const src of edges) assert.deepEqual(lineTable(ours, src), lineTable(markdownIts, src), JSON.stringify(src));
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', 'a', '#', '-', '\u00a0') }), (src) => {
      assert.deepEqual(lineTable(ours, src), lineTable(markdownIts, src));
    }),
    { numRuns: 3000, seed: 11 },
  );
  fc.assert(fc.property(anyDocument, (src) => assert.deepEqual(lineTable(ours, src), lineTable(markdownIts, src))), { numRuns: 300, seed: 12 });
});

test("with markdown-it's own block state, the parser gives the same tokens, on the examples and random drafts", () => {
  const withOurs = createParser();
  const withMarkdownIts = createParser();
  (withMarkdownIts.block as unknown as { State: StateClass }).State = markdownIts;
  const tokens = (md: ReturnType<typeof createParser>, src: string) => JSON.stringify(md.parse(src, {}));
  const examples = join(__dirname, '..', '..', 'examples');
  for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) {
    const src = readFileSync(join(examples, name), 'utf8');
    assert.equal(tokens(withOurs, src), tokens(withMarkdownIts, src), name);
  }
  fc.assert(fc.property(anyDocument, (src) => assert.equal(tokens(withOurs, src), tokens(withMarkdownIts, src))), { numRuns: 300, seed: 13 });
});
