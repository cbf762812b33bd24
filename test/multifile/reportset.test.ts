import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinChapters, blankFrontMatter, partAt, lintReportSet } from '../../server/src/engine/reportset';
import { lint } from '../../server/src/engine/lint';

test('multi-file: chapters are joined with only the line breaks a block needs, offsets kept', () => {
  const joined = joinChapters([
    { path: '/r/1.md', text: '# Title\n\nOne.' },
    { path: '/r/2.md', text: '## Two\n\nTwo.\n' },
    { path: '/r/3.md', text: '## Three\n\nThree.\n\n' },
    { path: '/r/4.md', text: '## Four\n' },
  ]);
  assert.equal(joined.text, '# Title\n\nOne.\n\n## Two\n\nTwo.\n\n## Three\n\nThree.\n\n## Four\n');
  for (const p of joined.parts) assert.ok(joined.text.slice(p.start, p.end).length === p.end - p.start);
  assert.equal(joined.text.slice(joined.parts[1].start, joined.parts[1].end), '## Two\n\nTwo.\n');
  assert.equal(partAt(joined.parts, 0), 0);
  assert.equal(partAt(joined.parts, joined.parts[2].start), 2);
  assert.equal(partAt(joined.parts, joined.parts[2].start - 1), 1);
});

test('multi-file: a later chapter\'s front matter is blanked to spaces of the same length', () => {
  const text = '---\ntitle: Chapter 2\n---\n## Two\n';
  const blanked = blankFrontMatter(text);
  assert.equal(blanked.length, text.length);
  assert.equal(blanked, '   \n                \n   \n## Two\n');
  assert.equal(blankFrontMatter('## No front matter\n---\n'), '## No front matter\n---\n');
  assert.equal(blankFrontMatter('---\nnever closed\n'), '---\nnever closed\n');
});

const chapters = [
  { path: '/r/01-summary.md', text: '---\ntemplate: generic\n---\n\n# Review\n\n## Summary\n\nCare Inspectorate Wales (CIW) looked at 14 cases.[^1]\n' },
  { path: '/r/02-findings.md', text: '---\nchapter: 2\n---\n\n## Findings\n\nCIW found that plans were reviewed on time in 12 of the 14 cases.[^1] The IRO met every child.\n' },
  { path: '/r/03-evidence.md', text: '## Evidence\n\n[^1]: Case file audit, March 2025.\n' },
];

test('multi-file: an acronym defined in chapter 1 is defined in chapter 2; a footnote defined in the evidence file resolves', () => {
  const result = lintReportSet(chapters, { assumeReport: true });
  const all = result.chapters.flatMap((c) => c.findings.map((f) => ({ path: c.path, ...f })));
  assert.ok(!all.some((f) => f.ruleId === 'undefined-acronym' && chapters[1].text.slice(f.start, f.end) === 'CIW'), 'CIW is defined in chapter 1');
  assert.ok(!all.some((f) => f.ruleId === 'undefined-footnote'), 'footnote 1 is defined in chapter 3');
  const iro = all.find((f) => f.ruleId === 'undefined-acronym');
  assert.ok(iro, 'IRO is used with no definition');
  assert.equal(iro.path, '/r/02-findings.md');
  assert.equal(chapters[1].text.slice(iro.start, iro.end), 'IRO');
  // Each file alone: CIW and the footnote are undefined in chapter 2.
  const alone = lint({ text: chapters[1].text, assumeReport: true });
  assert.ok(alone.findings.some((f) => f.ruleId === 'undefined-footnote'));
});

test('multi-file: related locations and fix edits in another chapter name that chapter', () => {
  const moved = [
    { path: '/r/a.md', text: '---\ntemplate: generic\n---\n\n# Review\n\n## Summary\n\nThe CIW team visited.\n' },
    { path: '/r/b.md', text: '## Findings\n\nCare Inspectorate Wales (CIW) found gaps.\n' },
  ];
  const result = lintReportSet(moved, { assumeReport: true });
  const before = result.chapters[0].findings.find((f) => f.ruleId === 'acronym-before-definition');
  assert.ok(before, 'CIW is used in a.md before b.md defines it');
  assert.equal(moved[0].text.slice(before.start, before.end), 'CIW');
  assert.match(before.message, /before its definition at line 3 of b\.md/);
  const elsewhere = (before.related ?? []).filter((r) => r.path === '/r/b.md');
  assert.ok(elsewhere.length, 'the definition is a related location in b.md');
  assert.equal(moved[1].text.slice(elsewhere[0].start, elsewhere[0].end).includes('CIW'), true);
  for (const fix of before.fixes ?? []) {
    for (const e of fix.edits) assert.ok(e.end <= moved[0].text.length);
    for (const fe of fix.fileEdits ?? []) {
      assert.equal(fe.path, '/r/b.md');
      for (const e of fe.edits) assert.ok(e.end <= moved[1].text.length);
    }
  }
});

