// Scores the acronym-definition extractor on the BioC abbreviation corpora (MEDSTRACT, Schwartz &
// Hearst, Ab3P, BIOADI; revised release of Islamaj Doğan et al. 2014).
//
//   node --import tsx scripts/eval-acronyms.ts [corpusDir] [--errors DIR] [--per-occurrence]
//
// corpusDir defaults to ../shared/data/bioc-abbreviation-corpora relative to the repository root.
// If the corpora are absent it says so and exits 0.
//
// Counting (as SOURCE.md asks): each passage is fed to the extractor on its own; predicted and
// gold pairs are (document, SF, LF) with whitespace collapsed. By default pairs are counted once
// per unique (document, SF, LF) ("per unique pair per document"); --per-occurrence counts gold
// relations and predicted definitions one by one instead. A hit needs the SF string exactly equal
// and the LF exactly equal to the gold LF as stored in <text>, or to the concatenation of its
// <location>s (joined with a space, or with nothing). The "lenient" column also accepts an LF
// equal ignoring case, or differing by one leading word.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findDefinitions } from '../server/src/engine/acronyms/detect';
import { findDefinitionsSchwartzHearst } from '../server/src/engine/acronyms/schwartzHearst';
import type { AcronymDefinition } from '../server/src/engine/acronyms/types';

export interface GoldPair {
  sf: string;
  /** Where the short form is, in its passage (for error listings). */
  at: number;
  passage: string;
  /** Accepted LF strings: the stored text and the concatenations of its locations. */
  lfs: string[];
}

export interface Passage {
  text: string;
  gold: GoldPair[];
}

export interface Doc {
  id: string;
  passages: Passage[];
}

const CORPORA: { name: string; file: string; published?: { p: number; r: number } }[] = [
  { name: 'MEDSTRACT', file: 'MEDSTRACT/medstract_bioc_gold.xml', published: { p: 0.96, r: 0.82 } },
  { name: 'SH', file: 'SH-BioC/SH_bioc_gold.xml', published: { p: 0.95, r: 0.82 } },
  { name: 'Ab3P', file: 'Ab3P-BioC/Ab3P_bioc_gold.xml' },
  { name: 'BIOADI', file: 'BioADI-BioC/bioadi_bioc_gold.xml' },
];

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    switch (e) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A small parser for exactly this BioC layout (document > passage > annotation/relation). */
export function parseBioC(xml: string): Doc[] {
  const docs: Doc[] = [];
  for (const dm of xml.matchAll(/<document>([\s\S]*?)<\/document>/g)) {
    const body = dm[1];
    const id = /<id>([^<]*)<\/id>/.exec(body)?.[1] ?? '?';
    const passages: Passage[] = [];
    for (const pm of body.matchAll(/<passage>([\s\S]*?)<\/passage>/g)) {
      const p = pm[1];
      const offset = Number(/<offset>(\d+)<\/offset>/.exec(p)?.[1] ?? 0);
      // The passage text is the <text> that is not inside an <annotation>.
      const outside = p.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<relation[\s\S]*?<\/relation>/g, '');
      const text = unescapeXml(/<text>([\s\S]*?)<\/text>/.exec(outside)?.[1] ?? '');
      const anns = new Map<string, { role: string; text: string; locs: { offset: number; length: number }[] }>();
      for (const am of p.matchAll(/<annotation id="([^"]+)">([\s\S]*?)<\/annotation>/g)) {
        const a = am[2];
        const role = /<infon key="ABBR">([^<]*)<\/infon>/.exec(a)?.[1] ?? '';
        const atext = unescapeXml(/<text>([\s\S]*?)<\/text>/.exec(a)?.[1] ?? '');
        const locs = [...a.matchAll(/<location offset="(\d+)" length="(\d+)"\s*\/>/g)].map((m) => ({ offset: Number(m[1]), length: Number(m[2]) }));
        anns.set(am[1], { role, text: atext, locs });
      }
      const gold: GoldPair[] = [];
      for (const rm of p.matchAll(/<relation[^>]*>([\s\S]*?)<\/relation>/g)) {
        let sf: string | undefined;
        let at = 0;
        let lfs: string[] = [];
        for (const nm of rm[1].matchAll(/<node refid="([^"]+)" role="([^"]+)"\s*\/>/g)) {
          const a = anns.get(nm[1]);
          if (!a) continue;
          if (nm[2] === 'ShortForm') {
            sf = collapse(a.text);
            at = (a.locs[0]?.offset ?? offset) - offset;
          }
          else {
            const pieces = a.locs.map((l) => text.slice(l.offset - offset, l.offset - offset + l.length));
            lfs = [...new Set([collapse(a.text), collapse(pieces.join(' ')), collapse(pieces.join(''))])];
          }
        }
        if (sf !== undefined && lfs.length) gold.push({ sf, lfs, at, passage: text });
      }
      passages.push({ text, gold });
    }
    docs.push({ id, passages });
  }
  return docs;
}

