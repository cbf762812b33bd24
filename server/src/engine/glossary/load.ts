// Reading workspace glossary files. The caller reads the file; these functions take its contents
// as a string and never touch the file system.
//
// YAML: a list of entries,
//     - acronym: CIW
//       expansion: Care Inspectorate Wales
//       welsh: Arolygiaeth Gofal Cymru (AGC)      # optional; "(AGC)" becomes welshAcronym
//       definedInGlossary: true                   # optional
//   (also accepted: notes, alternatives, welshAcronym, wellKnown, name, formerly, successor, sources),
//   or a mapping from acronym to expansion (CIW: Care Inspectorate Wales) or to such an object.
// TSV: the columns of the product's glossary.tsv: acronym, expansion, welsh_form, source (a header
//   row naming them is optional; extra columns are ignored).
//
// Both return entries, terms (rows with no acronym, "—") and errors with 1-based line numbers.
// A bad row is reported and skipped; the rest is kept.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { GlossaryEntry, GlossaryError, GlossaryParseResult, GlossaryTerm } from './types';

const NO_ACRONYM = new Set(['—', '–', '-', '']);

/** "Care Inspectorate Wales (CIW's name until 2017)" → long form and notes. */
export function splitNotes(text: string): { text: string; notes?: string } {
  let s = text.trim();
  const notes: string[] = [];
  // Trailing bracketed notes, possibly several: "X (Ofsted, 2018-)".
  for (;;) {
    // Only a bracket after a space and at the very end: "Child(ren)" and "(Wales) Act 2014" stay.
    const m = /\s+\(([^()]*)\)\s*$/.exec(s);
    if (!m || m.index === 0) break;
    notes.unshift(m[1].trim());
    s = s.slice(0, m.index).trim();
  }
  return notes.length ? { text: s, notes: notes.join('; ') } : { text: s };
}

const ACRONYM_LIKE = /^(?=.*\p{Lu}.*\p{Lu}|.*\p{Lu}\d)[\p{L}\d&]{2,12}$/u;

/** "Arolygiaeth Gofal Cymru (AGC)" → Welsh long form and acronym; "GIG (Gwasanaeth Iechyd Gwladol)" too. */
export function splitWelsh(text: string): { welsh?: string; welshAcronym?: string; notes?: string } {
  const first = text.split(/;\s*/)[0].trim();
  const rest = text.split(/;\s*/).slice(1).join('; ').trim();
  if (!first) return {};
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(first);
  let out: { welsh?: string; welshAcronym?: string; notes?: string };
  if (m && ACRONYM_LIKE.test(m[2].trim())) out = { welsh: m[1].trim(), welshAcronym: m[2].trim() };
  else if (m && ACRONYM_LIKE.test(m[1].trim()) && m[2].trim().split(/\s+/).length > 1) out = { welsh: m[2].trim(), welshAcronym: m[1].trim() };
  else if (m) out = { welsh: m[1].trim(), notes: m[2].trim() };
  else out = { welsh: first };
  if (rest) out.notes = out.notes ? `${out.notes}; ${rest}` : rest;
  return out;
}

