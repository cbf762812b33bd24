// A glossary: entries by acronym with O(1) lookup, built from layers where later layers override
// earlier ones (workspace over built-in). An override replaces the whole entry: a workspace that
// redefines CO as "Commanding Officer" does not inherit the built-in entry's notes or Welsh form.
import { buildKnownAcronyms, type KnownAcronyms } from '../acronyms/known';
import { normaliseShortForm } from '../acronyms/normalise';
import { BUILTIN_GLOSSARY } from './builtin';
import type { GlossaryEntry } from './types';

export class Glossary {
  private readonly byKey = new Map<string, GlossaryEntry>();
  private readonly byUpper = new Map<string, string>();

  constructor(...layers: Iterable<GlossaryEntry>[]) {
    for (const layer of layers) for (const e of layer) this.set(e);
  }

  /** Adds or replaces an entry (by its key). */
  set(entry: GlossaryEntry): void {
    const key = entry.acronym.trim().replace(/\s+/g, ' ');
    const e = key === entry.acronym ? entry : { ...entry, acronym: key };
    this.byKey.delete(key); // keep insertion order = override order
    this.byKey.set(key, e);
    // Case-insensitive lookup: the latest key with this spelling in capitals.
    this.byUpper.set(key.toUpperCase(), key);
  }

  /**
   * The entry for an acronym: exact key first ("CIW", "ADSS Cymru"), then as normalised ("C.I.W.",
   * "LACs", "CIW's"), then ignoring case ("OFSTED" → Ofsted, "s47" → S47).
   */
  get(acronym: string): GlossaryEntry | undefined {
    const exact = this.byKey.get(acronym);
    if (exact) return exact;
    const norm = normaliseShortForm(acronym);
    const n = this.byKey.get(norm);
    if (n) return n;
    const k = this.byUpper.get(norm.toUpperCase()) ?? this.byUpper.get(acronym.toUpperCase());
    return k === undefined ? undefined : this.byKey.get(k);
  }

  has(acronym: string): boolean {
    return this.get(acronym) !== undefined;
  }

  get size(): number {
    return this.byKey.size;
  }

  entries(): IterableIterator<GlossaryEntry> {
    return this.byKey.values();
  }

  /** The chain of names an acronym has had and has now: CSIW → CSSIW → CIW. */
  lineage(acronym: string): GlossaryEntry[] {
    const out: GlossaryEntry[] = [];
    const seen = new Set<string>();
    let e = this.get(acronym);
    while (e && !seen.has(e.acronym)) {
      out.push(e);
      seen.add(e.acronym);
      e = e.successor ? this.get(e.successor) : undefined;
    }
    return out;
  }

  /** The other-language entry: CIW → AGC, AGC → CIW. */
  counterpart(acronym: string): GlossaryEntry | undefined {
    const e = this.get(acronym);
    if (!e) return undefined;
    const other = e.welshAcronym ?? e.englishAcronym;
    return other ? this.get(other) : undefined;
  }
}

/** Merges glossary layers; later layers override earlier ones by acronym. */
export function mergeGlossaries(...layers: Iterable<GlossaryEntry>[]): Glossary {
  return new Glossary(...layers);
}

/** The built-in glossary plus workspace layers (each overriding the ones before). */
export function glossaryWithBuiltin(...workspace: Iterable<GlossaryEntry>[]): Glossary {
  return new Glossary(BUILTIN_GLOSSARY, ...workspace);
}

export interface AcronymSettings {
  /** Config `acronyms.allow`: acronyms that never need a definition. */
  allow?: Iterable<string>;
  /** Config `acronyms.ignore`: words in capitals that are not acronyms. */
  ignore?: Iterable<string>;
}

/**
 * What the acronym detectors need from a glossary and the config: build once per configuration
 * (and glossary version) and pass to detectAcronyms for every block.
 */
export function knownAcronymsFrom(glossary: Glossary, settings: AcronymSettings = {}): KnownAcronyms {
  return buildKnownAcronyms({ glossary: glossary.entries(), allow: settings.allow, ignore: settings.ignore });
}

let builtinKnown: KnownAcronyms | undefined;

/** KnownAcronyms for the built-in glossary alone (built once). */
export function builtinKnownAcronyms(): KnownAcronyms {
  if (!builtinKnown) builtinKnown = buildKnownAcronyms({ glossary: BUILTIN_GLOSSARY });
  return builtinKnown;
}
