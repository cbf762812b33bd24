// The entry point of parsing: a one-line edit of prose through the fast path (incremental.ts),
// anything else parsed whole (model.ts). Imports both, so that they need not import each other.
import { parseWhole, type BlockCache, type ReportModel } from './model';
import { reparseLineEdit } from './incremental';

/**
 * The report model of a text. With a cache (one per document, kept across its versions), blocks
 * whose text is unchanged are reused and a one-line edit of prose is applied without a full
 * parse; without one (a one-off check, as in the CLI), nothing is kept for later.
 */
export function parseReport(text: string, cache?: BlockCache, path?: string): ReportModel {
  // The fast path keeps the last parse's language: only for the same path (its name may say it).
  const quick = cache?.last && cache.last.path === path && reparseLineEdit(cache.last, text, cache);
  if (quick) {
    cache!.last = { ...cache!.last!, text, model: quick };
    return quick;
  }
  return parseWhole(text, cache, path);
}