/** Initial letters of the content words of a long form, lower case. */
function initials(longForm: string): string {
  return longForm
    .split(/[\s\-/]+/)
    .filter((w) => w && !/^(?:of|and|the|for|in|to|a|an|on|at|by|with|&)$/i.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/**
 * Expands "Her/His Majesty's X", "Child(ren)" and, with optionalBrackets, "Child (Criminal)
 * Exploitation" into variants (for a row with several acronyms, CE/CCE).
 */
export function longFormVariants(text: string, optionalBrackets = false): string[] {
  let variants = [text];
  // Word alternatives: "Her/His", "Advocate/Adviser", "Team/Service".
  const slash = /(\S+)\/(\S+)/;
  for (let guard = 0; guard < 3; guard++) {
    const next: string[] = [];
    let changed = false;
    for (const v of variants) {
      const m = slash.exec(v);
      if (m && !/\s\/\s/.test(v)) {
        changed = true;
        next.push(v.slice(0, m.index) + m[1] + v.slice(m.index + m[0].length), v.slice(0, m.index) + m[2] + v.slice(m.index + m[0].length));
      } else next.push(v);
    }
    variants = next;
    if (!changed) break;
  }
  // Optional parts: "Child(ren)", "Child (Criminal) Exploitation".
  const out: string[] = [];
  for (const v of variants) {
    const glued = /(\p{L})\((\p{Ll}+)\)/u.exec(v);
    if (glued) {
      out.push(v.replace(glued[0], glued[1]), v.replace(glued[0], glued[1] + glued[2]));
      continue;
    }
    const inner = optionalBrackets ? /\s\(([^()]+)\)\s/.exec(v) : null;
    if (inner && v.slice(inner.index + inner[0].length).trim()) {
      out.push(v.replace(inner[0], ' '), v.replace(inner[0], ` ${inner[1]} `));
      continue;
    }
    out.push(v);
  }
  return [...new Set(out.map((s) => s.replace(/\s+/g, ' ').trim()))];
}

/** Splits "S17/S20/S47", "YOT/YOS", "ACE(s)" into keys. */
export function splitAcronymCell(cell: string): string[] {
  const s = cell.trim();
  const plural = /^(.+)\(s\)$/.exec(s); // "ACE(s)": the plural ACEs is found as a use of ACE anyway
  if (plural) return [plural[1].trim()];
  if (s.includes('/') && s.split('/').every((p) => ACRONYM_LIKE.test(p.trim()) || /^\p{Lu}\d+$/u.test(p.trim()))) return s.split('/').map((p) => p.trim());
  return [s];
}

/**
 * Builds entries from one glossary.tsv-style row: cleans the expansion (notes out), splits
 * multi-acronym cells and pairs them with the long-form variants whose initials fit best.
 */
export function entriesFromRow(acronymCell: string, expansionCell: string, welshCell: string, sourceCell: string): GlossaryEntry[] {
  // The common case, a plain row, without the regular expressions below (100,000 rows in ~100 ms).
  if (!/[()/]/.test(acronymCell + expansionCell) && !welshCell.trim() && !sourceCell.includes(';')) {
    const e: GlossaryEntry = { acronym: acronymCell.trim(), expansion: expansionCell.trim() };
    if (sourceCell.trim()) e.sources = [sourceCell.trim()];
    return [e];
  }
  const keys = splitAcronymCell(acronymCell);
  const { text, notes } = splitNotes(expansionCell);
  const sources = sourceCell
    .split(/\s+;\s+|\s;\s/)
    .map((x) => x.trim())
    .filter(Boolean);
  const w = welshCell.trim() ? splitWelsh(welshCell) : {};
  const variants = longFormVariants(text, keys.length > 1);
  const out: GlossaryEntry[] = [];
  for (const key of keys) {
    let expansion = variants[0];
    let alternatives = variants.slice(1);
    if (keys.length > 1 && variants.length > 1) {
      const fit = variants.find((v) => initials(v) === key.replace(/\d+/g, '').toLowerCase());
      if (fit) {
        expansion = fit;
        alternatives = [];
      }
    }
    const e: GlossaryEntry = { acronym: key, expansion };
    if (alternatives.length) e.alternatives = alternatives;
    if (notes) e.notes = notes;
    if (w.welsh) e.welsh = w.welsh;
    if (w.welshAcronym) e.welshAcronym = w.welshAcronym;
    if (w.notes) e.notes = e.notes ? `${e.notes}; Welsh: ${w.notes}` : `Welsh: ${w.notes}`;
    if (sources.length) e.sources = sources;
    out.push(e);
  }
  return out;
}

/** Parses a glossary.tsv-style file (acronym, expansion, welsh_form, source). */
export function parseGlossaryTsv(text: string, file = '<glossary.tsv>'): GlossaryParseResult {
  const entries: GlossaryEntry[] = [];
  const terms: GlossaryTerm[] = [];
  const errors: GlossaryError[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const cols = line.split('\t');
    if (i === 0 && /^acronym$/i.test(cols[0].trim())) continue; // header row
    const [acr = '', exp = '', welsh = '', source = ''] = cols;
    if (cols.length < 2) {
      errors.push({ file, line: lineNo, column: 1, message: 'Expected tab-separated columns: acronym, expansion, welsh_form, source.' });
      continue;
    }
    if (NO_ACRONYM.has(acr.trim())) {
      if (exp.trim() && welsh.trim()) terms.push({ english: exp.trim(), welsh: welsh.trim(), ...(source.trim() ? { sources: [source.trim()] } : {}) });
      continue;
    }
    if (!exp.trim()) {
      errors.push({ file, line: lineNo, column: acr.length + 2, message: `No expansion for "${acr.trim()}".` });
      continue;
    }
    if (acr.trim().split(/\s+/).length > 3) {
      errors.push({ file, line: lineNo, column: 1, message: `"${acr.trim()}" does not look like an acronym (at most three words).` });
      continue;
    }
    for (const e of entriesFromRow(acr, exp, welsh, source)) {
      e.origin = { file, line: lineNo };
      entries.push(e);
    }
  }
  return { entries, terms, errors };
}

const YAML_FIELDS = new Set(['acronym', 'expansion', 'welsh', 'welshAcronym', 'definedInGlossary', 'notes', 'alternatives', 'wellKnown', 'name', 'formerly', 'successor', 'sources', 'source', 'english', 'englishAcronym', 'language']);

interface RawItem {
  obj: Record<string, unknown>;
  line: number;
  column: number;
  /** For the mapping form (CIW: Care Inspectorate Wales), the acronym is the key. */
  key?: string;
}

/** Entries from raw YAML items (shared by the fast reader and the full YAML parser). */
function entriesFromItems(items: RawItem[], file: string, errors: GlossaryError[]): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);
  const strList = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.map(str).filter((x): x is string => !!x) : typeof v === 'string' ? [v.trim()] : undefined);
  for (const { obj, line, column, key } of items) {
    const err = (message: string) => errors.push({ file, line, column, message });
    const acronym = key ?? str(obj.acronym);
    const expansion = str(obj.expansion);
    if (!acronym) {
      err('An entry needs an "acronym".');
      continue;
    }
    if (!expansion) {
      err(`"${acronym}" needs an "expansion".`);
      continue;
    }
    for (const k of Object.keys(obj)) if (!YAML_FIELDS.has(k)) err(`Unknown field "${k}" in the entry for "${acronym}" (known: acronym, expansion, welsh, definedInGlossary, notes, alternatives, welshAcronym, wellKnown, name, formerly, successor, sources).`);
    // An expansion is pasted into reports by fixes: one line of text, or it would add lines (a heading, a table row).
    const multiLine = [expansion, str(obj.welsh), ...(strList(obj.alternatives) ?? [])].find((v) => v !== undefined && /[\r\n\u2028\u2029]/.test(v));
    if (multiLine !== undefined) {
      err(`The expansion of "${acronym}" has a line break; an expansion is one line of text, so the entry is not used.`);
      continue;
    }
    const split = splitNotes(expansion);
    const e: GlossaryEntry = { acronym: acronym.replace(/\s+/g, ' '), expansion: split.text, origin: { file, line } };
    const notes = [split.notes, str(obj.notes)].filter(Boolean).join('; ');
    if (notes) e.notes = notes;
    const welsh = str(obj.welsh);
    if (welsh) {
      const w = splitWelsh(welsh);
      if (w.welsh) e.welsh = w.welsh;
      if (w.welshAcronym) e.welshAcronym = w.welshAcronym;
    }
    if (str(obj.welshAcronym)) e.welshAcronym = str(obj.welshAcronym);
    if (str(obj.english)) e.english = str(obj.english);
    if (str(obj.englishAcronym)) e.englishAcronym = str(obj.englishAcronym);
    if (obj.language === 'cy' || obj.language === 'en') e.language = obj.language;
    const alts = strList(obj.alternatives);
    if (alts?.length) e.alternatives = alts;
    for (const flag of ['definedInGlossary', 'wellKnown', 'name'] as const) {
      const v = obj[flag];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'boolean') err(`"${flag}" for "${acronym}" must be true or false.`);
      else e[flag] = v;
    }
    const formerly = strList(obj.formerly);
    if (formerly?.length) e.formerly = formerly;
    if (str(obj.successor)) e.successor = str(obj.successor);
    const sources = strList(obj.sources ?? obj.source);
    if (sources?.length) e.sources = sources;
    entries.push(e);
  }
  return entries;
}

