import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingKey, withTemplate, ofstedTemplateFor, countWords, loadJudgements, shuffle } from '../../scripts/eval/real-corpus';

test('real-report evaluation: the framework comes from the report title', () => {
  assert.equal(ofstedTemplateFor('# Wigan\n\nInspection of services for children in need of help and protection, children looked after and care leavers\n'), 'ofsted-sif');
  assert.equal(ofstedTemplateFor('# Inspection of Dorset local authority children’s services\n'), 'ofsted-ilacs');
});

test('real-report evaluation: template added to existing or new front matter; words counted outside it', () => {
  assert.equal(withTemplate('---\nsource: x\n---\n\n# T\n', 'ofsted-ilacs'), '---\ntemplate: ofsted-ilacs\nsource: x\n---\n\n# T\n');
  assert.equal(withTemplate('# T\n', 'ofsted-sif'), '---\ntemplate: ofsted-sif\n---\n\n# T\n');
  assert.equal(countWords('---\nsource: "a b c"\n---\n\n# Title here\n\nOne two – three.\n'), 5);
});

test('real-report evaluation: keys quote short spans with their context, long spans alone', () => {
  const text = 'Line one.\nThe CIW team met the CIW board.\n';
  const first = text.indexOf('CIW');
  const second = text.indexOf('CIW', first + 1);
  const a = findingKey('r.md', 'undefined-acronym', text, { start: first, end: first + 3 });
  const b = findingKey('r.md', 'undefined-acronym', text, { start: second, end: second + 3 });
  assert.equal(a.quote, 'The «CIW» team met the CIW board.');
  assert.notEqual(a.key, b.key);
  const long = findingKey('r.md', 'unsupported-claim', text, { start: 10, end: text.length - 1 });
  assert.equal(long.quote, 'The CIW team met the CIW board.');
});

test('real-report evaluation: judgements load by rule, and a bad verdict names file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'judgements-'));
  writeFileSync(join(dir, 'acronym-unused.tsv'), 'file\tquote\tverdict\treason\nr.md\tThe «CIW» team\tTRUE\tnever used again\n');
  const j = loadJudgements(dir);
  assert.deepEqual(j.get('acronym-unused\tr.md\tThe «CIW» team'), { verdict: 'TRUE', reason: 'never used again' });
  writeFileSync(join(dir, 'bad.tsv'), 'file\tquote\tverdict\treason\nr.md\tq\tMAYBE\t\n');
  assert.throws(() => loadJudgements(dir), /bad\.tsv:2: verdict must be/);
});

test('real-report evaluation: the shuffle is a seeded permutation', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const a = shuffle(items, 7);
  assert.deepEqual(a, shuffle(items, 7));
  assert.notDeepEqual(a, items);
  assert.deepEqual([...a].sort((x, y) => x - y), items);
});
