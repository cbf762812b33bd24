import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUILTIN_GLOSSARY,
  BUILTIN_TERMS,
  Glossary,
  glossaryWithBuiltin,
  knownAcronymsFrom,
  mergeGlossaries,
  parseGlossaryFile,
  parseGlossaryTsv,
  parseGlossaryYaml,
  type GlossaryEntry,
} from '../../server/src/engine/glossary';
import { detectAcronyms, findDefinitions } from '../../server/src/engine/acronyms/detect';

const builtin = new Glossary(BUILTIN_GLOSSARY);

test('built-in glossary: English, Welsh and relations', () => {
  const ciw = builtin.get('CIW')!;
  assert.equal(ciw.expansion, 'Care Inspectorate Wales');
  assert.equal(ciw.welsh, 'Arolygiaeth Gofal Cymru');
  assert.equal(ciw.welshAcronym, 'AGC');
  assert.ok(ciw.sources?.[0].startsWith('https://'));
  const agc = builtin.get('AGC')!;
  assert.equal(agc.language, 'cy');
  assert.equal(agc.expansion, 'Arolygiaeth Gofal Cymru');
  assert.equal(agc.englishAcronym, 'CIW');
  assert.equal(builtin.counterpart('CIW')?.acronym, 'AGC');
  assert.equal(builtin.counterpart('AGC')?.acronym, 'CIW');
  assert.equal(builtin.get('CSSIW')?.successor, 'CIW');
  assert.equal(builtin.get('CSSIW')?.notes, "CIW's name until 2017");
  assert.equal(builtin.get('CSSIW')?.welshAcronym, 'AGGCC');
  assert.equal(builtin.get('CSIW')?.successor, 'CSSIW');
  assert.equal(builtin.get('WAO')?.successor, 'Audit Wales');
  assert.deepEqual(builtin.lineage('CSIW').map((e) => e.acronym), ['CSIW', 'CSSIW', 'CIW']);
  assert.equal(builtin.get('WLGA')?.welshAcronym, 'CLlLC');
  assert.equal(builtin.get('CLlLC')?.englishAcronym, 'WLGA');
  assert.equal(builtin.get('GIG')?.englishAcronym, 'NHS');
});

test('built-in glossary: clean expansions, split rows, well-known entries', () => {
  for (const e of BUILTIN_GLOSSARY) {
    assert.ok(e.expansion && !/\s\([^)]*\)$/.test(e.expansion), `${e.acronym}: notes left in "${e.expansion}"`);
    assert.ok(e.sources && e.sources.length > 0, `${e.acronym}: no source`);
    assert.ok(!e.acronym.includes('/'), `${e.acronym}: not split`);
  }
  for (const k of ['UK', 'US', 'EU', 'NHS', 'VAT', 'MP', 'BBC']) assert.equal(builtin.get(k)?.wellKnown, true, k);
  assert.ok(!builtin.get('CIW')?.wellKnown);
  assert.equal(builtin.get('S47')?.expansion, 'section 47 of the Children Act 1989');
  assert.equal(builtin.get('YOS')?.expansion, 'Youth Offending Service');
  assert.equal(builtin.get('CCE')?.expansion, 'Child Criminal Exploitation');
  assert.equal(builtin.get('CE')?.expansion, 'Child Exploitation');
  assert.equal(builtin.get('HMCI')?.expansion, "His Majesty's Chief Inspector");
  assert.deepEqual(builtin.get('LAC')?.alternatives, ['Looked After Children']);
  assert.equal(builtin.get('SSWBA')?.expansion, 'Social Services and Well-being (Wales) Act 2014');
  assert.equal(builtin.get('ADSS Cymru')?.expansion, 'Association of Directors of Social Services Cymru');
  assert.ok(BUILTIN_TERMS.some((t) => t.english === 'Active Offer' && t.welsh === 'Cynnig Rhagweithiol'));
});

test('built-in glossary covers every row of the research glossary (when present)', (t) => {
  const here = dirname(fileURLToPath(import.meta.url));
  const tsv = join(here, '..', '..', '..', 'shared', 'domain', 'glossary.tsv');
  if (!existsSync(tsv)) {
    t.skip('research glossary not present');
    return;
  }
  const parsed = parseGlossaryTsv(readFileSync(tsv, 'utf8'), 'glossary.tsv');
  assert.deepEqual(parsed.errors, []);
  for (const e of parsed.entries) assert.ok(builtin.has(e.acronym), `missing ${e.acronym}`);
  assert.equal(parsed.terms.length, 5);
});

