/**
 * @module dedupe/pair-score
 * How likely two prepared articles report one incident: wording (TF-IDF cosine or MinHash Jaccard)
 * plus the weighted overlap of their incident keys, less penalties for facts that disagree (other
 * lead CVEs, other releases, other actors, other numbers arrested or stolen) and for a later title
 * that announces a sequel ("second breach", "another zero-day"). Wording alone merges look-alikes
 * (next month's Patch Tuesday, the same gang's next victim), so the keys decide between them.
 */
import type { PreparedArticle, PreparedSet } from "./prepare.ts";
import { dot, estimatedJaccard, type TermVector } from "./text-similarity.ts";

const COPY_CONTAINMENT = 0.5;

/** Weighted overlap of two sorted key-id lists, rare keys counting more, in [0, 1]. */
function keySimilarity(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const k of a) totalA += weights[k] ?? 0;
  for (const k of b) totalB += weights[k] ?? 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += weights[x] ?? 0;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = totalA + totalB - shared;
  return union > 0 ? shared / union : 0;
}

/** Both name keys of this kind and share none of them (different CVEs, different actors). */
export function disjoint(a: Int32Array, b: Int32Array): boolean {
  return a.length > 0 && b.length > 0 && !a.some((k) => b.includes(k));
}

/** Both link actors, and neither's linked actors are named at all in the other (under any alias). */
function otherActors(a: PreparedArticle, b: PreparedArticle): boolean {
  return (
    a.linkedAliases.length > 0 &&
    b.linkedAliases.length > 0 &&
    !a.linkedAliases.some((k) => b.aliases.includes(k)) &&
    !b.linkedAliases.some((k) => a.aliases.includes(k))
  );
}

/** Both give numbers and none is within 20% of another (149 vs 148 is one incident misreported). */
function differentNumbers(a: readonly number[], b: readonly number[]): boolean {
  const x = a.filter((n) => n > 0);
  const y = b.filter((n) => n > 0);
  return (
    x.length > 0 && y.length > 0 && !x.some((m) => y.some((n) => Math.abs(m - n) <= 0.2 * Math.max(m, n)))
  );
}

/** The later of two articles announces a sequel in its title and the earlier does not: a new development. */
function sequel(a: PreparedArticle, b: PreparedArticle): boolean {
  if (a.day === null || b.day === null || a.day === b.day) return false;
  const [earlier, later] = a.day < b.day ? [a, b] : [b, a];
  return later.sequelTitle && !earlier.sequelTitle;
}

/** Both open on a release number and not the same one: two releases of a product, two stories. */
function otherRelease(a: PreparedArticle, b: PreparedArticle): boolean {
  return a.release !== null && b.release !== null && a.release !== b.release;
}

function conflictPenalty(a: PreparedArticle, b: PreparedArticle): number {
  return (
    (otherRelease(a, b) ? 0.2 : 0) +
    (sequel(a, b) ? 0.2 : 0) +
    (disjoint(a.leadCves, b.leadCves) ? 0.5 : 0) +
    (otherActors(a, b) ? 0.25 : 0) +
    (differentNumbers(a.counts, b.counts) ? 0.15 : 0) +
    (differentNumbers(a.amounts, b.amounts) ? 0.1 : 0)
  );
}

/**
 * How much of the shorter text's wording the longer one holds, from the MinHash Jaccard estimate and
 * the two lengths: near 1 for a copy, however truncated, of the other.
 */
export function containment(a: PreparedArticle, b: PreparedArticle): number {
  const jaccard = estimatedJaccard(a.signature, b.signature);
  const shorter = Math.min(a.wordCount, b.wordCount);
  return shorter > 0 ? Math.min(1, (jaccard * (a.wordCount + b.wordCount)) / ((1 + jaccard) * shorter)) : 0;
}

/**
 * Article `y` of the set is a copy of `x` or the reverse: the same content, or most of the shorter's
 * wording with no fact disagreeing.
 */
export function isCopy(set: PreparedSet, x: number, y: number): boolean {
  const [a, b] = [set.articles[x] as PreparedArticle, set.articles[y] as PreparedArticle];
  if (a.input.contentHash === b.input.contentHash) return true;
  return (
    containment(a, b) >= COPY_CONTAINMENT &&
    dot(set.vectors[x] as TermVector, set.vectors[y] as TermVector) >= 0.3 &&
    conflictPenalty(a, b) === 0
  );
}

/** The score of articles `x` and `y` of the set: 1 for the same content, below 0 for clear conflicts. */
export function pairScore(set: PreparedSet, x: number, y: number): number {
  const [a, b] = [set.articles[x] as PreparedArticle, set.articles[y] as PreparedArticle];
  if (a.input.contentHash === b.input.contentHash) return 1;
  const wording = Math.max(
    dot(set.vectors[x] as TermVector, set.vectors[y] as TermVector),
    estimatedJaccard(a.signature, b.signature),
  );
  return 0.7 * wording + 0.3 * keySimilarity(a.keys, b.keys, set.keyWeights) - conflictPenalty(a, b);
}
