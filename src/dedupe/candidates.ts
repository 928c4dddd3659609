/**
 * @module dedupe/candidates
 * Pairs worth scoring, without comparing every pair: articles sharing an LSH band key (similar
 * wording) or the same content, a rare incident key, or two of their strongest terms (a rewrite in
 * other words), published within the window of each other. Blocks are read in date order, and a
 * member with too many others inside its window is skipped for that block: a key that common there
 * names a topic, not a story. A pair sharing several bands or keys is proposed at the first only, and
 * one sharing strong terms at the second, so the list holds few repeats; it is made distinct by
 * bucketing on the first article, not by one sort of it all. So the work grows with the articles,
 * not their square, nor with the log of the pairs.
 * Input: prepared articles ordered by day (undated last). Output: pair codes `x * PAIR_BASE + y`, x < y.
 */
import type { Lists, PreparedSet } from "./prepare.ts";
import { bandKey, BANDS, hash32, sameBand, SIGNATURE_LENGTH } from "./text-similarity.ts";

/** Article indexes stay below this (4M), so a pair fits a double exactly. */
export const PAIR_BASE = 2 ** 22;
const KEY_MASK = 0x7fffffff;
/** Most others a member may have inside its window for the block to pair it. */
const BAND_CAP = 60;
const KEY_CAP = 40;
const TERM_CAP = 120;

/** Bits of a hashed key read by each pass of the radix sort: three passes cover its 31 bits. */
const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/**
 * Reads blocks: articles sharing a key. Hashed keys (content, LSH bands), one per article, are
 * grouped by a radix sort of the articles on their key; dense ids (incident keys, terms), several
 * per article, by a counting sort. Both are linear in the articles, and the arrays are allocated
 * once and reused.
 */
class BlockReader {
  private readonly members: Int32Array;
  /** The radix sort's articles and their keys, read from one pair and written to the other. */
  private readonly order: [Int32Array, Int32Array];
  private readonly orderKeys: [Uint32Array, Uint32Array];
  private readonly digitCounts = new Int32Array(RADIX);

  /** `capacity`: the most ids of all the articles together that one call will be given. */
  constructor(articleCount: number, capacity: number) {
    this.members = new Int32Array(Math.max(articleCount, capacity));
    this.order = [new Int32Array(articleCount), new Int32Array(articleCount)];
    this.orderKeys = [new Uint32Array(articleCount), new Uint32Array(articleCount)];
  }

  /**
   * Calls `visit` with the members (ascending index) of every block of two or more, in ascending
   * key order, article i's key being `keys[i]` (31 bits of it used) unless `has(i)` is false.
   * `visit` must not keep the members array, which is reused.
   */
  forEachHashedBlock(
    keys: ArrayLike<number>,
    has: (i: number) => boolean,
    visit: (members: Int32Array) => void,
  ): void {
    const { members, digitCounts } = this;
    let [inKeys, outKeys] = this.orderKeys;
    let [inOrder, outOrder] = this.order;
    let count = 0;
    for (let index = 0; index < keys.length; index++)
      if (has(index)) {
        inOrder[count] = index;
        inKeys[count++] = (keys[index] as number) & KEY_MASK;
      }
    // Least significant digit first; each pass is stable, so equal keys keep ascending indexes.
    for (let shift = 0; shift < 31; shift += RADIX_BITS) {
      digitCounts.fill(0);
      for (let k = 0; k < count; k++) {
        const digit = ((inKeys[k] as number) >>> shift) & (RADIX - 1);
        digitCounts[digit] = (digitCounts[digit] as number) + 1;
      }
      for (let digit = 0, at = 0; digit < RADIX; digit++) {
        const size = digitCounts[digit] as number;
        digitCounts[digit] = at;
        at += size;
      }
      for (let k = 0; k < count; k++) {
        const key = inKeys[k] as number;
        const digit = (key >>> shift) & (RADIX - 1);
        const to = digitCounts[digit] as number;
        digitCounts[digit] = to + 1;
        outKeys[to] = key;
        outOrder[to] = inOrder[k] as number;
      }
      [inKeys, outKeys, inOrder, outOrder] = [outKeys, inKeys, outOrder, inOrder];
    }
    for (let start = 0; start < count;) {
      const key = inKeys[start];
      let end = start;
      for (; end < count && inKeys[end] === key; end++) members[end - start] = inOrder[end] as number;
      if (end - start >= 2) visit(members.subarray(0, end - start));
      start = end;
    }
  }

