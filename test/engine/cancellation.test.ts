// Issue 15, point 15: a time budget (or any cancellation) stops a rule that is already running,
// at its next block, not only between rules; the interrupted rule's partial findings are dropped,
// the rules after it are skipped, and the caches it was filling stay whole, so the next lint
// (same block cache) equals a lint from scratch. No clocks: tokens here cancel by count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, BlockCache } from '../../server/src/engine/lint';
import { rules } from '../../server/src/engine/rules/index';
import { defineRule } from '../../server/src/engine/rule';
import { generateReport } from '../../bench/gen-report.mjs';

const root = join(import.meta.dirname, '..', '..');

/** A token cancelled from its `after`-th read on; `reads` counts them. */
function countingToken(after = Infinity) {
  const token = {
    reads: 0,
    get isCancellationRequested() {
      return ++token.reads >= after;
    },
  };
  return token;
}

test('a cancellation during a rule stops it at a later block: its findings are dropped, the rules after it skipped', () => {
  let visited = 0;
  let cancelled = false;
  // A stand-in rule that does per-block work through the block cache, as the real rules do.
  const slow = defineRule({
    id: 'test-slow-rule', description: 'Slow per block.', defaultSeverity: 'info', tags: [], fixable: false, options: {}, docs: '',
    check(model, ctx) {
      for (const block of model.blocks) {
        block.derive('test-slow-rule', () => {
          visited++;
          if (visited === 3) cancelled = true;
          return true;
        });
        ctx.report({ start: block.start, end: block.end, message: 'A block.' });
      }
    },
  });
  const after = defineRule({ ...slow, id: 'test-after-slow-rule', check: () => assert.fail('a rule after the cancelled one ran') });
  rules.push(slow, after);
  try {
    const text = generateReport({ words: 3000, seed: 1 });
    const outcome = lint({ text, assumeReport: true, cancellation: { get isCancellationRequested() { return cancelled; } } });
    const blocks = outcome.model.blocks.length;
    assert.ok(blocks > 40, `a draft of many blocks (${blocks})`);
    assert.ok(visited < blocks, `the rule stopped early (${visited} of ${blocks} blocks)`);
    assert.equal(outcome.stopped, 'test-slow-rule');
    assert.deepEqual(outcome.skipped, ['test-slow-rule', 'test-after-slow-rule']);
    assert.ok(!outcome.findings.some((f) => f.ruleId === 'test-slow-rule'), 'partial findings are dropped');
    assert.ok(outcome.findings.length > 0, 'the rules before it keep their findings');
  } finally {
    rules.splice(rules.indexOf(slow), 2);
  }
});

test('without a cancellation, or with one never requested, nothing is skipped', () => {
  const text = generateReport({ words: 2000, seed: 2 });
  const token = countingToken();
  const outcome = lint({ text, assumeReport: true, cancellation: token });
  assert.deepEqual(outcome.skipped, []);
  assert.equal(outcome.stopped, undefined);
  assert.ok(token.reads > rules.length, `checkpoints inside the rules read the token (${token.reads} reads)`);
  assert.deepEqual(outcome.findings, lint({ text, assumeReport: true }).findings);
});

/** Texts to cut short: generated drafts, and a published report when the corpus is there. */
function texts(): { name: string; text: string }[] {
  const out = [1, 2].map((seed) => ({ name: `generated draft, seed ${seed}`, text: generateReport({ words: 6000, seed }) }));
  const corpus = join(root, '..', 'shared', 'data', 'real-reports', 'ofsted');
  if (existsSync(corpus)) {
    const file = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()[0];
    if (file) out.push({ name: file, text: readFileSync(join(corpus, file), 'utf8') });
  }
  return out;
}

test('a lint cut short anywhere leaves the block cache whole: the next lint, and the next version, equal a lint from scratch', () => {
  for (const { name, text } of texts()) {
    const edited = text.replace(/\n\n([A-Z][^\n]{20,}?)\./, '\n\n$1 indeed.');
    assert.notEqual(edited, text, `${name}: the edit applies`);
    const reads = countingToken();
    const full = lint({ text, assumeReport: true, cancellation: reads });
    const fresh = lint({ text, assumeReport: true }).findings;
    const freshEdited = lint({ text: edited, assumeReport: true }).findings;
    assert.deepEqual(full.findings, fresh);
    let stoppedInside = 0;
    // Twelve places spread over the whole check, each with a cache of its own.
    for (let k = 1; k <= 12; k++) {
      const cache = new BlockCache();
      const cut = lint({ text, assumeReport: true, cache, cancellation: countingToken(Math.ceil((reads.reads * k) / 13)) });
      assert.ok(cut.skipped.length > 0, `${name}, cut ${k}: rules were skipped`);
      if (cut.stopped) stoppedInside++;
      assert.deepEqual(lint({ text, assumeReport: true, cache }).findings, fresh, `${name}, cut ${k}: the same text after the cut`);
      const cache2 = new BlockCache();
      lint({ text, assumeReport: true, cache: cache2, cancellation: countingToken(Math.ceil((reads.reads * k) / 13)) });
      assert.deepEqual(lint({ text: edited, assumeReport: true, cache: cache2 }).findings, freshEdited, `${name}, cut ${k}: the next version after the cut`);
    }
    assert.ok(stoppedInside >= 6, `${name}: most cuts fall inside a rule (${stoppedInside} of 12)`);
  }
});
