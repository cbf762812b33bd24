// Arbitrary inspection-report drafts, built from a grammar of Markdown pieces (headings,
// paragraphs, nested lists, tables, footnotes, front matter, comments and suppressions,
// code, links, emphasis), with CRLF / lone CR line ends, BOM, Welsh and emoji text, the
// acronym, figure and judgement tokens the rules look for, and fully random strings mixed in.
// Rule ids and template names are read from the registry, so new rules are covered as they land.
import fc from 'fast-check';
import { rules } from '../../server/src/engine/rules/index';
import { builtinTemplates } from '../../server/src/engine/templates/builtin';
import type { ResolvedConfig } from '../../server/src/engine/config';
import { parseConfig, defaultConfig } from '../../server/src/engine/configure';

export const templateIds = builtinTemplates.map((t) => t.id);
const sectionTitles = [...new Set(builtinTemplates.flatMap((t) => t.sections.flatMap((s) => [s.title, ...s.aliases])))];
const ruleIds = () => rules.map((r) => r.id);

// --- inline text --------------------------------------------------------------------------

const plainWords = fc.constantFrom(
  'the', 'council', 'children', 'services', 'inspectors', 'found', 'that', 'staff', 'were', 'well-being',
  'care', 'support', 'plan', 'evidence', 'families', 'safeguarding', 'leaders', 'practice', 'and', 'of',
  'Mr.', 'e.g.', 'i.e.', 'Dr', 'St.', 'No.', 'however,', 'which;', '(see', 'below)', '“quoted”', '‘single’', '—', '–',
);
const welshWords = fc.constantFrom('Llesiant', 'ŵyr', 'Tŷ', 'â', 'Gofal a chymorth', 'Mae’r', 'ŷ', 'dŵr', 'Arweinyddiaeth', 'Cyngor', 'gwasanaethau', 'plant');
const emoji = fc.constantFrom('😀', '👩‍👩‍👧', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '𝒜', '🇬🇧', 'e\u0301', '👍🏽', '\u200b', '\u00a0', '🙂.');
const acronyms = fc.constantFrom(
  'CIW', 'Care Inspectorate Wales (CIW)', 'CIW (Care Inspectorate Wales)', 'C.I.W.', 'LACs', 'CIW’s', 'CIW\'s', 'ADSS Cymru',
  'DoLS', 's47', 'S47', 'OFSTED', 'Ofsted', 'CQC', 'the Care Quality Commission (CQC)', 'IRO', 'LA', 'Looked After Children (LAC)',
  'NHS', 'the independent reviewing officer (IRO)', 'ABC (', '(XYZ)', 'Social Services and Well-being (Wales) Act 2014 (SSWBA)',
  'Arolygiaeth Gofal Cymru (AGC)', 'CAMHS', 'A (B)', '(CIW', 'CIW)',
);
const figures = fc.constantFrom(
  '9 of 14', 'all', 'most', 'a few', 'the majority', '75%', 'nearly all', 'none', '3/4', 'twelve of 20', 'many',
  'some', '100 per cent', '0 of 0', '14 out of 9', 'half', 'every', 'no',
);
const judgements = fc.constantFrom(
  'Good', 'Excellent', 'Requires improvement', 'Requires significant improvement', 'Inadequate', 'Outstanding',
  'effective', 'poor', 'strong', 'consistently', 'robust', 'weak', '**Rating:** Good', 'Rating: Excellent',
);
const markdownishChar = fc.constantFrom(...'#*-_[]()!<>`~|^:\\&;.,"\'{}=+ \t\n\r0123456789aZ', '\u0000', '\uFEFF', 'ŵ', '😀');
const label = fc.constantFrom('1', '2', 'a', 'note', 'ŵ', '😀', 'evidence-1', 'x y', '^', '');

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: plainWords },
  { weight: 2, arbitrary: welshWords },
  { weight: 2, arbitrary: emoji },
  { weight: 3, arbitrary: acronyms },
  { weight: 2, arbitrary: figures },
  { weight: 2, arbitrary: judgements },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: markdownishChar, maxLength: 6 }) },
);

const words = (max: number) => fc.array(token, { minLength: 1, maxLength: max }).map((w) => w.join(' '));