test('lookup: exact, normalised and case-insensitive', () => {
  assert.equal(builtin.get('OFSTED')?.acronym, 'Ofsted');
  assert.equal(builtin.get('s47')?.acronym, 'S47');
  assert.equal(builtin.get('C.I.W.')?.acronym, 'CIW');
  assert.equal(builtin.get('LACs')?.acronym, 'LAC');
  assert.equal(builtin.get('dols')?.acronym, 'DoLS');
  assert.equal(builtin.get('NOPE'), undefined);
});

test('YAML glossary: list form, Welsh acronym split, flags', () => {
  const yaml = [
    '# workspace glossary',
    '- acronym: NPTCBC',
    '  expansion: Neath Port Talbot County Borough Council',
    '  welsh: Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot (CBSCNPT)',
    '  definedInGlossary: true',
    '- acronym: "WCCIS"',
    "  expansion: 'Welsh Community Care Information System'",
    '  alternatives: [WCCIS system, "Welsh CCIS"]',
    '',
  ].join('\n');
  const r = parseGlossaryYaml(yaml, 'g.yaml');
  assert.deepEqual(r.errors, []);
  assert.equal(r.entries.length, 2);
  const [a, b] = r.entries;
  assert.equal(a.acronym, 'NPTCBC');
  assert.equal(a.welsh, 'Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot');
  assert.equal(a.welshAcronym, 'CBSCNPT');
  assert.equal(a.definedInGlossary, true);
  assert.deepEqual(a.origin, { file: 'g.yaml', line: 2 });
  assert.equal(b.expansion, 'Welsh Community Care Information System');
  assert.deepEqual(b.alternatives, ['WCCIS system', 'Welsh CCIS']);
  assert.deepEqual(b.origin, { file: 'g.yaml', line: 6 });
  // The fast reader and the full YAML parser agree.
  const full = parseGlossaryYaml(yaml, 'g.yaml', { fast: false });
  assert.deepEqual(full.entries, r.entries);
});

test('YAML glossary: mapping form and YAML the fast reader leaves to the full parser', () => {
  const r = parseGlossaryYaml('CIW: Care Inspectorate Wales\nHIW:\n  expansion: Healthcare Inspectorate Wales\n  welsh: Arolygiaeth Gofal Iechyd Cymru\n', 'm.yaml');
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.entries.map((e) => [e.acronym, e.expansion, e.welsh, (e.origin as { line: number }).line]), [
    ['CIW', 'Care Inspectorate Wales', undefined, 1],
    ['HIW', 'Healthcare Inspectorate Wales', 'Arolygiaeth Gofal Iechyd Cymru', 2],
  ]);
  const block = parseGlossaryYaml('- acronym: RPB\n  expansion: >\n    Regional Partnership\n    Board\n  notes: &n shared\n', 'b.yaml');
  assert.deepEqual(block.errors, []);
  assert.equal(block.entries[0].expansion, 'Regional Partnership Board');
});

test('YAML glossary: errors carry line numbers', () => {
  const yaml = ['- acronym: CIW', '  expansion: Care Inspectorate Wales', '- acronym: HIW', '- expansion: No acronym here', '- acronym: XYZ', '  expansion: Something', '  colour: blue', '- acronym: ABC', '  expansion: Alpha Beta', '  definedInGlossary: perhaps'].join('\n');
  const r = parseGlossaryYaml(yaml, 'bad.yaml');
  assert.deepEqual(r.entries.map((e) => e.acronym), ['CIW', 'XYZ', 'ABC']);
  assert.deepEqual(
    r.errors.map((e) => [e.line, e.message.split(' (')[0]]),
    [
      [3, '"HIW" needs an "expansion".'],
      [4, 'An entry needs an "acronym".'],
      [5, 'Unknown field "colour" in the entry for "XYZ"'],
      [8, '"definedInGlossary" for "ABC" must be true or false.'],
    ],
  );
  const syntax = parseGlossaryYaml('- acronym: CIW\n  expansion: [unclosed\n- acronym: HIW\n', 'syntax.yaml');
  assert.ok(syntax.errors.length > 0);
  assert.ok(syntax.errors[0].line >= 2, JSON.stringify(syntax.errors));
  assert.match(syntax.errors[0].message, /YAML syntax error/);
  assert.deepEqual(parseGlossaryYaml('just a string', 's.yaml').errors.map((e) => e.line), [1]);
});

