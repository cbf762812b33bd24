// `--shard K/N`: a CI matrix of N jobs splits one file list between them. The files are sorted
// by path (code-point order, '/' separators) and the i-th goes to shard (i mod N) + 1: the
// same list gives every job the same split, whatever order the shell or file system lists them
// in, the shares differ by at most one file, and together the shards check every file once.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `K/N` with 1 ≤ K ≤ N, or a message saying what is wrong. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) return `--shard takes K/N with 1 ≤ K ≤ N (for example --shard 2/4), not "${text}".`;
  return { index, count };
}

/** The files of one shard, in their input order. */
export function inShard(files: readonly string[], shard: Shard): string[] {
  const key = (f: string) => f.replace(/\\/g, '/').replace(/^\.\//, '');
  const order = files.map((f, i) => ({ k: key(f), i })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  const keep = new Set<number>();
  order.forEach((o, rank) => {
    if (rank % shard.count === shard.index - 1) keep.add(o.i);
  });
  return files.filter((_, i) => keep.has(i));
}
