import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinTemplates, genericTemplateId, ratedSectionIds, CIW_RATINGS, OFSTED_RATINGS, CQC_RATINGS } from '../../server/src/engine/templates/builtin';
import {
  checkWorkspaceTemplates,
  compileTemplate,
  normaliseHeading,
  resolveTemplate,
  sectionIdFromTitle,
  templateIds,
  type WorkspaceTemplate,
} from '../../server/src/engine/templates/match';
import type { Template } from '../../server/src/engine/templates/types';

const byId = (id: string): Template => {
  const t = builtinTemplates.find((x) => x.id === id);
  assert.ok(t, `no built-in template ${id}`);
  return t;
};
const ids = (t: Template | undefined) => t?.sections.map((s) => s.id);
const compiled = (id: string) => compileTemplate(byId(id));
const at = (templateId: string, heading: string) => {
  const c = compiled(templateId);
  const i = c.match(heading);
  return i < 0 ? undefined : c.template.sections[i].id;
};

// ---------------------------------------------------------------------------------------
// Built-in templates

test('built-in template ids', () => {
  assert.deepEqual(builtinTemplates.map((t) => t.id).sort(), [
    'ciw-local-authority-adults',
    'ciw-local-authority-children',
    'ciw-regulated-service',
    'cqc',
    'estyn-school',
    'generic',
    'jicpa',
    'ofsted-ilacs',
    'ofsted-sif',
  ]);
  assert.equal(genericTemplateId, 'generic');
  assert.deepEqual(ids(byId('generic')), ['summary', 'findings', 'recommendations']);
});

test('built-in templates are well formed', () => {
  for (const t of builtinTemplates) {
    assert.ok(t.title && t.description && t.source, t.id);
    assert.equal(t.sections[0].level, 2, `${t.id}: first section is level 2`);
    const seen = new Set<string>();
    let previousLevel = 1;
    for (const s of t.sections) {
      const where = `${t.id}/${s.id}`;
      assert.match(s.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, where);
      assert.ok(!seen.has(s.id), `${where} duplicated`);
      seen.add(s.id);
      // Levels 2-3 for most templates; SIF reports nest their judgements deeper (levels 4-5).
      assert.ok(s.level >= 2 && s.level <= 5, `${where}: level ${s.level}`);
      assert.ok(s.level <= previousLevel + 1, `${where}: level jumps`);
      previousLevel = s.level;
      assert.ok(s.title.trim(), where);
      // Guidance becomes a [[...]] placeholder and a snippet default: one line, no brackets, no snippet syntax.
      assert.match(s.guidance, /^[^[\]\n$}\\]+$/, `${where}: guidance`);
      assert.ok(!/[.]$/.test(s.guidance), `${where}: guidance has no final full stop`);
      assert.equal(typeof s.required, 'boolean', where);
      if (s.condition) assert.equal(s.required, false, `${where}: conditional sections are optional`);
    }
    assert.deepEqual(compileTemplate(t).conflicts, [], `${t.id}: two sections share a heading`);
  }
});

test('every title and alias matches its own section', () => {
  for (const t of builtinTemplates) {
    const c = compileTemplate(t);
    t.sections.forEach((s, i) => {
      for (const heading of [s.title, ...s.aliases]) assert.equal(c.match(heading), i, `${t.id}: "${heading}" should match ${s.id}`);
    });
  }
});

test('CIW regulated service: order, optional Environment, ratings, evidence exemptions', () => {
  const t = byId('ciw-regulated-service');
  assert.deepEqual(
    t.sections.map((s) => s.title),
    [
      'About the service',
      'Summary',
      'Well-being',
      'Care and support',
      'Environment',
      'Leadership and management',
      'Summary of non-compliance',
      'Areas where priority action is required',
      'Areas where improvement is required',
      'Date published',
    ],
  );
  assert.match(t.source, /unverified/i);
  const environment = t.sections.find((s) => s.id === 'environment')!;
  assert.equal(environment.required, false);
  assert.match(environment.condition ?? '', /accommodation/);
  assert.deepEqual(t.ratings, ['Excellent', 'Good', 'Requires improvement', 'Requires significant improvement']);
  const exempt = t.sections.filter((s) => s.evidenceExempt).map((s) => s.id);
  assert.deepEqual(exempt, ['about-the-service', 'date-published']);
});

