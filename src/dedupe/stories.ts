/**
 * @module dedupe/stories
 * Articles → stories. A story is one real-world incident: its copies and rewrites within a window
 * (14 days by default). Candidate pairs come from blocking (dedupe/candidates). Two passes of
 * strongest-first union-find: copies first (most of one's wording inside the other, no fact
 * disagreeing), then stories, scored on wording plus incident keys (dedupe/pair-score) between the
 * earliest articles of the copy sets only, so ten copies of two articles are one comparison, not a
 * hundred chances for a chance match; rarity (IDF) is counted then over those earliest articles, so
 * reposts do not make a story's own words look common. A join is refused when the two stories
 * together would span more than the window or hold articles whose lead CVEs are disjoint
 * (cannot-link), and when they are not similar on average (average linkage over a bounded sample),
 * so chains of look-alikes cannot bridge incidents; each story keeps a summary (first and last day,
 * its distinct lead-CVE sets) so the checks stay cheap. Deterministic: the same input in any order
 * gives the same stories in the same order (earliest first), with ids from their first article.
 */
import { createHash } from "node:crypto";
import { candidatePairs, distinctPairs, PAIR_BASE } from "./candidates.ts";
import { containment, disjoint, isCopy, pairScore, sameList } from "./pair-score.ts";
import type { StoryInput } from "../contracts.ts";
import { dayOf, prepareStoryInputs, weigh, type Lists } from "./prepare.ts";

export type { StoryInput } from "../contracts.ts";

export interface Story {
  readonly id: string;
  /** Earliest first; ties by article id. */
  readonly articleIds: readonly string[];
}

export interface StoryOptions {
  readonly windowDays?: number;
  /** Least pair score that proposes joining two stories. */
  readonly threshold?: number;
  /** Least mean pair score between two stories' articles for the join to happen (no chaining). */
  readonly cohesion?: number;
  /** Least ratio of that mean to the joined stories' own mean pair score. */
  readonly relative?: number;
}

/**
 * Union-find over articles whose joins keep each story within the window and free of cannot-links.
 * What a join checks of a story (first and last day, the distinct lead-CVE sets of its articles, each
 * named by an article holding it) is kept per root in typed arrays, and a map for the few stories
 * naming CVEs, not an object per article.
 */
class StoryForest {
  private readonly parent: Int32Array;
  private readonly first: Float64Array;
  private readonly last: Float64Array;
  private readonly leadCveSets = new Map<number, number[]>();

  constructor(
    days: Float64Array,
    private readonly leadCves: Lists,
    private readonly windowDays: number,
  ) {
    this.parent = Int32Array.from(days, (_, i) => i);
    this.first = days.map((day) => (Number.isNaN(day) ? Infinity : day));
    this.last = days.map((day) => (Number.isNaN(day) ? -Infinity : day));
    for (let i = 0; i < days.length; i++)
      if (leadCves.starts[i] !== leadCves.starts[i + 1]) this.leadCveSets.set(i, [i]);
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  }

  /**
   * Joins the stories of `x` and `y` unless that breaks the window or a cannot-link, or `accept`
   * (given the two stories' roots) refuses.
   */
  join(x: number, y: number, accept?: (rx: number, ry: number) => boolean): void {
    const rx = this.find(x);
    const ry = this.find(y);
    const { first, last } = this;
    if (rx === ry) return;
    const [start, end] = [
      Math.min(first[rx] as number, first[ry] as number),
      Math.max(last[rx] as number, last[ry] as number),
    ];
    if (end - start > this.windowDays) return;
    const cvesX = this.leadCveSets.get(rx);
    const cvesY = this.leadCveSets.get(ry);
    if (cvesX && cvesY && cvesX.some((p) => cvesY.some((q) => disjoint(this.leadCves, p, q)))) return;
    if (accept && !accept(rx, ry)) return;
    // The smaller index stays the root: it is the story's earliest article.
    const [root, child] = rx < ry ? [rx, ry] : [ry, rx];
    this.parent[child] = root;
    [first[root], last[root]] = [start, end];
    const merged = this.leadCveSets.get(child);
    if (!merged) return;
    this.leadCveSets.delete(child);
    const kept = this.leadCveSets.get(root);
    if (!kept) this.leadCveSets.set(root, merged);
    else for (const p of merged) if (!kept.some((q) => sameList(this.leadCves, p, q))) kept.push(p);
  }
}

/**
 * Inputs by day (undated last), then id: the canonical order every later step relies on. The days
 * are bucketed and only each day's few articles compared, so the sort grows with the articles, not
 * with their log: an archive twice as long has twice the days, not busier ones.
 */
function canonicalOrder(inputs: readonly StoryInput[]): StoryInput[] {
  const byDay = new Map<number, StoryInput[]>();
  for (const input of inputs) {
    const day = dayOf(input.published) ?? Infinity;
    const bucket = byDay.get(day);
    if (bucket) bucket.push(input);
    else byDay.set(day, [input]);
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return days.flatMap((day) =>
    (byDay.get(day) as StoryInput[]).sort(
      (a, b) => text(a.articleId, b.articleId) || text(a.contentHash, b.contentHash),
    ),
  );
}

/** Joins the pairs in `links` strongest first (ties by pair, for determinism). */
function joinStrongestFirst(
  forest: StoryForest,
  links: { score: number; code: number }[],
  accept?: (rx: number, ry: number) => boolean,
): void {
  links.sort((p, q) => q.score - p.score || p.code - q.code);
  for (const { code } of links) forest.join(Math.floor(code / PAIR_BASE), code % PAIR_BASE, accept);
}

/** Articles of a story compared when checking a join: its earliest ones, so the check stays bounded. */
const COHESION_SAMPLE = 24;

/** The `limit` smallest of two ascending lists, ascending: a merge that stops there. */
function earliestOf(a: readonly number[], b: readonly number[], limit: number): number[] {
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (out.length < limit && (i < a.length || j < b.length))
    out.push(
      j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number))
        ? (a[i++] as number)
        : (b[j++] as number),
    );
  return out;
}

