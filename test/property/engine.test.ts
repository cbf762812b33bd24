// Properties of the engine on arbitrary drafts: lint never throws, and everything it returns
// (findings, related locations, fix edits) is a well-formed range of the document that never
// splits a surrogate pair. Holds for whatever rules the registry holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/engine/lint';
import { parseReport } from '../../server/src/engine/parse';
import { LineMap } from '../../server/src/engine/lines';
import { anyDocument, grammarDocument, configText, configFrom } from './arbitraries';
import { params, testTimeout, assertWellFormed, assertSpan, show, summarise, skipKnown } from './support';

test('lint never throws; findings, related locations and fix edits are in range and on UTF-16 boundaries', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(anyDocument, configText, fc.constantFrom('assume', 'glob', 'none'), (text, config, mode) => {
      skipKnown(text);
      const resolved = configFrom(mode === 'glob' ? `reports: ["**/*.md"]\n${config}` : config);
      let outcome;
      try {
        outcome = lint({ text, config: resolved, path: mode === 'none' ? undefined : '/workspace/reports/draft.md', assumeReport: mode === 'assume' });
      } catch (error) {
        assert.fail(`lint threw on ${show(text)}: ${(error as Error).stack}`);
      }
      assertWellFormed(text, outcome);
    }),
    params(150),
  );
});

test('the model: every block, sentence, section, comment and footnote span is in range and on boundaries', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(anyDocument, (text) => {
      skipKnown(text);
      const model = parseReport(text);
      for (const b of model.blocks) {
        assertSpan(text, b.start, b.end, `${b.kind} block`);
        assert.equal(b.text.length, b.end - b.start, `masked text of a block has its source's length in ${show(text)}`);
        for (const s of b.sentences) assertSpan(text, s.start, s.end, 'sentence');
        for (const r of b.footnoteRefs) assertSpan(text, r.start, r.end, 'footnote ref');
      }
      for (const s of model.sections) {
        assertSpan(text, s.start, s.end, 'section');
        assert.ok(s.ownEnd >= s.start && s.ownEnd <= s.end, `section ownEnd ${s.ownEnd} outside ${s.start}..${s.end}`);
        if (s.heading) assertSpan(text, s.heading.textStart, s.heading.textEnd, 'heading text');
      }
      for (const c of model.comments) assertSpan(text, c.start, c.end, 'comment');
      for (const d of model.footnoteDefinitions) assertSpan(text, d.labelStart, d.labelEnd, 'footnote label');
      if (model.frontMatter) {
        assertSpan(text, model.frontMatter.start, model.frontMatter.end, 'front matter');
        for (const e of model.frontMatter.errors) assertSpan(text, e.start, e.end, `front matter error "${e.message}"`);
      }
    }),
    params(150),
  );
});

test('line map: offset -> position -> offset round-trips for every offset', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(grammarDocument, (text) => {
      const lines = new LineMap(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const position = lines.position(offset);
        const back = lines.offset(position);
        // An offset between \r and \n of a CRLF is no position of its own.
        const insideCrlf = text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
        if (!insideCrlf) assert.equal(back, offset, `offset ${offset} -> ${JSON.stringify(position)} -> ${back} in ${show(text)}`);
      }
    }),
    params(60),
  );
});

test('lint is deterministic: the same draft gives the same findings, whatever was linted before', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(grammarDocument, anyDocument, configText, (text, other, config) => {
      const resolved = configFrom(config);
      const key = (o: ReturnType<typeof lint>) => [summarise(o.findings), summarise(o.suppressed)];
      const first = key(lint({ text, config: resolved, assumeReport: true }));
      lint({ text: other, config: resolved, assumeReport: true });
      assert.deepEqual(key(lint({ text, config: resolved, assumeReport: true })), first, `lint of ${show(text)} changed after linting ${show(other)}`);
    }),
    params(60),
  );
});
