// Shared settings and checks of the property tests.
//
// Run counts and the seed come from the environment so that `npm test` (fixed seed, few runs)
// and `npm run fuzz` (scripts/fuzz.mjs: random seed, many runs) run the very same properties:
//   FUZZ_SEED=<int>     seed of every property (default: a fixed seed, so `npm test` is stable)
//   FUZZ_RUNS=<int>     runs of every property (default: each property's own bounded count)
//   FUZZ_PATH=<path>    replay one counterexample (the `path` fast-check prints with a failure)
//   FUZZ_TIME_LIMIT=<s> stop a property (and its shrinking) after this many seconds
// A failure message from fast-check names the seed and path; re-run with both to reproduce.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../server/src/engine/types';
import type { LintOutcome } from '../../server/src/engine/lint';
import type { ReportModel } from '../../server/src/engine/model';

export const DEFAULT_SEED = 20240611;
export const SEED = envInt('FUZZ_SEED') ?? DEFAULT_SEED;
const RUNS = envInt('FUZZ_RUNS');
const PATH = process.env.FUZZ_PATH || undefined;
const TIME_LIMIT_MS = (envInt('FUZZ_TIME_LIMIT') ?? (RUNS ? 3600 : 60)) * 1000;

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

/** fast-check parameters: the env's seed and run count, else the property's bounded default. */
export function params<T>(defaultRuns: number): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: RUNS ?? defaultRuns,
    path: PATH,
    endOnFailure: PATH !== undefined,
    interruptAfterTimeLimit: TIME_LIMIT_MS,
    markInterruptAsFailure: false,
    includeErrorInReport: true,
  };
}

/** Test timeout for a property: generous with the env's run count, bounded in `npm test`. */
export function testTimeout(defaultMs: number): number {
  return RUNS ? Math.max(defaultMs, TIME_LIMIT_MS + 60_000) : defaultMs;
}

// --- invariants -------------------------------------------------------------------------

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function assertSpan(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}..${end} are not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: range ${start}..${end} is outside 0..${text.length} or reversed`);
  assert.ok(!splitsSurrogatePair(text, start), `${what}: start ${start} splits a surrogate pair`);
  assert.ok(!splitsSurrogatePair(text, end), `${what}: end ${end} splits a surrogate pair`);
  assert.ok(!insideCrlf(text, start) && !insideCrlf(text, end), `${what}: range ${start}..${end} has an end between the \\r and \\n of a CRLF (no LSP position)`);
}

/** True when `offset` falls between the \r and \n of a CRLF line end. */
export function insideCrlf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);
/** lint() turns a rule's exception into this finding instead of throwing. */
export const RULE_FAILURE = /^Rule \S+ failed on this document/;

/** Every finding, related location and fix edit is a well-formed range of `text`. */
export function assertWellFormed(text: string, outcome: LintOutcome): void {
  const all: Finding[] = [...outcome.findings, ...outcome.suppressed];
  for (const f of all) {
    const what = `${f.ruleId} finding "${f.message}"`;
    assert.ok(!RULE_FAILURE.test(f.message), `a rule threw: ${f.message}`);
    assert.ok(SEVERITIES.has(f.severity), `${what}: severity ${f.severity}`);
    assert.equal(typeof f.message, 'string');
    assert.ok(f.message.trim().length > 0, `${f.ruleId}: empty message`);
    assertSpan(text, f.start, f.end, what);
    for (const r of f.related ?? []) assertSpan(text, r.start, r.end, `${what}, related "${r.message}"`);
    for (const fix of f.fixes ?? []) {
      assert.ok(fix.title.trim(), `${what}: a fix has no title`);
      for (const e of fix.edits) {
        assertSpan(text, e.start, e.end, `${what}, fix "${fix.title}"`);
        assert.equal(typeof e.newText, 'string', `${what}, fix "${fix.title}": newText`);
      }
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (let i = 1; i < sorted.length; i++) {
        assert.ok(sorted[i].start >= sorted[i - 1].end, `${what}, fix "${fix.title}": edits overlap (${sorted[i - 1].start}..${sorted[i - 1].end} and ${sorted[i].start}..${sorted[i].end})`);
      }
    }
  }
  for (let i = 1; i < outcome.findings.length; i++) {
    const a = outcome.findings[i - 1];
    const b = outcome.findings[i];
    assert.ok(a.start <= b.start, `findings are not sorted by start (${a.ruleId}@${a.start} before ${b.ruleId}@${b.start})`);
  }
}

/** What two lints must agree on (the spec's comparison: rule, range and message). */
export function summarise(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.severity} ${f.message}`);
}

