// Glossary entries: what an acronym stands for, in English and Welsh, where that is known from,
// and how it relates to others (CSSIW became CIW).

export interface GlossaryEntry {
  /** The key as written in reports: "CIW", "ADSS Cymru", "DoLS", "S47". */
  acronym: string;
  /** The long form in the acronym's own language, without notes: "Care Inspectorate Wales". */
  expansion: string;
  /** Other accepted long forms: plural, His/Her variants ("Looked After Children"). */
  alternatives?: string[];
  /** Notes kept out of the long form: "CIW's name until 2017". */
  notes?: string;
  /** Language of the acronym and its expansion (default English). */
  language?: 'en' | 'cy';
  /** Welsh long form of an English acronym: CIW → "Arolygiaeth Gofal Cymru". */
  welsh?: string;
  /** Welsh acronym of an English one: CIW → "AGC". */
  welshAcronym?: string;
  /** English long form of a Welsh acronym: AGC → "Care Inspectorate Wales". */
  english?: string;
  /** English acronym of a Welsh one: AGC → "CIW". */
  englishAcronym?: string;
  /** Earlier names (acronyms or names): CIW → ["CSSIW"]. */
  formerly?: string[];
  /** What replaced it (an acronym or a name): CSSIW → "CIW", WAO → "Audit Wales". */
  successor?: string;
  /** Needs no definition (GOV.UK: UK, US, EU, NHS, VAT, MP, BBC). */
  wellKnown?: boolean;
  /**
   * The short form is the name the body or title is known by (Ofsted, Cafcass, Estyn, HMI): used as
   * a name it needs no definition, and giving it in brackets after the long form names the body,
   * so it is not "never used again" either.
   */
  name?: boolean;
  /** The report's own glossary section defines it (workspace glossaries). */
  definedInGlossary?: boolean;
  /** Where the expansion comes from (addresses, or a description of the source). */
  sources?: string[];
  /** Where the entry was read: "builtin", or the file and 1-based line. */
  origin?: 'builtin' | { file: string; line: number };
}

/** A term with no acronym and its Welsh form ("Active Offer" / "Cynnig Rhagweithiol"). */
export interface GlossaryTerm {
  english: string;
  welsh: string;
  sources?: string[];
}

export interface GlossaryError {
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  message: string;
}

export interface GlossaryParseResult {
  entries: GlossaryEntry[];
  terms: GlossaryTerm[];
  errors: GlossaryError[];
}
