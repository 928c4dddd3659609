/**
 * @module dedupe/text-similarity
 * Wording similarity for story grouping: content-word tokens, TF-IDF vectors with cosine similarity,
 * and MinHash signatures with LSH banding to find candidate pairs without comparing every pair.
 * Input: article texts. Output: sparse vectors, signatures, candidate pairs. Pure and deterministic.
 */

const STOPWORDS = new Set(
  "a an and are as at be been but by for from has have had he her his in into is it its of on or that the their them they this to was were will with which who would said says also after over more than about not no new can could may one two three".split(
    " ",
  ),
);

/** Lower-cased content words (letters and digits), stop words dropped. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  return words.filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

export type SparseVector = ReadonlyMap<string, number>;

/** Document frequencies over a collection, for IDF weights. */
export function documentFrequencies(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const words of docs) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** A unit-length TF-IDF vector (sub-linear term frequency). */
export function tfidfVector(
  words: readonly string[],
  df: ReadonlyMap<string, number>,
  docCount: number,
): SparseVector {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [w, count] of tf) {
    const weight = (1 + Math.log(count)) * Math.log(1 + docCount / Math.max(1, df.get(w) ?? 0));
    if (weight <= 0) continue;
    vector.set(w, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm) || 1;
  for (const [w, weight] of vector) vector.set(w, weight / length);
  return vector;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, weight] of small) dot += weight * (large.get(w) ?? 0);
  return dot;
}

/** 32-bit FNV-1a. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const PERMUTATIONS = 96;
const BAND_ROWS = 3;
/** Deterministic permutation coefficients, so signatures are stable across runs and machines. */
const COEFFICIENTS = Array.from(
  { length: PERMUTATIONS },
  (_, i) => [hash32(`a${i}`) | 1, hash32(`b${i}`)] as const,
);

/** MinHash signature over word 3-shingles; empty text gives an empty signature. */
export function minhashSignature(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const shingles = new Set<number>();
  for (let i = 0; i + 2 < words.length || i === 0; i++) shingles.add(hash32(words.slice(i, i + 3).join(" ")));
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      const [a, b] = COEFFICIENTS[p] as readonly [number, number];
      // (a·x + b) mod 2^32 with odd a: a cheap universal hash, exact in 32-bit integer arithmetic.
      const value = (Math.imul(a, shingle) + b) >>> 0;
      if (value < (signature[p] as number)) signature[p] = value;
    }
  }
  return signature;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Candidate pairs `[i, j]` (i < j) whose signatures agree on at least one LSH band. */
export function lshCandidates(signatures: readonly Uint32Array[]): Set<string> {
  const pairs = new Set<string>();
  for (let band = 0; band < PERMUTATIONS / BAND_ROWS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, index) => {
      if (sig.length === 0) return;
      const key = Array.from(sig.subarray(band * BAND_ROWS, (band + 1) * BAND_ROWS)).join(",");
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > 200) continue; // a huge bucket is boilerplate, not a story
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) pairs.add(`${bucket[x]}:${bucket[y]}`);
    }
  }
  return pairs;
}
