// Inputs that grow: each is linted at n and at 4n in its own process (best of two runs each).
// Linear work grows about 4x; the test fails when it grows more than 9x (quadratic growth is
// 16x): a slow path that a larger draft turns into a hang. A ratio over the limit is measured
// once more (the machine may be busy) and the better of the two counts. The TAP output logs
// both times per input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaling } from './cases';
import { runCase, assertCompleted, BOUND_MS } from './harness';

const MAX_GROWTH = 9;
/** Below this, timer noise dominates and the ratio means nothing. */
const NOISE_MS = 60;

for (const name of Object.keys(scaling)) {
  test(`grows linearly: ${name}`, { timeout: 2 * BOUND_MS + 60_000 }, (t) => {
    const measure = () => {
      const { n, ms, ms4 } = assertCompleted(t, name, runCase(['scale', name])).scale!;
      t.diagnostic(`${name}: n=${n}: ${ms.toFixed(0)} ms; n=${4 * n}: ${ms4.toFixed(0)} ms (x${(ms4 / Math.max(ms, 1)).toFixed(1)})`);
      return { n, ms, ms4, ok: ms4 < NOISE_MS || ms4 <= MAX_GROWTH * Math.max(ms, NOISE_MS / 4) };
    };
    let m = measure();
    if (!m.ok) m = measure();
    assert.ok(m.ok, `${name}: ${m.ms.toFixed(0)} ms at n=${m.n} but ${m.ms4.toFixed(0)} ms at n=${4 * m.n} (x${(m.ms4 / m.ms).toFixed(1)}; linear is x4): super-linear, so a larger draft hangs`);
  });
}
