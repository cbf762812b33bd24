// Moves an acronym's only definition to a later use: "Long Form (ACR)" becomes "ACR" where it
// was, and a later "ACR" becomes "Long Form (ACR)". The old place is now a use before the
// definition.
import { acronymSites, type AcronymSite } from './acronym-sites';
import { defineKind } from './types';
import { atSentenceStart, capitalise, pick, replace } from './text';

const laterUses = (site: AcronymSite) => site.proseUses.filter((u) => u.start < site.uses[site.uses.length - 1].start);

export default defineKind<AcronymSite>({
  kind: 'acronym-move-definition',
  issue: 13,
  rule: 'acronym-before-definition',
  description: 'Move an acronym\'s only definition to a later use; expect acronym-before-definition where it was.',
  // A later use that is not the last one, so the acronym is still used after its new definition.
  find: (report) => acronymSites(report).filter((site) => laterUses(site).length),
  apply(report, site, random) {
    const { text } = report;
    const use = pick(random, laterUses(site));
    let long = text.slice(site.long.start, site.long.end).replace(/\s+/g, ' ');
    // A long form that started its sentence keeps a capital there; where it goes, it takes the
    // case of the place (a sentence start, or the middle of one).
    const lineStart = text.lastIndexOf('\n', use.start) + 1;
    if (atSentenceStart(text, lineStart, use.start)) long = capitalise(long);
    else if (/^[A-Z][a-z]/.test(long) && long.split(' ').some((w) => /^[a-z]{4}/.test(w))) long = long[0].toLowerCase() + long.slice(1);
    const { pieces, spans } = replace(text, [
      { start: site.long.start, end: site.paren.end, newText: site.acronym },
      { ...use, newText: `${long} (${site.acronym})` },
    ]);
    return {
      pieces,
      expect: { rule: 'acronym-before-definition', spans: [spans[0]] },
      note: `moved the definition of ${site.acronym} from line ${text.slice(0, site.long.start).split('\n').length} to line ${text.slice(0, use.start).split('\n').length}`,
    };
  },
});
