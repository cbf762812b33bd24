// Acronyms as real published reports write them (issue 13, item 3), and fixes that never damage
// text (issue 15, points 11 to 13).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectAcronyms, findDefinitions } from '../../server/src/engine/acronyms/detect';
import { sameLongForm, sameLongFormOrExtended } from '../../server/src/engine/acronyms/analysis';
import { builtinKnownAcronyms, parseGlossaryFile } from '../../server/src/engine/glossary';
import { titleSpells } from '../../server/src/engine/acronyms/words';
import { fixAll, lint } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/edits';
import { parseConfig } from '../../server/src/engine/configure';
import { rules } from '../../server/src/engine/rules/index';
import { defineRule } from '../../server/src/engine/rule';

const known = builtinKnownAcronyms();
const draft = (body: string) => `---\ntemplate: generic\n---\n\n# Report\n\n## Summary\n\n${body}\n\n## Findings\n\nThe inspection took place in March.\n`;

function defs(text: string): [string, string, string, boolean][] {
  return findDefinitions(text, known).map((d) => [text.slice(d.shortStart, d.shortEnd), d.longForm, d.pattern, !!d.loose]);
}

const uses = (text: string) => detectAcronyms(text, known).uses.map((u) => u.acronym);

function findingsOf(text: string, ruleId: string, config = parseConfig('', '/ws/.inspection-reports.yaml'), host?: { readFile(p: string): string | undefined }) {
  return lint({ text, config, host }).findings.filter((f) => f.ruleId === ruleId);
}

test('definitions as writers write them: back to front, own word order, own words, known as, quoted', () => {
  assert.deepEqual(defs("Together with (HMICFRS) Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services, we went."), [
    ['HMICFRS', "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services", 'short-long', false],
  ]);
  assert.deepEqual(defs('Children looked after (LAC) were seen.'), [['LAC', 'Children looked after', 'long-short', true]]);
  assert.deepEqual(defs('the early intervention in psychosis service (EIP) was praised'), [['EIP', 'early intervention in psychosis service', 'long-short', false]]);
  assert.deepEqual(defs('a multi-agency referral hub (MASH) for Slough'), [['MASH', 'a multi-agency referral hub', 'long-short', true]]);
  assert.deepEqual(defs('The Family Support Service, known as FSS, is new.'), [['FSS', 'The Family Support Service', 'long-short', true]]);
  assert.deepEqual(defs('Designated officer (known locally as LADO) capacity'), [['LADO', 'Designated officer', 'long-short', true]]);
  assert.deepEqual(defs("Children in Care Council ('CiCC') members"), [['CiCC', 'Children in Care Council', 'long-short', false]]);
  assert.deepEqual(defs('the ‘KEEPS’ (Keeping foster parents and carers supported) programme'), [['KEEPS', 'Keeping foster parents and carers supported', 'short-long', true]]);
  assert.deepEqual(defs('The DCS (appointed in 2017) met us.'), [], 'an aside, not an explanation');
  // A glossary acronym after unrelated words cites a source; a bracket after a number or an acronym defines nothing.
  assert.deepEqual(defs('Performance information: complaints were out of date (CIW).'), []);
  assert.deepEqual(defs('In 2019 (CIW) and the LSCB (BSCB) met.'), []);
  // The domain-free extractor (the abbreviation corpora) reads none of the writer's forms.
  assert.deepEqual(findDefinitions('a multi-agency referral hub (MASH) for Slough'), []);
});

