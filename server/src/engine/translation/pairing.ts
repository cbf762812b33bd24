// Which file is the other language's version of a report. A Welsh version names its English one
// in its front matter (`translationOf: report.md`), and an English version may name its Welsh one
// (`translation: report.cy.md`); without either, the naming convention pairs `report.cy.md`
// with `report.md` (or `report.en.md`). Paths are relative to the file and stay in its folder.

export type Language = 'en' | 'cy';

export interface PartnerCandidate {
  /** Absolute paths to try, in order; the first that exists is the partner. */
  paths: string[];
  /** The partner's language. */
  language: Language;
  /** Where the pairing came from, for messages. */
  via: 'front matter' | 'file name';
}

/** The language of a report: `lang:` in its front matter, `translationOf:`, or a `.cy.md` name; else English. */
export function languageOf(path: string, frontMatter: Record<string, unknown> | undefined): Language {
  const lang = frontMatter?.lang ?? frontMatter?.language;
  if (typeof lang === 'string') return /^(cy|cym|wel|welsh|cymraeg)\b/i.test(lang) ? 'cy' : 'en';
  if (typeof frontMatter?.translationOf === 'string') return 'cy';
  return /\.cy\.md$/i.test(path) ? 'cy' : 'en';
}

export function partnerCandidates(path: string, frontMatter: Record<string, unknown> | undefined): PartnerCandidate | undefined {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const own = languageOf(path, frontMatter);
  const other: Language = own === 'cy' ? 'en' : 'cy';
  const named = own === 'cy' ? frontMatter?.translationOf : frontMatter?.translation;
  if (typeof named === 'string') {
    return insideFolder(named) ? { paths: [folder + named], language: other, via: 'front matter' } : undefined;
  }
  const name = path.slice(folder.length);
  if (own === 'cy') {
    const stem = name.replace(/\.cy\.md$/i, '');
    return stem === name ? undefined : { paths: [`${folder}${stem}.md`, `${folder}${stem}.en.md`], language: other, via: 'file name' };
  }
  const stem = name.replace(/(\.en)?\.md$/i, '');
  return { paths: [`${folder}${stem}.cy.md`], language: other, via: 'file name' };
}

/** A relative path with no "..", no absolute start, Markdown. */
function insideFolder(p: string): boolean {
  return p.endsWith('.md') && !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '..' || s === '');
}

/**
 * The other-language version of a report, found through `exists` and read through `read`
 * (the faces supply both: the CLI reads the disk, the server its open documents first).
 */
export function findPartner(
  path: string,
  frontMatter: Record<string, unknown> | undefined,
  read: (path: string) => string | undefined,
): { path: string; text: string } | undefined {
  const candidates = partnerCandidates(path, frontMatter);
  if (!candidates) return undefined;
  for (const candidate of candidates.paths) {
    if (candidate === path) continue;
    const text = read(candidate);
    if (text !== undefined) return { path: candidate, text };
  }
  return undefined;
}
