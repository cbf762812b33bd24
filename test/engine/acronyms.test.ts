import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildKnownAcronyms,
  createLongFormMatcher,
  detectAcronyms,
  findDefinitions,
  findLongForm,
  longFormMatcherFromKnown,
  type AcronymDefinition,
  type KnownAcronyms,
} from '../../server/src/engine/acronyms/detect';
import { builtinKnownAcronyms } from '../../server/src/engine/glossary';

const known: KnownAcronyms = builtinKnownAcronyms();

/** Pairs as [short form as written, long form, pattern]. */
function defs(text: string, k: KnownAcronyms | null = known): [string, string, string][] {
  return findDefinitions(text, k ?? undefined).map((d) => [text.slice(d.shortStart, d.shortEnd), d.longForm, d.pattern]);
}

function uses(text: string, k: KnownAcronyms = known): string[] {
  return detectAcronyms(text, k).uses.map((u) => `${u.acronym}:${text.slice(u.start, u.end)}`);
}

test('report prose: "Long Form (LF)" definitions', () => {
  assert.deepEqual(defs('Care Inspectorate Wales (CIW) inspected the service.'), [['CIW', 'Care Inspectorate Wales', 'long-short']]);
  assert.deepEqual(defs('In 2016 the Care and Social Services Inspectorate Wales (CSSIW) found'), [['CSSIW', 'Care and Social Services Inspectorate Wales', 'long-short']]);
  assert.deepEqual(defs('the Association of Directors of Social Services Cymru (ADSS Cymru) said'), [['ADSS Cymru', 'Association of Directors of Social Services Cymru', 'long-short']]);
  assert.deepEqual(defs('applications under Deprivation of Liberty Safeguards (DoLS) were late'), [['DoLS', 'Deprivation of Liberty Safeguards', 'long-short']]);
  assert.deepEqual(defs('Multi-Agency Safeguarding Hub (MASH)'), [['MASH', 'Multi-Agency Safeguarding Hub', 'long-short']]);
  assert.deepEqual(defs('Child and Adolescent Mental Health Services (CAMHS)'), [['CAMHS', 'Child and Adolescent Mental Health Services', 'long-short']]);
  assert.deepEqual(defs('His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)'), [['HMICFRS', 'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services', 'long-short']]);
  // Without the glossary too: the extractor is general.
  assert.deepEqual(defs('Deprivation of Liberty Safeguards (DoLS)', null), [['DoLS', 'Deprivation of Liberty Safeguards', 'long-short']]);
});

test('definitions: span offsets', () => {
  const text = 'We met Care Inspectorate Wales (CIW) staff.';
  const [d] = findDefinitions(text, known) as AcronymDefinition[];
  assert.equal(text.slice(d.start, d.end), 'Care Inspectorate Wales (CIW)');
  assert.equal(text.slice(d.longStart, d.longEnd), 'Care Inspectorate Wales');
  assert.equal(text.slice(d.shortStart, d.shortEnd), 'CIW');
  assert.equal(d.acronym, 'CIW');
});

test('definitions: Welsh long forms and Welsh letters', () => {
  assert.deepEqual(defs('Arolygiaeth Gofal Cymru (AGC) sy’n arolygu'), [['AGC', 'Arolygiaeth Gofal Cymru', 'long-short']]);
  assert.deepEqual(defs('Arolygiaeth Gofal a Gwasanaethau Cymdeithasol Cymru (AGGCC)'), [['AGGCC', 'Arolygiaeth Gofal a Gwasanaethau Cymdeithasol Cymru', 'long-short']]);
  assert.deepEqual(defs('Cymdeithas Llywodraeth Leol Cymru (CLlLC)', null), [['CLlLC', 'Cymdeithas Llywodraeth Leol Cymru', 'long-short']]);
  // Nasal mutation: "Nghymru" stands for Cymru.
  assert.deepEqual(defs('Gwasanaeth Mabwysiadu Cenedlaethol yng Nghymru (GMCC)', null), [['GMCC', 'Gwasanaeth Mabwysiadu Cenedlaethol yng Nghymru', 'long-short']]);
  // Accents fold: ŵ, â, ô are letters and match w, a, o.
  assert.deepEqual(defs('Bwrdd Ŵyr Ôl (BWO)', null), [['BWO', 'Bwrdd Ŵyr Ôl', 'long-short']]);
  const r = detectAcronyms('Mae’r ŵyr a’r ŷd yn dŵr â CIW', known);
  assert.deepEqual(r.uses.map((u) => u.acronym), ['CIW']);
});

