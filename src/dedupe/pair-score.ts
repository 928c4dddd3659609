/**
 * @module dedupe/pair-score
 * How likely two prepared articles report one incident: wording (TF-IDF cosine or MinHash Jaccard)
 * plus the weighted overlap of their incident keys, less penalties for facts that disagree (other
 * lead CVEs, other releases, other actors, other numbers arrested or stolen) and for a later title
 * that announces a sequel ("second breach", "another zero-day"). Wording alone merges look-alikes
 * (next month's Patch Tuesday, the same gang's next victim), so the keys decide between them.
 * Articles are indexes into a prepared set; nothing is allocated per pair.
 */
import type { Lists, PreparedSet } from "./prepare.ts";
import { dot, estimatedJaccard } from "./text-similarity.ts";

const COPY_CONTAINMENT = 0.5;

/** Weighted overlap of the sorted key-id lists of articles x and y, rare keys counting more, in [0, 1]. */
function keySimilarity({ starts, values }: Lists, x: number, y: number, weights: Float64Array): number {
  const [aStart, aEnd, bStart, bEnd] = [
    starts[x] as number,
    starts[x + 1] as number,
    starts[y] as number,
    starts[y + 1] as number,
  ];
  let shared = 0;
  let total = 0;
  for (let i = aStart; i < aEnd; i++) total += weights[values[i] as number] ?? 0;
  for (let j = bStart; j < bEnd; j++) total += weights[values[j] as number] ?? 0;
  for (let i = aStart, j = bStart; i < aEnd && j < bEnd;) {
    const a = values[i] as number;
    const b = values[j] as number;
    if (a === b) {
      shared += weights[a] ?? 0;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  const union = total - shared;
  return union > 0 ? shared / union : 0;
}

/** Whether article x's list of `from` holds a value also in article y's list of `to`. */
function anyShared(from: Lists, x: number, to: Lists, y: number): boolean {
  for (let i = from.starts[x] as number; i < (from.starts[x + 1] as number); i++)
    for (let j = to.starts[y] as number; j < (to.starts[y + 1] as number); j++)
      if (from.values[i] === to.values[j]) return true;
  return false;
}

const isEmpty = (lists: Lists, x: number) => lists.starts[x] === lists.starts[x + 1];

/** Both name keys of this kind and share none of them (different CVEs, different actors). */
export function disjoint(lists: Lists, x: number, y: number): boolean {
  return !isEmpty(lists, x) && !isEmpty(lists, y) && !anyShared(lists, x, lists, y);
}

/** The two lists are equal. */
export function sameList({ starts, values }: Lists, x: number, y: number): boolean {
  const size = (starts[x + 1] as number) - (starts[x] as number);
  if (size !== (starts[y + 1] as number) - (starts[y] as number)) return false;
  for (let k = 0; k < size; k++)
    if (values[(starts[x] as number) + k] !== values[(starts[y] as number) + k]) return false;
  return true;
}

/** Both give numbers and none is within 20% of another (149 vs 148 is one incident misreported). */
function differentNumbers({ starts, values }: Lists, numbers: Float64Array, x: number, y: number): boolean {
  let some = false;
  for (let i = starts[x] as number; i < (starts[x + 1] as number); i++) {
    const m = numbers[values[i] as number] as number;
    if (!(m > 0)) continue;
    for (let j = starts[y] as number; j < (starts[y + 1] as number); j++) {
      const n = numbers[values[j] as number] as number;
      if (!(n > 0)) continue;
      if (Math.abs(m - n) <= 0.2 * Math.max(m, n)) return false;
      some = true;
    }
  }
  return some;
}

/** Article x's text names one of the numbers of article y's `lists` (counts). */
function namesNumberOf(set: PreparedSet, lists: Lists, x: number, y: number): boolean {
  const { starts, values } = set.namedNumbers;
  for (let j = lists.starts[y] as number; j < (lists.starts[y + 1] as number); j++) {
    const wanted = set.keyNumbers[lists.values[j] as number] as number;
    for (let i = starts[x] as number; i < (starts[x + 1] as number); i++)
      if (values[i] === wanted) return true;
  }
  return false;
}

/**
 * Both count people and the counts differ, and neither text names the other's number: the 8 charged
 * of a report that also names the 14 arrested are part of the same raid, not another one.
 */
function otherCount(set: PreparedSet, x: number, y: number): boolean {
  return (
    differentNumbers(set.counts, set.keyNumbers, x, y) &&
    !namesNumberOf(set, set.counts, x, y) &&
    !namesNumberOf(set, set.counts, y, x)
  );
}

/**
 * The later of two articles announces a sequel in its title and the earlier does not: a new development,
 * unless both titles name the same release.
 */
function sequel({ days, sequelTitles, titleReleases }: PreparedSet, x: number, y: number): boolean {
  const [dx, dy] = [days[x] as number, days[y] as number];
  if (Number.isNaN(dx) || Number.isNaN(dy) || dx === dy) return false;
  // "Log4j 2.17.1 fixing another flaw" and "Log4j 2.17.1 out now": one release, however counted.
  if (titleReleases[x] && titleReleases[x] === titleReleases[y]) return false;
  const [earlier, later] = dx < dy ? [x, y] : [y, x];
  return sequelTitles[later] === 1 && sequelTitles[earlier] === 0;
}

/** Both open on a release number and not the same one: two releases of a product, two stories. */
function otherRelease({ releases }: PreparedSet, x: number, y: number): boolean {
  const [a, b] = [releases[x] ?? null, releases[y] ?? null];
  return a !== null && b !== null && a !== b;
}

/** Days after which a later report of a campaign the earlier did not tell of is a new development. */
const NEW_CAMPAIGN_DAYS = 7;

/**
 * The later of two articles, a week or more after the earlier, reports campaign activity (espionage,
 * malware) the earlier does not: state hackers exploiting a flaw patched the week before,
 * or the year's count of state attacks after one phishing wave. A victim's update on its breach adds
 * none, and stays in its story.
 */
function newCampaign({ days, campaignTypes }: PreparedSet, x: number, y: number): boolean {
  const [dx, dy] = [days[x] as number, days[y] as number];
  if (!(Math.abs(dx - dy) >= NEW_CAMPAIGN_DAYS)) return false;
  const [earlier, later] = dx < dy ? [x, y] : [y, x];
  return ((campaignTypes[later] as number) & ~(campaignTypes[earlier] as number)) !== 0;
}

function conflictPenalty(set: PreparedSet, x: number, y: number): number {
  return (
    (newCampaign(set, x, y) ? 0.15 : 0) +
    (otherRelease(set, x, y) ? 0.2 : 0) +
    (sequel(set, x, y) ? 0.2 : 0) +
    (disjoint(set.leadCves, x, y) ? 0.5 : 0) +
    // Both name CVEs, further down too, and share none: reports on other flaws, however alike the wording.
    (disjoint(set.cves, x, y) ? 0.1 : 0) +
    // Both titles name companies and none the same: "Liquid loses $94 million" is not the heist of
    // Poly Network that its text recalls. Small: a victim and its vendor head two reports of one story.
    (disjoint(set.titleOrgs, x, y) ? 0.05 : 0) +
    (disjoint(set.editions, x, y) ? 0.5 : 0) +
    // Both link groups and neither links one the other does (a linked group is keyed under all its
    // aliases, so APT15 and Nickel are one). A group the other only names is not agreement: outlets
    // link or hedge one group differently, and counting bare names merged other stories.
    (disjoint(set.linkedAliases, x, y) ? 0.25 : 0) +
    (otherCount(set, x, y) ? 0.15 : 0) +
    (differentNumbers(set.amounts, set.keyNumbers, x, y) ? 0.1 : 0)
  );
}

/** The MinHash Jaccard estimate of articles x and y, 0 when either has no words. */
function jaccard(set: PreparedSet, x: number, y: number): number {
  return set.wordCounts[x] && set.wordCounts[y] ? estimatedJaccard(set.signatures, x, y) : 0;
}

/**
 * How much of the shorter text's wording the longer one holds, from the MinHash Jaccard estimate and
 * the two lengths: near 1 for a copy, however truncated, of the other.
 */
export function containment(set: PreparedSet, x: number, y: number): number {
  const estimate = jaccard(set, x, y);
  const [a, b] = [set.wordCounts[x] as number, set.wordCounts[y] as number];
  const shorter = Math.min(a, b);
  return shorter > 0 ? Math.min(1, (estimate * (a + b)) / ((1 + estimate) * shorter)) : 0;
}

const sameContent = (set: PreparedSet, x: number, y: number) =>
  set.inputs[x]?.contentHash === set.inputs[y]?.contentHash;

/**
 * Article `y` of the set is a copy of `x` or the reverse: the same content, or most of the shorter's
 * wording with no fact disagreeing.
 */
export function isCopy(set: PreparedSet, x: number, y: number): boolean {
  if (sameContent(set, x, y)) return true;
  return (
    containment(set, x, y) >= COPY_CONTAINMENT &&
    dot(set.terms, set.weights, x, y) >= 0.3 &&
    conflictPenalty(set, x, y) === 0
  );
}

/** The score of articles `x` and `y` of the set: 1 for the same content, below 0 for clear conflicts. */
export function pairScore(set: PreparedSet, x: number, y: number): number {
  if (sameContent(set, x, y)) return 1;
  const wording = Math.max(dot(set.terms, set.weights, x, y), jaccard(set, x, y));
  // Two reports of one month's Patch Tuesday are one story, however differently they open.
  const edition = anyShared(set.editions, x, set.editions, y) ? 0.15 : 0;
  return (
    0.7 * wording + 0.3 * keySimilarity(set.keys, x, y, set.keyWeights) + edition - conflictPenalty(set, x, y)
  );
}
