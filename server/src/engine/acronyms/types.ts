// Shapes shared by the acronym detectors. Offsets are UTF-16 offsets into the prose string the
// detector was given (for a masked block: relative to the block start).

/** One use of an acronym in prose. */
export interface AcronymUse {
  /**
   * Normalised key: "CIW" for CIW, CIW's, C.I.W.; "LAC" for LACs; "ADSS Cymru"; "DoLS"; "S47" for
   * s47 when the glossary knows S47; "Ofsted" for OFSTED when the glossary knows Ofsted.
   */
  acronym: string;
  /**
   * Span of the acronym as written, without a plural "s" or possessive "'s" (those follow at
   * `end`). For a punctuated form the span is the whole "C.I.W.".
   */
  start: number;
  end: number;
}

export interface AcronymDefinition {
  /** The short form, normalised as for uses ("LACs" → "LAC", "C.I.W." → "CIW"). */
  acronym: string;
  /** Whitespace-collapsed long form as written. */
  longForm: string;
  /** Span of the whole definition: "Long Form (LF)" or "LF (Long Form)", brackets included. */
  start: number;
  end: number;
  /** Span of the short form as written (prose.slice(shortStart, shortEnd) is e.g. "LACs"). */
  shortStart: number;
  shortEnd: number;
  /** Span of the long form as written. */
  longStart: number;
  longEnd: number;
  pattern: 'long-short' | 'short-long';
  /**
   * Introduced in the writer's own words rather than spelt out letter by letter: "a multi-agency
   * referral hub (MASH)", "at risk of being sexually exploited (CSE)", "… Hub, known as MASH". The
   * reader has been told what the acronym stands for, so it is defined; but `longForm` is only the
   * words before it, so it is not compared with other long forms and not moved by fixes.
   */
  loose?: boolean;
  /**
   * The acronym is part of a name given in the bracket after its long form ("a regional adoption
   * agency (Adoption West RAA)"), or shares its bracket with another ("(ARC/LAC)"). The bracket
   * is not the acronym's alone, so it is never "unused", and no fix drops it. Also `loose`.
   */
  named?: boolean;
}

/** An acronym written with full stops: "C.I.W." → "CIW". */
export interface PunctuatedAcronym {
  written: string;
  acronym: string;
  start: number;
  end: number;
}

export interface BlockAcronyms {
  /** Uses, in order. The short form inside a definition is NOT a use (the definition is). */
  uses: AcronymUse[];
  definitions: AcronymDefinition[];
  punctuated: PunctuatedAcronym[];
}
