// YAML front matter: `---` on the first line (after an optional BOM), closed by `---` or `...`.
import { parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { LineMap } from './lines';

export interface FrontMatterError {
  message: string;
  start: number;
  end: number;
}

export interface FrontMatter {
  /** Whole block, fences included. */
  start: number;
  end: number;
  /** Parsed mapping; empty when the YAML is malformed or not a mapping. */
  data: Record<string, unknown>;
  errors: FrontMatterError[];
  /** Source span of a top-level key's value, for findings and fixes that point at it. */
  valueSpan(key: string): { start: number; end: number } | undefined;
}

/** Front matter larger than this is reported rather than parsed. */
export const MAX_FRONT_MATTER = 64 * 1024;

/** Whether the text's first line (after a byte order mark) is `---`, which opens front matter. */
export function opensFrontMatter(text: string): boolean {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const next = text.charCodeAt(bom + 3);
  return text.startsWith('---', bom) && (text.length === bom + 3 || next === 10 || next === 13);
}

export function parseFrontMatter(text: string, lines: LineMap): FrontMatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!opensFrontMatter(text)) return undefined;
  let closeLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line)).trimEnd();
    if (content === '---' || content === '...') {
      closeLine = line;
      break;
    }
  }
  const bodyStart = lines.lineStart(1);
  if (closeLine < 0) {
    return frontMatter(0, lines.lineEnd(0), {}, [{ message: 'Front matter is not closed: add a line `---` after it.', start: bom, end: lines.lineEnd(0) }]);
  }
  const bodyEnd = lines.lineStart(closeLine);
  const end = lines.lineEnd(closeLine);
  if (bodyEnd - bodyStart > MAX_FRONT_MATTER) {
    return frontMatter(0, end, {}, [{ message: `Front matter is larger than ${MAX_FRONT_MATTER / 1024} KiB and was not read.`, start: bom, end: lines.lineEnd(0) }]);
  }
  // YAML knows no lone-CR line ends; a \n in its place keeps every offset.
  const body = text.slice(bodyStart, bodyEnd).replace(/\r(?!\n)/g, '\n');
  const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  // An error found at the end of the YAML (an unclosed bracket) belongs to its last line.
  const last = Math.max(0, body.trimEnd().length - 1);
  const errors: FrontMatterError[] = doc.errors.map((e) => {
    const at = Math.min(e.pos[0], last);
    return { message: `Front matter is not valid YAML: ${firstLine(e.message)}`, ...onBoundaries(text, bodyStart + at, bodyStart + Math.max(Math.min(e.pos[1], body.length), at + 1)) };
  });
  let data: Record<string, unknown> = {};
  if (!errors.length) {
    try {
      const value = doc.toJS({ maxAliasCount: 50 });
      if (value === null || value === undefined) data = {};
      else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
      else errors.push({ message: 'Front matter must be a mapping of keys to values (for example `template: ciw-regulated-service`).', start: bodyStart, end: bodyEnd });
    } catch (e) {
      errors.push({ message: `Front matter could not be read: ${firstLine((e as Error).message)}`, start: bodyStart, end: bodyEnd });
    }
  }
  return frontMatter(0, end, data, errors, doc, bodyStart);
}

function frontMatter(start: number, end: number, data: Record<string, unknown>, errors: FrontMatterError[], doc?: Document, base = 0): FrontMatter {
  return {
    start,
    end,
    data,
    errors,
    valueSpan(key) {
      if (!doc || !isMap(doc.contents)) return undefined;
      const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
      const range = (pair?.value as { range?: [number, number, number] } | undefined)?.range;
      return range ? { start: base + range[0], end: base + range[1] } : undefined;
    },
  };
}

/**
 * A span widened so that neither end falls between the halves of a surrogate pair, nor between
 * the CR and LF of a line end (LSP has no position there).
 */
function onBoundaries(text: string, start: number, end: number): { start: number; end: number } {
  const low = (i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  const inCrLf = (i: number) => i > 0 && i < text.length && text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13;
  return { start: low(start) || inCrLf(start) ? start - 1 : start, end: low(end) || inCrLf(end) ? end + 1 : end };
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
