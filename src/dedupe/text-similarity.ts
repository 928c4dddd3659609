/**
 * @module dedupe/text-similarity
 * Wording similarity for story grouping: content-word tokens, TF-IDF vectors with cosine similarity,
 * and MinHash signatures (one permutation, densified) with LSH band keys to find candidate pairs
 * without comparing every pair. Two vector forms: `Map`s for the plain baseline, and compact
 * `TermVector`s (typed arrays over a shared vocabulary) for grouping at scale.
 * Input: article texts. Output: vectors, signatures, band keys. Pure and deterministic.
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

const idf = (docCount: number, df: number) => Math.log(1 + docCount / Math.max(1, df));

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
    const weight = (1 + Math.log(count)) * idf(docCount, df.get(w) ?? 0);
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
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes 32 bits (murmur3 finaliser), so nearby inputs give unrelated outputs. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Signed, so lookups stay small integers and never box. */
const STOPWORD_HASHES = new Set([...STOPWORDS].map((w) => hash32(w) | 0));
/** Longer words are never stop words, so most words skip the set lookup. */
const STOPWORD_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));
let wordCodes: Uint16Array | null = null;

/** Per UTF-16 code unit: its lower case when it is a letter or digit, else 0. Built on first use. */
function wordCodeTable(): Uint16Array {
  if (wordCodes) return wordCodes;
  wordCodes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const char = String.fromCharCode(c);
    if (/[\p{L}\p{N}]/u.test(char)) wordCodes[c] = char.toLowerCase().charCodeAt(0);
  }
  return wordCodes;
}

/**
 * Writes `hash32` of each of `contentWords(text.slice(0, end))`, in order, into `out` from `at`, and
 * returns where they end; `out` needs room for `(end >> 1) + 1` of them. One pass over the characters,
 * no strings and no array per text, which is what makes reading 100,000 articles cheap.
 */
export function writeContentWordHashes(text: string, end: number, out: Uint32Array, at: number): number {
  const table = wordCodeTable();
  let count = at;
  let h = FNV_OFFSET;
  let length = 0;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const lower = table[c] as number;
    if (lower !== 0) {
      h = Math.imul(h ^ lower, FNV_PRIME);
      length++;
      continue;
    }
    if ((c === 45 || c === 39) && length > 0 && i + 1 < end && table[text.charCodeAt(i + 1)] !== 0) {
      h = Math.imul(h ^ c, FNV_PRIME);
      length++;
      continue;
    }
    if (length > 1 && (length > STOPWORD_LENGTH || !STOPWORD_HASHES.has(h))) out[count++] = h >>> 0;
    h = FNV_OFFSET;
    length = 0;
  }
  return count;
}

/** Dense ids for word hashes, in first-seen order: an open-addressing table over typed arrays. */
export class TermIndex {
  private hashes = new Uint32Array(1 << 16);
  private ids = new Int32Array(1 << 16).fill(-1);
  size = 0;

  idOf(hash: number): number {
    let slot = mix32(hash) & (this.ids.length - 1);
    for (;;) {
      const id = this.ids[slot] as number;
      if (id < 0) break;
      if (this.hashes[slot] === hash) return id;
      slot = (slot + 1) & (this.ids.length - 1);
    }
    this.hashes[slot] = hash;
    this.ids[slot] = this.size;
    if (++this.size * 2 > this.ids.length) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const [hashes, ids] = [this.hashes, this.ids];
    this.hashes = new Uint32Array(hashes.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      if ((ids[i] as number) < 0) continue;
      let slot = mix32(hashes[i] as number) & (this.ids.length - 1);
      while ((this.ids[slot] as number) >= 0) slot = (slot + 1) & (this.ids.length - 1);
      this.hashes[slot] = hashes[i] as number;
      this.ids[slot] = ids[i] as number;
    }
  }
}

/**
 * The term counts of many texts in three shared arrays: text i's distinct terms (ids ascending) are
 * `terms[starts[i]]` up to `terms[starts[i + 1]]`, with their counts at the same positions. No object
 * per text, so 100,000 texts leave the garbage collector nothing to trace.
 */
export interface TermTable {
  readonly starts: Int32Array;
  readonly terms: Int32Array;
  /** Counts stop at 255: a lead holds a few hundred words, and tf is sub-linear. */
  readonly counts: Uint8Array;
}

/** Builds a TermTable one text after another; its arrays grow by half when full. */
export class TermCounter {
  private terms: Int32Array;
  private counts: Uint8Array;
  private readonly starts: Int32Array;
  private used = 0;
  private texts = 0;
  private ids = new Int32Array(1 << 10);

