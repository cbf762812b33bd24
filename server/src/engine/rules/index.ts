// THE registry: every rule the engine runs, in the order their findings are reported.
import type { AnyRule } from '../rule';
import frontMatter from './front-matter';
import unknownTemplate from './unknown-template';
import requiredSection from './required-section';
import sectionOrder from './section-order';
import emptySection from './empty-section';
import duplicateSection from './duplicate-section';
import unsupportedClaim from './unsupported-claim';
import weaselAttribution from './weasel-attribution';
import unattributedQuote from './unattributed-quote';
import undefinedFootnote from './undefined-footnote';
import unusedFootnote from './unused-footnote';
import emptyEvidence from './empty-evidence';

export const rules: AnyRule[] = [
  frontMatter,
  unknownTemplate,
  requiredSection,
  sectionOrder,
  emptySection,
  duplicateSection,
  unsupportedClaim,
  weaselAttribution,
  unattributedQuote,
  undefinedFootnote,
  unusedFootnote,
  emptyEvidence,
];

export const rulesById = new Map(rules.map((r) => [r.id, r]));
