// mode: paragraph (the default): the seed sentences of the issue that re-founded the evidence
// rules, each as a paragraph of a draft with nothing else to support it, and the decisions the
// rule docs describe (quoted from published Ofsted reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { parseConfig } from '../../server/src/engine/configure';

const EVIDENCE_RULES = new Set(['unsupported-claim', 'weasel-attribution', 'unattributed-quote']);

/** Evidence findings on a paragraph set in a report's findings section, as "rule: covered text". */
function evidenceFindings(paragraph: string, heading = 'Findings'): string[] {
  const text = `# Inspection report\n\n## ${heading}\n\n${paragraph}\n`;
  return lint({ text, assumeReport: true }).findings.filter((f) => EVIDENCE_RULES.has(f.ruleId)).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

test('the seed paragraphs that must be flagged are flagged', () => {
  assert.deepEqual(evidenceFindings('Almost half the children looked after by the authority had an unqualified worker managing their case.'), ['unsupported-claim: Almost half']);
  assert.deepEqual(evidenceFindings('The general quality of assessment and case management remains poor.'), ['unsupported-claim: poor']);
  assert.deepEqual(evidenceFindings('Rules on fostering are flouted, and there are claims of carers looking after up to nine children at a time.'), ['weasel-attribution: there are claims of']);
  assert.deepEqual(evidenceFindings('Concerns were raised about poor time keeping.'), ['weasel-attribution: Concerns were raised']);
});

test('the seed paragraphs that must not be flagged are not', () => {
  assert.deepEqual(evidenceFindings('We reviewed the files of 14 looked after children aged 11 and over; in nine of them the social worker had changed at least twice.'), []);
  assert.deepEqual(evidenceFindings("The local authority's performance data shows that 92% of visits were on time in 2024."), []);
});

test('a trend needs a baseline, a comparison a figure; an action is not a trend', () => {
  assert.deepEqual(evidenceFindings('Outcomes for children are improving.'), ['unsupported-claim: are improving']);
  assert.deepEqual(evidenceFindings('Outcomes for children have improved since the last inspection in 2022.'), []);
  assert.deepEqual(evidenceFindings('Leaders are improving services for young carers, relaunching the strategy.'), []);
  assert.deepEqual(evidenceFindings('Placement stability is better than the national average.'), ['unsupported-claim: better than the national']);
  assert.deepEqual(evidenceFindings('Assessments are undertaken in line with national requirements.'), []);
});

test('a longer paragraph is its own support; summaries, bullets and action sections are not queried', () => {
  assert.deepEqual(evidenceFindings('Practice is strong. Social workers visit children regularly and managers review plans every month.'), []);
  assert.deepEqual(evidenceFindings('The general quality of assessment remains poor.', 'Summary'), []);
  assert.deepEqual(evidenceFindings('- The general quality of assessment remains poor.'), []);
  assert.deepEqual(evidenceFindings('The general quality of assessment remains poor.', 'What needs to improve?'), []);
  assert.deepEqual(evidenceFindings("Children's services in the council are good."), [], 'a rating statement');
});

test('weasel attribution: real forms are flagged, process wording and named sources are not', () => {
  assert.deepEqual(evidenceFindings('It is widely believed that the new team has made a difference.'), ['weasel-attribution: It is widely believed']);
  assert.deepEqual(evidenceFindings('The DCS is widely recognised as the pivotal figure in the improvement of services.'), ['weasel-attribution: widely recognised as']);
  assert.deepEqual(evidenceFindings('When concerns are raised about a child, the duty team responds on the same day.'), []);
  assert.deepEqual(evidenceFindings('Support is offered to families where there are concerns about neglect.'), []);
  assert.deepEqual(evidenceFindings('Schools have reportedly not been well supported. Headteachers told inspectors that social workers miss meetings.'), []);
  assert.deepEqual(evidenceFindings('The team is no longer in crisis, as it was reported to be by the peer review in 2018.'), []);
});

test('quotations: speech needs a speaker in the paragraph or the one before; names and continued quotations do not', () => {
  assert.deepEqual(evidenceFindings('‘We never see the same worker twice, and nobody rings us back.’'), ['unattributed-quote: ‘We never see the same worker twice, and nobody rings us back.’']);
  assert.deepEqual(evidenceFindings('Care leavers told us about their homes:\n\n‘I was moved five times in a year. Nobody asked me what I wanted.’'), []);
  assert.deepEqual(evidenceFindings('The ‘Key to My future’ booklets are a useful tool for young people.'), []);
  assert.deepEqual(evidenceFindings('Professionals work with families, using the motto ‘no decision about me, without me’.'), []);
  assert.deepEqual(evidenceFindings('One parent wrote to us:\n\n“She listened to us. She came when she said she would.\n\n“She helped us to get the children back to school.”'), []);
});

test('mode: strict keeps the sentence-by-sentence behaviour', () => {
  const text = '# Inspection report\n\n## Findings\n\nPractice is strong. Social workers visit children regularly and managers review plans every month.\n';
  const strict = parseConfig(JSON.stringify({ rules: { 'unsupported-claim': { mode: 'strict' } } }), '/ws/.inspection-reports.json');
  assert.deepEqual(strict.errors, []);
  const evidence = (config?: typeof strict) => lint({ text, assumeReport: true, config }).findings.filter((f) => EVIDENCE_RULES.has(f.ruleId)).map((f) => f.ruleId);
  assert.deepEqual(evidence(strict), ['unsupported-claim', 'unsupported-claim'], 'each sentence on its own');
  assert.deepEqual(evidence(), []);
});

test('a stand-alone evaluation is queried whatever its evaluative word; an average is a statistic', () => {
  assert.deepEqual(evidenceFindings('The quality of assessments is thorough.'), ['unsupported-claim: thorough']);
  assert.deepEqual(evidenceFindings('Management oversight of work with disabled children is not good enough.'), ['unsupported-claim: good']);
  assert.deepEqual(evidenceFindings('Social workers hold an average of 31 cases each.'), ['unsupported-claim: average of 31']);
  assert.deepEqual(evidenceFindings('Placement stability is better than the national average.'), ['unsupported-claim: better than the national']);
  assert.deepEqual(evidenceFindings('Inspectors found that the quality of assessments is thorough.'), []);
});

test('people "spoken with" are the speakers of the quotations in their paragraph', () => {
  assert.deepEqual(evidenceFindings('All adopters spoken with were very happy with their preparation. They were equally positive about matching, including comments such as ‘had I known it was so easy, I would have done it sooner’.'), []);
});

test('a quotation’s speaker may be at the end of the paragraph before, not anywhere in it; a quoted ethos is a name', () => {
  const before = 'Care leavers told inspectors about their personal advisers. Most have regular contact and plans are reviewed on time.';
  assert.deepEqual(evidenceFindings(`${before}\n\n“They never listen to what we want,” was a typical comment.`), ['unattributed-quote: “They never listen to what we want,”']);
  assert.deepEqual(evidenceFindings('Most care leavers have regular contact with their advisers. One care leaver told inspectors:\n\n“They never listen to what we want,” was a typical comment.'), []);
  assert.deepEqual(evidenceFindings('This ambition is underpinned by their ethos of ‘Children and young people in our hearts, in our minds and in our sight’.'), []);
});

test('words inside the quotation marks do not name its speaker', () => {
  assert.deepEqual(evidenceFindings('“Nobody explained why I had to move.”'), ['unattributed-quote: “Nobody explained why I had to move.”']);
  assert.deepEqual(evidenceFindings('“Nobody explained why I had to move,” one care leaver told us.'), []);
});

test('a passive with no agent names no speaker; with "by" it does', () => {
  assert.deepEqual(evidenceFindings('The service was described as follows: “They never listen to what we want.”'), ['unattributed-quote: “They never listen to what we want.”']);
  assert.deepEqual(evidenceFindings('The service was described by one care leaver as follows: “They never listen to what we want.”'), []);
});

test('a "by" inside the reported clause is no agent of the weasel verb', () => {
  assert.deepEqual(evidenceFindings('It is believed that they felt listened to by leaders.'), ['weasel-attribution: It is believed']);
  assert.deepEqual(evidenceFindings('There were claims that they are helped by their social workers.'), ['weasel-attribution: There were claims that']);
  assert.deepEqual(evidenceFindings('Practice was strong, as it was reported to be by the peer review.'), []);
});

test('a report attributed in its paragraph or its sentence, and a judgement by a deciding body named in the sentence, are not weasel words', () => {
  // Who reports is named in the paragraph ("Staff report …"), or in the sentence ("with families saying …").
  assert.deepEqual(evidenceFindings('Staff report a good awareness of the plan. The workforce has stabilised, and caseloads are reported to be manageable.'), []);
  assert.deepEqual(evidenceFindings('Responses are reported to be largely positive, with families saying that they benefit from respectful relationships with workers.'), []);
  assert.deepEqual(evidenceFindings('The workforce has stabilised, and caseloads are reported to be manageable.'), ['weasel-attribution: are reported to be']);
  // "reports" as a noun names no one: "Social worker reports are …", "reports to the board".
  assert.deepEqual(evidenceFindings('Social worker reports are thorough. Caseloads are reported to be manageable.'), ['weasel-attribution: are reported to be']);
  assert.deepEqual(evidenceFindings('Manager reports to the board are regular. Caseloads are reported to be manageable.'), ['weasel-attribution: are reported to be']);
  // The panel the children were presented to is the one that felt; with no such body, no one is named.
  assert.deepEqual(evidenceFindings('Of the 107 children presented to the special guardianship panel, 63 were felt to be suitable for an order.'), []);
  assert.deepEqual(evidenceFindings('Of the 107 children, 63 were felt to be suitable for an order.'), ['weasel-attribution: were felt to be']);
  // A sentence that itself says the evidence is wanting reports the vagueness as a finding.
  assert.deepEqual(evidenceFindings('The service is anecdotally reported to be successful, but data is not systematically collected on its impact.'), []);
  assert.deepEqual(evidenceFindings('The service is anecdotally reported to be successful.'), ['weasel-attribution: anecdotally']);
});

test('a trend, benchmark or opening absolute with no claim word of the sentence analyser is still queried', () => {
  assert.deepEqual(evidenceFindings('Demand for the early help service continues to grow.'), ['unsupported-claim: continues to grow']);
  assert.deepEqual(evidenceFindings('The council has one of the highest rates of children entering care in England.'), ['unsupported-claim: one of the highest']);
  assert.deepEqual(evidenceFindings('All return home interviews are completed on time.'), ['unsupported-claim: All return']);
  assert.deepEqual(evidenceFindings('Demand for the early help service has grown since the last inspection.'), []);
});

test('a stand-alone evaluation carried by the object is queried', () => {
  assert.deepEqual(evidenceFindings('Leaders have a thorough understanding of the quality of social work practice.'), ['unsupported-claim: thorough']);
  assert.deepEqual(evidenceFindings('Social workers provide inconsistent support to care leavers.'), ['unsupported-claim: inconsistent']);
  assert.deepEqual(evidenceFindings('Social workers provide support to care leavers every week.'), []);
});

test('"seen by their social worker" is the service at work, not the inspection sample', () => {
  assert.deepEqual(evidenceFindings('Every disabled child is seen alone by their social worker.'), ['unsupported-claim: Every disabled']);
  assert.deepEqual(evidenceFindings('Every disabled child whose case was seen by inspectors had a plan.'), []);
});

test('a comparison whose words stand apart is still a benchmark', () => {
  assert.deepEqual(evidenceFindings('Fewer care leavers are in education, employment or training than in similar authorities.'), ['unsupported-claim: Fewer care leavers are in education, employment or training than in similar authorities']);
  assert.deepEqual(evidenceFindings('Fewer care leavers are in education than in similar authorities (42% against 55%).'), []);
});

test('a grade is a rating only as the bare complement; with a degree or beside another evaluation it is a judgement', () => {
  assert.deepEqual(evidenceFindings('The quality of strategy discussions is consistently good.'), ['unsupported-claim: good']);
  assert.deepEqual(evidenceFindings('The health and wellbeing board is effective and consistently good.'), ['unsupported-claim: effective']);
  assert.deepEqual(evidenceFindings('The effectiveness of the board is judged to be good.'), [], 'a rating statement');
  assert.deepEqual(evidenceFindings('Leadership, management and governance require improvement.'), [], 'a rating statement');
});

test('an evaluation carried by the object of the main verb, after a long subject; not in a relative clause or after a comma', () => {
  assert.deepEqual(evidenceFindings('Social workers in the Family Court Advisory and Support Service provide thorough support to families.'), ['unsupported-claim: thorough']);
  // Barnet, July 2024, paragraph 21; Bristol, December 2014, paragraph 35.
  assert.deepEqual(evidenceFindings('The emergency duty service is a well-run service which provides effective support out of hours with a timely transfer to daytime services.'), []);
  assert.deepEqual(evidenceFindings('Through the new senior management team, the local authority has a good understanding of the weaknesses, and work is underway to reorganise services.'), []);
});

test('a count only records can give is a figure: thousands counted exactly, or a count against a timescale', () => {
  assert.deepEqual(evidenceFindings('The front door received 19,389 contacts last year.'), ['unsupported-claim: 19,389']);
  assert.deepEqual(evidenceFindings('22 families waited more than 8 weeks for an assessment.'), ['unsupported-claim: 22']);
  assert.deepEqual(evidenceFindings('A consultation with more than 1,000 children shaped the new strategy.'), [], 'a bounded count describes');
  assert.deepEqual(evidenceFindings('22 families attended the summer events.'), [], 'a plain count');
  assert.deepEqual(evidenceFindings("The local authority's data shows that 22 families waited more than 8 weeks for an assessment."), [], 'sourced');
});

test('a heading naming a section of findings is findings wherever a converted report put it; data sections stay exempt', () => {
  // As in the converted SIF reports: the findings flattened to one heading level under the last
  // heading of the context ("Information about the local authority area").
  const text = [
    '---', 'template: ofsted-sif', '---', '', '# Council', '', '## The local authority', '',
    '### Information about the local authority area', '', '#### Children living in this area', '',
    'The number of children in need has increased.', '',
    '#### The experiences and progress of children who need help and protection', '',
    'Partnership working to protect children is strong.', '',
    '#### Summary', '', 'Partnership working to protect children is weak.', '',
    '#### Inspection findings', '', 'Outcomes for children are improving.', '',
  ].join('\n');
  const found = lint({ text }).findings.filter((f) => EVIDENCE_RULES.has(f.ruleId)).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(found, ['strong', 'are improving']);
});

test('only a verb of saying at the end of the paragraph before introduces a quotation; a named principle is no speech', () => {
  // Brighton and Hove, June 2015, paragraph 141 ends "…the content of GP reports to child protection conferences…".
  assert.deepEqual(evidenceFindings('The group has improved the content of GP reports to child protection conferences.\n\nAnother comment: “It is the best thing that has happened to our family.”'), [
    'unattributed-quote: “It is the best thing that has happened to our family.”',
  ]);
  assert.deepEqual(evidenceFindings('Consultation builds a shared understanding of risks with partners.\n\n“I didn’t know who my worker was for months.”'), ['unattributed-quote: “I didn’t know who my worker was for months.”']);
  assert.deepEqual(evidenceFindings('Care leavers told inspectors about the support they receive.\n\n“I didn’t know who my worker was for months.”'), []);
  // Rutland, April 2020, paragraph 36.
  assert.deepEqual(evidenceFindings('The corporate parenting board has set high standards, underpinned by the principle of ‘Would this be good enough for my child?’.'), []);
});

test('a bare evaluation is queried even when its word is not in the lexicon; a negated evaluating object too', () => {
  assert.deepEqual(evidenceFindings('Management oversight of work with children in need is purposeful.'), ['unsupported-claim: purposeful']);
  assert.deepEqual(evidenceFindings('Leaders have a not good enough understanding of the quality of practice.'), ['unsupported-claim: good']);
});

test('under actions and summaries a heading naming a judgement area is a sub-topic, unless it states a grade or holds other sections', () => {
  const findings = (lines: string[]) => {
    const text = ['---', 'template: ofsted-sif', '---', '', '# Council', '', ...lines, ''].join('\n');
    return lint({ text }).findings.filter((f) => EVIDENCE_RULES.has(f.ruleId)).map((f) => text.slice(f.start, f.end));
  };
  // Blackpool, September 2014: the areas for improvement are grouped by judgement.
  assert.deepEqual(findings(['## The local authority', '', '### What does the local authority need to improve?', '', '#### Areas for improvement', '', '##### Adoption', '', 'Adoption support is weak.']), []);
  // Plymouth, January 2015: the grades explained, by part of the report.
  assert.deepEqual(findings(['## What the inspection judgements mean', '', '### The local authority', '', 'Outcomes for children are improving.']), []);
  // Barnsley, August 2014: the detailed findings under a heading of the summary.
  assert.deepEqual(findings(['## Section 1: The local authority - Summary of findings', '', '### Inspection judgements about the local authority', '', 'Outcomes for children are improving.']), ['are improving']);
  const ilacs = ['---', 'template: ofsted-ilacs', '---', '', '# Council', '', '## What needs to improve', '', '### The experiences and progress of children who need help and protection: inadequate', '', 'Outcomes for children are improving.', ''].join('\n');
  // Middlesbrough, January 2020: a judgement heading with its grade, one level under "What needs to improve".
  assert.deepEqual(lint({ text: ilacs }).findings.filter((f) => EVIDENCE_RULES.has(f.ruleId)).map((f) => ilacs.slice(f.start, f.end)), ['are improving']);
});

test('a source named in the paragraph covers "reportedly", not the impersonal "It was reported that"', () => {
  assert.deepEqual(evidenceFindings('Headteachers told inspectors that social workers miss meetings. It was reported that some meetings were cancelled.'), ['weasel-attribution: It was reported']);
  assert.deepEqual(evidenceFindings('Schools have reportedly not been well supported. Headteachers told inspectors that social workers miss meetings.'), []);
});