/** A story as the join check sees it: its copy-set roots and the summed scores among them. */
interface Cohesion {
  /** Its earliest COHESION_SAMPLE copy-set roots, ascending. */
  members: number[];
  internalSum: number;
  internalPairs: number;
}

/**
 * Average linkage on top of strongest-first joins: two stories join only when their articles are
 * similar on average (at least `least`), not through one chance pair, so a chain of look-alikes (a
 * gang's shutdown, the reward offered for its predecessor) cannot bridge two incidents; and two
 * stories of several articles each join only when they are at least `relative` as similar to each
 * other as each is within itself, so a tight story does not absorb the next, tight, look-alike one.
 * Members are copy-set roots; at most COHESION_SAMPLE of each side are compared.
 */
function cohesionCheck(
  score: (x: number, y: number) => number,
  least: number,
  relative: number,
): (rx: number, ry: number) => boolean {
  const stories = new Map<number, Cohesion>();
  const of = (root: number) => stories.get(root) ?? { members: [root], internalSum: 0, internalPairs: 0 };
  return (rx, ry) => {
    const a = of(rx);
    const b = of(ry);
    const sampleA = a.members.slice(0, COHESION_SAMPLE);
    const sampleB = b.members.slice(0, COHESION_SAMPLE);
    let total = 0;
    for (const x of sampleA) for (const y of sampleB) total += score(Math.min(x, y), Math.max(x, y));
    const pairs = sampleA.length * sampleB.length;
    const cross = total / pairs;
    if (cross < least) return false;
    const inside = [a, b].filter((c) => c.internalPairs > 0).map((c) => c.internalSum / c.internalPairs);
    if (inside.length === 2 && cross < relative * Math.min(...inside)) return false;
    const [root, child] = rx < ry ? [rx, ry] : [ry, rx];
    stories.set(root, {
      members: earliestOf(a.members, b.members, COHESION_SAMPLE),
      internalSum: a.internalSum + b.internalSum + total,
      internalPairs: a.internalPairs + b.internalPairs + pairs,
    });
    stories.delete(child);
    return true;
  };
}

/**
 * Groups articles into stories.
 * @example const stories = clusterStories(inputs); // stories[0].articleIds: earliest article first
 */
export function clusterStories(inputs: readonly StoryInput[], options: StoryOptions = {}): Story[] {
  const windowDays = options.windowDays ?? 14;
  const threshold = options.threshold ?? 0.22;
  const cohesion = options.cohesion ?? 0.15;
  const relative = options.relative ?? 0.5;
  const prepared = prepareStoryInputs(canonicalOrder(inputs));
  const articleCount = prepared.inputs.length;
  const candidates = candidatePairs(prepared, windowDays);
  const forest = new StoryForest(prepared.days, prepared.leadCves, windowDays);
  const copies: { score: number; code: number }[] = [];
  for (const code of candidates) {
    const [x, y] = [Math.floor(code / PAIR_BASE), code % PAIR_BASE];
    if (isCopy(prepared, x, y)) copies.push({ score: containment(prepared, x, y), code });
  }
  joinStrongestFirst(forest, copies);
  // Each copy set now has its earliest article as root: score stories between those alone.
  // The candidates are not read again: the pairs of their copy sets' roots are written over them.
  let crossing = 0;
  for (const code of candidates) {
    const x = forest.find(Math.floor(code / PAIR_BASE));
    const y = forest.find(code % PAIR_BASE);
    if (x !== y) candidates[crossing++] = Math.min(x, y) * PAIR_BASE + Math.max(x, y);
  }
  const between = distinctPairs([candidates.subarray(0, crossing)], articleCount);
  const earliest: number[] = [];
  for (let i = 0; i < articleCount; i++) if (forest.find(i) === i) earliest.push(i);
  const { terms, keys, keyKinds, vocabularySize } = prepared;
  const set = { ...prepared, ...weigh(terms, keys, keyKinds, vocabularySize, earliest) };
  const links: { score: number; code: number }[] = [];
  for (const code of between) {
    const score = pairScore(set, Math.floor(code / PAIR_BASE), code % PAIR_BASE);
    if (score >= threshold) links.push({ score, code });
  }
  joinStrongestFirst(
    forest,
    links,
    cohesionCheck((x, y) => pairScore(set, x, y), cohesion, relative),
  );
  const groups = new Map<number, string[]>();
  prepared.inputs.forEach(({ articleId }, i) => {
    const root = forest.find(i);
    const members = groups.get(root);
    if (members) members.push(articleId);
    else groups.set(root, [articleId]);
  });
  // Articles are in canonical order, so each group's ids are already earliest first.
  return [...groups.values()].map((articleIds) => ({
    id: `s_${createHash("sha1")
      .update(articleIds[0] ?? "")
      .digest("hex")
      .slice(0, 20)}`,
    articleIds,
  }));
}