function lenientEqual(pred: string, gold: string): boolean {
  if (pred.toLowerCase() === gold.toLowerCase()) return true;
  const drop = (s: string) => s.replace(/^\S+\s+/, '');
  const a = pred.toLowerCase();
  const b = gold.toLowerCase();
  return drop(a) === b || drop(b) === a;
}

export interface Score {
  gold: number;
  predicted: number;
  hits: number;
  lenientHits: number;
  /** Gold pairs whose SF letters and digits occur in order in the LF, the first at a word start in its first token. */
  letterMatchable: number;
}

/** Whether any extractor that matches the short form's letters in the long form could find this pair. */
export function letterMatchable(sf: string, lf: string): boolean {
  const s = [...sf.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (!s.length) return false;
  const l = lf.toLowerCase();
  const firstTokenEnd = l.indexOf(' ') < 0 ? l.length : l.indexOf(' ');
  for (let st = 0; st < firstTokenEnd; st++) {
    if (l[st] !== s[0] || (st > 0 && /[\p{L}\p{N}]/u.test(l[st - 1]))) continue;
    let i = 1;
    for (let k = st + 1; k < l.length && i < s.length; k++) if (l[k] === s[i]) i++;
    if (i === s.length) return true;
  }
  return false;
}

export type Extractor = (text: string) => AcronymDefinition[];

export function score(docs: Doc[], extract: Extractor, perOccurrence: boolean, errors?: string[]): Score {
  const s: Score = { gold: 0, predicted: 0, hits: 0, lenientHits: 0, letterMatchable: 0 };
  for (const doc of docs) {
    let gold: GoldPair[] = [];
    let pred: { sf: string; lf: string; passage: string }[] = [];
    for (const p of doc.passages) {
      gold.push(...p.gold);
      for (const d of extract(p.text)) {
        pred.push({ sf: collapse(p.text.slice(d.shortStart, d.shortEnd)), lf: collapse(d.longForm), passage: p.text });
      }
    }
    if (!perOccurrence) {
      const seen = new Set<string>();
      gold = gold.filter((g) => {
        const k = g.sf + '\u0000' + g.lfs[0];
        return seen.has(k) ? false : (seen.add(k), true);
      });
      const seenP = new Set<string>();
      pred = pred.filter((p) => {
        const k = p.sf + '\u0000' + p.lf;
        return seenP.has(k) ? false : (seenP.add(k), true);
      });
    }
    s.gold += gold.length;
    s.letterMatchable += gold.filter((g) => g.lfs.some((lf) => letterMatchable(g.sf, lf))).length;
    s.predicted += pred.length;
    // Match greedily, each gold pair at most once.
    const used = new Array<boolean>(gold.length).fill(false);
    const usedLenient = new Array<boolean>(gold.length).fill(false);
    for (const p of pred) {
      const i = gold.findIndex((g, k) => !used[k] && g.sf === p.sf && g.lfs.includes(p.lf));
      if (i >= 0) {
        used[i] = true;
        s.hits++;
      } else if (errors) {
        errors.push(`FP\t${doc.id}\t${p.sf}\t${p.lf}\t${gold.filter((g) => g.sf === p.sf).map((g) => g.lfs[0]).join(' | ')}`);
      }
      const j = gold.findIndex((g, k) => !usedLenient[k] && g.sf === p.sf && g.lfs.some((lf) => lenientEqual(p.lf, lf)));
      if (j >= 0) {
        usedLenient[j] = true;
        s.lenientHits++;
      }
    }
    if (errors) {
      gold.forEach((g, k) => {
        if (!used[k]) {
          const ctx = g.passage.slice(Math.max(0, g.at - 100), g.at + g.sf.length + 60);
          const got = pred.filter((p) => p.sf === g.sf).map((p) => p.lf).join(' | ');
          errors.push(`FN\t${doc.id}\t${g.sf}\t${g.lfs[0]}\t${got ? `[got: ${got}] ` : ''}${ctx}`);
        }
      });
    }
  }
  return s;
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '—');

function main(): void {
  const args = process.argv.slice(2);
  const perOccurrence = args.includes('--per-occurrence');
  const errIdx = args.indexOf('--errors');
  const errorsDir = errIdx >= 0 ? args[errIdx + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && (errIdx < 0 || i !== errIdx + 1));
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(positional[0] ?? join(repoRoot, '..', 'shared', 'data', 'bioc-abbreviation-corpora'));
  if (!existsSync(dir)) {
    console.log(`Corpora not found at ${dir}; nothing to evaluate. Pass the corpus directory as the first argument.`);
    process.exit(0);
  }
  const extractors: { name: string; fn: Extractor }[] = [
    { name: 'ours', fn: (t) => findDefinitions(t) },
    { name: 'S&H port', fn: findDefinitionsSchwartzHearst },
  ];
  const counting = perOccurrence ? 'per occurrence' : 'per unique (document, SF, LF)';
  console.log(`Acronym definitions on the BioC corpora (${counting}; exact SF, exact LF)\n`);
  const header = ['corpus', 'extractor', 'gold', 'pred', 'hits', 'P%', 'R%', 'F1%', 'lenient P/R%', 'ceiling R%', 'published S&H P/R%'];
  const rows: string[][] = [];
  let any = false;
  const totals = new Map<string, Score>();
  for (const c of CORPORA) {
    const file = join(dir, c.file);
    if (!existsSync(file)) {
      rows.push([c.name, '(missing)', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    any = true;
    const docs = parseBioC(readFileSync(file, 'utf8'));
    for (const ex of extractors) {
      const errors: string[] | undefined = errorsDir ? [] : undefined;
      const t0 = performance.now();
      const s = score(docs, ex.fn, perOccurrence, errors);
      const ms = performance.now() - t0;
      const p = s.hits / s.predicted;
      const r = s.hits / s.gold;
      const f = (2 * p * r) / (p + r);
      const lp = s.lenientHits / s.predicted;
      const lr = s.lenientHits / s.gold;
      const pub = ex.name === 'S&H port' && c.published ? `${c.published.p * 100}/${c.published.r * 100} (original annotations)` : '';
      rows.push([c.name, ex.name, String(s.gold), String(s.predicted), String(s.hits), pct(p), pct(r), pct(f), `${pct(lp)}/${pct(lr)}`, pct(s.letterMatchable / s.gold), pub, `${ms.toFixed(0)} ms`]);
      const tot = totals.get(ex.name) ?? { gold: 0, predicted: 0, hits: 0, lenientHits: 0, letterMatchable: 0 };
      tot.letterMatchable += s.letterMatchable;
      tot.gold += s.gold;
      tot.predicted += s.predicted;
      tot.hits += s.hits;
      tot.lenientHits += s.lenientHits;
      totals.set(ex.name, tot);
      if (errors && errorsDir) {
        mkdirSync(errorsDir, { recursive: true });
        writeFileSync(join(errorsDir, `${c.name}-${ex.name.replace(/\W+/g, '')}.tsv`), errors.join('\n') + '\n');
      }
    }
  }
  if (!any) {
    console.log(`No corpus files found under ${dir}; nothing to evaluate.`);
    process.exit(0);
  }
  for (const [name, s] of totals) {
    const p = s.hits / s.predicted;
    const r = s.hits / s.gold;
    rows.push(['all four', name, String(s.gold), String(s.predicted), String(s.hits), pct(p), pct(r), pct((2 * p * r) / (p + r)), `${pct(s.lenientHits / s.predicted)}/${pct(s.lenientHits / s.gold)}`, pct(s.letterMatchable / s.gold), '', '']);
  }
  const all = [header.concat('time'), ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  for (const r of all) console.log(r.map((cell, i) => (cell ?? '').padEnd(widths[i])).join('  ').trimEnd());
  console.log(
    '\n"ceiling R%": share of gold pairs whose short-form letters and digits occur in order in the long form, the first' +
      '\nat a word start of its first token: the recall no letter-matching extractor (S&H or ours) can exceed.',
  );
  console.log(
    '\nPublished S&H figures were measured on the original annotations (PSB 2003); these files are the 2014 revision,' +
      '\nso the "S&H port" rows are the like-for-like baseline. Islamaj Doğan et al. (2014) report their own table (not copied here).',
  );
}

// Run only when executed, not when a test imports the parser.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
