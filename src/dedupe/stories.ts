/**
 * @module dedupe/stories
 * Articles → stories. A story is one real-world incident: its copies and rewrites within a window
 * (14 days by default). Pairs are proposed by MinHash-LSH on wording and by shared rare incident keys
 * (victim, actor, CVE, agency, person, amount), then scored on both: wording alone merges look-alikes
 * (next month's Patch Tuesday, the same gang's next victim), so disjoint CVEs or actors, or dates too
 * far apart, keep two articles apart. Accepted pairs are joined with union-find. Exact copies (same
 * content hash) always join. Deterministic: the same input gives the same stories in the same order.
 */
import { createHash } from "node:crypto";
import type { FactSheet } from "../contracts.ts";
import { normaliseName } from "../link/normalise.ts";
import {
  contentWords,
  cosine,
  documentFrequencies,
  estimatedJaccard,
  lshCandidates,
  minhashSignature,
  tfidfVector,
  type SparseVector,
} from "./text-similarity.ts";

export interface StoryInput {
  readonly articleId: string;
  /** YYYY-MM-DD or an ISO timestamp; null when unknown (then no window applies). */
  readonly published: string | null;
  readonly title: string;
  readonly text: string;
  readonly contentHash: string;
  readonly sheet: FactSheet;
}

export interface Story {
  readonly id: string;
  /** Earliest first; ties by article id. */
  readonly articleIds: readonly string[];
}

export interface StoryOptions {
  readonly windowDays?: number;
  readonly threshold?: number;
}

const DAY = 86_400_000;
const KEY_WEIGHTS: Record<string, number> = {
  cve: 3,
  actor: 2,
  org: 1.5,
  person: 2,
  money: 2,
  count: 1.5,
  agency: 1,
  place: 0.5,
};

/** The who / what / when keys of an article's incident, typed so "APT31" the actor is not "APT31" a person. */
/** CVEs named in the title or the opening of the text: the ones the story is about, not a list of past ones. */
function leadCves(text: string): string[] {
  const lead = text.slice(0, Math.max(700, Math.floor(text.length * 0.2)));
  return lead.match(/\bCVE-\d{4}-\d{4,7}\b/gi) ?? [];
}

export function incidentKeys(sheet: FactSheet, text = ""): Set<string> {
  const keys = new Set<string>();
  const add = (kind: string, value: string) => {
    const key = normaliseName(value);
    if (key.length >= 2) keys.add(`${kind}:${key}`);
  };
  for (const cve of sheet.cves) add("cve", cve);
  for (const cve of leadCves(text)) add("leadcve", cve);
  for (const actor of sheet.threat_actors) if (actor.linked && actor.names[0]) add("actor", actor.names[0]);
  for (const [name] of sheet.organizations) if (name) add("org", name);
  for (const [name] of sheet.persons) if (name) add("person", name);
  for (const [name] of sheet.agencies) if (name) add("agency", name);
  for (const place of sheet.places) add("place", place);
  for (const m of sheet.money) add("money", `${m.currency}${Math.round(m.amount / 1000)}`);
  if (sheet.arrested) add("count", `arrested${sheet.arrested.total}`);
  return keys;
}

interface Prepared {
  readonly input: StoryInput;
  readonly day: number | null;
  readonly vector: SparseVector;
  readonly signature: Uint32Array;
  readonly keys: Set<string>;
  /** The highest-weighted TF-IDF terms, for blocking. */
  readonly topTerms: readonly string[];
}

function dayOf(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isNaN(time) ? null : Math.floor(time / DAY);
}

function kindSet(keys: ReadonlySet<string>, kind: string): string[] {
  return [...keys].filter((k) => k.startsWith(`${kind}:`));
}

/** Weighted overlap of incident keys, rare keys counting more (IDF), in [0, 1]. */
function keySimilarity(a: Prepared, b: Prepared, keyDf: ReadonlyMap<string, number>, n: number): number {
  let shared = 0;
  let total = 0;
  const weight = (key: string) =>
    (KEY_WEIGHTS[key.split(":")[0] ?? ""] ?? 1) * Math.log(1 + n / Math.max(1, keyDf.get(key) ?? 0));
  for (const key of new Set([...a.keys, ...b.keys])) {
    const w = weight(key);
    total += w;
    if (a.keys.has(key) && b.keys.has(key)) shared += w;
  }
  return total > 0 ? shared / total : 0;
}