test('not acronyms: postcodes, reference numbers, names used as names, section references', () => {
  assert.deepEqual(uses('The office is at Carmarthen SA31 3BT, reference SC123456, file RP12345.'), []);
  assert.deepEqual(uses('CO2 levels and the S47 enquiry'), ['CO2', 'S47']);
  assert.deepEqual(uses('[^3]: Source: ONS Mid-Year 2013. The ‘REACH’ service met the NSCB.'), ['NSCB'], 'a cited source and a quoted name');
  assert.deepEqual(uses('Staff use ‘QA drop in’ sessions and a ‘health MOT’; the ‘LADO meeting’ and ‘a long quoted phrase with the MOT in it’ count.'), ['LADO', 'MOT'], 'a short quoted term; not a glossary acronym, nor a long quotation');
  assert.deepEqual(uses('Lead inspector: Jane Smith HMI. Team: Chris Sands SHMI, Ali Mekki AI and the LSCB.'), ['HMI', 'LSCB'], 'HMI is known (a name, needing no definition); SHMI and AI are titles');
  const text = draft('Ofsted, Estyn and Cafcass inspected with HMI Probation. Young people take GCSEs, see their GP and were accommodated under s20. The council works toward UNICEF accreditation.');
  assert.deepEqual(findingsOf(text, 'undefined-acronym').map((f) => f.message), []);
  // A child's initials naming a review of the child's case; an acronym of a body or a topic before "review" is still one.
  assert.deepEqual(uses('Learning from the HK serious case review, and the serious case review in respect of JB, reached the LSCB case review group and the CSE case review.'), ['LSCB', 'CSE']);
  assert.deepEqual(uses('The HK team and the AB review met.'), ['HK', 'AB'], 'initials only where they name a case review');
});

test('an ordinary word in capitals is a name, unless the glossary or the report shows it is an acronym', () => {
  const names = draft('The PAUSE programme and the HOPE virtual school work with Bromley MIND and the REACH team; the NEET figures fell.');
  assert.deepEqual(findingsOf(names, 'undefined-acronym').map((f) => names.slice(f.start, f.end)), ['NEET'], 'PAUSE, HOPE, MIND and REACH are names; NEET is no word');
  // The glossary knows SEND; the report writes out the words MACE stands for (its definition was lost).
  const acronyms = draft('The SEND reforms began. The multi-agency child exploitation panel met, and the MACE panel reviews cases.');
  assert.deepEqual(findingsOf(acronyms, 'undefined-acronym').map((f) => acronyms.slice(f.start, f.end)), ['SEND', 'MACE']);
  // "and" inside a long form gives a letter (SEAM); an article or "or" does not, so chance words spell no POD or SMART.
  const more = draft('The sexual exploitation and missing panel met; the SEAM panel is new. Staff keep a process or documentation of PODs, maintain a register of those plans and write SMARTer plans.');
  assert.deepEqual(findingsOf(more, 'undefined-acronym').map((f) => more.slice(f.start, f.end)), ['SEAM']);
});

test("the writer's own words before a glossary acronym define it when the sentence goes on; at a clause's end they cite a source", () => {
  assert.deepEqual(defs('The out-of-hours service (EDT) responds effectively.'), [['EDT', 'The out-of-hours service', 'long-short', true]]);
  assert.deepEqual(defs('the pre-proceedings work (PLO) and how permanence is tracked'), [['PLO', 'the pre-proceedings work', 'long-short', true]]);
  assert.deepEqual(defs('Performance information: complaints were out of date (CIW), and late.'), []);
  assert.deepEqual(defs('The ChAD (children’s advice and duty service) model helps families.'), [['ChAD', 'children’s advice and duty service', 'short-long', true]]);
  // A phrase that names something (no verb, no person's name) glosses the acronym even at a sentence's end.
  assert.deepEqual(defs('There is support for social workers in their first year of qualification (ASYE).'), [['ASYE', 'in their first year of qualification', 'long-short', true]]);
  assert.deepEqual(defs('Lead inspector: Karen Wareing (HMI)'), [], "a person's name and title, not a gloss");
  assert.deepEqual(defs('Performance information: the complaints were out of date (CQC).'), [], 'a statement citing its source');
});

test('a report title that spells an acronym out names the report, when every word of it counts', () => {
  assert.equal(titleSpells('Inspection of Walsall local authority children’s services', 'ILACS'), true, 'a name written into it is passed over');
  assert.equal(titleSpells('Inspection of Swindon Borough Council local authority children’s services', 'ILACS'), true);
  assert.equal(titleSpells('Inspection of Walsall local authority children’s services', 'LAC'), false, '"services" is left over');
  assert.equal(titleSpells('Walsall Council', 'WC'), false, 'two letters match by chance');
});