/** Shows a document in a failure message with its line ends and odd characters visible. */
export function show(text: string, max = 2000): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
  return JSON.stringify(clipped);
}

// --- known bugs -------------------------------------------------------------------------
// Bugs these properties have found that are still open. Inputs that trigger them are skipped
// (FUZZ_SKIP_KNOWN=0 to include them), so that the properties keep looking for *other* bugs.
// Remove an entry once fixed.

export interface KnownBug {
  id: string;
  description: string;
  /** 'fixes': only the properties of quick fixes skip it (the text lints correctly otherwise). */
  scope?: 'fixes';
  triggeredBy(text: string): boolean;
}

/** An unclosed code fence or HTML comment runs to the end of the document. */
function endsInsideBlock(text: string): boolean {
  let open: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = /^(?:[ \t>]*(?:[-*+]|\d+[.)])?[ \t]*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    const [, fence, info] = match;
    if (!open) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && !info.trim()) open = undefined;
  }
  return open !== undefined || text.lastIndexOf('<!--') > text.lastIndexOf('-->') || /<(div|details|span)[\s>]/i.test(text);
}

export const KNOWN_BUGS: KnownBug[] = [
  {
    id: 'fix-appends-inside-unclosed-block',
    scope: 'fixes',
    description: 'fixes that append at the end of the document are moved before an unclosed fence or comment, but an HTML block (<div>) left open, or a fence whose closing line is shorter than its opening one, can still swallow them',
    triggeredBy: endsInsideBlock,
  },
];

/** Findings whose fixes misbehave in ways already reported (FUZZ_SKIP_KNOWN mode only). */
export const KNOWN_FINDING_BUGS: { id: string; description: string; applies(finding: { ruleId: string; start: number }, model: ReportModel): boolean }[] = [
  {
    id: 'section-order-duplicate-sections',
    description: 'with a section written twice, both out of order, only the first is reported; moving it leaves the second, reported with the same message (duplicate-section reports the second)',
    applies: (f, model) => {
      if (f.ruleId !== 'section-order') return false;
      const text = model.sections.find((s) => s.heading?.textStart === f.start)?.heading?.text;
      return model.sections.filter((s) => s.heading?.text === text).length > 1;
    },
  },
];

/**
 * Known open bugs are skipped by default, so that `npm test` is green while they are listed
 * here (and as todo tests in regressions.test.ts); FUZZ_SKIP_KNOWN=0 runs them too.
 */
export const SKIP_KNOWN = process.env.FUZZ_SKIP_KNOWN !== '0';

/** In FUZZ_SKIP_KNOWN mode, true when a finding's fix is known to misbehave. */
export function knownFindingBug(finding: { ruleId: string; start: number }, model: ReportModel): boolean {
  return SKIP_KNOWN && KNOWN_FINDING_BUGS.some((b) => b.applies(finding, model));
}

/** In FUZZ_SKIP_KNOWN mode, a fast-check precondition that skips inputs of known bugs. */
export function skipKnown(...texts: string[]): void {
  if (!SKIP_KNOWN) return;
  fc.pre(!texts.some((t) => KNOWN_BUGS.some((b) => !b.scope && b.triggeredBy(t))));
}

/** skipKnown() for the properties of quick fixes: also skips the bugs of fixes. */
export function skipKnownForFixes(...texts: string[]): void {
  if (!SKIP_KNOWN) return;
  fc.pre(!texts.some((t) => KNOWN_BUGS.some((b) => b.triggeredBy(t))));
}