test('definitions: line-wrapped and marked-up long forms, case does not hide a definition', () => {
  // The model replaces newlines and markup with spaces, keeping offsets.
  const wrapped = 'the Care and Social Services\n   Inspectorate Wales (CSSIW) said'.replace(/\n/g, ' ');
  assert.deepEqual(defs(wrapped), [['CSSIW', 'Care and Social Services Inspectorate Wales', 'long-short']]);
  const masked = '  Care Inspectorate Wales   (CIW)'; // "**Care Inspectorate Wales** (CIW)" masked
  assert.deepEqual(defs(masked), [['CIW', 'Care Inspectorate Wales', 'long-short']]);
  assert.deepEqual(defs('care inspectorate wales (CIW)'), [['CIW', 'care inspectorate wales', 'long-short']]);
  assert.deepEqual(defs('CARE INSPECTORATE WALES (CIW)'), [['CIW', 'CARE INSPECTORATE WALES', 'long-short']]);
  assert.deepEqual(defs('personal adviser (pa) visits', null), [['pa', 'personal adviser', 'long-short']]);
});

test('definitions: "SF (Long Form)" and both inside one bracket', () => {
  assert.deepEqual(defs('CIW (Care Inspectorate Wales) published'), [['CIW', 'Care Inspectorate Wales', 'short-long']]);
  assert.deepEqual(defs('the MASH (Multi-Agency Safeguarding Hub) received'), [['MASH', 'Multi-Agency Safeguarding Hub', 'short-long']]);
  assert.deepEqual(defs('ADSS Cymru (Association of Directors of Social Services Cymru)'), [['ADSS Cymru', 'Association of Directors of Social Services Cymru', 'short-long']]);
  assert.deepEqual(defs('the inspectorate (Care Inspectorate Wales, CIW) visited'), [['CIW', 'Care Inspectorate Wales', 'long-short']]);
  assert.deepEqual(defs('Care Inspectorate Wales (hereafter CIW) visited'), [['CIW', 'Care Inspectorate Wales', 'long-short']]);
  assert.deepEqual(defs('Care Inspectorate Wales (CIW; formerly CSSIW) visited'), [['CIW', 'Care Inspectorate Wales', 'long-short']]);
});

test('definitions: plural, punctuated and glossary-only long forms', () => {
  const [d] = findDefinitions('There were 140 looked after children (LACs) in care.', known);
  assert.equal(d.acronym, 'LAC');
  assert.equal(d.longForm, 'looked after children');
  const [p] = findDefinitions('Care Inspectorate Wales (C.I.W.) said', known);
  assert.equal(p.acronym, 'CIW');
  // Ofsted's letters are not all in its long form: accepted because the glossary knows it.
  assert.deepEqual(defs("the Office for Standards in Education, Children's Services and Skills (Ofsted)"), [['Ofsted', "Office for Standards in Education, Children's Services and Skills", 'long-short']]);
  assert.deepEqual(defs("the Office for Standards in Education, Children's Services and Skills (Ofsted)", null), []);
});

test('definitions: negative cases', () => {
  for (const text of [
    'as set out in the report (see below).',
    'in the last inspection (2019), we found',
    'Cardiff Council (the council) has',
    'Care Inspectorate Wales (formerly CSSIW) visited', // CSSIW is not "Care Inspectorate Wales"
    'the plan should (a) set goals and (b) record progress',
    'reasons: (i) staffing, (ii) training, (iii) supervision',
    'the Social Services and Well-being (Wales) Act',
    'visits to Cardiff (Caerdydd) and Swansea (Abertawe)',
    'staff told us (in interviews) that',
    'the council (Cyngor Caerdydd) agreed',
    'we saw 9 of 14 (64%) records',
    'as required (Regulation 21) the provider',
    'The service (Ty Gwyn) is',
    // A glossary acronym in brackets after a statement is its source, not its definition.
    'Performance information: complaints were out of date (CIW).',
    'child protection plans were variable (CIW, 2023)',
    'referrals are poorly recorded (MARAC).',
  ]) {
    assert.deepEqual(defs(text), [], text);
  }
});

