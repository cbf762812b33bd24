import { defineRule } from '../rule';
import { analyseAcronyms } from '../acronyms/analysis';
import { compareVersions } from '../translation/parity';

export default defineRule({
  id: 'translation-parity',
  description: "The report's Welsh and English versions differ: a section, a figure, a footnote or an acronym's definition is in one and not the other.",
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: false,
  options: {},
  docs: `Care Inspectorate Wales publishes every report in Welsh and English, and the Welsh Language
Standards require that Welsh is treated no less favourably: both versions must say the same. The
two are drafted side by side and drift apart. This rule compares a report with its other-language
version, section by section, and reports in each version what the other lacks:

- a section with no counterpart in the other version (sections are paired through the template's
  English and Welsh headings, whatever the initial mutation of their words, and otherwise by
  their order and level);
- a figure (a number, percentage or year) in a section that is not in the paired section of the
  other version, in the same order ("92%" in English, "95%" in Welsh); a number written as a word
  up to twenty in the other version ("nine", "naw") counts as the same figure;
- a footnote cited in a section and not in its pair, or defined in one version only, or whose
  figures differ;
- an acronym used with no definition whose counterpart the other version defines (CIW ↔ AGC,
  CSSIW ↔ AGGCC, through the glossary).

**Which file is the other version.** A Welsh version names its English one in its front matter,
\`translationOf: report.md\`; an English version may name its Welsh one, \`translation:
report.cy.md\`. Without either, \`report.cy.md\` is the Welsh version of \`report.md\` (or
\`report.en.md\`). Paths are relative to the file and stay in its folder. The rule runs only when
the other version exists; a report with no other version gets no finding from it.

The figures are compared in order, so a figure moved to another paragraph of the same section is
not reported; a figure moved to another section is reported in both.`,
  check(model, ctx) {
    const translation = ctx.translation;
    if (!translation) return;
    const own = { model, acronyms: analyseAcronyms(model, ctx.knowledge), name: translation.ownLanguage === 'cy' ? 'the Welsh version' : 'the English version' };
    const other = { model: translation.model, acronyms: analyseAcronyms(translation.model, ctx.knowledge), name: translation.language === 'cy' ? 'the Welsh version' : 'the English version' };
    for (const d of compareVersions(own, other, ctx.template, ctx.knowledge.acronyms.glossary)) {
      ctx.report({
        start: d.start,
        end: d.end,
        message: d.message,
        related: d.other ? [{ ...d.other, path: translation.path, message: `In ${other.name}` }] : undefined,
      });
    }
  },
});
