// Glossary knowledge: built-in entries, workspace files (YAML, TSV), merging and lookup.
export type { GlossaryEntry, GlossaryError, GlossaryParseResult, GlossaryTerm } from './types';
export { BUILTIN_GLOSSARY, BUILTIN_TERMS } from './builtin';
export { parseGlossaryFile, parseGlossaryTsv, parseGlossaryYaml, entriesFromRow, splitNotes, splitWelsh, longFormVariants, splitAcronymCell } from './load';
export { Glossary, mergeGlossaries, glossaryWithBuiltin, knownAcronymsFrom, builtinKnownAcronyms, type AcronymSettings } from './glossary';
