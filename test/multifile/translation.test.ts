// translation-parity on real Welsh and English pairs that CIW published (test/multifile/pairs/):
// silent on the pairs as published; differences planted into copies are found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, BlockCache } from '../../server/src/engine/lint';
import { segmentSentences, sentenceSegmenter } from '../../server/src/engine/model';
import { radicalForms, sameWelshWord } from '../../server/src/engine/translation/welsh';
import { partnerCandidates, languageOf } from '../../server/src/engine/translation/pairing';

const dir = join(import.meta.dirname, 'pairs');
const PAIRS = ['code-of-practice', 'national-overview'].map((name) => ({
  name,
  en: { path: join(dir, `${name}.md`), text: readFileSync(join(dir, `${name}.md`), 'utf8') },
  cy: { path: join(dir, `${name}.cy.md`), text: readFileSync(join(dir, `${name}.cy.md`), 'utf8') },
}));

type Doc = { path: string; text: string };
function parity(own: Doc, other: Doc) {
  const outcome = lint({ text: own.text, path: own.path, assumeReport: true, translation: other });
  return outcome.findings.filter((f) => f.ruleId === 'translation-parity');
}

test('translation-parity: no finding on real published pairs, either way round', () => {
  for (const pair of PAIRS) {
    assert.deepEqual(parity(pair.en, pair.cy).map((f) => f.message), [], `${pair.name} (English)`);
    assert.deepEqual(parity(pair.cy, pair.en).map((f) => f.message), [], `${pair.name} (Welsh)`);
  }
});

interface Plant {
  kind: string;
  /** Which version is changed, and its new text. */
  changed: 'en' | 'cy';
  text: string;
  /** Where a finding is expected: in the changed version or the other, covering this offset. */
  expectIn: 'changed' | 'other';
  at: number;
}

