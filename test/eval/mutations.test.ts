// Each mutation kind, on a short synthetic report (not the corpus): it finds its sites, plants
// what it says where it says (the expected span holds the planted text), and leaves the rest of
// the text as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesById } from '../../server/src/engine/rules/index';
import { kinds } from '../../scripts/eval/mutations/index';
import { readReport, assemble, sentences, mapSpan, replace } from '../../scripts/eval/mutations/text';
import { compare, editedPlaces } from '../../scripts/eval/mutations/compare';
import { seededRandom, withTemplate } from '../../scripts/eval/real-corpus';
import { builtinTemplates } from '../../server/src/engine/templates/builtin';
import type { Report, Mutation } from '../../scripts/eval/mutations/types';
import type { AcronymSite } from '../../scripts/eval/mutations/acronym-sites';
import type { Pair } from '../../scripts/eval/mutations/section-swap';
import { WEASELS } from '../../scripts/eval/mutations/weasel-attribution';
import type { Finding } from '../../server/src/engine/types';

const BODY = `# Inspection of Northshire local authority children’s services

Inspection dates: 3 to 14 March 2025

Lead inspector: Jane Smith, His Majesty’s Inspector

| Judgement | Grade |
| --- | --- |
| The impact of leaders on social work practice with children and families | Good |
| The experiences and progress of children who need help and protection | Good |
| The experiences and progress of children in care | Requires improvement to be good |
| The experiences and progress of care leavers | Good |
| Overall effectiveness | Good |

Children in Northshire receive good help. Leaders know their services well.

## What needs to improve?

- The timeliness of return home interviews.

## The experiences and progress of children who need help and protection: good

1. The multi-agency safeguarding hub (MASH) responds quickly to concerns. Social workers in the MASH make effective decisions. For example, in 12 of the 14 cases reviewed, decisions were timely. The local authority’s audit shows that 92% of contacts were screened within a day.

2. Parents told inspectors that they feel listened to and that workers explain plans in words they understand. Most children see their social worker often, and they see them alone. Staff in the MASH know families well and respond to them with care.

3. Assessments are thorough and plans are clear. The MASH shares information well with the police.

## The experiences and progress of children in care: requires improvement to be good

4. Independent reviewing officers (IROs) visit children before reviews. Children’s plans are reviewed on time, and IROs challenge drift.

5. Placement stability is good for most children.

## The experiences and progress of care leavers: good

6. Personal advisers keep in touch with care leavers. Care leavers live in suitable homes. The experiences and progress of care leavers are good.

## The impact of leaders on social work practice with children and families: good

7. Leaders have a clear plan. Senior leaders know where practice needs to improve.
`;

function syntheticReport(): Report {
  const text = withTemplate(BODY, 'ofsted-ilacs');
  return { ...readReport(text), file: 'synthetic.md', templateId: 'ofsted-ilacs', template: builtinTemplates.find((t) => t.id === 'ofsted-ilacs')! };
}

/**
 * What the mutation took out of the original and put in: the original's text not copied, and the
 * new text. Everything else is the original's text, in its order unless the kind moves text.
 */
function changes(original: string, mutation: Mutation, moves = false): { dropped: string[]; inserted: string[] } {
  const kept = mutation.pieces.flatMap((p) => ('text' in p ? [] : [p]));
  const inserted = mutation.pieces.flatMap((p) => ('text' in p ? [p.text] : []));
  const sorted = [...kept].sort((a, b) => a.from - b.from);
  if (!moves) assert.deepEqual(kept, sorted, 'the original text keeps its order');
  const dropped: string[] = [];
  let at = 0;
  for (const p of sorted) {
    assert.ok(p.from >= at, 'no original text is copied twice');
    if (p.from > at) dropped.push(original.slice(at, p.from));
    at = p.to;
  }
  if (at < original.length) dropped.push(original.slice(at));
  return { dropped, inserted };
}

type Check = (c: { text: string; span: string; mutation: Mutation; original: string; site: any; dropped: string[]; inserted: string[] }) => void;
/** A sentence of its own, as a paragraph after a narrative paragraph. */
function insertedParagraph(c: Parameters<Check>[0]) {
  assert.deepEqual(c.dropped, []);
  assert.deepEqual(c.inserted, ['\n\n', c.span]);
  assert.match(c.span, /^[A-Z0-9“][^{}\n]+[.”]$/);
  assert.ok(c.text.includes(`\n\n${c.span}\n\n`));
}
/** A sentence added at the end of a narrative paragraph, the expected span inside it. */
function appendedSentence(c: Parameters<Check>[0]) {
  assert.deepEqual(c.dropped, []);
  assert.equal(c.inserted.length, 1);
  assert.match(c.inserted[0], /^ [^\n{}⟦⟧]+[.)]$/);
  const at = c.text.indexOf(c.inserted[0]);
  const span = c.mutation.expect.spans[0];
  assert.ok(span.start > at && span.end <= at + c.inserted[0].length);
}
const longOf = (c: { original: string; site: AcronymSite }) => c.original.slice(c.site.long.start, c.site.long.end);

