// Properties of quick fixes on arbitrary drafts, for whatever rules the registry holds:
// - each fix applies cleanly, changes the text but nothing outside its edits' span, and its result lints;
// - a fix makes its own finding go away;
// - "disable <rule> for this line" (offered for every finding) suppresses that finding;
// - "fix all" (fixAll: safe fixes applied until none is left) is idempotent: a second run changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, fixAll, type LintOutcome } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/edits';
import { disableEdit } from '../../server/src/engine/suppress';
import type { Finding, TextEdit } from '../../server/src/engine/types';
import { grammarDocument, configText, configFrom } from './arbitraries';
import { params, testTimeout, assertWellFormed, show, skipKnownForFixes as skipKnown, knownFindingBug, summarise } from './support';

function lintText(text: string, config: string): LintOutcome {
  return lint({ text, config: configFrom(config), assumeReport: true });
}

/** Findings that have at least one fix, with the fix's edits applied. */
function* fixedVariants(text: string, outcome: LintOutcome): Generator<{ finding: Finding; title: string; edits: TextEdit[]; fixed: string }> {
  for (const finding of outcome.findings) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.edits.length) continue;
      let fixed: string;
      try {
        fixed = applyEdits(text, fix.edits);
      } catch (error) {
        assert.fail(`${finding.ruleId} fix "${fix.title}" cannot be applied (${(error as Error).message}) to ${show(text)}`);
      }
      yield { finding, title: fix.title, edits: fix.edits, fixed };
    }
  }
}

test('every quick fix applies, leaves text outside its edits unchanged, and its result lints', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(grammarDocument, configText, (text, config) => {
      skipKnown(text);
      const outcome = lintText(text, config);
      for (const { finding, title, edits, fixed } of fixedVariants(text, outcome)) {
        const name = `${finding.ruleId} fix "${title}"`;
        if (!knownFindingBug(finding, outcome.model)) assert.notEqual(fixed, text, `${name} changes nothing in ${show(text)}`);
        const first = Math.min(...edits.map((e) => e.start));
        const last = Math.max(...edits.map((e) => e.end));
        assert.equal(fixed.slice(0, first), text.slice(0, first), `${name} changed text before its edits in ${show(text)}`);
        assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `${name} changed text after its edits in ${show(text)}`);
        let after: LintOutcome;
        try {
          after = lintText(fixed, config);
        } catch (error) {
          assert.fail(`${name}: the fixed text does not lint (${(error as Error).message}): ${show(fixed)}`);
        }
        assertWellFormed(fixed, after);
      }
    }),
    params(80),
  );
});

test('a quick fix makes its own finding go away', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(grammarDocument, configText, (text, config) => {
      skipKnown(text);
      const outcome = lintText(text, config);
      const count = (o: LintOutcome, f: Finding) => o.findings.filter((g) => g.ruleId === f.ruleId && g.message === f.message).length;
      for (const { finding, title, fixed } of fixedVariants(text, outcome)) {
        if (knownFindingBug(finding, outcome.model)) continue;
        const after = lintText(fixed, config);
        assert.ok(
          count(after, finding) < count(outcome, finding),
          `${finding.ruleId} fix "${title}" left its finding "${finding.message}" in place.\nBefore: ${show(text)}\nAfter: ${show(fixed)}\nFindings after: ${summarise(after.findings).join('; ')}`,
        );
      }
    }),
    params(120),
  );
});

test('"disable <rule> for this line" suppresses the finding it is offered for', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(grammarDocument, configText, (text, config) => {
      skipKnown(text);
      const outcome = lintText(text, config);
      for (const finding of outcome.findings) {
        if (knownFindingBug(finding, outcome.model)) continue;
        const edit = disableEdit(outcome.model, finding.ruleId, finding.start);
        const fixed = applyEdits(text, [edit]);
        const after = lintText(fixed, config);
        const shifted = shiftedOffset(text, edit, finding.start);
        const line = after.model.lines.lineAt(shifted);
        const sameLine = (f: Finding) => f.ruleId === finding.ruleId && after.model.lines.lineAt(f.start) === line;
        const name = `disabling ${finding.ruleId} ("${finding.message}") with ${JSON.stringify(edit.newText)}`;
        assert.ok(!after.findings.some(sameLine), `${name} left the finding shown.\nBefore: ${show(text)}\nAfter: ${show(fixed)}`);
        // A document-level finding stays on its anchor line while the edit moves the text around it.
        const sameFinding = (f: Finding) => sameLine(f) || (f.ruleId === finding.ruleId && f.message === finding.message);
        assert.ok(after.suppressed.some(sameFinding), `${name} did not suppress the finding (it vanished or moved).\nBefore: ${show(text)}\nAfter: ${show(fixed)}\nFindings after: ${summarise(after.findings).join('; ')}`);
      }
    }),
    params(100),
  );
});

/**
 * Where an offset is after a disable edit: a comment line inserted above shifts it down, and a
 * block rewritten with comment lines around it (its text kept) shifts it by what comes before.
 */
function shiftedOffset(text: string, edit: TextEdit, offset: number): number {
  if (edit.end > edit.start && offset >= edit.start && offset <= edit.end) {
    const kept = edit.newText.indexOf(text.slice(edit.start, edit.end));
    assert.ok(kept >= 0, `the disable edit rewrites the text it covers: ${JSON.stringify(edit)}`);
    return edit.start + kept + (offset - edit.start);
  }
  // A comment line inserted at the offset ends with the file's own line end (\r in a CR-only file).
  return offset > edit.start || (offset === edit.start && /[\r\n]$/.test(edit.newText)) ? offset + edit.newText.length - (edit.end - edit.start) : offset;
}

test('"fix all" applied twice: the second run changes nothing', { timeout: testTimeout(30_000) }, () => {
  fc.assert(
    fc.property(grammarDocument, configText, (text, config) => {
      skipKnown(text);
      const once = fixAll({ text, config: configFrom(config), assumeReport: true }).text;
      const second = lintText(once, config);
      assertWellFormed(once, second);
      const twice = fixAll({ text: once, config: configFrom(config), assumeReport: true }).text;
      assert.equal(
        twice,
        once,
        `a second "fix all" still changes the text.\nOriginal: ${show(text)}\nAfter one round: ${show(once)}\nFixes offered then: ${second.findings.filter((f) => f.fixes?.some((x) => x.isPreferred)).map((f) => `${f.ruleId}: ${f.message}`).join('; ')}`,
      );
    }),
    params(120),
  );
});
