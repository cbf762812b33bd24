// Joint inspectorate review of child protection arrangements (JICPA, Wales). Welsh headings
// marked `cy?` are our best translation, not seen in a published report.
import { section } from './define';
import type { Template } from './types';

export const jicpaTemplate: Template = {
  id: 'jicpa',
  title: 'Joint inspectorate review of child protection arrangements (JICPA)',
  description:
    'Joint review by Care Inspectorate Wales (CIW), Healthcare Inspectorate Wales (HIW), Estyn and His Majesty’s Inspectorates of Constabulary and Probation of how agencies in one area protect children.',
  source:
    'Published findings pages: an unheaded introduction (agencies, dates, scope), then "Key strengths" (Newport: "Key Strengths") and "Areas for development": ' +
    'https://www.careinspectorate.wales/joint-inspectorate-review-child-protection-arrangements-jicpa-neath-port-talbot-2021 and ' +
    'https://www.careinspectorate.wales/joint-inspectorate-review-child-protection-arrangements-jicpa-newport-december-2019 ; ' +
    '"Key strengths identified" (Pembrokeshire 2025), https://www.careinspectorate.wales/joint-inspection-identifies-pembrokeshires-child-protection-strengths-and-challenges-amid-rising ; ' +
    'the full reports of the 2023-25 programme were not read',
  sections: [
    section(
      'introduction',
      'Introduction',
      ['Cyflwyniad', 'Scope', 'Scope of the review', 'Cwmpas yr adolygiad' /* cy? */, 'About this review', 'Ynglŷn â’r adolygiad hwn' /* cy? */, 'Methodology', 'Background'],
      'State which agencies took part, the scope of the review and how evidence was gathered',
      // Published findings pages open with this text under the title, with no heading.
      { required: false, evidenceExempt: true },
    ),
    section(
      'key-strengths',
      'Key strengths',
      ['Cryfderau allweddol' /* cy? */, 'Prif gryfderau' /* cy? */, 'Strengths', 'Cryfderau', 'Key strengths identified'],
      'Set out what agencies do well together, with the evidence for each strength',
    ),
    section(
      'areas-for-development',
      'Areas for development',
      ['Meysydd i’w datblygu', 'Areas for improvement', 'Meysydd i’w gwella', 'Areas for development identified'],
      'Set out what agencies need to develop, each point traceable to evidence',
    ),
    section('glossary', 'Glossary', ['Geirfa', 'Glossary of terms'], 'Define the terms and acronyms a lay reader may not know', { required: false, evidenceExempt: true }),
  ],
};
