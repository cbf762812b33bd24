// Fixes shared by the acronym rules.
import { parseDocument } from 'yaml';
import { modify, applyEdits as applyJsonEdits, parse as parseJsonc } from 'jsonc-parser';
import type { Fix } from '../types';

/** "Add KEY to the allowed acronyms" as an edit of the workspace config file, YAML or JSON. */
export function allowListFix(key: string, configPath: string | undefined, configText: string | undefined): Fix | undefined {
  if (!configPath || configText === undefined) return undefined;
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