/** Facts that say two articles are about different incidents, whatever their wording. */
function numbersOf(keys: ReadonlySet<string>, kind: string): number[] {
  return kindSet(keys, kind)
    .map((k) => Number(/(\d+)$/.exec(k)?.[1]))
    .filter((n) => Number.isFinite(n) && n > 0);
}

/** Both articles name keys of this kind and share none of them (different CVEs, different actors). */
function disjointKeys(a: Prepared, b: Prepared, kind: string): boolean {
  const x = kindSet(a.keys, kind);
  return x.length > 0 && kindSet(b.keys, kind).length > 0 && !x.some((k) => b.keys.has(k));
}

function conflictPenalty(a: Prepared, b: Prepared): number {
  let penalty = 0;
  for (const [kind, weight] of [
    ["leadcve", 0.5],
    ["actor", 0.25],
  ] as const) {
    if (disjointKeys(a, b, kind)) penalty += weight;
  }
  // Different numbers of people arrested, or of money, mean another incident; near-equal ones
  // (149 vs 148) are the same incident reported with a disagreement.
  for (const [kind, weight] of [
    ["count", 0.15],
    ["money", 0.1],
  ] as const) {
    const x = numbersOf(a.keys, kind);
    const y = numbersOf(b.keys, kind);
    if (x.length && y.length && !x.some((m) => y.some((n) => Math.abs(m - n) <= 0.2 * Math.max(m, n))))
      penalty += weight;
  }
  return penalty;
}

/** Two articles that cannot be one story whatever else they share. */
function hardConflict(a: Prepared, b: Prepared, windowDays: number): boolean {
  if (a.input.contentHash === b.input.contentHash) return false;
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > windowDays) return true;
  return disjointKeys(a, b, "leadcve");
}

export function pairScore(a: Prepared, b: Prepared, keyDf: ReadonlyMap<string, number>, n: number): number {
  if (a.input.contentHash === b.input.contentHash) return 1;
  const wording = Math.max(cosine(a.vector, b.vector), estimatedJaccard(a.signature, b.signature));
  return 0.7 * wording + 0.3 * keySimilarity(a, b, keyDf, n) - conflictPenalty(a, b);
}

export function prepareStoryInputs(inputs: readonly StoryInput[]): {
  prepared: Prepared[];
  keyDf: Map<string, number>;
} {
  const words = inputs.map((i) => contentWords(`${i.title} ${i.title} ${i.text}`));
  const df = documentFrequencies(words);
  const prepared = inputs.map((input, index) => {
    const vector = tfidfVector(words[index] ?? [], df, inputs.length);
    return {
      input,
      day: dayOf(input.published),
      vector,
      topTerms: [...vector]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([term]) => term),
      signature: minhashSignature(words[index] ?? []),
      keys: incidentKeys(input.sheet, input.text),
    };
  });
  const keyDf = documentFrequencies(prepared.map((p) => [...p.keys]));
  return { prepared, keyDf };
}

/** Calls `visit` for every pair of `members` (indexes into `prepared`) published within the window. */
function forPairsInWindow(
  members: readonly number[],
  prepared: readonly Prepared[],
  windowDays: number,
  visit: (x: number, y: number) => void,
): void {
  const sorted = [...members].sort((x, y) => (prepared[x]?.day ?? 0) - (prepared[y]?.day ?? 0));
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = prepared[sorted[i] as number];
      const b = prepared[sorted[j] as number];
      if (a?.day != null && b?.day != null && b.day - a.day > windowDays) break;
      const [x, y] = [sorted[i] as number, sorted[j] as number].sort((p, q) => p - q) as [number, number];
      visit(x, y);
    }
}

