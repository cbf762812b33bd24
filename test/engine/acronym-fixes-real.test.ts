// Issue 16, point 12: a quick fix must not cause a new finding. On a sample of published reports,
// each acronym fix is applied on its own and the report linted again: every finding after the fix
// must have been there before it (at the same place, the edit's shift allowed for), and the
// finding the fix was for must be gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, BlockCache } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/edits';
import type { Finding, TextEdit } from '../../server/src/engine/types';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'real-reports', 'ofsted');
const ACRONYM_RULES = new Set(['undefined-acronym', 'acronym-before-definition', 'acronym-redefined', 'acronym-inconsistent-expansion', 'acronym-unused', 'acronym-punctuation']);

/** Where an offset of the text before the edits is after them (an offset inside an edit goes to the edit's start). */
function shifted(edits: readonly TextEdit[], offset: number): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset)) delta += e.newText.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta;
  }
  return offset + delta;
}

/** Findings as "rule@offset" keys, counted; a finding that starts inside an edit is keyed at the edit's start. */
function keys(findings: readonly Finding[], place: (offset: number) => number): Map<string, number> {
  const counted = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}@${place(f.start)}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  return counted;
}

test('acronym quick fixes on published reports cause no new finding', { skip: existsSync(corpus) ? false : `no real reports at ${corpus}` }, () => {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().filter((_, i) => i % 12 === 9);
  assert.ok(files.length >= 15);
  let applied = 0;
  let alone = 0;
  for (const file of files) {
    const raw = readFileSync(join(corpus, file), 'utf8');
    const sif = /services for children in need of help and protection/i.test(raw.slice(0, 3000));
    const text = raw.replace(/^---\n/, `---\ntemplate: ${sif ? 'ofsted-sif' : 'ofsted-ilacs'}\n`);
    // One block cache for the report and its fixed versions: each re-lint parses only the block the fix changed.
    const cache = new BlockCache();
    const before = lint({ text, assumeReport: true, cache }).findings;
    for (const finding of before.filter((f) => ACRONYM_RULES.has(f.ruleId))) {
      for (const fix of finding.fixes ?? []) {
        if (!fix.edits.length) continue;
        const edits = [...fix.edits].sort((a, b) => a.start - b.start);
        const fixed = applyEdits(text, edits);
        const after = lint({ text: fixed, assumeReport: true, cache }).findings;
        const inEdit = (offset: number) => edits.some((e) => offset >= e.start && offset <= e.start + e.newText.length);
        // A finding after the fix is keyed where it is; one before it, where the edit moved it.
        const was = keys(before, (o) => shifted(edits, o));
        const now = keys(after, (o) => (inEdit(o) ? edits.find((e) => o >= e.start && o <= e.start + e.newText.length)!.start : o));
        const added = [...now].filter(([key, n]) => n > (was.get(key) ?? 0)).map(([key]) => key);
        const detail = added.map((key) => {
          const f = after.find((g) => `${g.ruleId}@${g.start}` === key) ?? after.find((g) => key.startsWith(g.ruleId + '@'))!;
          return `${f.ruleId}: ${f.message}`;
        });
        assert.deepEqual(detail, [], `${file}: "${fix.title}" (${finding.ruleId}: ${finding.message}) caused new findings`);
        const gone = after.filter((f) => f.ruleId === finding.ruleId && f.message === finding.message).length < before.filter((f) => f.ruleId === finding.ruleId && f.message === finding.message).length;
        assert.ok(gone, `${file}: "${fix.title}" left its finding (${finding.message})`);
        applied++;
        if (fix.title.startsWith('Spell out in full')) alone++;
      }
    }
  }
  assert.ok(applied >= 40, `only ${applied} fixes applied on ${files.length} reports`);
  assert.ok(alone >= 5, `only ${alone} fixes wrote a long form alone`);
});
