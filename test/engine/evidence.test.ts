import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, BlockCache } from '../../server/src/engine/lint';
import { parseConfig } from '../../server/src/engine/configure';
import { applyEdits } from '../../server/src/engine/edits';

const NEWS = 'Almost half the children looked after by the authority had an unqualified worker managing their case.';
// The body goes in the findings: in mode paragraph a summary's claims are evidenced later in the report.
const draft = (body: string) => `---\ntemplate: generic\n---\n\n# Report\n\n## Summary\n\nThe inspection took place in March.\n\n## Findings\n\n${body}\n`;
const STRICT_RULES = '  unsupported-claim: { mode: strict }\n  weasel-attribution: { mode: strict }\n  unattributed-quote: { mode: strict }\n';
/** mode: strict, with more settings of unsupported-claim ("scope: paragraph"). */
const strict = (claimSettings = '') => parseConfig(`rules:\n${STRICT_RULES.replace('{ mode: strict }', `{ mode: strict${claimSettings ? `, ${claimSettings}` : ''} }`)}`, '/ws/.inspection-reports.yaml');
const ids = (text: string, config = parseConfig('', '/ws/.inspection-reports.yaml')) => lint({ text, config }).findings.map((f) => f.ruleId);

test('the news sentence is an unsupported figure; a resolving footnote clears it; an undefined one is an error', () => {
  const outcome = lint({ text: draft(NEWS) });
  const finding = outcome.findings.find((f) => f.ruleId === 'unsupported-claim')!;
  assert.match(finding.message, /^Figure with no source or base in its paragraph \("Almost half"\)/);
  assert.match(lint({ text: draft(NEWS), config: strict() }).findings[0].message, /Unsupported figure \("Almost half"\)/);
  assert.deepEqual(ids(draft(`${NEWS.slice(0, -1)}.[^alloc]\n\n[^alloc]: Allocation records, January 2026.`)), []);
  const undefinedRef = lint({ text: draft(`${NEWS.slice(0, -1)}.[^alloc]`) });
  assert.deepEqual(undefinedRef.findings.map((f) => [f.ruleId, f.severity]), [['unsupported-claim', 'warning'], ['undefined-footnote', 'error']]);
});

test('the footnote fix adds a reference and a definition stub, and nothing else', () => {
  const text = draft(NEWS);
  const finding = lint({ text }).findings.find((f) => f.ruleId === 'unsupported-claim')!;
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.match(fixed, /managing their case\.\[\^findings-1\]/);
  assert.match(fixed, /\n\[\^findings-1\]: \[\[Evidence: what was read, seen or heard, and when\]\]\n$/);
  // The stub is flagged until it is filled in: an empty footnote, and its [[…]] is an unfilled placeholder (an error).
  assert.deepEqual(ids(fixed), ['empty-evidence', 'placeholder'], 'the stub is flagged until it is filled in');
});

test('strict mode, paragraph scope: a citation ending a paragraph covers the paragraph', () => {
  const body = 'The quality of assessment remains poor. Supervision is inconsistent.[^audit]\n\n[^audit]: Audit of 20 cases, 2026.';
  assert.deepEqual(ids(draft(body), strict()), ['unsupported-claim']);
  assert.deepEqual(ids(draft(body)), [], 'paragraph mode: a resolving footnote anywhere in the paragraph supports it');
  const config = strict('scope: paragraph');
  assert.deepEqual(config.errors, []);
  assert.deepEqual(ids(draft(body), config), []);
});

test('config adds evidence phrases, judgement words and ignored words, matched literally (strict mode)', () => {
  const config = parseConfig('rules:\n  unsupported-claim:\n    mode: strict\n    evidencePhrases: ["the tracker (v2) shows"]\n    extraJudgementWords: ["lacklustre"]\n', '/ws/.inspection-reports.yaml');
  assert.deepEqual(config.errors, []);
  assert.deepEqual(ids(draft('The response to referrals was lacklustre.'), config), ['unsupported-claim']);
  assert.deepEqual(ids(draft('The tracker (v2) shows that the response to referrals was poor.'), config), []);
});

test('suppressed claims keep their reason for the CLI summary', () => {
  const outcome = lint({ text: draft(`<!-- inspection-reports-disable-next-line unsupported-claim -- figure agreed with the provider -->\n${NEWS}`) });
  assert.deepEqual(outcome.findings, []);
  assert.equal(outcome.suppressed[0].reason, 'figure agreed with the provider');
});

test('a time budget that runs out skips the remaining rules and says which', () => {
  const outcome = lint({ text: draft(NEWS), budgetMs: -1 });
  assert.deepEqual(outcome.findings, []);
  assert.ok(outcome.skipped.includes('unsupported-claim') && outcome.skipped.includes('required-section'));
  assert.deepEqual(lint({ text: draft(NEWS), budgetMs: 60_000 }).skipped, []);
});

test('re-linting through a block cache: findings follow footnote definitions as they come and go', () => {
  const paragraph = `${NEWS} The quality of assessment remains poor.[^audit] Supervision is inconsistent.[^audit]`;
  const versions = [
    draft(paragraph),
    draft(`${paragraph}\n\n[^audit]: Audit of 20 cases, 2026.`),
    draft(`${paragraph}\n\n[^audit]: Audit of 20 cases, 2026.\n\nStaff morale is low.`),
    draft(paragraph),
  ];
  const paragraphScope = strict('scope: paragraph');
  for (const config of [parseConfig('', '/ws/.inspection-reports.yaml'), strict(), paragraphScope]) {
    const cache = new BlockCache();
    for (const text of versions) {
      const cached = lint({ text, config, cache }).findings;
      assert.deepEqual(cached, lint({ text, config }).findings);
    }
  }
  const unsupported = (text: string, config = paragraphScope) => lint({ text, config }).findings.filter((f) => f.ruleId === 'unsupported-claim').length;
  assert.equal(unsupported(versions[0]), 3);
  assert.equal(unsupported(versions[1]), 0, 'the last sentence is cited, so the paragraph is');
  assert.equal(unsupported(versions[1], strict()), 1);
  assert.equal(unsupported(versions[0], parseConfig('', '/ws/.inspection-reports.yaml')), 0, 'paragraph mode: three sentences are not a stand-alone assertion');
  assert.equal(unsupported(draft(`${NEWS}[^audit]`), parseConfig('', '/ws/.inspection-reports.yaml')), 1, 'paragraph mode: an unresolved reference supports nothing');
  assert.equal(unsupported(draft(`${NEWS}[^audit]\n\n[^audit]: Audit of 20 cases, 2026.`), parseConfig('', '/ws/.inspection-reports.yaml')), 0, 'paragraph mode: a resolving one does');
});
