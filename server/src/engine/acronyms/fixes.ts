// Fixes shared by the acronym rules.
import { parseDocument } from 'yaml';
import { modify, applyEdits as applyJsonEdits, parse as parseJsonc } from 'jsonc-parser';
import type { Fix } from '../types';

/**
 * Fixes made, by config file: the text they were made from, and the fix per acronym. The same
 * acronyms are undefined on every keystroke (and in every file of a folder), and a YAML parse
 * per finding (0.1 ms) added up to milliseconds per keystroke in a draft with many of them.
 */
const made = new Map<string, { text: string; fixes: Map<string, Fix | undefined> }>();
const CONFIGS_REMEMBERED = 16;
const FIXES_REMEMBERED = 1000;

/** "Add KEY to the allowed acronyms" as an edit of the workspace config file, YAML or JSON. */
export function allowListFix(key: string, configPath: string | undefined, configText: string | undefined): Fix | undefined {
  if (!configPath || configText === undefined) return undefined;
  let memo = made.get(configPath);
  if (!memo || memo.text !== configText || memo.fixes.size >= FIXES_REMEMBERED) {
    if (!memo && made.size >= CONFIGS_REMEMBERED) made.clear();
    made.set(configPath, (memo = { text: configText, fixes: new Map() }));
  }
  if (!memo.fixes.has(key)) memo.fixes.set(key, makeAllowListFix(key, configPath, configText));
  return memo.fixes.get(key);
}

function makeAllowListFix(key: string, configPath: string, configText: string): Fix | undefined {
  let updated: string;
  if (/\.jsonc?$/.test(configPath)) {
    const current = (parseJsonc(configText) as { acronyms?: { allow?: unknown } } | undefined)?.acronyms?.allow;
    const allow = Array.isArray(current) ? [...current, key] : [key];
    updated = applyJsonEdits(configText, modify(configText, ['acronyms', 'allow'], allow, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  } else {
    const doc = parseDocument(configText);
    if (doc.errors.length) return undefined;
    const allow = doc.getIn(['acronyms', 'allow'], true) as { items?: unknown[] } | undefined;
    if (allow && Array.isArray(allow.items)) doc.addIn(['acronyms', 'allow'], key);
    else doc.setIn(['acronyms', 'allow'], doc.createNode([key], { flow: true }));
    updated = doc.toString();
  }
  const name = configPath.slice(configPath.lastIndexOf('/') + 1);
  return { title: `Add ${key} to the allowed acronyms in ${name}`, edits: [], fileEdits: [{ path: configPath, edits: [{ start: 0, end: configText.length, newText: updated }] }] };
}

/**
 * Text from outside the report (a glossary expansion) made safe to paste into a line of Markdown,
 * wherever it lands (a paragraph, a table cell, a heading, link text): every character that
 * Markdown could read as syntax is backslash-escaped (CommonMark shows "\\|" as "|"), so a "|"
 * cannot split a table cell nor "*" start emphasis. Line breaks never get here: the glossary
 * refuses an expansion that has one.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => '\\' + c).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/**
 * The short form as a fix writes it: without full stops ("I.R.O." becomes "IRO"), as house
 * style and acronym-punctuation ask, so that no acronym rule's fix brings the full stops back.
 */
export function withoutFullStops(written: string): string {
  return /^(?:\p{Lu}\.){2,}/u.test(written) ? written.replace(/\./g, '') : written;
}

/**
 * Whether the last full stop of "C.I.W." also ends a sentence: the acronym ends its line, or a
 * space and a capitalised word follow ("the C.I.W. Next day"). Before a plural or possessive
 * ("C.I.W.s"), a comma or another word, it does not. A fix that rewrites the acronym keeps that
 * full stop.
 */
export function endsSentence(text: string, end: number, written: string): boolean {
  if (!written.endsWith('.')) return false;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length || text[i] === '\n' || text[i] === '\r') return true;
  if (i === end) return false;
  return /^[\p{Lu}][\p{Ll}]/u.test(text.slice(i, i + 2));
}