test('TSV glossary: columns, header, comments, multi-acronym rows, terms, errors with line numbers', () => {
  const tsv = [
    'acronym\texpansion\twelsh_form\tsource',
    '# a comment',
    'CIW\tCare Inspectorate Wales\tArolygiaeth Gofal Cymru (AGC)\thttps://a.example ; https://b.example',
    'YOT/YOS\tYouth Offending Team/Service\t\thttps://c.example',
    'ACE(s)\tAdverse Childhood Experiences\t\t',
    '—\tActive Offer\tCynnig Rhagweithiol\thttps://d.example',
    'BROKEN',
    'XYZ\t\t\t',
    'PAN\tPriority Action Notice (CIW)\t\t',
  ].join('\r\n');
  const r = parseGlossaryFile('g.tsv', tsv);
  assert.deepEqual(r.entries.map((e) => e.acronym), ['CIW', 'YOT', 'YOS', 'ACE', 'PAN']);
  assert.deepEqual(r.entries[0].sources, ['https://a.example', 'https://b.example']);
  assert.equal(r.entries[0].welshAcronym, 'AGC');
  assert.equal(r.entries[2].expansion, 'Youth Offending Service');
  assert.equal(r.entries[4].expansion, 'Priority Action Notice');
  assert.equal(r.entries[4].notes, 'CIW');
  assert.deepEqual(r.entries[4].origin, { file: 'g.tsv', line: 9 });
  assert.deepEqual(r.terms, [{ english: 'Active Offer', welsh: 'Cynnig Rhagweithiol', sources: ['https://d.example'] }]);
  assert.deepEqual(r.errors.map((e) => e.line), [7, 8]);
});

test('merge: workspace overrides built-in (whole entry), lookup by acronym', () => {
  const ws: GlossaryEntry[] = [
    { acronym: 'CO', expansion: 'Commanding Officer' },
    { acronym: 'NPTCBC', expansion: 'Neath Port Talbot County Borough Council', definedInGlossary: true },
  ];
  const g = glossaryWithBuiltin(ws);
  assert.equal(g.get('CO')?.expansion, 'Commanding Officer');
  assert.equal(g.get('CO')?.sources, undefined);
  assert.equal(g.get('NPTCBC')?.definedInGlossary, true);
  assert.equal(g.get('CIW')?.expansion, 'Care Inspectorate Wales');
  assert.equal(g.size, BUILTIN_GLOSSARY.length + 1);
  const two = mergeGlossaries([{ acronym: 'A1', expansion: 'first' }], [{ acronym: 'A1', expansion: 'second' }]);
  assert.equal(two.get('A1')?.expansion, 'second');
});

test('KnownAcronyms from glossary and config; workspace acronyms are detected', () => {
  const g = glossaryWithBuiltin([{ acronym: 'NPTCBC', expansion: 'Neath Port Talbot County Borough Council' }, { acronym: 'Gwe Cymru', expansion: 'Web Wales' }]);
  const known = knownAcronymsFrom(g, { allow: ['FOI'], ignore: ['SUMMARY', 'ZZZ'] });
  assert.ok(known.allowed.has('FOI') && known.allowed.has('UK'));
  assert.ok(known.notAcronyms.has('ZZZ'));
  const text = 'NPTCBC and Gwe Cymru and ZZZ and FOI';
  assert.deepEqual(detectAcronyms(text, known).uses.map((u) => u.acronym), ['NPTCBC', 'Gwe Cymru', 'FOI']);
  // A glossary long form is accepted as a definition even when its letters do not spell the acronym.
  const defs = findDefinitions('Neath Port Talbot County Borough Council (NPTCBC)', known);
  assert.equal(defs[0]?.longForm, 'Neath Port Talbot County Borough Council');
});

test('a 100,000-entry glossary: parse, merge, look up, build (timings reported)', () => {
  const N = 100_000;
  const acr = (i: number) => 'X' + i.toString(36).toUpperCase();
  const yamlLines: string[] = [];
  const tsvLines: string[] = ['acronym\texpansion\twelsh_form\tsource'];
  for (let i = 0; i < N; i++) {
    yamlLines.push(`- acronym: ${acr(i)}`, `  expansion: Example Long Form Number ${i}`);
    tsvLines.push(`${acr(i)}\tExample Long Form Number ${i}\t\thttps://example.org/${i}`);
  }
  const times: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const r = f();
    times[name] = Math.round(performance.now() - t);
    return r;
  };
  const y = time('yaml', () => parseGlossaryYaml(yamlLines.join('\n'), 'big.yaml'));
  const t = time('tsv', () => parseGlossaryTsv(tsvLines.join('\n'), 'big.tsv'));
  assert.equal(y.entries.length, N);
  assert.equal(t.entries.length, N);
  assert.deepEqual(y.errors, []);
  const g = time('merge', () => glossaryWithBuiltin(t.entries));
  let found = 0;
  time('lookup', () => {
    for (let i = 0; i < N; i++) if (g.get(acr(i))) found++;
  });
  assert.equal(found, N);
  const known = time('known', () => knownAcronymsFrom(g));
  assert.equal(known.keys.size, g.size);
  console.log(`100k-entry glossary (ms): ${JSON.stringify(times)}`);
});
