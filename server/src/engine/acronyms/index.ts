// Acronym knowledge: detection of uses, definitions and punctuated forms, long-form matching.
export * from './detect';
export { findDefinitionsSchwartzHearst } from './schwartzHearst';