function postings(
  prepared: readonly Prepared[],
  keysOf: (p: Prepared) => Iterable<string>,
  maxDf: number,
): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  prepared.forEach((p, index) => {
    for (const key of keysOf(p)) {
      const members = byKey.get(key);
      if (members) members.push(index);
      else byKey.set(key, [index]);
    }
  });
  for (const [key, members] of byKey) if (members.length < 2 || members.length > maxDf) byKey.delete(key);
  return byKey;
}

/**
 * Pairs worth scoring: similar wording (LSH on shingles, or two shared top TF-IDF terms, which
 * catches rewrites in other words), a shared rare incident key, or the same content, within the window.
 */
export function candidatePairs(prepared: readonly Prepared[], windowDays: number): Set<string> {
  const pairs = lshCandidates(prepared.map((p) => p.signature));
  const rareKeys = postings(prepared, (p) => [...p.keys].filter((k) => !k.startsWith("place:")), 60);
  for (const members of rareKeys.values())
    forPairsInWindow(members, prepared, windowDays, (x, y) => pairs.add(`${x}:${y}`));
  const sharedTerms = new Map<string, number>();
  for (const members of postings(prepared, (p) => p.topTerms, 400).values())
    forPairsInWindow(members, prepared, windowDays, (x, y) => {
      const key = `${x}:${y}`;
      sharedTerms.set(key, (sharedTerms.get(key) ?? 0) + 1);
    });
  for (const [key, count] of sharedTerms) if (count >= 2) pairs.add(key);
  const firstWithHash = new Map<string, number>();
  prepared.forEach((p, index) => {
    const first = firstWithHash.get(p.input.contentHash);
    if (first === undefined) firstWithHash.set(p.input.contentHash, index);
    else pairs.add(`${first}:${index}`);
  });
  return pairs;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i] as number] as number;
    i = parent[i] as number;
  }
  return i;
}

export function clusterStories(inputs: readonly StoryInput[], options: StoryOptions = {}): Story[] {
  const windowDays = options.windowDays ?? 14;
  const threshold = options.threshold ?? 0.25;
  const { prepared, keyDf } = prepareStoryInputs(inputs);
  const parent = prepared.map((_, i) => i);
  const members = prepared.map((_, i) => [i]);
  // Strongest links first; a merge that would put two articles with a hard conflict (different lead
  // CVEs, or dates further apart than the window) in one story is refused, so chains cannot bridge them.
  const scored: [number, number, number][] = [];
  for (const pair of candidatePairs(prepared, windowDays)) {
    const [x, y] = pair.split(":").map(Number) as [number, number];
    const a = prepared[x];
    const b = prepared[y];
    if (!a || !b) continue;
    if (hardConflict(a, b, windowDays)) continue;
    const score = a.input.contentHash === b.input.contentHash ? 1 : pairScore(a, b, keyDf, prepared.length);
    if (score >= threshold) scored.push([score, x, y]);
  }
  scored.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  for (const [, x, y] of scored) {
    const rx = find(parent, x);
    const ry = find(parent, y);
    if (rx === ry) continue;
    const left = members[rx] ?? [];
    const right = members[ry] ?? [];
    const conflict = left.some((i) =>
      right.some((j) => hardConflict(prepared[i] as Prepared, prepared[j] as Prepared, windowDays)),
    );
    if (conflict) continue;
    parent[rx] = ry;
    members[ry] = [...right, ...left];
    members[rx] = [];
  }
  const groups = new Map<number, Prepared[]>();
  prepared.forEach((p, i) => {
    const root = find(parent, i);
    const members = groups.get(root);
    if (members) members.push(p);
    else groups.set(root, [p]);
  });
  const stories = [...groups.values()].map((members) => {
    members.sort(
      (a, b) =>
        (a.day ?? Infinity) - (b.day ?? Infinity) || a.input.articleId.localeCompare(b.input.articleId),
    );
    const articleIds = members.map((m) => m.input.articleId);
    return {
      id: `s_${createHash("sha1")
        .update(articleIds[0] ?? "")
        .digest("hex")
        .slice(0, 20)}`,
      articleIds,
    };
  });
  return stories.sort((a, b) => (a.articleIds[0] ?? "").localeCompare(b.articleIds[0] ?? ""));
}
