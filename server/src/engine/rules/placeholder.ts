import { defineRule } from '../rule';
import { findPlaceholders, DEFAULT_PLACEHOLDER_WORDS, REVEAL_COMMAND_ID } from '../placeholders';

export default defineRule<{ words: string[] }>({
  id: 'placeholder',
  description: 'An unfilled placeholder: [[guidance]], TODO, TBC, XX for a number, [insert date], [name], Lorem ipsum.',
  defaultSeverity: 'error',
  tags: ['document'],
  fixable: true,
  options: {
    words: {
      type: 'array',
      items: { type: 'string' },
      default: DEFAULT_PLACEHOLDER_WORDS,
      description: 'Words (matched in capitals, as whole words) that mark unfinished text.',
    },
  },
  docs: `A report with an unfilled placeholder cannot be published. Reported:

- \`[[…]]\` guidance, as snippets and quick fixes insert it (the sections \`check --fix\` adds
  included, so a fixed draft is never green until they are written);
- the words TODO, TBC, TBD, TBA and FIXME, in capitals (option \`words\`);
- \`XX\` or \`XXX\` standing for a number ("XX of the 14 cases", "£XXX", "XX%");
- bracketed instructions: \`[insert date]\`, \`[add figure]\`, \`[name]\`, \`[date]\`, \`[number]\`, \`[TBC]\`;
- "Lorem ipsum".

Text in code, comments and link targets is not prose and is not checked. The quick fix
selects the placeholder so that it can be typed over; it changes no text.

Example (planted into a real paragraph, Barnsley 2023, and marked as such): "Return home
interviews are completed for [[State the proportion completed on time]] of children." is
reported at the \`[[…]]\`.`,
  check(model, ctx) {
    for (const p of findPlaceholders(model, ctx.options.words)) {
      ctx.report({
        start: p.start,
        end: p.end,
        message: `Unfilled placeholder "${shorten(model.text.slice(p.start, p.end))}": write the text before publication.`,
        fixes: [selectFix(p.start, p.end)],
      });
    }
  },
});

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

/** Selects the placeholder (no edit): the editor runs the command; other faces ignore it. */
function selectFix(start: number, end: number) {
  return { title: 'Select the placeholder to fill it in', edits: [], command: { id: REVEAL_COMMAND_ID, args: [start, end] } };
}
