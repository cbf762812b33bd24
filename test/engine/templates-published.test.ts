// The CIW, JICPA, CQC and Estyn templates against the headings of reports their inspectorates
// published (headings only, quoted as published, each with the address it was read from).
// A published sequence must raise no required-section or section-order finding; the same
// sequence with a required section taken out must raise required-section naming it.
// Where only the start of a report could be read, the test says so and checks that start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { builtinTemplates } from '../../server/src/engine/templates/builtin';
import { compileTemplate } from '../../server/src/engine/templates/match';

const STRUCTURE_RULES = new Set(['required-section', 'section-order']);

/** A report with these headings (level 2 unless given as [level, text]), each with one line of text. */
function report(template: string, title: string, headings: (string | [number, string])[]): string {
  const body = headings.map((h) => {
    const [level, text] = typeof h === 'string' ? [2, h] : h;
    return `${'#'.repeat(level)} ${text}\n\nInspectors read the records and spoke with people.\n`;
  });
  return `---\ntemplate: ${template}\n---\n\n# ${title}\n\n${body.join('\n')}`;
}

function structureFindings(text: string): string[] {
  return lint({ text, assumeReport: true })
    .findings.filter((f) => STRUCTURE_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${f.message}`);
}

const templateById = (id: string) => builtinTemplates.find((t) => t.id === id)!;

interface Published {
  template: string;
  address: string;
  title: string;
  headings: (string | [number, string])[];
}

// Complete heading sequences as published.
const COMPLETE: Published[] = [
  {
    template: 'jicpa',
    address: 'https://www.careinspectorate.wales/joint-inspectorate-review-child-protection-arrangements-jicpa-neath-port-talbot-2021',
    title: 'Joint Inspectorate Review of Child Protection Arrangements (JICPA): Neath Port Talbot, 2021',
    headings: ['Key strengths', 'Areas for development'],
  },
  {
    template: 'estyn-school',
    // Seen: "Summary", "Recommendations", "Main findings", "1: Standards" (judged "Excellent").
    // Areas 2 to 5 are named and ordered as in Estyn's list of the 2017 inspection areas
    // (https://www.estyn.gov.wales/changes-inspection-arrangements-september-2017), numbered as area 1 is.
    address: 'https://fdocuments.net/document/a-report-on-y-pant-comprehensive-school-cf72-8yq.html',
    title: 'A report on Y Pant Comprehensive School',
    headings: [
      'Summary',
      'Recommendations',
      'Main findings',
      [3, '1: Standards'],
      [3, '2: Wellbeing and attitudes to learning'],
      [3, '3: Teaching and learning experiences'],
      [3, '4: Care, support and guidance'],
      [3, '5: Leadership and management'],
    ],
  },
  {
    template: 'cqc',
    // Seen: "Ratings" (a table whose rows are "Overall rating for this service" and "Is the
    // service safe?" ... "Is the service well-led?"), then "Overall summary". The key question
    // sections are headed in the words of the report's own ratings table.
    address: 'https://huggingface.co/datasets/yubo2333/MMLongBench-Doc/resolve/5782a5bd7dc5d04fcacaae8a83a0f86b0c0a70ba/documents/379f44022bb27aa53efd5d322c7b57bf.pdf',
    title: 'The Limes Residential Home',
    headings: [
      'Ratings',
      'Overall summary',
      'Is the service safe?',
      'Is the service effective?',
      'Is the service caring?',
      'Is the service responsive?',
      'Is the service well-led?',
    ],
  },
];

// Reports of which only the first headings could be read: those headings must be recognised
// and in order, and only sections after them may be reported missing.
const OPENINGS: (Published & { missingAfter: string[] })[] = [
  {
    template: 'ciw-regulated-service',
    address: 'https://vdocuments.site/adroddiad-arolygu-ar-gyfer.html',
    title: 'Adroddiad Arolygu ar gyfer Cartref Gofal Plas Newydd',
    // "Ynglŷn â Chartref Gofal Plas Newydd" names the service, so it matches no fixed heading:
    // About the service is optional for that reason.
    headings: ['Ynglŷn â Chartref Gofal Plas Newydd', 'Crynodeb'],
    missingAfter: ['Well-being', 'Care and support', 'Leadership and management', 'Summary of non-compliance', 'Date published'],
  },
  {
    template: 'cqc',
    address: 'https://www.cqc.org.uk/location/1-114997632/inspection-summary',
    title: 'Meadow Lodge',
    headings: ['Overall summary & rating', [3, 'About the service'], [3, 'People’s experience of using this service and what we found']],
    missingAfter: ['Safe', 'Effective', 'Caring', 'Responsive', 'Well-led'],
  },
];

for (const p of COMPLETE) {
  test(`${p.template}: the headings of "${p.title}" raise no structure finding`, () => {
    assert.deepEqual(structureFindings(report(p.template, p.title, p.headings)), [], p.address);
  });

  test(`${p.template}: "${p.title}" without a required section is reported`, () => {
    const compiled = compileTemplate(templateById(p.template));
    let removed = 0;
    p.headings.forEach((h, i) => {
      const heading = typeof h === 'string' ? h : h[1];
      const section = compiled.template.sections[compiled.match(heading)];
      if (!section?.required) return;
      removed++;
      const without = p.headings.filter((_, j) => j !== i);
      assert.deepEqual(
        structureFindings(report(p.template, p.title, without)),
        [`required-section: Missing required section "${section.title}" (template ${p.template}).`],
        `without "${heading}"`,
      );
    });
    assert.ok(removed > 0, 'the sequence has a required section');
  });
}

for (const p of OPENINGS) {
  test(`${p.template}: the opening headings of "${p.title}" are recognised and in order`, () => {
    const findings = structureFindings(report(p.template, p.title, p.headings));
    assert.deepEqual(
      findings,
      p.missingAfter.map((title) => `required-section: Missing required section "${title}" (template ${p.template}).`),
      p.address,
    );
  });
}

test('every CIW, JICPA, CQC and Estyn template is checked against published headings, or said not to be', () => {
  const checked = new Set([...COMPLETE, ...OPENINGS].map((p) => p.template));
  // No published CIW local authority report's heading sequence could be read; their sources say so.
  const unverified = ['ciw-local-authority-children', 'ciw-local-authority-adults'];
  for (const id of ['ciw-regulated-service', 'jicpa', 'cqc', 'estyn-school']) assert.ok(checked.has(id), id);
  for (const id of unverified) assert.match(templateById(id).source, /unverified/, id);
});

test('CIW local authority: a draft without Areas for development is reported', () => {
  for (const id of ['ciw-local-authority-children', 'ciw-local-authority-adults']) {
    const headings: (string | [number, string])[] = ['Summary', 'Introduction', 'Findings', [3, 'People – voice and control'], [3, 'Prevention'], [3, 'Partnerships and integration'], [3, 'Well-being'], 'Next steps'];
    assert.deepEqual(structureFindings(report(id, 'Performance evaluation inspection', headings)), [
      `required-section: Missing required section "Areas for development" (template ${id}).`,
    ]);
  }
});

test('headings seen in published pages match their sections', () => {
  const at = (id: string, heading: string) => {
    const c = compileTemplate(templateById(id));
    return c.template.sections[c.match(heading)]?.id;
  };
  // https://www.careinspectorate.wales/joint-inspectorate-review-child-protection-arrangements-jicpa-newport-december-2019
  assert.equal(at('jicpa', 'Key Strengths'), 'key-strengths');
  // https://www.careinspectorate.wales/joint-inspection-identifies-pembrokeshires-child-protection-strengths-and-challenges-amid-rising
  assert.equal(at('jicpa', 'Key strengths identified'), 'key-strengths');
  // https://www.cqc.org.uk/location/1-114997632/inspection-summary
  assert.equal(at('cqc', 'Overall summary & rating'), 'overall-summary');
  // https://vdocuments.site/adroddiad-arolygu-ar-gyfer.html: the heading names the service, so it
  // cannot match, and About the service is optional.
  assert.equal(at('ciw-regulated-service', 'Ynglŷn â Chartref Gofal Plas Newydd'), undefined);
  assert.equal(templateById('ciw-regulated-service').sections.find((s) => s.id === 'about-the-service')!.required, false);
  // https://fdocuments.net/document/a-report-on-y-pant-comprehensive-school-cf72-8yq.html
  assert.equal(at('estyn-school', '1: Standards'), 'standards');
  assert.equal(compileTemplate(templateById('estyn-school')).matchRating('Excellent'), 'Excellent');
});