/** A plain or quoted one-line YAML scalar, or undefined when it needs the full parser. */
function fastScalar(raw: string): unknown {
  let v = raw.trim();
  if (v === '' || v === '~' || v === 'null' || v === 'Null' || v === 'NULL') return null;
  const c = v[0];
  if (c === "'") {
    const m = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(v);
    return m ? m[1].replace(/''/g, "'") : undefined;
  }
  if (c === '"') {
    const m = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(v);
    if (!m) return undefined;
    if (/\\[^"\\/nt]/.test(m[1])) return undefined; // rarer escapes: full parser
    return m[1].replace(/\\(["\\/nt])/g, (_x, e: string) => (e === 'n' ? '\n' : e === 't' ? '\t' : e));
  }
  if (c === '[') {
    const m = /^\[([^\[\]{}]*)\]\s*(?:#.*)?$/.exec(v);
    if (!m) return undefined;
    if (!m[1].trim()) return [];
    const parts = m[1].split(',').map((x) => fastScalar(x));
    return parts.some((x) => x === undefined || (typeof x === 'string' && /['"]/.test(x))) ? undefined : parts;
  }
  if ('&*!|>{%@`#'.includes(c) || ((c === '-' || c === '?' || c === ':') && (v.length === 1 || v[1] === ' '))) return undefined;
  const hash = v.search(/\s#/);
  if (hash >= 0) v = v.slice(0, hash).trimEnd();
  if (/:\s|:$/.test(v)) return undefined;
  if (/^(?:true|True|TRUE)$/.test(v)) return true;
  if (/^(?:false|False|FALSE)$/.test(v)) return false;
  return v;
}

/**
 * A fast reader for the plain shape glossaries have (a list of one-line "key: value" entries, or
 * "ACR: expansion" lines). Returns undefined as soon as anything else appears (anchors, block
 * scalars, nesting, multi-line values), and the full YAML parser takes over: that one needs
 * seconds for 100,000 entries, this one a few hundred milliseconds.
 */
function fastYamlItems(text: string): RawItem[] | undefined {
  const lines = text.split('\n');
  const items: RawItem[] = [];
  let mode: 'seq' | 'map' | undefined;
  let cur: RawItem | undefined;
  let itemIndent = -1; // indentation of the keys of the current item
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    if (line.includes('\t')) return undefined;
    if (i === 0 && /^---\s*$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    if (body.startsWith('- ') || body === '-') {
      if (mode === 'map' || indent !== 0) return undefined;
      mode = 'seq';
      cur = { obj: {}, line: i + 1, column: 1 };
      items.push(cur);
      const rest = body.slice(1).trimStart();
      itemIndent = indent + (body.length - rest.length);
      if (rest) {
        const m = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(rest);
        if (!m) return undefined;
        const v = fastScalar(m[2] ?? '');
        if (v === undefined || (m[2] ?? '').trim() === '') return undefined;
        cur.obj[m[1]] = v;
      } else itemIndent = -1;
      continue;
    }
    const m = /^([^\s#'"[\]{}&*!|>%@`][^:#]*?):(?:\s+(.*))?$/.exec(body);
    if (!m) return undefined;
    const rawValue = m[2] ?? '';
    if (mode === 'seq') {
      if (!cur) return undefined;
      if (itemIndent < 0) itemIndent = indent;
      if (indent !== itemIndent) return undefined;
      const v = fastScalar(rawValue);
      if (v === undefined || rawValue.trim() === '') return undefined;
      cur.obj[m[1]] = v;
      continue;
    }
    // Mapping form.
    if (indent === 0) {
      mode = 'map';
      if (rawValue.trim() === '') {
        cur = { obj: {}, line: i + 1, column: 1, key: m[1].trim() };
        items.push(cur);
        itemIndent = -1;
      } else {
        const v = fastScalar(rawValue);
        if (v === undefined) return undefined;
        items.push({ obj: { expansion: v }, line: i + 1, column: 1, key: m[1].trim() });
        cur = undefined;
      }
      continue;
    }
    if (!cur || mode !== 'map') return undefined;
    if (itemIndent < 0) itemIndent = indent;
    if (indent !== itemIndent) return undefined;
    const v = fastScalar(rawValue);
    if (v === undefined || rawValue.trim() === '') return undefined;
    cur.obj[m[1]] = v;
  }
  return items;
}

/**
 * Parses a YAML glossary (a list of entries, or a mapping from acronym to expansion or entry).
 * `options.fast: false` skips the fast reader (for tests that compare the two).
 */
export function parseGlossaryYaml(text: string, file = '<glossary.yaml>', options: { fast?: boolean } = {}): GlossaryParseResult {
  const errors: GlossaryError[] = [];
  const fast = options.fast === false ? undefined : fastYamlItems(text);
  if (fast) return { entries: entriesFromItems(fast, file, errors), terms: [], errors };

  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  const at = (node: Node | null | undefined) => {
    const p = lc.linePos(node?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors) {
    const p = lc.linePos(e.pos[0]);
    errors.push({ file, line: p.line, column: p.col, message: `YAML syntax error: ${e.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return { entries: [], terms: [], errors };
  const root = doc.contents as Node | null;
  if (root === null || root === undefined) return { entries: [], terms: [], errors };
  const items: RawItem[] = [];
  if (isSeq(root)) {
    for (const item of root.items) {
      const node = item as Node;
      if (!isMap(node)) {
        errors.push({ file, ...at(node), message: 'Each glossary entry must be a mapping with "acronym" and "expansion".' });
        continue;
      }
      items.push({ obj: node.toJSON() as Record<string, unknown>, ...at(node) });
    }
  } else if (isMap(root)) {
    for (const pair of root.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) && keyNode.value !== null ? String(keyNode.value).trim() : undefined;
      const valueNode = pair.value as Node | null;
      if (!key) {
        errors.push({ file, ...at(keyNode), message: 'A glossary key must be an acronym.' });
        continue;
      }
      if (isScalar(valueNode)) items.push({ obj: { expansion: valueNode.value }, ...at(keyNode), key });
      else if (isMap(valueNode)) items.push({ obj: valueNode.toJSON() as Record<string, unknown>, ...at(keyNode), key });
      else errors.push({ file, ...at(keyNode), message: `"${key}" needs an expansion.` });
    }
  } else {
    errors.push({ file, ...at(root), message: 'A glossary file must hold a list of entries (or a mapping from acronym to expansion).' });
  }
  return { entries: entriesFromItems(items, file, errors), terms: [], errors };
}

/** Parses a glossary file by its extension (.yaml/.yml, .tsv/.txt; anything else is tried as YAML). */
export function parseGlossaryFile(file: string, text: string): GlossaryParseResult {
  return /\.(tsv|tab|txt)$/i.test(file) ? parseGlossaryTsv(text, file) : parseGlossaryYaml(text, file);
}