test('CIW local authority: summary, scope, findings with optional level-3 themes, areas for development, next steps', () => {
  for (const id of ['ciw-local-authority-children', 'ciw-local-authority-adults']) {
    const t = byId(id);
    const main = t.sections.filter((s) => s.level === 2 && s.required).map((s) => s.id);
    assert.deepEqual(main, ['summary', 'about-the-inspection', 'findings', 'areas-for-development', 'next-steps'], id);
    const themes = t.sections.filter((s) => s.level === 3);
    assert.deepEqual(
      themes.map((s) => s.id),
      ['people-voice-and-control', 'prevention', 'partnerships-and-integration', 'well-being', 'access', 'assessment', 'care-and-support', 'safeguarding', 'leadership'],
    );
    assert.ok(themes.every((s) => !s.required));
    const findings = t.sections.findIndex((s) => s.id === 'findings');
    assert.equal(t.sections[findings + 1].level, 3, 'themes follow Findings');
    assert.ok(t.sections.find((s) => s.id === 'about-the-inspection')!.evidenceExempt);
    assert.ok(t.sections.find((s) => s.id === 'glossary')!.evidenceExempt);
    assert.equal(t.ratings, undefined, 'CIW local authority inspections are not graded');
  }
});

test('JICPA, ILACS, SIF and CQC structures and scales', () => {
  assert.deepEqual(ids(byId('jicpa'))!.slice(0, 3), ['introduction', 'key-strengths', 'areas-for-development']);
  assert.ok(byId('jicpa').sections[0].evidenceExempt);
  assert.equal(byId('jicpa').sections[0].required, false, 'published JICPA pages open with an unheaded introduction');

  const ilacs = byId('ofsted-ilacs');
  assert.deepEqual(ilacs.ratings, OFSTED_RATINGS);
  assert.deepEqual(OFSTED_RATINGS, ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate']);
  assert.deepEqual(ids(ilacs)!.slice(0, 3), ['judgements', 'overall-effectiveness', 'what-needs-to-improve']);
  for (const judgement of ['help-and-protection', 'children-in-care', 'care-leavers', 'impact-of-leaders']) assert.ok(ids(ilacs)!.includes(judgement));
  assert.match(ilacs.source, /published ILACS reports/);
  // Published ILACS reports give the judgements and overall effectiveness only as table rows.
  assert.equal(ilacs.sections.find((s) => s.id === 'overall-effectiveness')!.required, false);
  assert.equal(ilacs.sections.find((s) => s.id === 'care-leavers')!.required, false);

  const sif = byId('ofsted-sif');
  assert.deepEqual(sif.ratings, OFSTED_RATINGS);
  assert.deepEqual(
    sif.sections.filter((s) => s.level === 2).map((s) => s.title),
    ['Overall judgement', 'Executive summary', 'The local authority', 'The Local Safeguarding Children Board (LSCB)', 'What the inspection judgements mean', 'Information about this inspection'],
  );

  const cqc = byId('cqc');
  assert.deepEqual(cqc.ratings, CQC_RATINGS);
  assert.deepEqual(
    cqc.sections.map((s) => s.title),
    ['Ratings', 'Overall summary', 'Safe', 'Effective', 'Caring', 'Responsive', 'Well-led', 'Action we have told the provider to take'],
  );
  assert.deepEqual(CIW_RATINGS, byId('ciw-regulated-service').ratings);
});

test('rated sections exist in their templates, which have a scale', () => {
  for (const [id, sections] of Object.entries(ratedSectionIds)) {
    const t = byId(id);
    assert.ok(t.ratings?.length, id);
    for (const s of sections) assert.ok(ids(t)!.includes(s), `${id}/${s}`);
  }
});

// ---------------------------------------------------------------------------------------
// Normalisation

test('normaliseHeading: case, whitespace, trailing punctuation, markup', () => {
  assert.equal(normaliseHeading('  Care   and\tSupport : '), 'care and support');
  assert.equal(normaliseHeading('SUMMARY:'), 'summary');
  assert.equal(normaliseHeading('What does the local authority need to improve?'), 'what does the local authority need to improve');
  assert.equal(normaliseHeading('**Summary**'), 'summary');
  assert.equal(normaliseHeading('## Summary ##'), 'summary');
  assert.equal(normaliseHeading('Summary[^1]'), 'summary');
  assert.equal(normaliseHeading('Summary <!-- draft -->'), 'summary');
  assert.equal(normaliseHeading('Summary\u00a0of\u00a0findings'), 'summary of findings');
  assert.equal(normaliseHeading(''), '');
});

test('normaliseHeading: leading numbering', () => {
  for (const h of ['2. Summary', '2 Summary', '2.1 Summary', '2.1. Summary', '10) Summary', '(3) Summary', 'A) Summary', 'a. Summary', '(b) Summary', 'iv. Summary', 'Section 2: Summary', 'Part 3 – Summary', '2.Summary']) {
    assert.equal(normaliseHeading(h), 'summary', h);
  }
  // Years and other numbers that are part of the heading stay.
  assert.equal(normaliseHeading('2014 Act principles'), '2014 act principles');
  assert.equal(normaliseHeading('1st inspection'), '1st inspection');
});

test('normaliseHeading: apostrophes, hyphens, "and" forms, diacritics', () => {
  assert.equal(normaliseHeading('Children’s services'), normaliseHeading("Children's services"));
  assert.equal(normaliseHeading('Children‘s services'), 'childrens services');
  assert.equal(normaliseHeading('Well-being'), normaliseHeading('Wellbeing'));
  assert.equal(normaliseHeading('Well‑being'), 'wellbeing'); // non-breaking hyphen
  assert.equal(normaliseHeading('People – voice and control'), 'people voice and control');
  assert.equal(normaliseHeading('Care & support'), 'care and support');
  assert.equal(normaliseHeading('Care&support'), 'care and support');
  assert.equal(normaliseHeading('Gofal a chymorth'), normaliseHeading('Gofal and chymorth'));
  assert.equal(normaliseHeading('Partneriaeth ac integreiddio'), 'partneriaeth and integreiddio');
  assert.equal(normaliseHeading('Ynglŷn â’r gwasanaeth'), normaliseHeading("Ynglyn a'r gwasanaeth"));
  assert.equal(normaliseHeading('YNGLŶN Â’R GWASANAETH'), 'ynglyn ar gwasanaeth');
  assert.equal(normaliseHeading('Meysydd i’w datblygu'), normaliseHeading("Meysydd i'w datblygu"));
});

test('sectionIdFromTitle', () => {
  assert.equal(sectionIdFromTitle('Areas for development'), 'areas-for-development');
  assert.equal(sectionIdFromTitle('Ynglŷn â’r gwasanaeth'), 'ynglyn-ar-gwasanaeth');
  assert.equal(sectionIdFromTitle('  What needs to improve? '), 'what-needs-to-improve');
});

// ---------------------------------------------------------------------------------------
// Matching

test('matching Welsh headings', () => {
  assert.equal(at('ciw-regulated-service', 'Llesiant'), 'well-being');
  assert.equal(at('ciw-regulated-service', 'Gofal a Chymorth'), 'care-and-support');
  assert.equal(at('ciw-regulated-service', 'Gofal a chymorth:'), 'care-and-support');
  assert.equal(at('ciw-regulated-service', 'Arweinyddiaeth a Rheolaeth'), 'leadership-and-management');
  assert.equal(at('ciw-regulated-service', 'Arweinyddiaeth & rheolaeth'), 'leadership-and-management');
  assert.equal(at('ciw-regulated-service', 'Yr Amgylchedd'), 'environment');
  assert.equal(at('ciw-regulated-service', 'Crynodeb'), 'summary');
  assert.equal(at('ciw-regulated-service', 'Ynglŷn â’r gwasanaeth'), 'about-the-service');
  assert.equal(at('ciw-regulated-service', "Ynglyn a'r gwasanaeth"), 'about-the-service');
  assert.equal(at('ciw-regulated-service', 'Dyddiad cyhoeddi'), 'date-published');
  assert.equal(at('ciw-local-authority-children', 'Canfyddiadau'), 'findings');
  assert.equal(at('ciw-local-authority-children', "Meysydd i'w datblygu"), 'areas-for-development');
  assert.equal(at('ciw-local-authority-children', 'Camau nesaf'), 'next-steps');
  assert.equal(at('ciw-local-authority-children', '3. Llesiant'), 'well-being');
  assert.equal(at('jicpa', 'Cryfderau allweddol'), 'key-strengths');
  assert.equal(at('jicpa', 'Meysydd i’w datblygu'), 'areas-for-development');
  assert.equal(at('generic', 'Canfyddiadau'), 'findings');
});

test('matching English variants and numbering', () => {
  assert.equal(at('ciw-regulated-service', '1. About the Service'), 'about-the-service');
  assert.equal(at('ciw-regulated-service', 'Wellbeing'), 'well-being');
  assert.equal(at('ciw-regulated-service', 'Well being'), 'well-being');
  assert.equal(at('ciw-regulated-service', 'Care & Support'), 'care-and-support');
  assert.equal(at('ciw-regulated-service', 'Summary of non-compliance'), 'summary-of-non-compliance');
  assert.equal(at('ciw-regulated-service', 'Background'), undefined);
  assert.equal(at('ciw-local-authority-children', '4.2 Safeguarding'), 'safeguarding');
  assert.equal(at('ciw-local-authority-children', 'Leadership, Management and Governance'), 'leadership');
  assert.equal(at('cqc', 'Is the service well-led?'), 'well-led');
  assert.equal(at('cqc', 'Well led'), 'well-led');
  assert.equal(at('ofsted-sif', 'What does the local authority need to improve'), 'what-needs-to-improve');
});

test('matching headings that end with a grade', () => {
  const ilacs = compiled('ofsted-ilacs');
  const heading = 'The experiences and progress of children in care: requires improvement to be good';
  assert.equal(at('ofsted-ilacs', heading), 'children-in-care');
  assert.equal(ilacs.headingRating(heading), 'Requires improvement to be good');
  assert.equal(ilacs.headingRating('The experiences and progress of care leavers: Good'), 'Good');
  assert.equal(ilacs.headingRating('The experiences and progress of care leavers'), undefined);
  assert.equal(at('cqc', 'Safe – Good'), 'safe');
  assert.equal(at('cqc', 'Is the service safe? Inadequate'), 'safe');
  assert.equal(compiled('cqc').headingRating('Caring: requires improvement'), 'Requires improvement');
  assert.equal(at('ciw-regulated-service', 'Well-being: Requires significant improvement'), 'well-being');
  assert.equal(compiled('ciw-regulated-service').headingRating('Llesiant: Da'), 'Good');
  // A template without a scale does not strip grades.
  assert.equal(at('generic', 'Findings: Good'), undefined);
  // A bare grade is not a section.
  assert.equal(at('cqc', 'Good'), undefined);
});

test('matchRating uses the template scale, Welsh forms included', () => {
  assert.equal(compiled('ofsted-ilacs').matchRating('requires improvement to be good'), 'Requires improvement to be good');
  assert.equal(compiled('ofsted-ilacs').matchRating('Requires improvement'), undefined);
  assert.equal(compiled('cqc').matchRating('REQUIRES IMPROVEMENT'), 'Requires improvement');
  assert.equal(compiled('cqc').matchRating('Excellent'), undefined);
  assert.equal(compiled('ciw-regulated-service').matchRating('Rhagorol'), 'Excellent');
  assert.equal(compiled('ciw-regulated-service').matchRating('Angen gwella sylweddol'), 'Requires significant improvement');
  assert.equal(compiled('generic').matchRating('Good'), undefined);
});

test('compileTemplate is memoised and indexOf finds ids', () => {
  const t = byId('cqc');
  assert.equal(compileTemplate(t), compileTemplate(t));
  assert.equal(compileTemplate(t).indexOf('safe'), 2);
  assert.equal(compileTemplate(t).indexOf('nope'), -1);
});

test('matching costs one Map lookup: 100,000 headings well under a second', () => {
  const c = compiled('ciw-local-authority-children');
  const headings = ['Summary', '2. Findings', 'Gofal a chymorth', 'Something else entirely', 'Camau nesaf:'];
  const start = performance.now();
  let found = 0;
  for (let i = 0; i < 100_000; i++) if (c.match(headings[i % headings.length]) >= 0) found++;
  assert.equal(found, 80_000);
  assert.ok(performance.now() - start < 2000);
});

// ---------------------------------------------------------------------------------------
// Workspace templates

test('resolveTemplate: built-in ids resolve to the built-in template, unknown ids to undefined', () => {
  assert.deepEqual(resolveTemplate('cqc'), { template: byId('cqc'), errors: [] });
  assert.deepEqual(resolveTemplate('cqc', []), { template: byId('cqc'), errors: [] });
  assert.equal(resolveTemplate('nope').template, undefined);
});

test('resolveTemplate: extending a built-in template', () => {
  const before = JSON.stringify(builtinTemplates);
  const ws: WorkspaceTemplate[] = [
    {
      id: 'our-care-homes',
      extends: 'ciw-regulated-service',
      remove: ['date-published'],
      optional: ['summary'],
      require: ['environment'],
      sections: [
        { title: 'Staffing', after: 'care-and-support', guidance: 'Report on staffing levels', aliases: ['Staffio'] },
        { id: 'well-being', aliases: ['Our well-being heading'] },
        { id: 'inspection-team', title: 'Inspection team', before: 'about-the-service', required: false, evidenceExempt: true },
      ],
    },
  ];
  const { template, errors } = resolveTemplate('our-care-homes', ws);
  assert.deepEqual(errors, []);
  assert.ok(template);
  assert.deepEqual(ids(template), [
    'inspection-team',
    'about-the-service',
    'summary',
    'well-being',
    'care-and-support',
    'staffing',
    'environment',
    'leadership-and-management',
    'summary-of-non-compliance',
    'priority-action',
    'improvement-required',
  ]);
  const s = (id: string) => template.sections.find((x) => x.id === id)!;
  assert.equal(s('summary').required, false);
  assert.equal(s('environment').required, true);
  assert.deepEqual({ ...s('staffing') }, { id: 'staffing', title: 'Staffing', aliases: ['Staffio'], required: true, level: 2, guidance: 'Report on staffing levels' });
  assert.equal(s('inspection-team').evidenceExempt, true);
  assert.deepEqual(s('well-being').aliases.slice(-1), ['Our well-being heading']);
  assert.ok(s('well-being').aliases.includes('Llesiant'), 'inherited aliases kept');
  assert.deepEqual(template.ratings, CIW_RATINGS, 'ratings inherited');
  assert.equal(template.title, byId('ciw-regulated-service').title);
  const c = compileTemplate(template);
  assert.equal(template.sections[c.match('Staffio')].id, 'staffing');
  assert.equal(template.sections[c.match('Our Well-being Heading')].id, 'well-being');
  assert.equal(JSON.stringify(builtinTemplates), before, 'built-in templates are not mutated');
});

test('resolveTemplate: "after" a section with subsections skips them unless the new section is deeper', () => {
  const ws: WorkspaceTemplate[] = [
    {
      id: 'la',
      extends: 'ciw-local-authority-children',
      sections: [
        { title: 'Performance data', after: 'findings' },
        { title: 'Corporate parenting', level: 3, after: 'findings', required: false },
      ],
    },
  ];
  const { template, errors } = resolveTemplate('la', ws);
  assert.deepEqual(errors, []);
  const order = ids(template)!;
  assert.deepEqual(order.slice(order.indexOf('findings'), order.indexOf('findings') + 2), ['findings', 'corporate-parenting']);
  assert.equal(order[order.indexOf('leadership') + 1], 'performance-data');
});

test('resolveTemplate: a workspace template with a built-in id customises it in place', () => {
  const ws: WorkspaceTemplate[] = [{ id: 'ciw-regulated-service', extends: 'ciw-regulated-service', remove: ['environment'] }];
  const { template, errors } = resolveTemplate('ciw-regulated-service', ws);
  assert.deepEqual(errors, []);
  assert.ok(!ids(template)!.includes('environment'));
  assert.equal(ids(template)!.length, byId('ciw-regulated-service').sections.length - 1);
  // Without extends, it replaces the built-in template.
  const replaced = resolveTemplate('cqc', [{ id: 'cqc', sections: [{ title: 'Only section' }] }]);
  assert.deepEqual(ids(replaced.template), ['only-section']);
});

test('resolveTemplate: new templates and chains of extension', () => {
  const ws: WorkspaceTemplate[] = [
    { id: 'thematic', title: 'Thematic review', ratings: ['Strong', 'Weak'], sections: [{ title: 'Context', evidenceExempt: true }, { title: 'What we found' }, { title: 'Recommendations', required: false }] },
    { id: 'thematic-wales', extends: 'thematic', sections: [{ id: 'context', aliases: ['Cyd-destun'] }] },
  ];
  const base = resolveTemplate('thematic', ws);
  assert.deepEqual(base.errors, []);
  assert.equal(base.template!.title, 'Thematic review');
  assert.deepEqual(ids(base.template), ['context', 'what-we-found', 'recommendations']);
  assert.deepEqual(base.template!.sections[0], { id: 'context', title: 'Context', aliases: [], required: true, level: 2, guidance: 'Write the Context section', evidenceExempt: true });
  const derived = resolveTemplate('thematic-wales', ws);
  assert.deepEqual(derived.errors, []);
  assert.deepEqual(derived.template!.ratings, ['Strong', 'Weak']);
  assert.equal(compileTemplate(derived.template!).match('Cyd-destun'), 0);
  assert.deepEqual(templateIds(ws).slice(-2), ['thematic', 'thematic-wales']);
  assert.ok(templateIds(ws).includes('cqc'));
});

test('resolveTemplate: errors name the template and the problem, and the rest still applies', () => {
  const ws = [
    {
      id: 'broken',
      extends: 'ciw-regulated-service',
      remove: ['no-such-section'],
      optional: ['summary', 'ghost'],
      require: ['summary'],
      sections: [
        { title: 'Orphan', after: 'missing-anchor' },
        { title: 'Bad level', level: 9 },
        { title: 'Bracketed', guidance: 'Say [what]\nthen more' },
        { title: 'Clash', aliases: ['Llesiant'] },
        { title: 'Both', after: 'summary', before: 'summary' },
        { id: 'nameless' },
        'not a section',
      ],
    },
  ] as unknown as WorkspaceTemplate[];
  const { template, errors } = resolveTemplate('broken', ws);
  assert.ok(template);
  const has = (pattern: RegExp) => assert.ok(errors.some((e) => pattern.test(e)), `no error matching ${pattern}:\n${errors.join('\n')}`);
  assert.ok(errors.every((e) => e.startsWith('Template "broken": ')), errors.join('\n'));
  has(/cannot remove "no-such-section"/);
  has(/"optional" names no section: "ghost"/);
  has(/"summary" is listed in both "optional" and "require"/);
  has(/"after" names no section: "missing-anchor"/);
  has(/section "bad-level": "level" must be a whole number from 1 to 6/);
  has(/section "bracketed": "guidance" must be one line without square brackets/);
  has(/sections "well-being" and "clash" both match the heading "llesiant"/);
  has(/section "both": give "after" or "before", not both/);
  has(/section "nameless": a new section needs a "title"/);
  has(/sections\[6\] must be a mapping/);
  const s = (id: string) => template.sections.find((x) => x.id === id)!;
  assert.equal(s('bracketed').guidance, 'Say (what) then more');
  assert.equal(s('bad-level').level, 2);
  assert.equal(s('summary').required, true);
  assert.equal(template.sections.at(-1)!.id, 'nameless');
});

test('resolveTemplate: unknown bases, cycles, duplicates, empty templates', () => {
  const unknown = resolveTemplate('a', [{ id: 'a', extends: 'ciw-nope', sections: [{ title: 'X' }] }]);
  assert.deepEqual(ids(unknown.template), ['x']);
  assert.match(unknown.errors[0], /^Template "a": extends unknown template "ciw-nope"\. Known: .*cqc/);

  const cycle = resolveTemplate('a', [
    { id: 'a', extends: 'b', sections: [{ title: 'From a' }] },
    { id: 'b', extends: 'a', sections: [{ title: 'From b' }] },
  ]);
  assert.ok(cycle.template);
  assert.ok(cycle.errors.some((e) => /extends itself through "a" → "b" → "a"/.test(e)), cycle.errors.join('\n'));

  const self = resolveTemplate('mine', [{ id: 'mine', extends: 'mine' }]);
  assert.ok(self.errors.some((e) => /no built-in template "mine"/.test(e)));
  assert.ok(self.errors.some((e) => /has no sections/.test(e)));

  const dup = resolveTemplate('d', [
    { id: 'd', sections: [{ title: 'First' }] },
    { id: 'd', sections: [{ title: 'Second' }] },
  ]);
  assert.deepEqual(ids(dup.template), ['first']);
  assert.match(dup.errors[0], /defined 2 times/);
});

test('checkWorkspaceTemplates collects the errors of every workspace template', () => {
  const errors = checkWorkspaceTemplates([
    { id: 'ok', extends: 'generic' },
    { id: 'bad', extends: 'generic', remove: ['nope'] },
    { title: 'no id' } as unknown as WorkspaceTemplate,
  ]);
  assert.deepEqual(errors, ['templates[2]: a template needs an "id" (a string).', 'Template "bad": cannot remove "nope": no such section in "generic".']);
  assert.deepEqual(checkWorkspaceTemplates([]), []);
});
