// Removes the bracketed acronym from its only definition, "quality assurance reviewing officers
// (QARO)" → "quality assurance reviewing officers", where the acronym is used later: the first
// later use is then undefined, and the long form is written out without it.
import { acronymSites, type AcronymSite } from './acronym-sites';
import { defineKind } from './types';
import { mapSpan, replace } from './text';

export default defineKind<AcronymSite>({
  kind: 'acronym-remove-definition',
  issue: 13,
  rule: 'undefined-acronym',
  description: 'Remove "(ACR)" from an acronym\'s only definition; expect undefined-acronym at its first later use.',
  find: acronymSites,
  apply(report, site) {
    const { pieces } = replace(report.text, [{ ...site.paren, newText: '' }]);
    const first = mapSpan(pieces, site.uses[0])!;
    const long = mapSpan(pieces, site.long)!;
    return {
      pieces,
      expect: { rule: 'undefined-acronym', spans: [first], related: long },
      note: `removed "(${site.acronym})" after "${report.text.slice(site.long.start, site.long.end)}"`,
    };
  },
});

