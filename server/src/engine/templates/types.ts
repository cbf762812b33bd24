// A report template: the sections a report of one type needs, in order.

export interface TemplateSection {
  /** Stable id, kebab-case, unique within the template (e.g. "care-and-support"). */
  id: string;
  /** Heading text inserted by quick fixes and snippets (English). */
  title: string;
  /** Other headings that count as this section: Welsh forms, older names, short forms. */
  aliases: string[];
  required: boolean;
  /** Heading level (1-6) used when inserting the section. */
  level: number;
  /** One line of guidance for authors: shown in hovers, snippets and the structure view. */
  guidance: string;
  /** Claims in this section need no evidence (methodology, about the service, glossary). */
  evidenceExempt?: boolean;
  /** Required only for some services (e.g. Environment for services with accommodation); shown in docs. */
  condition?: string;
  /** Real reports put this section in different places: it is never reported out of order. */
  unordered?: boolean;
  /**
   * Ids of sections that, in an older layout of the same report type, hold this section's
   * subsections under their own heading (a 2014 SIF report's "Information about this inspection"
   * holding "Children living in this area"): found there, the subsections show this section is
   * present.
   */
  foundIn?: string[];
}

export interface Template {
  id: string;
  title: string;
  /** Who publishes reports of this type and where the structure comes from. */
  description: string;
  /** Public source(s) for the structure; "unverified" where the order is only the usual one. */
  source: string;
  /** Rating scale used in judgement lines of this report type, if any. */
  ratings?: string[];
  /** Scale of quantity words ("most", "a few") for quantity-consistency: a built-in scale's name or word → [lowest, highest] percent. */
  quantityScale?: string | Record<string, [number, number]>;
  sections: TemplateSection[];
}