  /** `expectedTerms`: about how many distinct terms all the texts hold together. */
  constructor(
    private readonly index: TermIndex,
    texts: number,
    expectedTerms: number,
  ) {
    this.starts = new Int32Array(texts + 1);
    this.terms = new Int32Array(Math.max(1024, expectedTerms));
    this.counts = new Uint8Array(this.terms.length);
  }

  /** Counts the next text's terms from its word hashes. */
  add(wordHashes: Uint32Array): void {
    if (this.ids.length < wordHashes.length) this.ids = new Int32Array(wordHashes.length * 2);
    const ids = this.ids.subarray(0, wordHashes.length);
    for (let i = 0; i < ids.length; i++) ids[i] = this.index.idOf(wordHashes[i] as number);
    ids.sort();
    if (this.terms.length - this.used < ids.length) {
      const size = Math.max(this.used + ids.length, Math.floor(this.terms.length * 1.5));
      const [terms, counts] = [new Int32Array(size), new Uint8Array(size)];
      terms.set(this.terms.subarray(0, this.used));
      counts.set(this.counts.subarray(0, this.used));
      [this.terms, this.counts] = [terms, counts];
    }
    const { terms, counts } = this;
    let at = this.used - 1;
    for (let i = 0; i < ids.length; i++) {
      if (i === 0 || ids[i] !== ids[i - 1]) {
        terms[++at] = ids[i] as number;
        counts[at] = 0;
      }
      counts[at] = Math.min(0xff, (counts[at] as number) + 1);
    }
    this.used = at + 1;
    this.starts[++this.texts] = this.used;
  }

  /** The table of the texts added so far. */
  table(): TermTable {
    return {
      starts: this.starts.subarray(0, this.texts + 1),
      terms: this.terms.subarray(0, this.used),
      counts: this.counts.subarray(0, this.used),
    };
  }
}

/** IDF per term id from document frequencies over `docCount` texts. */
export function inverseFrequencies(df: Int32Array, docCount: number): Float64Array {
  return Float64Array.from(df, (n) => idf(docCount, n));
}

/** The sub-linear term frequency 1 + ln(count), for every count a table holds. */
const TF = Float64Array.from({ length: 256 }, (_, count) => (count > 0 ? 1 + Math.log(count) : 0));

/**
 * TF-IDF vectors of a table's texts, each weight computed when read (sub-linear term frequency times
 * IDF, times the text's scale) rather than stored per term.
 */
export interface TermWeights {
  /** Per term id: its IDF. */
  readonly idfs: Float64Array;
  /** Per text: one over its vector's length, so the vector has unit length; 0 for a text not weighed. */
  readonly scales: Float64Array;
}

/** TF-IDF weights of the texts `texts` of a table (the others get none); `idfs` is indexed by term id. */
export function weighTexts(table: TermTable, idfs: Float64Array, texts: readonly number[]): TermWeights {
  const scales = new Float64Array(table.starts.length - 1);
  for (const i of texts) {
    let norm = 0;
    for (let k = table.starts[i] as number; k < (table.starts[i + 1] as number); k++) {
      const w = (TF[table.counts[k] as number] as number) * (idfs[table.terms[k] as number] as number);
      norm += w * w;
    }
    scales[i] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  }
  return { idfs, scales };
}

/**
 * Writes the ids of text `i`'s heaviest terms into `top`, heaviest first (ties: smaller id), as many
 * as fit or the text has, and returns how many.
 */
export function heaviestTerms(table: TermTable, idfs: Float64Array, i: number, top: Int32Array): number {
  const { starts, terms, counts } = table;
  const weight = (k: number) => (TF[counts[k] as number] as number) * (idfs[terms[k] as number] as number);
  // `top` holds term positions while they are ranked, then their ids.
  let size = 0;
  for (let k = starts[i] as number; k < (starts[i + 1] as number); k++) {
    const w = weight(k);
    if (size === top.length && !(w > weight(top[size - 1] as number))) continue;
    if (size < top.length) size++;
    let at = size - 1;
    while (at > 0 && w > weight(top[at - 1] as number)) {
      top[at] = top[at - 1] as number;
      at--;
    }
    top[at] = k;
  }
  for (let k = 0; k < size; k++) top[k] = terms[top[k] as number] as number;
  return size;
}

