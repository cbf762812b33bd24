// Offset <-> line/column conversion. Lines end at \n, \r\n or a lone \r (as in LSP);
// columns count UTF-16 code units, which is what LSP positions use by default.

export interface Position {
  line: number; // 0-based
  character: number; // 0-based, UTF-16 code units
}

export class LineMap {
  /** Offset at which each line starts (an Int32Array: a million-line file's growing array of numbers was a tenth of a second). */
  readonly starts: Int32Array;

  constructor(readonly text: string, starts?: Int32Array) {
    this.starts = starts ?? (text.includes('\r') ? lineStartsAnyBreak(text) : lineStartsLf(text));
  }

  /** The map after an edit inside line `line` that changed its length by `delta` (no line break added or removed). */
  afterLineEdit(text: string, line: number, delta: number): LineMap {
    const starts = this.starts.slice();
    for (let i = line + 1; i < starts.length; i++) starts[i] += delta;
    return new LineMap(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line`. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's content (before its line break). */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line] };
  }

  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}

/** indexOf is much faster than a character loop, and most drafts use \n alone. Counted first, then filled. */
function lineStartsLf(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
}

function lineStartsAnyBreak(text: string): Int32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Int32Array.from(starts);
}
