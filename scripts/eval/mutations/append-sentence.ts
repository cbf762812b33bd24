// What the kinds that add a sentence to the end of a real paragraph share: the paragraph (a
// narrative one, see narrativePlaces), and a sentence with a marked part, the part the rule should
// report. A sentence is written with the part between ⟦ and ⟧.
import { defineKind, type MutationKind, type Report } from './types';
import { TextBuilder } from './text';
import { narrativePlaces, type Place } from './insert-paragraph';

export interface AppendOptions {
  kind: string;
  issue: number;
  rule: string;
  description: string;
  /** The sentence, its reportable part marked ⟦like this⟧. */
  sentence(report: Report, random: () => number): string;
}

/** Splits "a ⟦b⟧ c" into the plain sentence and the offsets of b. */
export function marked(sentence: string): { plain: string; start: number; end: number } {
  const start = sentence.indexOf('⟦');
  const end = sentence.indexOf('⟧');
  if (start < 0 || end < start) throw new Error(`no ⟦marked part⟧ in "${sentence}"`);
  return { plain: sentence.replace('⟦', '').replace('⟧', ''), start, end: end - 1 };
}

/** A kind that adds its sentence at the end of a narrative paragraph and expects `rule` on the marked part. */
export function appendedSentenceKind(options: AppendOptions): MutationKind<Place> {
  return defineKind<Place>({
    kind: options.kind,
    issue: options.issue,
    rule: options.rule,
    description: options.description,
    find: (report) => narrativePlaces(report, undefined, 200, false),
    apply(report, place, random) {
      const { plain, start, end } = marked(options.sentence(report, random));
      const b = new TextBuilder(report.text);
      b.copy(0, place.after.end);
      const at = b.insert(` ${plain}`).start + 1;
      b.copy(place.after.end, report.text.length);
      return {
        pieces: b.pieces,
        expect: { rule: options.rule, spans: [{ start: at + start, end: at + end }] },
        note: `added "${plain}"`,
      };
    },
  });
}
