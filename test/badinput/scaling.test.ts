// Inputs that grow: each is linted at n and at 4n in its own process. npm test asserts no
// time: here each completes, and its findings grow in proportion (at most 5x, plus a few, from
// n to 4n: no finding per pair of things, which would be 16x). Whether the time grows linearly is measured by
// `npm run bench` (part badinput), which prints the ratio per input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaling } from './cases';
import { runCase, assertCompleted, BOUND_MS } from './harness';

for (const name of Object.keys(scaling)) {
  test(`completes at n and 4n, findings in proportion: ${name}`, { timeout: BOUND_MS + 60_000 }, (t) => {
    const { n, findings, findings4 } = assertCompleted(t, name, runCase(['scale', name])).scale!;
    assert.ok(findings4 <= 5 * findings + 8, `${name}: ${findings} findings at n=${n} but ${findings4} at n=${4 * n}: more than in proportion`);
  });
}