test('a name in a bracket after its long form, and two acronyms joined by a slash, are definitions that no fix drops', () => {
  assert.deepEqual(defs('the regional adoption agency (Adoption West RAA) helps'), [['RAA', 'regional adoption agency', 'long-short', true]]);
  assert.deepEqual(defs('co-ordinated action against domestic abuse (CAADA DASH) tools'), [['CAADA', 'co-ordinated action against domestic abuse', 'long-short', true]]);
  assert.deepEqual(defs('the Health and Wellbeing Board/Local Safeguarding Children Board (HWB/LSCB) met'), [
    ['HWB', 'Health and Wellbeing Board', 'long-short', true],
    ['LSCB', 'Local Safeguarding Children Board', 'long-short', true],
  ]);
  const text = draft('The regional adoption agency (Adoption West RAA) helps. The Health and Wellbeing Board/Local Safeguarding Children Board (HWB/LSCB) met.');
  assert.deepEqual(findingsOf(text, 'acronym-unused'), [], 'the bracket names a body, or holds two acronyms: dropping it would cut the text');
});

test('not reported as undefined: numbered labels, author-date citations, acronyms used only in footnotes', () => {
  const text = draft('Pupils at KS2 and the C2C council did well (HMRC 2014). The DfE figures[^1] rose; the LSCB met.\n\n[^1]: ONS School and Pupil Numbers 2016');
  assert.deepEqual(findingsOf(text, 'undefined-acronym').map((f) => text.slice(f.start, f.end)), ['DfE', 'LSCB']);
});

test('"ACR (long form)" in running text is not "never used again"; a hyphenated acronym used later as written is used', () => {
  const text = draft('The CURB (Connect, Unite, Resist, Begin) programme works. The integrated assessment and referral (i-ART) team met, and the i-ART took calls. The Youth Offending Team (YOT) met.');
  assert.deepEqual(findingsOf(text, 'acronym-unused').map((f) => text.slice(f.start, f.end)), ['YOT']);
  assert.deepEqual(findingsOf(text, 'undefined-acronym'), [], 'the later "i-ART" is not an undefined ART');
});

test('a name used as a name is not "never used again"; an ordinary acronym is', () => {
  const text = draft('The Children and Family Court Advisory and Support Service (Cafcass) and the Youth Offending Team (YOT) met us.');
  assert.deepEqual(findingsOf(text, 'acronym-unused').map((f) => text.slice(f.start, f.end)), ['YOT']);
});

test('a variant spelling of a defined acronym is that acronym: another case, a plural in capitals', () => {
  const text = draft('The Children in Care Council (CiCC) met us. The CICC chair spoke. Personal education plans (PEPs) were read; the PEPS improved.');
  assert.deepEqual(findingsOf(text, 'undefined-acronym').map((f) => f.message), []);
});

test('long forms that differ only by number, possessive, case, hyphen, comma, "and" or an added word are the same', () => {
  assert.ok(sameLongForm('Independent Fostering Agencies', 'independent fostering agency'));
  assert.ok(sameLongForm("Local Safeguarding Children's Board", 'Local Safeguarding Children Board'));
  assert.ok(sameLongForm('Child in Care Council', 'Children in Care Council'));
  assert.ok(sameLongForm('Fire & Rescue', 'fire and rescue'));
  assert.ok(sameLongForm('Multi Agency Safeguarding Hub', 'multi-agency, safeguarding hub'));
  assert.ok(!sameLongForm('Joint Strategic Needs Assessment', 'Joint Strategic Needs Analysis'));
  assert.ok(sameLongFormOrExtended('children abused through exploitation team', 'children abused through exploitation'));
  assert.ok(!sameLongFormOrExtended('Merton Local Safeguarding Children Board', 'Merton Safeguarding Children Board'));
  assert.ok(sameLongFormOrExtended('Bury Local Safeguarding Children Board', 'Bury Safeguarding Children Board', 'BSCB'));
  assert.ok(!sameLongFormOrExtended('targeted mental health services', 'targeted adolescent mental health service', 'TAMHS'));
  assert.ok(!sameLongFormOrExtended('Multi-Agency Service Hub', 'multi-agency safeguarding hub', 'MASH'));
  // The words giving the letters, in order, are the same; a word between them or after them is added.
  assert.ok(sameLongFormOrExtended('multi-agency sexual exploitation', 'multi-agency child sexual exploitation meeting', 'MASE'));
  assert.ok(!sameLongFormOrExtended('Blackpool registers attendance panel', 'Blackpool Education Registers Attendance', 'BERA'));
  assert.ok(!sameLongFormOrExtended('Multi-agency Child Sexual Exploitation group', 'Missing and Child Sexual Exploitation', 'MACSE'));
});

