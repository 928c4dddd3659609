/**
 * @module dedupe/candidates
 * Pairs worth scoring, without comparing every pair: articles sharing an LSH band key (similar
 * wording) or the same content, a rare incident key, or two of their strongest terms (a rewrite in
 * other words), published within the window of each other. Blocks are read in date order, and a
 * member with too many others inside its window is skipped for that block: a key that common there
 * names a topic, not a story. So the work grows with the articles, not their square.
 * Input: prepared articles ordered by day (undated last). Output: pair codes `x * PAIR_BASE + y`, x < y.
 */
import type { Lists, PreparedSet } from "./prepare.ts";
import { BANDS, hash32 } from "./text-similarity.ts";

/** Article indexes stay below this (4M), so a pair or a block entry fits a double exactly. */
export const PAIR_BASE = 2 ** 22;
const KEY_MASK = 0x7fffffff;
/** Most others a member may have inside its window for the block to pair it. */
const BAND_CAP = 60;
const KEY_CAP = 40;
const TERM_CAP = 120;

/**
 * Reads blocks: articles sharing a key. One sort of packed key·index entries per kind of key (per
 * band for LSH bands), no map per key; the entries and members arrays are allocated once and reused.
 */
class BlockReader {
  private readonly entries: Float64Array;
  private readonly members: Int32Array;

  /** `capacity`: the most keys of all the articles together that one call will be given. */
  constructor(articleCount: number, capacity: number) {
    this.entries = new Float64Array(capacity);
    this.members = new Int32Array(articleCount);
  }

  /**
   * Calls `visit` with the members (ascending index) of every block of two or more, the keys of
   * article i being its list in `lists`, or only the key at `position` in it when given (31 bits of
   * each are used). `visit` must not keep the members array, which is reused.
   */
  forEachBlock(lists: Lists, visit: (members: Int32Array) => void, position?: number): void {
    let at = 0;
    const { entries, members } = this;
    const { starts, values } = lists;
    for (let index = 0; index + 1 < starts.length; index++) {
      const [start, end] = [starts[index] as number, starts[index + 1] as number];
      if (position === undefined)
        for (let k = start; k < end; k++)
          entries[at++] = ((values[k] as number) & KEY_MASK) * PAIR_BASE + index;
      else if (start + position < end)
        entries[at++] = ((values[start + position] as number) & KEY_MASK) * PAIR_BASE + index;
    }
    const sorted = entries.subarray(0, at).sort();
    for (let start = 0; start < sorted.length;) {
      const key = Math.floor((sorted[start] as number) / PAIR_BASE);
      let end = start;
      for (; end < sorted.length && Math.floor((sorted[end] as number) / PAIR_BASE) === key; end++)
        members[end - start] = (sorted[end] as number) - key * PAIR_BASE;
      if (end - start >= 2) visit(members.subarray(0, end - start));
      start = end;
    }
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

/** Pair codes per chunk of a PairList. */
const PAIR_CHUNK = 1 << 18;

/**
 * A growable list of pair codes: typed chunks that are never copied to grow, sorted once at the end,
 * no set or map per pair.
 */
export class PairList {
  private readonly chunks: Float64Array[] = [];
  private chunk = new Float64Array(0);
  private used = 0;

  push(code: number): void {
    if (this.used === this.chunk.length) {
      this.chunk = new Float64Array(PAIR_CHUNK);
      this.chunks.push(this.chunk);
      this.used = 0;
    }
    this.chunk[this.used++] = code;
  }

  /** The codes pushed at least `times` times, ascending, each once. */
  distinct(times = 1): Float64Array {
    const full = this.chunks.length ? (this.chunks.length - 1) * PAIR_CHUNK + this.used : 0;
    const codes = new Float64Array(full);
    this.chunks.forEach((chunk, i) =>
      codes.set(i === this.chunks.length - 1 ? chunk.subarray(0, this.used) : chunk, i * PAIR_CHUNK),
    );
    return distinctCodes(codes, times);
  }
}

/**
 * Sorts `codes` in place and returns the view of its start holding each code found at least `times`
 * times, once, ascending.
 */
export function distinctCodes(codes: Float64Array, times = 1): Float64Array {
  const sorted = codes.sort();
  // Kept codes are written over the sorted ones, which are read ahead of them.
  let kept = 0;
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    if (end - start >= times) sorted[kept++] = sorted[start] as number;
    start = end;
  }
  return sorted.subarray(0, kept);
}

/** Candidate pair codes among the set's articles, which must be ordered by day with the undated last. */
export function candidatePairs(set: PreparedSet, windowDays: number): Float64Array {
  const { inputs, days, bands, blockingKeys } = set;
  if (inputs.length >= PAIR_BASE) throw new RangeError(`at most ${PAIR_BASE - 1} articles per grouping`);
  const pairs = new PairList();
  const add = (x: number, y: number) => pairs.push(x * PAIR_BASE + y);
  const blocks = new BlockReader(
    inputs.length,
    Math.max(inputs.length, blockingKeys.values.length, set.topTerms.values.length),
  );
  const oneEach = Int32Array.from({ length: inputs.length + 1 }, (_, i) => i);
  blocks.forEachBlock(
    { starts: oneEach, values: Int32Array.from(inputs, (input) => hash32(input.contentHash)) },
    (members) => forPairsInWindow(members, days, windowDays, BAND_CAP, add),
  );
  // Bands one at a time, so that a pair sharing several is paired at the first only: bit b of
  // `paired[x]` says x was paired in its block of band b (not skipped for a crowded window), where a
  // dated y after it that shares that band was paired with it already.
  const paired = new Uint32Array(inputs.length);
  const sharesEarlierBand = (x: number, y: number, band: number) => {
    const [bx, by] = [bands.starts[x] as number, bands.starts[y] as number];
    for (let bits = (paired[x] as number) & ((1 << band) - 1); bits !== 0; bits &= bits - 1) {
      const b = 31 - Math.clz32(bits & -bits);
      if ((((bands.values[bx + b] as number) ^ (bands.values[by + b] as number)) & KEY_MASK) === 0)
        return true;
    }
    return false;
  };
  for (let band = 0; band < BANDS; band++)
    blocks.forEachBlock(
      bands,
      (members) =>
        forPairsInWindow(members, days, windowDays, BAND_CAP, (x, y) => {
          if (Number.isNaN(days[y])) return add(x, y);
          paired[x] = (paired[x] as number) | (1 << band);
          if (!sharesEarlierBand(x, y, band)) add(x, y);
        }),
      band,
    );
  blocks.forEachBlock(blockingKeys, (members) => forPairsInWindow(members, days, windowDays, KEY_CAP, add));
  const sharingTerms = new PairList();
  blocks.forEachBlock(set.topTerms, (members) =>
    forPairsInWindow(members, days, windowDays, TERM_CAP, (x, y) => sharingTerms.push(x * PAIR_BASE + y)),
  );
  for (const code of sharingTerms.distinct(2)) pairs.push(code);
  return pairs.distinct();
}