const inlineMarkup: fc.Arbitrary<string> = fc.oneof(
  words(3).map((w) => `**${w}**`),
  words(3).map((w) => `*${w}*`),
  words(3).map((w) => `_${w}_`),
  words(3).map((w) => `~~${w}~~`),
  words(3).map((w) => `\`${w}\``),
  fc.constant('``code with ` tick``'),
  fc.tuple(words(3), token).map(([w, t]) => `[${w}](https://example.org/${encodeURIComponent(t)})`),
  words(2).map((w) => `[${w}][ref]`),
  words(2).map((w) => `[${w}]`),
  words(2).map((w) => `![${w}](image.png "title")`),
  fc.constant('<https://example.org/CIW>'),
  label.map((l) => `[^${l}]`),
  words(4).map((w) => `<!-- ${w} -->`),
  fc.constantFrom('<br>', '&amp;', '&#x1F600;', '&nbsp;', '\\*', '\\[', '[[guidance]]', 'TODO', 'TBC', '…', '...', '<span>x</span>'),
  fc.constantFrom('<!-- unclosed', '**unclosed', '[unclosed(', '`unclosed', '](', '[^', '-->', '<!---->', '<!-- a -- b -->'),
);

const piece: fc.Arbitrary<string> = fc.oneof({ weight: 5, arbitrary: token }, { weight: 2, arbitrary: inlineMarkup });

/** One sentence of prose with inline markup. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '.', '!', '?', '', ':', '…', '."'))
  .map(([p, end]) => p.join(' ') + end);

/** One line of prose (one to three sentences). */
export const proseLine: fc.Arbitrary<string> = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

// --- blocks (each a list of lines) --------------------------------------------------------

type Lines = readonly string[];

const headingText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...sectionTitles) },
  { weight: 1, arbitrary: fc.constantFrom(...sectionTitles).map((t) => t.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom(...sectionTitles).map((t) => `2.1 ${t}`) },
  { weight: 2, arbitrary: words(5) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'Inspection of children’s services, Bryngwyn County Borough Council', 'Same', 'Same') },
);

const heading: fc.Arbitrary<Lines> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), headingText, fc.constantFrom('atx', 'atx', 'atx', 'closed', 'nospace', 'setext', 'indented'))
  .map(([level, text, style]) => {
    const hashes = '#'.repeat(level);
    switch (style) {
      case 'closed':
        return [`${hashes} ${text} ${hashes}`];
      case 'nospace':
        return [`${hashes}${text}`];
      case 'setext':
        return [text || 'x', level === 1 ? '===' : '---'];
      case 'indented':
        return [`   ${hashes} ${text}`];
      default:
        return [`${hashes} ${text}`];
    }
  });

const paragraph: fc.Arbitrary<Lines> = fc.array(proseLine, { minLength: 1, maxLength: 3 });

const listMarker = fc.constantFrom('-', '*', '+', '1.', '2)', '10.');
const list: fc.Arbitrary<Lines> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 4 }), listMarker, proseLine, fc.boolean()), { minLength: 1, maxLength: 8 })
  .map((items) =>
    items.flatMap(([depth, marker, line, wrap]) => {
      const indent = '  '.repeat(depth) + (depth && marker.length > 1 ? ' ' : '');
      return wrap ? [`${indent}${marker} ${line}`, `${indent}  continued ${line}`] : [`${indent}${marker} ${line}`];
    }),
  );

const cell = fc.oneof(words(3), inlineMarkup, fc.constantFrom('', ' ', '\\|', '`a|b`', '9 of 14'));
const table: fc.Arbitrary<Lines> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.boolean())
  .chain(([cols, rows, pipes]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows + 1, maxLength: rows + 1 }).map((cells) => {
      const row = (c: string[]) => (pipes ? `| ${c.join(' | ')} |` : c.join(' | '));
      const sep = pipes ? `|${Array(cols).fill('---').join('|')}|` : Array(cols).fill(':-:').join(' | ');
      return [row(cells[0]), sep, ...cells.slice(1).map(row)];
    }),
  );

const footnoteDefinition: fc.Arbitrary<Lines> = fc
  .tuple(label, proseLine, fc.option(proseLine))
  .map(([l, line, more]) => (more ? [`[^${l}]: ${line}`, `    ${more}`] : [`[^${l}]: ${line}`]));

const suppressionKind = fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file', 'disable-nextline', 'DISABLE');
const suppressionIds = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...ruleIds()),
  fc.subarray(ruleIds(), { minLength: 1 }).map((ids) => ids.join(' ')),
  fc.subarray(ruleIds(), { minLength: 1 }).map((ids) => ids.join(', ')),
  fc.constantFrom('no-such-rule', 'config'),
);
const suppression: fc.Arbitrary<Lines> = fc
  .tuple(suppressionKind, suppressionIds, fc.option(words(4)), fc.boolean())
  .map(([kind, ids, reason, inline]) => {
    const comment = `<!-- inspection-reports-${kind}${ids ? ` ${ids}` : ''}${reason !== null ? ` -- ${reason}` : ''} -->`;
    return inline ? [`Some text ${comment}`] : [comment];
  });