test('uses: capitals, mixed forms, glossary spellings, multi-word acronyms', () => {
  assert.deepEqual(uses('CIW and HIW met HMICFRS.'), ['CIW:CIW', 'HIW:HIW', 'HMICFRS:HMICFRS']);
  assert.deepEqual(uses('DoLS, DfE and CLlLC'), ['DoLS:DoLS', 'DfE:DfE', 'CLlLC:CLlLC']);
  assert.deepEqual(uses('Ofsted, OFSTED, Estyn and Cafcass'), ['Ofsted:Ofsted', 'Ofsted:OFSTED', 'Estyn:Estyn', 'Cafcass:Cafcass']);
  assert.deepEqual(uses('ADSS Cymru and Cafcass Cymru, then ADSS alone'), ['ADSS Cymru:ADSS Cymru', 'Cafcass Cymru:Cafcass Cymru', 'ADSS:ADSS']);
  assert.deepEqual(uses('s47 enquiries and S47 and S20'), ['S47:s47', 'S47:S47', 'S20:S20']);
  assert.deepEqual(uses('A&E and CO2'), ['A&E:A&E', 'CO2:CO2']);
  // Ordinary words with a capital are not uses; nor are words the glossary does not know in lower case.
  assert.deepEqual(uses('The Council and estyn (to reach) and McDonald and PowerPoint'), []);
});

test('uses: plurals and possessives keep the key and exclude the suffix from the span', () => {
  const text = "CIW's report said LACs and the IROs' caseloads";
  const r = detectAcronyms(text, known);
  assert.deepEqual(r.uses.map((u) => [u.acronym, text.slice(u.start, u.end)]), [['CIW', 'CIW'], ['LAC', 'LAC'], ['IRO', 'IRO']]);
  assert.equal(text.slice(r.uses[0].end, r.uses[0].end + 2), "'s");
  assert.deepEqual(uses('CIW’s and CIW’S'), ['CIW:CIW', 'CIW:CIW']);
});

test('uses: not single letters, Roman numerals, emphasis, units, contractions, numbers', () => {
  assert.deepEqual(uses('Part II and Schedule XIV, Annex IV, in MMXXIV'), []);
  assert.deepEqual(uses('Staff MUST NOT do this. ALL cases. NOTE: TODO FIXME TBC. IMPORTANT'), []);
  assert.deepEqual(uses('10KM, 5 KM, 20 MB and 3 KG; A or I; DON’T and CAN’T; OK'), []);
  assert.deepEqual(uses('OFFICIAL-SENSITIVE'), []);
  // Short Roman-looking acronyms with C, D or M read as acronyms.
  assert.deepEqual(uses('the CD and the CIC'), ['CD:CD', 'CIC:CIC']);
});

test('uses: text in capitals is not a list of acronyms', () => {
  assert.deepEqual(uses('SUMMARY OF FINDINGS'), []);
  assert.deepEqual(uses('KEY FINDINGS'), []);
  assert.deepEqual(uses('JOINT INSPECTION REPORT BY CIW'), ['CIW:CIW']);
  // A list of acronyms is not shouting.
  assert.deepEqual(uses('XYZ, PQR, LMN and CIW', known), ['XYZ:XYZ', 'PQR:PQR', 'LMN:LMN', 'CIW:CIW']);
  assert.deepEqual(uses('the CIW HMI team'), ['CIW:CIW', 'HMI:HMI']);
});

test('uses: the short form of a definition is not a use; acronyms inside a long form are', () => {
  const text = 'Care Inspectorate Wales (CIW) and NHS Wales Shared Services Partnership (NWSSP). CIW said.';
  const r = detectAcronyms(text, known);
  assert.deepEqual(r.definitions.map((d) => d.acronym), ['CIW', 'NWSSP']);
  assert.deepEqual(r.uses.map((u) => [u.acronym, u.start]), [['NHS', text.indexOf('NHS')], ['CIW', text.lastIndexOf('CIW')]]);
  const sl = detectAcronyms('CIW (Care Inspectorate Wales) visited.', known);
  assert.deepEqual(sl.uses, []);
});

test('punctuated acronyms', () => {
  const text = 'The C.I.W. and U.K. reports, and J.R.R. Tolkien; e.g. this; C.I.W';
  const r = detectAcronyms(text, known);
  assert.deepEqual(r.punctuated.map((p) => [p.written, p.acronym]), [['C.I.W.', 'CIW'], ['U.K.', 'UK'], ['C.I.W', 'CIW']]);
  assert.deepEqual(r.uses.map((u) => text.slice(u.start, u.end)), ['C.I.W.', 'U.K.', 'C.I.W']);
});

test('config: allow and ignore lists', () => {
  const k = buildKnownAcronyms({ allow: ['XYZ', 'Gwe Cymru'], ignore: ['FOO', 'CIW'] });
  assert.ok(k.allowed.has('XYZ'));
  assert.deepEqual(uses('FOO and XYZ and CIW and Gwe Cymru', k), ['XYZ:XYZ', 'Gwe Cymru:Gwe Cymru']);
  assert.ok(known.allowed.has('UK') && known.allowed.has('NHS') && known.allowed.has('BBC'));
  assert.ok(!known.allowed.has('CIW'));
});