// Issue 16, point 12: "used again" counts the uses in the other files of the report, since the
// files are checked as one text; the fix causes no new finding in any file.
test('multi-file: the undefined-acronym fix spells out "Long Form (ACR)" when another file uses the acronym again, the long form alone when none does', () => {
  const one = { path: '/r/1.md', text: '---\ntemplate: generic\n---\n\n# Review\n\n## Summary\n\nThe LADO was told of every allegation.\n' };
  const two = (body: string) => ({ path: '/r/2.md', text: `## Findings\n\n${body}\n` });
  for (const [body, newText] of [
    ['The LADO keeps a record of each referral.', 'Local Authority Designated Officer (LADO)'],
    ['Each referral is recorded on the day.', 'Local Authority Designated Officer'],
  ]) {
    const chapters = [one, two(body)];
    const result = lintReportSet(chapters, { assumeReport: true });
    const finding = result.chapters[0].findings.find((f) => f.ruleId === 'undefined-acronym')!;
    const fix = finding.fixes!.find((f) => f.title.startsWith('Spell out'))!;
    assert.deepEqual(fix.edits.map((e) => e.newText), [newText]);
    const fixed = [{ ...one, text: one.text.slice(0, fix.edits[0].start) + newText + one.text.slice(fix.edits[0].end) }, chapters[1]];
    const after = lintReportSet(fixed, { assumeReport: true });
    const ids = (r: typeof result) => r.chapters.map((c) => c.findings.map((f) => f.ruleId).sort());
    assert.deepEqual(ids(after), ids(result).map((list, i) => (i === 0 ? list.filter((id) => id !== 'undefined-acronym') : list)), `after "${fix.title}"`);
  }
});

// Real reports split at their headings into chapters give the same acronym and structure
// findings as the report in one file.
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'real-reports', 'ofsted');
const WHOLE_REPORT_RULES = new Set(['undefined-acronym', 'acronym-before-definition', 'acronym-redefined', 'acronym-inconsistent-expansion', 'acronym-unused', 'acronym-punctuation', 'required-section', 'section-order', 'empty-section', 'duplicate-section', 'undefined-footnote', 'unused-footnote']);

test('multi-file: real reports split into chapters at their headings give the same acronym and structure findings as one file', { skip: existsSync(corpus) ? false : `no real reports at ${corpus}` }, () => {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().filter((_, i) => i % 16 === 3);
  assert.ok(files.length >= 10);
  for (const file of files) {
    const raw = readFileSync(join(corpus, file), 'utf8');
    const sif = /services for children in need of help and protection/i.test(raw.slice(0, 3000));
    const text = raw.replace(/^---\n/, `---\ntemplate: ${sif ? 'ofsted-sif' : 'ofsted-ilacs'}\n`);
    // Cut before every second-level heading, at most ten chapters; each later chapter gets a
    // front matter of its own, so chapter offsets differ from the whole file's.
    const cuts = [...text.matchAll(/^## /gm)].map((m) => m.index!);
    const step = Math.max(1, Math.ceil(cuts.length / 9));
    const starts = [0, ...cuts.filter((_, i) => i % step === 0 && cuts[i] > 0)];
    const pieces = starts.map((s, i) => ({ origStart: s, body: text.slice(s, starts[i + 1] ?? text.length) }));
    const chapterList = pieces.map((p, i) => {
      const head = i === 0 ? '' : `---\nchapter: ${i + 1}\n---\n`;
      return { path: `/report/${i}.md`, text: head + p.body, origStart: p.origStart, head: head.length };
    });
    const split = lintReportSet(chapterList, { assumeReport: true });
    const whole = lint({ text, assumeReport: true });
    // A message that names a place in another chapter says which ("line 3 of 2.md"); the line
    // numbers themselves differ with the chapters' front matter, so they are compared apart.
    const key = (ruleId: string, start: number, end: number, message: string) => `${ruleId}@${start}-${end}: ${message.replace(/line \d+( of \d+\.md)?/g, 'line N')}`;
    const expected = whole.findings.filter((f) => WHOLE_REPORT_RULES.has(f.ruleId)).map((f) => key(f.ruleId, f.start, f.end, f.message)).sort();
    const actual = split.chapters.flatMap((c, i) =>
      c.findings.filter((f) => WHOLE_REPORT_RULES.has(f.ruleId)).map((f) => {
        const shift = chapterList[i].origStart - chapterList[i].head;
        return key(f.ruleId, f.start + shift, f.end + shift, f.message);
      }),
    ).sort();
    assert.deepEqual(actual, expected, `${file}: ${chapterList.length} chapters`);
  }
});