const htmlComment: fc.Arbitrary<Lines> = fc.oneof(
  words(5).map((w) => [`<!-- ${w} -->`]),
  fc.tuple(words(3), words(3)).map(([a, b]) => [`<!-- ${a}`, b, '-->']),
  fc.constant(['<!-- never closed']),
  fc.constant(['<!-- expect: required-section -->']),
);

const fenceContent = fc.array(fc.oneof(proseLine, fc.constantFrom('# not a heading', '---', '<!--', '| a | b |', '```', '    indented')), { maxLength: 4 });
const codeBlock: fc.Arbitrary<Lines> = fc.oneof(
  fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'yaml', 'markdown'), fenceContent, fc.boolean()).map(([fence, lang, body, closed]) => [`${fence}${lang}`, ...body, ...(closed ? [fence] : [])]),
  fc.array(proseLine, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `    ${l}`)),
);

const blockquote: fc.Arbitrary<Lines> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(paragraph, heading, list))
  .map(([depth, inner]) => inner.map((l) => `${'> '.repeat(depth)}${l}`));

const misc: fc.Arbitrary<Lines> = fc.oneof(
  fc.constantFrom(['[ref]: https://example.org/ref "Title"'], ['[CIW]: https://www.careinspectorate.wales'], ['***'], ['---'], ['___'], ['<div>', 'Inside a div', '</div>'], ['<details><summary>More</summary>', '', 'Hidden text.', '', '</details>']),
  fc.constantFrom(['[[Summarise the main findings]]'], ['TODO'], ['...'], ['TBC — to be confirmed']),
  words(4).map((w) => [`**Rating:** ${w}`]),
);

const randomLine: fc.Arbitrary<Lines> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => [s]),
  fc.string({ unit: markdownishChar, maxLength: 40 }).map((s) => [s]),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => [s]),
);

export const block: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 6, arbitrary: heading },
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: footnoteDefinition },
  { weight: 2, arbitrary: suppression },
  { weight: 1, arbitrary: htmlComment },
  { weight: 2, arbitrary: codeBlock },
  { weight: 1, arbitrary: blockquote },
  { weight: 2, arbitrary: misc },
  { weight: 1, arbitrary: randomLine },
  { weight: 1, arbitrary: fc.constant(['']) },
);

// --- front matter -------------------------------------------------------------------------

const templateValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...templateIds) },
  { weight: 2, arbitrary: fc.constantFrom('cqd', 'ciw-regulated-servce', 'ofsted', 'CQC', 'generik', 'jicp', 'ciw', 'nope-nothing-like-it', '"cqc"', "'generic'", 'ŵ', '😀') },
  { weight: 1, arbitrary: fc.constantFrom('[a, b]', '3', '{a: 1}', 'null', '', '~', 'true', '&x cqc') },
);

const frontMatterLines: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(templateValue, fc.option(words(4)), fc.constantFrom('---', '...', '---  ')).map(([t, title, close]) => ['---', `template: ${t}`, ...(title !== null ? [`title: ${JSON.stringify(title)}`] : []), 'date: 2024-05-01', close]) },
  { weight: 1, arbitrary: fc.constant(['---', 'title: No template here', '---']) },
  { weight: 1, arbitrary: fc.constant(['---', '---']) },
  { weight: 2, arbitrary: fc.constantFrom(['---', 'template: [cqc', '---'], ['---', ': :', '---'], ['---', '- a list', '- not a mapping', '---'], ['---', 'template: "unclosed', '---'], ['---', 'template: cqc', 'template: jicpa', '---'], ['---', '\ttemplate: cqc', '---'], ['---', 'a: b: c', '---']) },
  { weight: 1, arbitrary: fc.constantFrom(['---', 'template: cqc', 'title: never closed'], ['---']) },
  { weight: 1, arbitrary: fc.constant(['---', `a: &a [x, x, x, x, x, x, x, x, x]`, `b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]`, `c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]`, `d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]`, 'template: cqc', '---']) },
  // Over 64 KiB: reported, not parsed.
  { weight: 1, arbitrary: fc.constant(['---', 'template: cqc', ...Array.from({ length: 1400 }, (_, i) => `key${i}: ${'x'.repeat(40)}`), '---']) },
);

function weightedBoolean(trueWeight: number, falseWeight: number): fc.Arbitrary<boolean> {
  return fc.oneof({ weight: trueWeight, arbitrary: fc.constant(true) }, { weight: falseWeight, arbitrary: fc.constant(false) });
}

