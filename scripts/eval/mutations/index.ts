// Every mutation kind, in the order of the table: one module each, implementing MutationKind (types.ts).
import type { MutationKind } from './types';
import acronymRemoveDefinition from './acronym-remove-definition';
import acronymMoveDefinition from './acronym-move-definition';
import acronymSecondExpansion from './acronym-second-expansion';
import sectionDeleteHeading from './section-delete-heading';
import sectionSwap from './section-swap';
import sectionEmpty from './section-empty';
import sectionRepeatHeading from './section-repeat-heading';
import evidenceStrip from './evidence-strip';
import claimJudgement from './claim-judgement';
import claimFigure from './claim-figure';
import claimBenchmark from './claim-benchmark';
import claimTrend from './claim-trend';
import claimAbsolute from './claim-absolute';
import claimQuotation from './claim-quotation';
import weaselAttribution from './weasel-attribution';
import gatePlaceholder from './gate-placeholder';
import gateGrade from './gate-grade';
import gateGradeSentence from './gate-grade-sentence';
import gateQuantity from './gate-quantity';
import gatePersonName from './gate-person-name';
import gatePersonPostcode from './gate-person-postcode';

export const kinds: MutationKind<any>[] = [
  acronymRemoveDefinition,
  acronymMoveDefinition,
  acronymSecondExpansion,
  sectionDeleteHeading,
  sectionSwap,
  sectionEmpty,
  sectionRepeatHeading,
  evidenceStrip,
  claimJudgement,
  claimFigure,
  claimBenchmark,
  claimTrend,
  claimAbsolute,
  claimQuotation,
  weaselAttribution,
  gatePlaceholder,
  gateGrade,
  gateGradeSentence,
  gateQuantity,
  gatePersonName,
  gatePersonPostcode,
];
