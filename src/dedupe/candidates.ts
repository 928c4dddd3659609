/**
 * @module dedupe/candidates
 * Pairs worth scoring, without comparing every pair: articles sharing an LSH band key (similar
 * wording) or the same content, a rare incident key, or two of their strongest terms (a rewrite in
 * other words), published within the window of each other. Blocks are read in date order, and a
 * member with too many others inside its window is skipped for that block: a key that common there
 * names a topic, not a story. So the work grows with the articles, not their square.
 * Input: prepared articles ordered by day (undated last). Output: pair codes `x * PAIR_BASE + y`, x < y.
 */
import type { PreparedArticle, PreparedSet } from "./prepare.ts";
import { hash32 } from "./text-similarity.ts";

/** Article indexes stay below this (4M), so a pair or a block entry fits a double exactly. */
export const PAIR_BASE = 2 ** 22;
const KEY_MASK = 0x7fffffff;
/** Most others a member may have inside its window for the block to pair it. */
const BAND_CAP = 60;
const KEY_CAP = 40;
const TERM_CAP = 120;

/**
 * Calls `visit` with the members (ascending index) of every block of two or more, the blocks given
 * by `keysOf` (31-bit keys). One sort of packed key·index entries, no map per key; `visit` must not
 * keep the members array, which is reused.
 */
function forEachBlock(
  articles: readonly PreparedArticle[],
  keysOf: (article: PreparedArticle, index: number) => ArrayLike<number>,
  visit: (members: Int32Array) => void,
): void {
  let total = 0;
  articles.forEach((article, index) => (total += keysOf(article, index).length));
  const entries = new Float64Array(total);
  let at = 0;
  articles.forEach((article, index) => {
    const keys = keysOf(article, index);
    for (let k = 0; k < keys.length; k++)
      entries[at++] = ((keys[k] as number) & KEY_MASK) * PAIR_BASE + index;
  });
  entries.sort();
  const buffer = new Int32Array(articles.length);
  for (let start = 0; start < entries.length;) {
    const key = Math.floor((entries[start] as number) / PAIR_BASE);
    let end = start;
    for (; end < entries.length && Math.floor((entries[end] as number) / PAIR_BASE) === key; end++)
      buffer[end - start] = (entries[end] as number) - key * PAIR_BASE;
    if (end - start >= 2) visit(buffer.subarray(0, end - start));
    start = end;
  }
}

/**
 * Calls `visit(x, y)` for members of one block published within `windowDays` of each other, skipping
 * a member with more than `cap` others ahead inside its window. `days` is NaN for the undated, which
 * come last (the articles' order) and pair with all the others of a block no larger than `cap`.
 */
function forPairsInWindow(
  members: Int32Array,
  days: Float64Array,
  windowDays: number,
  cap: number,
  visit: (x: number, y: number) => void,
): void {
  let dated = members.length;
  while (dated > 0 && Number.isNaN(days[members[dated - 1] as number])) dated--;
  let end = 0;
  for (let i = 0; i < dated; i++) {
    const day = days[members[i] as number] as number;
    while (end < dated && (days[members[end] as number] as number) - day <= windowDays) end++;
    if (end - i - 1 > cap) continue;
    for (let j = i + 1; j < end; j++) visit(members[i] as number, members[j] as number);
  }
  if (dated === members.length || members.length > cap + 1) return;
  for (let j = dated; j < members.length; j++)
    for (let i = 0; i < j; i++) visit(members[i] as number, members[j] as number);
}

/** A growable list of pair codes: typed storage, sorted once at the end, no set or map per pair. */
export class PairList {
  private codes = new Float64Array(1 << 12);
  private length = 0;

  push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  /** The codes pushed at least `times` times, ascending, each once. */
  distinct(times = 1): Float64Array {
    const sorted = this.codes.subarray(0, this.length).sort();
    const out: number[] = [];
    for (let start = 0; start < sorted.length;) {
      let end = start + 1;
      while (end < sorted.length && sorted[end] === sorted[start]) end++;
      if (end - start >= times) out.push(sorted[start] as number);
      start = end;
    }
    return Float64Array.from(out);
  }
}

/** Candidate pair codes among the set's articles, which must be ordered by day with the undated last. */
export function candidatePairs(set: PreparedSet, windowDays: number): Float64Array {
  const { articles } = set;
  if (articles.length >= PAIR_BASE) throw new RangeError(`at most ${PAIR_BASE - 1} articles per grouping`);
  const pairs = new PairList();
  const add = (x: number, y: number) => pairs.push(x * PAIR_BASE + y);
  const days = Float64Array.from(articles, (a) => a.day ?? NaN);
  const wordingKeys = (a: PreparedArticle) => [...a.bands, hash32(a.input.contentHash)];
  forEachBlock(articles, wordingKeys, (members) =>
    forPairsInWindow(members, days, windowDays, BAND_CAP, add),
  );
  forEachBlock(
    articles,
    (a) => a.blockingKeys,
    (members) => forPairsInWindow(members, days, windowDays, KEY_CAP, add),
  );
  const sharingTerms = new PairList();
  forEachBlock(
    articles,
    (_, index) => set.topTerms[index] as Int32Array,
    (members) =>
      forPairsInWindow(members, days, windowDays, TERM_CAP, (x, y) => sharingTerms.push(x * PAIR_BASE + y)),
  );
  for (const code of sharingTerms.distinct(2)) pairs.push(code);
  return pairs.distinct();
}
