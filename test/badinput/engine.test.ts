// Bad and extreme documents through the engine, one test per input: each completes (a hang
// guard stops only a run that never ends; the timings are in npm run bench), does not throw or crash, and, where the author
// needs one, gives a clear finding. Each runs in its own process (run-case.ts), so the figures
// logged in the TAP output ("# name: N ms, then M ms, peak RSS ...") are per input: the first
// number is a lint from cold, the second a lint after a one-character edit (warm cache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documents } from './cases';
import { runCase, assertCompleted, BOUND_MS } from './harness';
import type { CaseResult } from './run-case';

/** What the author must be told, per input (the rest must only complete). */
const expectations: Record<string, (r: CaseResult) => void> = {
  'front matter never closed': (r) => hasMessage(r, /front-matter: Front matter is not closed: add a line `---`/),
  'front matter with a YAML syntax error': (r) => hasMessage(r, /front-matter: Front matter is not valid YAML/),
  'front matter that is a list': (r) => hasMessage(r, /front-matter: Front matter must be a mapping/),
  'front matter with a non-string template': (r) => hasMessage(r, /front-matter: `template` must be a template id/),
  'front matter of binary junk': (r) => hasMessage(r, /front-matter: /),
  'huge front matter (> 64 KiB)': (r) => hasMessage(r, /front-matter: Front matter is larger than 64 KiB and was not read/),
  'huge front matter never closed (1,000,000 lines)': (r) => hasMessage(r, /front-matter: Front matter is not closed/),
  'YAML billion laughs in front matter': (r) => hasMessage(r, /front-matter: Front matter could not be read: .*alias/i),
  'front matter nested 10,000 levels deep': (r) => hasMessage(r, /front-matter: /),
};

function hasMessage(r: CaseResult, pattern: RegExp): void {
  assert.ok(r.messages.some((m) => pattern.test(m)), `expected a finding matching ${pattern}; got:\n  ${r.messages.join('\n  ')}`);
}

for (const name of Object.keys(documents)) {
  test(`engine: ${name}`, { timeout: BOUND_MS + 60_000 }, (t) => {
    const result = assertCompleted(t, name, runCase(['doc', name]));
    assert.ok(!result.messages.some((m) => /failed on this document and was skipped/.test(m)), `a rule threw:\n  ${result.messages.join('\n  ')}`);
    expectations[name]?.(result);
  });
}