// --- documents ----------------------------------------------------------------------------

export type LineEnd = '\n' | '\r\n' | '\r' | 'mixed';

export interface DocumentParts {
  bom: boolean;
  frontMatter: Lines | null;
  blocks: Lines[];
  /** Separator between blocks: mostly a blank line, sometimes none (lazy continuation). */
  tight: boolean[];
  lineEnd: LineEnd;
  mixed: string[];
  finalNewline: boolean;
}

export function render(parts: DocumentParts): string {
  const lines: string[] = [];
  if (parts.frontMatter) lines.push(...parts.frontMatter);
  parts.blocks.forEach((b, i) => {
    if (lines.length && !parts.tight[i % Math.max(1, parts.tight.length)]) lines.push('');
    lines.push(...b);
  });
  let eolIndex = 0;
  const eol = () => (parts.lineEnd === 'mixed' ? parts.mixed[eolIndex++ % parts.mixed.length] : parts.lineEnd);
  let text = lines.map((l, i) => (i < lines.length - 1 ? l + eol() : l)).join('');
  if (parts.finalNewline && lines.length) text += eol();
  return (parts.bom ? '\uFEFF' : '') + text;
}

const documentParts: fc.Arbitrary<DocumentParts> = fc.record({
  bom: weightedBoolean(1, 3),
  frontMatter: fc.option(frontMatterLines, { freq: 2 }),
  blocks: fc.array(block, { maxLength: 24 }),
  tight: fc.array(weightedBoolean(1, 4), { minLength: 1, maxLength: 5 }),
  lineEnd: fc.constantFrom<LineEnd>('\n', '\n', '\n', '\r\n', '\r', 'mixed'),
  mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 6 }),
  finalNewline: fc.boolean(),
});

/** A draft built from the grammar. */
export const grammarDocument: fc.Arbitrary<string> = documentParts.map(render);

/** A draft from the grammar, a fully random string, or a grammar draft with random text spliced in. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: grammarDocument },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: markdownishChar, maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(grammarDocument, fc.nat(), fc.string({ unit: fc.oneof(markdownishChar, fc.constantFrom('\uD83D', '\uDE00')), maxLength: 30 })).map(([doc, at, junk]) => {
      const i = at % (doc.length + 1);
      return doc.slice(0, i) + junk + doc.slice(i);
    }),
  },
);

// --- edits --------------------------------------------------------------------------------

export interface RandomEdit {
  /** Position and length as fractions of whatever the text is when the edit applies. */
  at: number;
  length: number;
  insert: string;
  /** Type the insertion one character at a time (one lint per keystroke). */
  typed: boolean;
}

const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: block.map((b) => b.join('\n')) },
  { weight: 3, arbitrary: piece },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' ', '#', '# ', '## ', '---', '```', '`', '<!--', '-->', '[^1]', '[^1]: ', '|', '> ', '- ', '    ', '[', ']', '(', ')', '*', '\uFEFF', '😀', '\uD83D', '\uDE00') },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: markdownishChar, maxLength: 12 }) },
);

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 80 })),
  insert: insertion,
  typed: weightedBoolean(1, 3),
});

/** The [start, end) range an edit replaces in `text`. */
export function editRange(text: string, edit: RandomEdit): { start: number; end: number } {
  const start = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  return { start, end: Math.min(text.length, start + edit.length) };
}

// --- configs ------------------------------------------------------------------------------

export const CONFIG_PATH = '/workspace/.inspection-reports.yaml';

/** Config texts: the default, a default template, severities per rule (registry ids), a workspace template. */
export const configText: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...templateIds).map((t) => `template: ${t}\n`),
  fc
    .array(fc.tuple(fc.constantFrom(...ruleIds()), fc.constantFrom('error', 'warning', 'info', 'off')), { maxLength: ruleIds().length })
    .map((pairs) => `rules:\n${pairs.map(([id, s]) => `  ${id}: ${s}`).join('\n')}\n`),
  fc.constant('template: our-home\ntemplates:\n  - id: our-home\n    extends: ciw-regulated-service\n    remove: [date-published]\n    sections:\n      - { title: Medication, after: care-and-support, guidance: How medicines are managed }\n'),
);

const configCache = new Map<string, ResolvedConfig>();
export function configFrom(text: string): ResolvedConfig {
  let config = configCache.get(text);
  if (!config) configCache.set(text, (config = text ? parseConfig(text, CONFIG_PATH) : defaultConfig()));
  return config;
}