test('findLongForm: written out without its acronym', () => {
  const text = 'The Care and Social Services Inspectorate Wales visited. Later the care and social services   inspectorate wales (CSSIW) wrote to CSSIW (Care and Social Services Inspectorate Wales).';
  const spans = findLongForm(text, 'Care and Social Services Inspectorate Wales', 'CSSIW');
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Care and Social Services Inspectorate Wales']);
  assert.deepEqual(findLongForm("Care Inspectorate Wales's report", 'Care Inspectorate Wales', 'CIW').length, 1);
  // Not across a sentence.
  assert.deepEqual(findLongForm('Care Inspectorate. Wales is', 'Care Inspectorate Wales', 'CIW'), []);
  // "&" is "and"; hyphen and space are the same.
  assert.equal(findLongForm('the Fire and Rescue Services and Multi Agency Safeguarding Hub', 'Multi-Agency Safeguarding Hub', 'MASH').length, 1);
});

test('long-form matcher: many long forms at once, Welsh forms, longest match', () => {
  const m = createLongFormMatcher([
    { acronym: 'CI', longForms: ['Care Inspectorate'] },
    { acronym: 'CIW', longForms: ['Care Inspectorate Wales', 'Arolygiaeth Gofal Cymru'] },
    { acronym: 'AGC', longForms: ['Arolygiaeth Gofal Cymru'] },
  ]);
  const text = 'Care Inspectorate Wales and the Care Inspectorate; Arolygiaeth Gofal Cymru (AGC).';
  const found = m.find(text).map((x) => [x.acronym, text.slice(x.start, x.end), x.withAcronym]);
  assert.deepEqual(found, [
    ['CIW', 'Care Inspectorate Wales', false],
    ['CI', 'Care Inspectorate', false],
    ['CIW', 'Arolygiaeth Gofal Cymru', true],
  ]);
  const fromGlossary = longFormMatcherFromKnown(known);
  assert.ok(fromGlossary.size > 100);
  assert.deepEqual(fromGlossary.findWithoutAcronym('Deprivation of Liberty Safeguards were late').map((x) => x.acronym), ['DoLS']);
});

/** Generated report prose with definitions, uses and noise. */
function prose(words: number): string[] {
  const sentences = [
    'Care Inspectorate Wales (CIW) reviewed 14 cases and found that CIW’s concerns were addressed.',
    'The Multi-Agency Safeguarding Hub (MASH) received 2,629 contacts, of which 23% progressed to assessment.',
    'Arrangements under Deprivation of Liberty Safeguards (DoLS) have a backlog of 78 applications.',
    'Staff MUST record the views of LACs; NOTE that Part II of the plan (see below) was late.',
    'Work with CAMHS is well co-ordinated, and ADSS Cymru and Ofsted were consulted in 2019 (2019).',
    'Arolygiaeth Gofal Cymru (AGC) a’r awdurdod lleol yng Nghymru; the C.I.W. report was published.',
    'Independent Reviewing Officers told us their caseloads were manageable, with some holding more than 16 cases.',
  ];
  const blocks: string[] = [];
  let n = 0;
  let i = 0;
  while (n < words) {
    const para: string[] = [];
    for (let k = 0; k < 5; k++) {
      const s = sentences[i++ % sentences.length];
      para.push(s);
      n += s.split(' ').length;
    }
    blocks.push(para.join(' '));
  }
  return blocks;
}

test('linearity: 10k vs 100k words (reported, loosely bounded)', () => {
  const small = prose(10_000);
  const large = prose(100_000);
  const time = (blocks: string[]) => {
    let best = Infinity;
    for (let rep = 0; rep < 3; rep++) {
      const t = performance.now();
      for (const b of blocks) detectAcronyms(b, known);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  time(small); // warm up
  const a = time(small);
  const b = time(large);
  console.log(`detectAcronyms: 10k words ${a.toFixed(1)} ms, 100k words ${b.toFixed(1)} ms, ratio ${(b / a).toFixed(1)}`);
  // One huge block is linear too (no quadratic scans).
  const one = large.join(' ');
  const t = performance.now();
  const r = detectAcronyms(one, known);
  const oneMs = performance.now() - t;
  // Timings are logged only (npm test asserts no time; npm run bench measures).
  console.log(`detectAcronyms: 100k words as one block ${oneMs.toFixed(1)} ms, ${r.uses.length} uses, ${r.definitions.length} definitions`);
  assert.ok(r.uses.length > 0);
});