/** What each kind must have planted: a check on the mutated text at the expected span. */
const planted: Record<string, Check> = {
  'acronym-remove-definition'(c) {
    assert.equal(c.span, c.site.acronym);
    assert.deepEqual(c.dropped, [c.original.slice(c.site.paren.start, c.site.paren.end)]);
    assert.match(c.dropped[0], /^ \([A-Z]+s?\)$/);
    assert.deepEqual(c.inserted, []);
  },
  'acronym-move-definition'(c) {
    assert.equal(c.span, c.site.acronym);
    const later = c.text.slice(c.mutation.expect.spans[0].end);
    assert.ok(later.toLowerCase().includes(`${longOf(c)} (${c.site.acronym})`.toLowerCase()));
    assert.equal(c.text.split(`(${c.site.acronym})`).length, 2);
    assert.deepEqual(c.dropped, [c.original.slice(c.site.long.start, c.site.paren.end), c.site.acronym]);
    assert.deepEqual(c.inserted.map((t) => t.toLowerCase()), [c.site.acronym.toLowerCase(), `${longOf(c)} (${c.site.acronym})`.toLowerCase()]);
  },
  'acronym-second-expansion'(c) {
    assert.notEqual(c.span.toLowerCase(), longOf(c).toLowerCase());
    assert.ok(c.text.includes(`${c.span} (${c.site.acronym})`));
    assert.equal(c.text.split(`(${c.site.acronym}`).length, 3);
    assert.deepEqual(c.dropped, [c.site.acronym]);
    assert.deepEqual(c.inserted, [`${c.span} (${c.site.acronym})`]);
  },
  'section-delete-heading'(c) {
    assert.equal(c.dropped.length, 1);
    assert.match(c.dropped[0], /^## (What needs|The experiences|The impact)[^\n]*\n\n$/);
    assert.deepEqual(c.inserted, []);
    assert.equal(c.span, c.text);
    assert.equal(c.mutation.expect.newOnly, true);
  },
  'section-swap'(c) {
    const { first, second } = c.site as Pair;
    const a = c.original.slice(first.section.start, first.section.end);
    const b = c.original.slice(second.section.start, second.section.end);
    assert.deepEqual(c.dropped, []);
    assert.equal(c.text, c.original.slice(0, first.section.start) + b + c.inserted.join('') + a + c.original.slice(second.section.end));
    assert.equal('## ' + c.span, b.split('\n')[0]);
    const other = c.mutation.expect.spans[1];
    assert.equal('## ' + c.text.slice(other.start, other.end), a.split('\n')[0]);
  },
  'section-empty'(c) {
    assert.deepEqual(c.inserted, []);
    assert.equal(c.dropped.length, 1);
    assert.ok(c.original.includes(`## ${c.span}\n\n${c.dropped[0]}`));
    assert.ok(c.dropped[0].trim());
    assert.match(c.text.slice(c.mutation.expect.spans[0].end), /^\n\n(## |$)/);
  },
  'evidence-strip'(c) {
    assert.ok(c.dropped.length >= 1);
    assert.ok(c.dropped.some((d) => /For example/.test(d)));
    for (const d of c.dropped) assert.ok(c.original.includes(d));
    assert.ok(c.inserted.every((t) => t === ' '));
    assert.ok(c.original.includes(c.span));
    assert.ok(!c.text.includes('For example, in 12 of the 14'));
  },
  'claim-judgement': insertedParagraph,
  'claim-figure'(c) {
    insertedParagraph(c);
    assert.match(c.span, /\d/);
  },
  'claim-benchmark'(c) {
    insertedParagraph(c);
    assert.match(c.span, /average|similar|one of the highest|statistical neighbours|comparable|lowest/);
  },
  'claim-trend'(c) {
    insertedParagraph(c);
    assert.match(c.span, /increas|improved|rising|deteriorated|grow|fallen/);
  },
  'claim-absolute'(c) {
    insertedParagraph(c);
    assert.match(c.span, /\b(?:All|No|Every|always|never|None)\b/);
  },
  'claim-quotation'(c) {
    insertedParagraph(c);
    assert.match(c.span, /“[^”]+”/);
  },
  'weasel-attribution'(c) {
    assert.deepEqual(c.dropped, ['Parents told inspectors that']);
    assert.deepEqual(c.inserted, [c.span]);
    assert.ok(WEASELS.includes(c.span));
  },
  'gate-placeholder'(c) {
    appendedSentence(c);
    assert.match(c.span, /^(?:\[\[[^\]]+\]\]|TODO|TBC|XX|\[insert date\]|\[name\]|Lorem ipsum)$/);
  },
  'gate-grade-sentence'(c) {
    assert.equal(c.dropped.length, 1);
    assert.equal(c.inserted.length, 1);
    assert.notEqual(c.dropped[0].toLowerCase(), c.inserted[0].toLowerCase());
    assert.match(c.dropped[0], /^(?:good|outstanding|requires improvement to be good|inadequate)$/i);
    assert.match(c.span, new RegExp(`^The experiences and progress of care leavers are ${c.inserted[0]}\\.$`));
    assert.equal(c.mutation.expect.spans.length, 2, 'the sentence and the judgement table');
    assert.match(c.text.slice(c.mutation.expect.spans[1].start, c.mutation.expect.spans[1].end), /^\| Judgement \| Grade \|/);
  },
  'gate-grade'(c) {
    assert.equal(c.dropped.length, 1);
    assert.equal(c.inserted.length, 1);
    assert.notEqual(c.dropped[0].toLowerCase(), c.inserted[0].toLowerCase());
    assert.match(c.dropped[0], /^(?:good|outstanding|requires improvement to be good|inadequate)$/i);
    assert.ok(c.span.endsWith(c.inserted[0]));
    assert.ok(c.original.includes(`${c.span.slice(0, -c.inserted[0].length)}${c.dropped[0]}\n`));
    assert.equal(c.mutation.expect.spans.length, 2, 'the heading and the judgement table');
    assert.match(c.text.slice(c.mutation.expect.spans[1].start, c.mutation.expect.spans[1].end), /^\| Judgement \| Grade \|/);
  },
  'gate-quantity'(c) {
    assert.deepEqual(c.dropped, []);
    const m = /^(.+) \((\d+) of (\d+)\)$/.exec(c.span)!;
    assert.ok(m, c.span);
    assert.deepEqual(c.inserted, [` (${m[2]} of ${m[3]})`]);
    const share = Number(m[2]) / Number(m[3]);
    if (/most|all|majority/i.test(m[1])) assert.ok(share < 0.5, c.span);
    else if (/minority|few/i.test(m[1])) assert.ok(share > 0.5, c.span);
    else assert.ok(share < 0.3, c.span);
  },
  'gate-person-name'(c) {
    appendedSentence(c);
    assert.match(c.span, /^[A-Z][a-z]+(?:, aged \d+| \(\d+\)|, who is \d+|, a \d+-year-old)$/);
  },
  'gate-person-postcode'(c) {
    appendedSentence(c);
    assert.match(c.span, /^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/);
  },
  'section-repeat-heading'(c) {
    assert.deepEqual(c.dropped, []);
    assert.deepEqual(c.inserted, [`## ${c.span}\n\n`]);
    assert.equal(c.text.split(`## ${c.span}\n`).length, 3);
  },
};

test('mutations: the sentences of a paragraph', () => {
  const t = 'Leaders are clear. For example, e.g. this one. In 9 of 14 cases, plans were “good.” Done';
  assert.deepEqual(sentences(t, 0, t.length).map((s) => t.slice(s.start, s.end)), ['Leaders are clear.', 'For example, e.g. this one.', 'In 9 of 14 cases, plans were “good.”', 'Done']);
});

test('mutations: blocks and sections of a report', () => {
  const r = syntheticReport();
  assert.deepEqual(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.level), [1, 2, 2, 2, 2, 2]);
  assert.equal(r.blocks.filter((b) => b.kind === 'table').length, 1);
  assert.equal(r.blocks.filter((b) => b.kind === 'item').length, 8);
  const care = r.sections.find((s) => r.text.slice(r.blocks[s.heading].textStart).startsWith('The experiences and progress of children in care'))!;
  assert.equal(care.body.length, 2);
  assert.ok(r.text.slice(care.start, care.end).endsWith('most children.\n\n'));
});

test('mutations: positions map across the edit, and only new findings count', () => {
  const original = 'aaa\n\nbbb ccc\n\nddd';
  const { pieces, spans } = replace(original, [{ start: 5, end: 8, newText: 'XXXXX' }]);
  const after = assemble(original, pieces);
  assert.equal(after, 'aaa\n\nXXXXX ccc\n\nddd');
  assert.deepEqual(spans, [{ start: 5, end: 10 }]);
  assert.deepEqual(editedPlaces(pieces), [{ start: 5, end: 10 }]);
  assert.deepEqual(editedPlaces(replace(original, [{ start: 3, end: 7, newText: '' }]).pieces), [{ start: 3, end: 3 }]);
  assert.deepEqual(mapSpan(pieces, { start: 9, end: 12 }), { start: 11, end: 14 });
  assert.equal(mapSpan(pieces, { start: 6, end: 7 }), undefined);
  const f = (ruleId: string, start: number, end: number, message = 'm'): Finding => ({ ruleId, start, end, message, severity: 'warning' });
  const result = compare(
    [f('a', 9, 12, 'at line 3'), f('d', 5, 8, 'word')],
    [f('a', 11, 14, 'at line 3'), f('b', 5, 10), f('c', 0, 3), f('e', 11, 14), f('g', 17, 20)],
    pieces,
    { rule: 'b', spans: [spans[0]] },
    { before: original, after },
  );
  assert.equal(result.detection?.ruleId, 'b');
  assert.equal(result.preExisting, false);
  // New findings in the edited paragraph are at the edit; in other paragraphs, elsewhere.
  assert.deepEqual(result.atEdit.map((x) => x.ruleId), ['e']);
  assert.deepEqual(result.elsewhere.map((x) => x.ruleId), ['c', 'g']);
  // The same finding on the same words, further on, has moved; it is not new.
  const moved = compare([f('u', 0, 3, '"aaa" at line 1')], [f('u', 17, 20, '"aaa" at line 5')], pieces, { rule: 'b', spans: [spans[0]] }, { before: original, after: after.slice(0, 17) + 'aaa' });
  assert.equal(moved.moved.length, 1);
  assert.deepEqual(moved.elsewhere, []);
});

for (const kind of kinds) {
  test(`mutations: ${kind.kind} plants what it says and leaves the rest unchanged`, () => {
    const report = syntheticReport();
    const sites = kind.find(report);
    assert.ok(sites.length, `${kind.kind} finds a site in the synthetic report`);
    for (const [i, site] of sites.entries()) {
      const mutation = kind.apply(report, site, seededRandom(i + 1));
      const text = assemble(report.text, mutation.pieces);
      assert.notEqual(text, report.text);
      assert.equal(mutation.expect.rule, kind.rule);
      assert.ok(mutation.expect.spans.length);
      for (const s of mutation.expect.spans) assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end);
      const { dropped, inserted } = changes(report.text, mutation, kind.kind === 'section-swap');
      const span = text.slice(mutation.expect.spans[0].start, mutation.expect.spans[0].end);
      const check = planted[kind.kind];
      assert.ok(check, `a check of what ${kind.kind} plants`);
      check({ text, span, mutation, original: report.text, site, dropped, inserted });
    }
  });
}

test('mutations: the runner plants every kind into a folder of reports and reports each, the same for the same seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mutations-'));
  writeFileSync(join(dir, 'northshire.md'), BODY);
  const run = (out: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../scripts/eval-mutations.ts', import.meta.url)), '--dir', dir, '--per-kind', '1', '--seed', '3', '--json', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return { stdout: r.stdout, json: JSON.parse(readFileSync(out, 'utf8')) };
  };
  const a = run(join(dir, 'a.json'));
  const b = run(join(dir, 'b.json'));
  assert.deepEqual(Object.keys(a.json.kinds), kinds.map((k) => k.kind));
  for (const k of kinds) {
    const row = a.json.kinds[k.kind];
    assert.equal(row.planted, 1, k.kind);
    assert.equal(row.rulePresent, rulesById.has(k.rule), k.kind);
    if (row.rulePresent) assert.ok(row.recall === 0 || row.recall === 1, k.kind);
    else {
      assert.equal(row.recall, null, k.kind);
      assert.match(a.stdout, new RegExp(`${k.kind} .*rule not present`));
    }
  }
  assert.deepEqual({ ...a.json, seconds: 0 }, { ...b.json, seconds: 0 });
});
