// Fixture tests in markdownlint's style: each draft under test/fixtures/<rule-id>/ marks the
// findings it expects inline, on the line where each finding starts:
//   Some sentence. <!-- expect: rule-id, other-rule -->
//   template: x    # expect: unknown-template          (inside front matter)
//   <!-- expect@1: front-matter -->                     (for a line that cannot hold a comment)
// Every rule runs on every fixture, so a fixture also proves the other rules stay quiet;
// `<!-- inspection-reports-disable-file rule -->` leaves a rule out where it is noise.
// Each fix offered is applied too: the result must parse, and text outside the fix is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint } from '../server/src/engine/lint';
import { findConfigFile } from '../server/src/engine/config';
import { parseConfig, defaultConfig } from '../server/src/engine/configure';
import { applyEdits } from '../server/src/engine/edits';
import { rules } from '../server/src/engine/rules/index';
import { parseReport } from '../server/src/engine/parse';
import { partnerCandidates } from '../server/src/engine/translation/pairing';

const root = resolve(__dirname, 'fixtures');
const EXPECT = /(?:<!--\s*expect(?:@(\d+))?:?\s+([a-z0-9, -]+?)\s*-->|#\s*expect:?\s+([a-z0-9, -]+)\s*$)/g;

function expectations(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const match of line.matchAll(EXPECT)) {
      const line = match[1] ? Number(match[1]) : i + 1;
      for (const id of (match[2] ?? match[3]).split(/[\s,]+/).filter(Boolean)) expected.push(`${line}:${id}`);
    }
  });
  return expected.sort();
}

function configFor(dir: string) {
  const found = findConfigFile(dir, { readFile: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined) }, root);
  return found ? parseConfig(found.text, found.path) : defaultConfig();
}

test('every rule has a fixture folder', () => {
  for (const rule of rules) assert.ok(existsSync(join(root, rule.id)), `test/fixtures/${rule.id}/ is missing`);
});

for (const folder of readdirSync(root).filter((f) => statSync(join(root, f)).isDirectory()).sort()) {
  for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.md')).sort()) {
    test(`fixture ${folder}/${file}`, () => {
      const path = join(root, folder, file);
      const text = readFileSync(path, 'utf8');
      const config = configFor(join(root, folder));
      assert.deepEqual(config.errors, [], 'fixture config has errors');
      const outcome = lint({ text, path, config, assumeReport: true, translation: otherVersion(path, text) });
      const actual = outcome.findings.map((f) => `${outcome.model.lines.lineAt(f.start) + 1}:${f.ruleId}`).sort();
      const detail = outcome.findings.map((f) => `  ${outcome.model.lines.lineAt(f.start) + 1}:${f.ruleId} ${f.message}`).join('\n');
      assert.deepEqual(actual, expectations(text), `findings differ from the expect comments:\n${detail}`);
      for (const finding of outcome.findings) {
        for (const fix of finding.fixes ?? []) checkFix(text, fix.edits, `${finding.ruleId}: ${fix.title}`);
      }
    });
  }
}

/** The fixture's other-language version, when one is beside it (report.md and report.cy.md). */
function otherVersion(path: string, text: string) {
  const front = parseReport(text).frontMatter?.data as Record<string, unknown> | undefined;
  const found = partnerCandidates(path, front)?.paths.find((p) => existsSync(p));
  return found ? { path: found, text: readFileSync(found, 'utf8') } : undefined;
}

function checkFix(text: string, edits: { start: number; end: number; newText: string }[], name: string) {
  for (const e of edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, `${name}: edit out of range`);
  const fixed = applyEdits(text, edits);
  const first = Math.min(...edits.map((e) => e.start));
  const last = Math.max(...edits.map((e) => e.end));
  assert.equal(fixed.slice(0, first), text.slice(0, first), `${name}: changed text before its edits`);
  assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `${name}: changed text after its edits`);
  assert.doesNotThrow(() => lint({ text: fixed, assumeReport: true }), `${name}: fixed text does not lint`);
}