  /**
   * Calls `visit` with each id, in ascending order, and the members (ascending index) of its block
   * when two or more articles' lists in `lists` hold it. `visit` must not keep the members array.
   */
  forEachIdBlock(lists: Lists, visit: (id: number, members: Int32Array) => void): void {
    const { starts, values } = lists;
    let idCount = 0;
    for (const id of values) if (id >= idCount) idCount = id + 1;
    // ends[id] counts the id's members, then (summed) where its block ends, then where it is filled to.
    const ends = new Int32Array(idCount + 1);
    for (const id of values) ends[id + 1] = (ends[id + 1] as number) + 1;
    for (let id = 0; id < idCount; id++) ends[id + 1] = (ends[id + 1] as number) + (ends[id] as number);
    const { members } = this;
    for (let index = 0; index + 1 < starts.length; index++)
      for (let k = starts[index] as number; k < (starts[index + 1] as number); k++) {
        const id = values[k] as number;
        members[ends[id] as number] = index;
        ends[id] = (ends[id] as number) + 1;
      }
    for (let id = 0, start = 0; id < idCount; id++) {
      const end = ends[id] as number;
      if (end - start >= 2) visit(id, members.subarray(start, end));
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
 * A growable list of pair codes: typed chunks that are never copied to grow, made distinct once at
 * the end, no set or map per pair.
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

  /** The codes pushed at least `times` times, ascending, each once; their first articles are below `articleCount`. */
  distinct(articleCount: number, times = 1): Float64Array {
    const last = this.chunks.length - 1;
    return distinctPairs(
      this.chunks.map((chunk, i) => (i === last ? chunk.subarray(0, this.used) : chunk)),
      articleCount,
      times,
    );
  }
}

/** Second articles sorted in place below this many; a bucket of more is sorted natively. */
const SMALL_BUCKET = 24;

/**
 * The codes found at least `times` times in `parts`, once each, ascending, their first articles being
 * below `articleCount`. Linear in the codes: they are bucketed by first article (a counting sort), and
 * each bucket's few second articles sorted, instead of sorting them all.
 */
export function distinctPairs(parts: readonly Float64Array[], articleCount: number, times = 1): Float64Array {
  // ends[x] counts x's codes, then (summed) where its bucket ends, then where it is filled to.
  const ends = new Int32Array(articleCount + 1);
  let total = 0;
  for (const part of parts) {
    total += part.length;
    for (const code of part) {
      const x = Math.floor(code / PAIR_BASE) + 1;
      ends[x] = (ends[x] as number) + 1;
    }
  }
  for (let x = 0; x < articleCount; x++) ends[x + 1] = (ends[x + 1] as number) + (ends[x] as number);
  const seconds = new Int32Array(total);
  for (const part of parts)
    for (const code of part) {
      const x = Math.floor(code / PAIR_BASE);
      seconds[ends[x] as number] = code - x * PAIR_BASE;
      ends[x] = (ends[x] as number) + 1;
    }
  // Each bucket is sorted, and its kept seconds written over its start; `kept` counts them all.
  const keptEnds = new Int32Array(articleCount);
  let kept = 0;
  for (let x = 0, start = 0; x < articleCount; x++) {
    const end = ends[x] as number;
    if (end - start > SMALL_BUCKET) seconds.subarray(start, end).sort();
    else
      for (let i = start + 1; i < end; i++) {
        const y = seconds[i] as number;
        let at = i;
        for (; at > start && (seconds[at - 1] as number) > y; at--) seconds[at] = seconds[at - 1] as number;
        seconds[at] = y;
      }
    let write = start;
    for (let run = start; run < end;) {
      let next = run + 1;
      while (next < end && seconds[next] === seconds[run]) next++;
      if (next - run >= times) seconds[write++] = seconds[run] as number;
      run = next;
    }
    kept += write - start;
    keptEnds[x] = write;
    start = end;
  }
  const codes = new Float64Array(kept);
  for (let x = 0, start = 0, at = 0; x < articleCount; x++) {
    for (let k = start; k < (keptEnds[x] as number); k++)
      codes[at++] = x * PAIR_BASE + (seconds[k] as number);
    start = ends[x] as number;
  }
  return codes;
}

/** The position of `value` in article x's list, or -1. */
function slotOf({ starts, values }: Lists, x: number, value: number): number {
  const start = starts[x] as number;
  for (let k = start; k < (starts[x + 1] as number); k++) if (values[k] === value) return k - start;
  return -1;
}

/** Whether article y's list holds a value also in x's list. */
function holds({ starts, values }: Lists, y: number, value: number): boolean {
  for (let k = starts[y] as number; k < (starts[y + 1] as number); k++) if (values[k] === value) return true;
  return false;
}

/**
 * How many of the values at the positions `bits` of article x's list (the lowest 32 positions) article
 * y's list also holds, counting no further than `most`.
 */
function sharedAt(lists: Lists, bits: number, x: number, y: number, most: number): number {
  let shared = 0;
  for (; bits !== 0 && shared < most; bits &= bits - 1) {
    const slot = 31 - Math.clz32(bits & -bits);
    if (holds(lists, y, lists.values[(lists.starts[x] as number) + slot] as number)) shared++;
  }
  return shared;
}

/** Candidate pair codes among the set's articles, which must be ordered by day with the undated last. */
export function candidatePairs(set: PreparedSet, windowDays: number): Float64Array {
  const { inputs, days, signatures, wordCounts, blockingKeys, topTerms } = set;
  const articleCount = inputs.length;
  if (articleCount >= PAIR_BASE) throw new RangeError(`at most ${PAIR_BASE - 1} articles per grouping`);
  const pairs = new PairList();
  const add = (x: number, y: number) => pairs.push(x * PAIR_BASE + y);
  const blocks = new BlockReader(articleCount, Math.max(blockingKeys.values.length, topTerms.values.length));
  const dated = (y: number) => !Number.isNaN(days[y]);
  blocks.forEachHashedBlock(
    Int32Array.from(inputs, (input) => hash32(input.contentHash)),
    () => true,
    (members) => forPairsInWindow(members, days, windowDays, BAND_CAP, add),
  );
  // Bands one at a time, so that a pair sharing several is paired at the first only: bit b of
  // `paired[x]` says x was paired in its block of band b (not skipped for a crowded window), where a
  // dated y after it that shares that band was paired with it already. The same for incident keys
  // (blocks in ascending key order, bit s for x's s-th key), and for strongest terms, where a pair is
  // proposed when it is seen in the block of the second term it shares.
  const paired = new Uint32Array(articleCount);
  const sharesEarlierBand = (x: number, y: number, band: number) => {
    for (let bits = (paired[x] as number) & ((1 << band) - 1); bits !== 0; bits &= bits - 1)
      if (sameBand(signatures, x, y, 31 - Math.clz32(bits & -bits))) return true;
    return false;
  };
  // Band keys are read from the signatures one band at a time, not kept per article.
  const bandKeys = new Int32Array(articleCount);
  const hasBands = (i: number) => wordCounts[i] !== 0;
  for (let band = 0; band < BANDS; band++) {
    for (let i = 0; i < articleCount; i++)
      if (hasBands(i)) bandKeys[i] = bandKey(signatures, i * SIGNATURE_LENGTH, band);
    blocks.forEachHashedBlock(bandKeys, hasBands, (members) =>
      forPairsInWindow(members, days, windowDays, BAND_CAP, (x, y) => {
        if (!dated(y)) return add(x, y);
        paired[x] = (paired[x] as number) | (1 << band);
        if (!sharesEarlierBand(x, y, band)) add(x, y);
      }),
    );
  }
  paired.fill(0);
  blocks.forEachIdBlock(blockingKeys, (key, members) =>
    forPairsInWindow(members, days, windowDays, KEY_CAP, (x, y) => {
      if (!dated(y)) return add(x, y);
      const slot = slotOf(blockingKeys, x, key);
      // Keys past the 32nd are not remembered: a pair sharing one may be proposed twice.
      const earlier = slot < 32 ? (paired[x] as number) & (2 ** slot - 1) : (paired[x] as number);
      if (slot < 32) paired[x] = (paired[x] as number) | (1 << slot);
      if (sharedAt(blockingKeys, earlier, x, y, 1) === 0) add(x, y);
    }),
  );
  paired.fill(0);
  // An article has at most 10 strongest terms (prepare), so their positions fit the bits. Pairs with
  // an undated article are counted apart: the bits do not say whether those were seen.
  const undatedSharingTerms = new PairList();
  blocks.forEachIdBlock(topTerms, (term, members) =>
    forPairsInWindow(members, days, windowDays, TERM_CAP, (x, y) => {
      if (!dated(y)) return undatedSharingTerms.push(x * PAIR_BASE + y);
      const bit = 1 << slotOf(topTerms, x, term);
      if (sharedAt(topTerms, (paired[x] as number) & ~bit, x, y, 2) === 1) add(x, y);
      paired[x] = (paired[x] as number) | bit;
    }),
  );
  for (const code of undatedSharingTerms.distinct(articleCount, 2)) pairs.push(code);
  return pairs.distinct(articleCount);
}