test('a definition spelt out again in a new section is house style; again in the same section is reported', () => {
  const text = `---\ntemplate: generic\n---\n\n# Report\n\n## Summary\n\nThe Youth Offending Team (YOT) met us. The YOT works well.\n\n## Findings\n\nThe Youth Offending Team (YOT) was visited. Then the Youth Offending Team (YOT) met again.\n`;
  const found = findingsOf(text, 'acronym-redefined');
  assert.equal(found.length, 1);
  assert.ok(text.slice(found[0].start).startsWith('Youth Offending Team (YOT) met again'));
  // A line holding only the definition is a title starting a part (a heading written as a paragraph).
  const titled = `---\ntemplate: generic\n---\n\n# Report\n\n## Findings\n\nThe Youth Offending Team (YOT) met us. The YOT works well.\n\nThe Youth Offending Team (YOT)\n\nThe YOT is good.\n`;
  assert.deepEqual(findingsOf(titled, 'acronym-redefined'), []);
  const heading = `---\ntemplate: generic\n---\n\n# Report\n\n## The Local Safeguarding Children Board (LSCB)\n\nThe board is good.\n`;
  assert.deepEqual(findingsOf(heading, 'acronym-unused'), [], 'a heading that is the definition alone names its part');
  // Written out again after about five pages (2,500 words) without the acronym: a reminder. Closer, or used in between: a repetition.
  const filler = (words: number) => Array.from({ length: words / 10 }, () => 'Social workers visit children regularly and record their views with care.').join(' ');
  const far = `---\ntemplate: generic\n---\n\n# Report\n\n## Findings\n\nThe Youth Offending Team (YOT) met us.\n\n${filler(2600)}\n\nThe Youth Offending Team (YOT) met again. The YOT is good.\n`;
  assert.deepEqual(findingsOf(far, 'acronym-redefined'), []);
  const near = far.replace(filler(2600), filler(2000));
  assert.equal(findingsOf(near, 'acronym-redefined').length, 1);
  const usedBetween = far.replace(filler(2600), `${filler(1300)} The YOT helps. ${filler(1300)}`);
  assert.equal(findingsOf(usedBetween, 'acronym-redefined').length, 1);
});

// Issue 15, point 11.
test('acronym-punctuation keeps the full stop that ends a sentence, and plurals and possessives', () => {
  const fixed = (body: string) => {
    const text = draft(body);
    const edits = findingsOf(text, 'acronym-punctuation').map((f) => f.fixes![0].edits[0]);
    return applyEdits(text, edits).slice(text.indexOf(body));
  };
  assert.ok(fixed('The inspectors met the C.I.W. Next day they left.').startsWith('The inspectors met the CIW. Next day they left.'));
  assert.ok(fixed('They wrote to the C.I.W.\n').startsWith('They wrote to the CIW.\n'));
  assert.ok(fixed('Two C.I.W.s and the C.I.W.\'s view (see C.I.W.) mattered.').startsWith("Two CIWs and the CIW's view (see CIW) mattered."));
});

