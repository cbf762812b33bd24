// Every mutation kind, in the order of the table: one module each, implementing MutationKind (types.ts).
import type { MutationKind } from './types';
import acronymRemoveDefinition from './acronym-remove-definition';
import acronymMoveDefinition from './acronym-move-definition';
import acronymSecondExpansion from './acronym-second-expansion';

export const kinds: MutationKind<any>[] = [acronymRemoveDefinition, acronymMoveDefinition, acronymSecondExpansion];