/** Differences planted into copies of a pair. */
function plants(pair: (typeof PAIRS)[number]): Plant[] {
  const out: Plant[] = [];
  for (const lang of ['en', 'cy'] as const) {
    const doc = pair[lang];
    const body = doc.text.indexOf('\n---', 4) + 4;
    // A changed figure: each figure of the body, one at a time, one more (or 7 for a year's last digit).
    for (const m of doc.text.slice(body).matchAll(/\b\d+(?:\.\d+)?\b/g)) {
      const at = body + m.index!;
      const changedValue = m[0].includes('.') ? m[0].replace(/\d$/, (d) => String((Number(d) + 1) % 10)) : String(Number(m[0]) + 1);
      out.push({ kind: 'changed figure', changed: lang, text: doc.text.slice(0, at) + changedValue + doc.text.slice(at + m[0].length), expectIn: 'changed', at });
    }
    // A section left out: each heading below the title with its content, up to the next heading.
    for (const m of doc.text.matchAll(/^#{2,6} .*$/gm)) {
      const start = m.index!;
      const next = doc.text.slice(start + m[0].length).search(/^#{1,6} /m);
      const end = next < 0 ? doc.text.length : start + m[0].length + next;
      const headingInOther = nthHeading(pair[lang === 'en' ? 'cy' : 'en'].text, headingIndex(doc.text, start));
      out.push({ kind: 'missing section', changed: lang, text: doc.text.slice(0, start) + doc.text.slice(end), expectIn: 'other', at: headingInOther });
    }
  }
  // A dropped footnote: the same footnote added to the first paragraph of both versions, then
  // dropped from one; the other version must say so.
  const withNote = (d: Doc) => {
    const para = /^(?:1\.1 |Our review|Ein hadolygiad).*$/m.exec(d.text)!;
    const end = para.index + para[0].length;
    return d.text.slice(0, end) + '[^src]' + d.text.slice(end) + '\n[^src]: CIW, 2023.\n';
  };
  for (const lang of ['en', 'cy'] as const) {
    const other = lang === 'en' ? 'cy' : 'en';
    const kept = withNote(pair[other]);
    out.push({ kind: 'dropped footnote', changed: lang, text: pair[lang].text, expectIn: 'other', at: kept.indexOf('[^src]') + 2, ...{ otherText: kept } } as Plant);
  }
  // An acronym defined in one version only: its definition turned into a plain use.
  for (const [lang, long, short] of [['en', 'Care Inspectorate Wales (CIW)', 'CIW'], ['cy', 'Arolygiaeth Gofal Cymru (AGC)', 'AGC']] as const) {
    const at = pair[lang].text.indexOf(long);
    if (at < 0) continue;
    out.push({ kind: 'acronym defined in one version only', changed: lang, text: pair[lang].text.replace(long, short), expectIn: 'changed', at });
  }
  return out;
}

function headingIndex(text: string, offset: number): number {
  return [...text.slice(0, offset).matchAll(/^#{2,6} /gm)].length;
}
function nthHeading(text: string, n: number): number {
  const m = [...text.matchAll(/^#{2,6} /gm)][n];
  return m ? m.index + m[0].length : -1;
}

test('translation-parity: differences planted into real pairs are found (recall >= 95% per kind)', () => {
  const tally = new Map<string, { planted: number; found: number; missed: string[] }>();
  for (const pair of PAIRS) {
    for (const plant of plants(pair)) {
      const otherLang = plant.changed === 'en' ? 'cy' : 'en';
      const changed = { path: pair[plant.changed].path, text: plant.text };
      const other = { path: pair[otherLang].path, text: (plant as Plant & { otherText?: string }).otherText ?? pair[otherLang].text };
      const findings = plant.expectIn === 'changed' ? parity(changed, other) : parity(other, changed);
      const hit = findings.some((f) => f.start <= plant.at + 1 && plant.at <= f.end + 1 || (plant.kind === 'dropped footnote' && /Footnote \[\^src\]/.test(f.message)));
      const t = tally.get(plant.kind) ?? { planted: 0, found: 0, missed: [] };
      t.planted++;
      if (hit) t.found++;
      else t.missed.push(`${pair.name} ${plant.changed}@${plant.at}: ${findings.map((f) => f.message).join(' | ') || 'no finding'}`);
      tally.set(plant.kind, t);
    }
  }
  const lines = [...tally].map(([kind, t]) => `${kind}: ${t.found}/${t.planted}`);
  console.log(`# planted differences found: ${lines.join('; ')}`);
  for (const [kind, t] of tally) {
    assert.ok(t.planted >= 2, `${kind}: too few planted`);
    assert.ok(t.found / t.planted >= 0.95, `${kind}: ${t.found}/${t.planted}\n${t.missed.join('\n')}`);
  }
});

test('Welsh mutations: radical forms of soft, nasal and aspirate mutations', () => {
  assert.ok(radicalForms('Gymru').includes('cymru'));
  assert.ok(radicalForms('Nghymru').includes('cymru'));
  assert.ok(radicalForms('Chymru').includes('cymru'));
  assert.ok(radicalForms('Leol').includes('lleol'));
  assert.ok(radicalForms('ofal').includes('gofal'));
  assert.ok(sameWelshWord('Gymru', 'Nghymru'));
  assert.ok(sameWelshWord('gymorth', 'chymorth'));
  assert.ok(!sameWelshWord('Cymru', 'Lloegr'));
});

test('pairing: front matter names the other version, or the .cy.md convention does', () => {
  assert.deepEqual(partnerCandidates('/r/report.cy.md', undefined)?.paths, ['/r/report.md', '/r/report.en.md']);
  assert.deepEqual(partnerCandidates('/r/report.md', undefined)?.paths, ['/r/report.cy.md']);
  assert.deepEqual(partnerCandidates('/r/adroddiad.md', { translationOf: 'report.md' })?.paths, ['/r/report.md']);
  assert.equal(partnerCandidates('/r/adroddiad.md', { translationOf: '../../etc/x.md' }), undefined);
  assert.equal(languageOf('/r/a.md', { lang: 'cy' }), 'cy');
  assert.equal(languageOf('/r/a.cy.md', undefined), 'cy');
  assert.equal(languageOf('/r/a.md', undefined), 'en');
});

test('Welsh in the engine: a Welsh long form defines its acronym, and Welsh sentences are segmented', () => {
  const text = '---\ntemplate: generic\nlang: cy\n---\n\n# Adroddiad\n\n## Crynodeb\n\nMae Arolygiaeth Gofal Cymru (AGC) yn arolygu. Dywedodd AGC fod y gwasanaeth yn dda. Roedd Cymdeithas Llywodraeth Leol Cymru (CLlLC) yno hefyd. Cytunodd CLlLC.\n';
  const outcome = lint({ text, assumeReport: true });
  assert.deepEqual(outcome.findings.filter((f) => f.ruleId === 'undefined-acronym').map((f) => text.slice(f.start, f.end)), []);
  const block = outcome.model.blocks.find((b) => b.text.includes('Arolygiaeth'))!;
  assert.equal(block.sentences.length, 4);
  // The document is Welsh (lang: cy), so its sentences come from the Welsh segmenter.
  assert.equal(outcome.model.language, 'cy');
  const welsh = sentenceSegmenter('cy');
  assert.equal(welsh.resolvedOptions().locale, 'cy', 'this Node has ICU data for Welsh');
  assert.equal(sentenceSegmenter('cy'), welsh, 'one segmenter per locale, kept');
  const expected = [...welsh.segment(block.text)].map((s) => s.segment.trim()).filter(Boolean);
  assert.deepEqual(block.sentences.map((s) => text.slice(s.start, s.end)), expected);
});

test('Welsh in the engine: the language that picks the segmenter comes from lang:, translationOf: or the .cy.md name', () => {
  const body = '# Adroddiad\n\n## Crynodeb\n\nMae AGC yn arolygu. Roedd y gwasanaeth yn dda.\n';
  assert.equal(lint({ text: `---\nlanguage: Cymraeg\n---\n\n${body}`, assumeReport: true }).model.language, 'cy');
  assert.equal(lint({ text: `---\ntranslationOf: report.md\n---\n\n${body}`, assumeReport: true }).model.language, 'cy');
  assert.equal(lint({ text: body, path: '/r/report.cy.md', assumeReport: true }).model.language, 'cy');
  assert.equal(lint({ text: body, path: '/r/report.md', assumeReport: true }).model.language, 'en');
  // One block cache across an English and a Welsh parse of the same text: the Welsh parse does
  // not re-use the English one's sentences, and the fast path of a one-line edit keeps the language.
  const cache = new BlockCache();
  assert.equal(lint({ text: body, path: '/r/a.md', cache }).model.language, 'en');
  const cy = lint({ text: body, path: '/r/a.cy.md', cache }).model;
  assert.equal(cy.language, 'cy');
  const edited = lint({ text: body.replace('yn dda', 'yn wael'), path: '/r/a.cy.md', cache }).model;
  assert.equal(edited.language, 'cy');
  assert.equal(edited.blocks.at(-1)!.sentences.length, 2);
});

test('sentences: the segmenter passed is the one used (Greek ICU rules end a sentence at ";", English ones do not)', () => {
  const text = 'Τι κάνεις; Καλά. Ναι.';
  assert.equal(segmentSentences(text).length, 2);
  assert.equal(segmentSentences(text, sentenceSegmenter('el')).length, 3);
});
