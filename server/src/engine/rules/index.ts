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
import undefinedAcronym from './undefined-acronym';
import acronymBeforeDefinition from './acronym-before-definition';
import acronymRedefined from './acronym-redefined';
import acronymInconsistentExpansion from './acronym-inconsistent-expansion';
import acronymUnused from './acronym-unused';
import acronymPunctuation from './acronym-punctuation';
import placeholder from './placeholder';
import gradeConsistency from './grade-consistency';
import quantityConsistency from './quantity-consistency';
import identifiablePerson from './identifiable-person';
import translationParity from './translation-parity';

export const rules: AnyRule[] = [
  frontMatter,
  unknownTemplate,
  requiredSection,
  sectionOrder,
  emptySection,
  duplicateSection,
  undefinedAcronym,
  acronymBeforeDefinition,
  acronymRedefined,
  acronymInconsistentExpansion,
  acronymUnused,
  acronymPunctuation,
  unsupportedClaim,
  weaselAttribution,
  unattributedQuote,
  undefinedFootnote,
  unusedFootnote,
  emptyEvidence,
  placeholder,
  gradeConsistency,
  quantityConsistency,
  identifiablePerson,
  translationParity,
];

export const rulesById = new Map(rules.map((r) => [r.id, r]));