/** The cosine of texts `x` and `y`: the dot product of their unit-length TF-IDF vectors. */
export function dot(table: TermTable, { idfs, scales }: TermWeights, x: number, y: number): number {
  const { starts, terms, counts } = table;
  let sum = 0;
  for (
    let i = starts[x] as number,
      j = starts[y] as number,
      iEnd = starts[x + 1] as number,
      jEnd = starts[y + 1] as number;
    i < iEnd && j < jEnd;
  ) {
    const a = terms[i] as number;
    const b = terms[j] as number;
    if (a === b) {
      const idf = idfs[a] as number;
      sum += (TF[counts[i++] as number] as number) * (TF[counts[j++] as number] as number) * idf * idf;
    } else if (a < b) i++;
    else j++;
  }
  return sum * (scales[x] as number) * (scales[y] as number);
}

/** Values in a MinHash signature. */
export const SIGNATURE_LENGTH = 96;
const BAND_ROWS = 3;
export const BANDS = SIGNATURE_LENGTH / BAND_ROWS;
const EMPTY = 0xffffffff;

/**
 * MinHash signature over word 3-shingles, one permutation hashing with densification: each shingle
 * hash falls into one of 96 bins, keeping the least per bin, and an empty bin borrows from the next
 * filled one, so two texts agree on a bin with probability about their Jaccard similarity. Linear in
 * the text; written into `signature` (a view of a shared array at scale); empty text gives an empty
 * signature.
 */
export function minhashSignature(
  wordHashes: Uint32Array,
  signature = new Uint32Array(SIGNATURE_LENGTH),
): Uint32Array {
  if (wordHashes.length === 0) return new Uint32Array(0);
  signature.fill(EMPTY);
  const last = Math.max(1, wordHashes.length - 2);
  for (let i = 0; i < last; i++) {
    const shingle = mix32(
      Math.imul(wordHashes[i] as number, 0x9e3779b1) ^
        Math.imul(wordHashes[i + 1] ?? 0, 0x85ebca77) ^
        (wordHashes[i + 2] ?? 0),
    );
    const bin = shingle % SIGNATURE_LENGTH;
    const value = mix32(shingle ^ 0x5bd1e995);
    if (value < (signature[bin] as number)) signature[bin] = value;
  }
  // Which bins no shingle fell into, as 96 bits, so borrowing reads only bins filled by shingles.
  let empty0 = 0;
  let empty1 = 0;
  let empty2 = 0;
  for (let bin = 0; bin < 32; bin++) {
    if (signature[bin] === EMPTY) empty0 |= 1 << bin;
    if (signature[bin + 32] === EMPTY) empty1 |= 1 << bin;
    if (signature[bin + 64] === EMPTY) empty2 |= 1 << bin;
  }
  const isEmpty = (bin: number) => ((bin < 32 ? empty0 : bin < 64 ? empty1 : empty2) >>> (bin & 31)) & 1;
  for (let bin = 0; bin < SIGNATURE_LENGTH; bin++) {
    if (!isEmpty(bin)) continue;
    for (let step = 1; step < SIGNATURE_LENGTH; step++) {
      const from = (bin + step) % SIGNATURE_LENGTH;
      if (!isEmpty(from)) {
        signature[bin] = mix32((signature[from] as number) + step);
        break;
      }
    }
  }
  return signature;
}

/** The share of values on which the signatures of texts `x` and `y` (SIGNATURE_LENGTH apart in `signatures`) agree. */
export function estimatedJaccard(signatures: Uint32Array, x: number, y: number): number {
  const [a, b] = [x * SIGNATURE_LENGTH, y * SIGNATURE_LENGTH];
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (signatures[a + i] === signatures[b + i]) same++;
  return same / SIGNATURE_LENGTH;
}

/**
 * The LSH key of band `band` of the signature at `at` in `signatures` (band number mixed in); texts
 * sharing a key are candidates.
 */
export function bandKey(signatures: Uint32Array, at: number, band: number): number {
  let h = mix32(band + 1);
  for (let row = 0; row < BAND_ROWS; row++)
    h = mix32(h ^ (signatures[at + band * BAND_ROWS + row] as number));
  return h;
}

/**
 * Whether the signatures of texts `x` and `y` (SIGNATURE_LENGTH apart in `signatures`) agree on every
 * value of band `band`, so that their keys of that band are equal.
 */
export function sameBand(signatures: Uint32Array, x: number, y: number, band: number): boolean {
  const [a, b] = [x * SIGNATURE_LENGTH + band * BAND_ROWS, y * SIGNATURE_LENGTH + band * BAND_ROWS];
  for (let row = 0; row < BAND_ROWS; row++) if (signatures[a + row] !== signatures[b + row]) return false;
  return true;
}
