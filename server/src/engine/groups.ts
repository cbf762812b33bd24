// The top-level blocks of a markdown-it token stream with their block structure ("signature"):
// what the keystroke fast path (incremental.ts) compares to decide that an edit changed only
// inline content. Kept with the model's cache (model.ts, LastParse) between parses.
import type { Token } from 'markdown-it';

/** One top-level block of the token stream: its lines and its block structure. */
export interface Group {
  startLine: number;
  endLine: number;
  /** Token types, nesting and lines (relative to startLine) of the block; inline content left out. */
  signature: string;
  /** Only prose containers: paragraphs, lists, quotes, tables. */
  prose: boolean;
}

const PROSE_TOKENS = new Set([
  'paragraph_open', 'paragraph_close', 'inline', 'bullet_list_open', 'bullet_list_close', 'ordered_list_open', 'ordered_list_close',
  'list_item_open', 'list_item_close', 'blockquote_open', 'blockquote_close', 'table_open', 'table_close', 'thead_open', 'thead_close',
  'tbody_open', 'tbody_close', 'tr_open', 'tr_close', 'th_open', 'th_close', 'td_open', 'td_close',
]);

/** The top-level blocks among `tokens` (whole blocks only), appended to `groups`. */
export function topLevelGroups(tokens: Token[], groups: Group[] = []): Group[] {
  // Most blocks share a signature (a one-line paragraph...): one string each, kept for the next edit.
  const signatures = new Map<string, string>();
  for (let i = 0; i < tokens.length; ) {
    const first = i;
    let depth = 0;
    do depth += tokens[i++].nesting;
    while (depth > 0 && i < tokens.length);
    const map = tokens[first].map;
    if (!map) continue;
    const { signature, prose } = describe(tokens, first, i, map[0]);
    let shared = signatures.get(signature);
    if (shared === undefined) signatures.set(signature, (shared = signature));
    groups.push({ startLine: map[0], endLine: map[1], signature: shared, prose });
  }
  return groups;
}

function describe(tokens: Token[], from: number, to: number, line: number): { signature: string; prose: boolean } {
  const parts: string[] = [];
  let prose = true;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!PROSE_TOKENS.has(t.type)) prose = false;
    const map = t.map ? `${t.map[0] - line}-${t.map[1] - line}` : '';
    parts.push(`${t.type}/${t.nesting}/${map}/${t.markup}/${t.hidden ? 1 : 0}/${t.attrs ? t.attrs.join() : ''};`);
  }
  // join() makes one flat string: `+=` would keep every fragment alive as long as the groups.
  return { signature: parts.join(''), prose };
}

