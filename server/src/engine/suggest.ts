// "Did you mean …?": the known names closest to a mistyped one (edit distance), for unknown
// templates in front matter and config, and unknown rules and options in the config.

/**
 * Up to three candidates within `limit` edits (by default a third of the name's length, at
 * least 3), or containing the name.
 */
export function closest(name: string, candidates: readonly string[], limit = Math.max(3, Math.floor(name.length / 3))): string[] {
  const lower = name.toLowerCase();
  const scored = candidates.map((c) => ({ c, d: distance(lower, c.toLowerCase()) })).sort((a, b) => a.d - b.d);
  return scored.filter((s) => s.d <= limit || s.c.toLowerCase().includes(lower)).slice(0, 3).map((s) => s.c);
}

/** ` Did you mean "a" or "b"?`, or '' when nothing is close. */
export function didYouMean(name: string, candidates: readonly string[], quote = '"', limit?: number): string {
  const found = closest(name, candidates, limit);
  return found.length ? ` Did you mean ${found.map((s) => `${quote}${s}${quote}`).join(' or ')}?` : '';
}

/** Edits between two strings: insertions, deletions, substitutions and swaps of neighbours ("quite"/"quiet" is one). */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) next[j] = Math.min(next[j], before[j - 2] + 1);
    }
    before = row;
    row = next;
  }
  return row[b.length];
}
