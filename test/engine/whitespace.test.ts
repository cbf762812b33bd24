// isJsWhitespace agrees with the language on every UTF-16 code unit: with \s, and with what
// trim() removes (the sentence and fix code relies on both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isJsWhitespace } from '../../server/src/engine/whitespace';

test('isJsWhitespace is \\s and what trim() removes, on every UTF-16 code unit', () => {
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    const expected = /\s/.test(ch);
    assert.equal(ch.trim() === '', expected, `trim and \\s disagree at U+${c.toString(16)}`);
    if (isJsWhitespace(c) !== expected) differ.push(`U+${c.toString(16).padStart(4, '0')}`);
  }
  assert.deepEqual(differ, []);
});