// Issue 15, point 12.
test('glossary expansions: line breaks refused at load time, Markdown escaped when pasted', () => {
  const parsed = parseGlossaryFile('/ws/g.yaml', '- acronym: XYZ\n  expansion: "X\\n# Heading"\n- acronym: PQR\n  expansion: Plans | Quality * Reviews\n');
  assert.deepEqual(parsed.entries.map((e) => e.acronym), ['PQR']);
  assert.match(parsed.errors[0].message, /"XYZ" has a line break/);
  const files: Record<string, string> = { '/ws/g.yaml': '- acronym: PQR\n  expansion: Plans | Quality * Reviews\n' };
  const config = parseConfig('glossaries: [g.yaml]\n', '/ws/.inspection-reports.yaml');
  // Used again (the second row): "Long Form (PQR)"; used once: the long form alone. Both escaped.
  for (const [rows, newText] of [
    ['| PQR | weekly |\n| PQR board | monthly |', 'Plans \\| Quality \\* Reviews (PQR)'],
    ['| PQR | weekly |', 'Plans \\| Quality \\* Reviews'],
  ]) {
    const text = draft(`| Team | Notes |\n|---|---|\n${rows}`);
    const [finding] = findingsOf(text, 'undefined-acronym', config, { readFile: (p) => files[p] });
    assert.equal(finding.fixes![0].edits[0].newText, newText);
    const after = applyEdits(text, finding.fixes![0].edits);
    assert.equal(after.split('\n').find((l) => l.includes('Quality'))!.split(/(?<!\\)\|/).length, 4, `the table row keeps its two cells: ${newText}`);
  }
  // In a heading the pasted expansion is escaped and stays the heading's text; in a link's text no
  // expansion is pasted at all (the only fix there adds the acronym to the allow list).
  const glossed: Record<string, string> = { '/ws/g2.yaml': '- acronym: PQR\n  expansion: Plans [Quality] * Reviews\n' };
  const config2 = parseConfig('glossaries: [g2.yaml]\n', '/ws/.inspection-reports.yaml');
  const host = { readFile: (p: string) => glossed[p] };
  const heading = draft('### The PQR team');
  const [inHeading] = findingsOf(heading, 'undefined-acronym', config2, host);
  const fixedHeading = applyEdits(heading, inHeading.fixes![0].edits);
  assert.match(fixedHeading, /^### The Plans \\\[Quality\\\] \\\* Reviews team$/m);
  assert.equal(lint({ text: fixedHeading, config: config2, host }).model.sections.length, lint({ text: heading, config: config2, host }).model.sections.length, 'no heading added or lost');
  const link = draft('See [the PQR guide](https://example.org/pqr) for more.');
  const [inLink] = findingsOf(link, 'undefined-acronym', config2, host);
  assert.deepEqual(inLink.fixes!.flatMap((f) => f.edits), [], 'nothing is pasted into link text');
});

test('fix-all stops, with a message, when a pass leaves the same findings to fix', () => {
  // A fix that brings its own finding back (as a pasted heading did, before expansions were
  // escaped and refused): every pass would add another line. A stand-in rule, removed afterwards.
  const growing = defineRule({
    id: 'test-growing-fix', description: 'A fix that never settles.', defaultSeverity: 'info', tags: [], fixable: true, options: {}, docs: '',
    check(model, ctx) {
      ctx.report({ start: 0, end: 0, message: 'Always here.', fixes: [{ title: 'Add a line', isPreferred: true, edits: [{ start: model.text.length, end: model.text.length, newText: '\n# Heading\n' }] }] });
    },
  });
  rules.push(growing);
  try {
    const text = draft('The inspection took place.');
    const result = fixAll({ text, config: parseConfig('', '/ws/.inspection-reports.yaml') });
    assert.equal(result.text, text, 'the pass that did not help is undone');
    assert.match(result.stopped ?? '', /pass 1 left the same findings to fix as before it \("test-growing-fix: Always here\."\)/);
  } finally {
    rules.splice(rules.indexOf(growing), 1);
  }
});

// Issue 15, point 13.
test('the undefined-acronym fix never nests or doubles brackets, and keeps a plural or possessive', () => {
  const firstFix = (body: string) => findingsOf(draft(body), 'undefined-acronym')[0]?.fixes?.find((f) => f.title.startsWith('Spell out'))?.edits[0].newText;
  assert.equal(firstFix('Children looked after (LAC) were seen. LAC reviews are monthly.'), undefined, 'a definition in the writer\'s word order');
  assert.equal(firstFix('Records (see IRO notes) were read.'), undefined, 'inside a bracket');
  assert.equal(firstFix('The IRO (the reviewing officer) met us.'), undefined, 'a bracket follows');
  // Used again later: "Long Form (ACR)", the plural inside the bracket, the possessive on the long form.
  assert.equal(firstFix('Two IROs met us. The IRO chaired reviews.'), 'Independent Reviewing Officer (IROs)');
  assert.equal(firstFix("The IRO's report was read. The IRO chaired reviews."), "Independent Reviewing Officer's (IRO)");
  // Used again, the same guards: inside a bracket, or a bracket follows, no fix.
  assert.equal(firstFix('Records (see IRO notes) were read. The IRO chaired reviews.'), undefined, 'inside a bracket, used again');
  assert.equal(firstFix('The IRO (the reviewing officer) met us. The IRO chaired reviews.'), undefined, 'a bracket follows, used again');
});

// Issue 16, point 12: a fix must not cause a new finding. An acronym not used again is not
// introduced ("Long Form (ACR)" would be acronym-unused): the fix writes the long form alone.
test('the undefined-acronym fix writes the long form alone when the acronym is not used again', () => {
  const finding = (body: string) => findingsOf(draft(body), 'undefined-acronym')[0];
  const firstFix = (body: string) => finding(body)?.fixes?.find((f) => f.title.startsWith('Spell out'))?.edits[0].newText;
  assert.equal(firstFix('The IRO met us.'), 'Independent Reviewing Officer');
  assert.equal(firstFix("The IRO's report was read."), "Independent Reviewing Officer's", 'a possessive stays on the long form');
  assert.equal(firstFix('Two IROs met us.'), undefined, 'a plural long form is not always the last word plus "s": no fix');
  assert.equal(firstFix('Records (see IRO notes) were read.'), undefined, 'inside a bracket');
  assert.match(finding('The LADO was told.').message, /^"LADO" is used but never defined, and not used again: write it out in full, "Local Authority Designated Officer"\.$/);
  assert.match(finding('The LADO was told. The LADO agreed.').message, /spell it out at its first use, "Local Authority Designated Officer \(LADO\)"\.$/);
  // The long form written out earlier: the preferred fix adds the acronym there, and the message says so first.
  const pointed = finding('The Local Authority Designated Officer was told. The LADO agreed.');
  assert.equal(pointed.message, '"LADO" is used but never defined. The long form "Local Authority Designated Officer" is written out at line 9 without "(LADO)": add it there, or write the long form here.');
  assert.deepEqual(pointed.fixes!.filter((f) => f.edits.length).map((f) => [f.title, f.isPreferred]), [
    ['Add "(LADO)" after "Local Authority Designated Officer" at line 9', true],
    ['Spell out in full: "Local Authority Designated Officer"', false],
  ]);
  // Written out only after the first use: adding the acronym there would leave the use before its definition.
  const after = finding('The LADO agreed. The Local Authority Designated Officer was told.');
  assert.deepEqual(after.fixes!.filter((f) => f.edits.length).map((f) => f.title), ['Spell out in full: "Local Authority Designated Officer"']);
  // A use in a variant spelling counts: once PEP is defined, "PEPS" joins it.
  assert.equal(firstFix('A PEP was written. Two PEPS were late.'), 'Personal Education Plan (PEP)');
  for (const body of ['The LADO was told.', 'The LADO was told. The LADO agreed.', 'The Local Authority Designated Officer was told. The LADO agreed.', 'The LADO agreed. The Local Authority Designated Officer was told.', "The IRO's report was read.", 'A PEP was written. Two PEPS were late.', 'The XQZ team met. The XQZ team left.']) {
    const text = draft(body);
    const before = lint({ text, config: parseConfig('', '/ws/.inspection-reports.yaml') }).findings;
    for (const fix of findingsOf(text, 'undefined-acronym').flatMap((f) => f.fixes ?? []).filter((f) => f.edits.length)) {
      const after = lint({ text: applyEdits(text, fix.edits), config: parseConfig('', '/ws/.inspection-reports.yaml') }).findings;
      assert.deepEqual(after.filter((f) => f.ruleId !== 'undefined-acronym').map((f) => f.ruleId), before.filter((f) => f.ruleId !== 'undefined-acronym').map((f) => f.ruleId), `"${fix.title}" on ${JSON.stringify(body)}`);
    }
  }
});

// Issue 16, point 11: one acronym, one advice. "I.R.O." is written "IRO" by acronym-punctuation,
// and by every other acronym rule's message and fix too.
test('an acronym written with full stops: every acronym rule advises and fixes it without them', () => {
  const config = parseConfig('', '/ws/.inspection-reports.yaml');
  const text = draft('Each child met their I.R.O. Reviews were on time. The I.R.O. service is well led.');
  const findings = lint({ text, config }).findings;
  const undefinedOne = findings.find((f) => f.ruleId === 'undefined-acronym')!;
  assert.equal(undefinedOne.message, '"I.R.O." is used but never defined: spell it out at its first use, "Independent Reviewing Officer (IRO)".');
  const punctuation = findings.find((f) => f.ruleId === 'acronym-punctuation' && f.start === undefinedOne.start)!;
  assert.equal(punctuation.message, 'Write "IRO" without full stops.');
  // The spell-out writes "IRO", keeps the full stop that ended the sentence, and settles both findings at the first use.
  const spelled = applyEdits(text, undefinedOne.fixes![0].edits);
  assert.ok(spelled.includes('Each child met their Independent Reviewing Officer (IRO). Reviews were on time.'), spelled);
  const after = lint({ text: spelled, config }).findings;
  assert.deepEqual(after.filter((f) => f.ruleId.startsWith('acronym') || f.ruleId === 'undefined-acronym').map((f) => [f.ruleId, spelled.slice(f.start, f.end)]), [['acronym-punctuation', 'I.R.O.']]);
  // Whichever fix comes first, "fix all" ends with the same text.
  const dotsFirst = applyEdits(text, punctuation.fixes![0].edits);
  const thenSpelled = lint({ text: dotsFirst, config }).findings.find((f) => f.ruleId === 'undefined-acronym')!;
  assert.equal(applyEdits(dotsFirst, thenSpelled.fixes![0].edits).slice(0, spelled.indexOf('The I.R.O.')), spelled.slice(0, spelled.indexOf('The I.R.O.')));
  assert.equal(fixAll({ text, config }).text, draft('Each child met their Independent Reviewing Officer (IRO). Reviews were on time. The IRO service is well led.'));
  // A definition written after its first use, and a second definition in the same section: the fixes write "IRO".
  const late = draft('We met the I.R.O. first. The Independent Reviewing Officer (I.R.O.) chairs reviews. The Independent Reviewing Officer (I.R.O.) agreed. The IRO left.');
  const lateFindings = lint({ text: late, config }).findings;
  const before = lateFindings.find((f) => f.ruleId === 'acronym-before-definition')!;
  assert.deepEqual(before.fixes![0].edits.map((e) => e.newText), ['Independent Reviewing Officer (IRO)', 'IRO']);
  const again = lateFindings.find((f) => f.ruleId === 'acronym-redefined')!;
  assert.match(again.message, /use "IRO" alone here\.$/);
  assert.deepEqual(again.fixes![0].edits.map((e) => e.newText), ['IRO']);
});

// Found by applying every acronym fix to the published reports (test/engine/acronym-fixes-real.test.ts).
test('the acronym-unused and acronym-inconsistent-expansion fixes do not cause a new finding', () => {
  const config = parseConfig('', '/ws/.inspection-reports.yaml');
  // Used before a definition that no later sentence uses: acronym-before-definition reports it and
  // moves the definition; acronym-unused is silent (dropping the acronym would leave the earlier uses undefined).
  // (A heading that is the definition alone is not reported at all: a title names its part.)
  const late = draft('The LSCB chair met us. The LSCB is active.\n\n## The board\n\nThe Local Safeguarding Children Board (LSCB) is good.');
  const lateFindings = lint({ text: late, config }).findings;
  assert.equal(lateFindings.filter((f) => f.ruleId === 'acronym-unused').length, 0);
  assert.equal(lateFindings.filter((f) => f.ruleId === 'acronym-before-definition').length, 1);
  const plain = draft('The Regional Partnership Board (RPB) meets.');
  assert.deepEqual(lint({ text: plain, config }).findings.find((f) => f.ruleId === 'acronym-unused')!.fixes!.map((f) => f.edits[0].newText), ['Regional Partnership Board']);
  // Defined with another long form earlier in the same section: the first long form again would be a
  // redefinition there, so the fix leaves the acronym alone; in another section it uses the first long form.
  const body = 'The Missing and Child Sexual Exploitation (MACSE) sub-group meets. A worker attends the Multi-agency Child Sexual Exploitation group (MACSE) weekly. MACSE reports monthly.';
  for (const [text, newText] of [
    [draft(body), 'MACSE'],
    [draft(body.replace('. A worker', '.\n\n## Partners\n\nA worker')), 'Missing and Child Sexual Exploitation'],
  ]) {
    const finding = lint({ text, config }).findings.find((f) => f.ruleId === 'acronym-inconsistent-expansion')!;
    assert.equal(finding.fixes![0].edits[0].newText, newText);
    const after = lint({ text: applyEdits(text, finding.fixes![0].edits), config }).findings;
    assert.deepEqual(after.filter((f) => f.ruleId.startsWith('acronym')).map((f) => f.ruleId), [], `after "${finding.fixes![0].title}"`);
  }
});
