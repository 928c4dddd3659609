/**
 * @module bench/zyte/score
 * The Zyte article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark), ported from
 * its evaluation rules as restated in `../shared/data/article-extraction/FORMAT.md`. Input: the true and
 * predicted article bodies per page id. Output: macro precision and recall over pages, F1 of those two
 * means, exact-token accuracy, and bootstrap standard deviations of each. Invariants: no normalisation
 * beyond Unicode `\w+` tokens (no lowercasing); 4-token shingles counted as a multiset; a page whose
 * true and predicted texts are both empty counts towards accuracy only.
 */
import { seededRandom } from "../../src/dedupe/syndicate.ts";

/** Per-page shingle counts, normalised by `tp + fp + fn` so every page weighs the same. */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

export interface BenchmarkResult extends Scores {
  /** Standard deviations over bootstrap resamples of pages, when asked for. */
  readonly std?: Scores;
  readonly pages: number;
}

const SHINGLE_SIZE = 4;

/** Python 3's `re.findall(r"\w+", text)`: letters, digits and underscore, as they stand. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Every contiguous 4-token tuple as a multiset; fewer than 4 tokens make one shingle of them all. */
export function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    // U+0000 never occurs inside a \w token, so joining on it keeps tuples distinct.
    const key = tokens.slice(i, i + SHINGLE_SIZE).join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Shingle true/false positives and negatives of one page, normalised by their sum. */
export function comparePage(truth: string, prediction: string): PageCounts {
  const expected = shingles(tokenize(truth));
  const predicted = shingles(tokenize(prediction));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, want] of expected) {
    const got = predicted.get(key) ?? 0;
    tp += Math.min(want, got);
    fn += Math.max(0, want - got);
  }
  for (const [key, got] of predicted) fp += Math.max(0, got - (expected.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Macro P and R over the pages where each is defined, their harmonic mean, and exact-match accuracy. */
export function aggregate(pages: readonly PageCounts[], exact: readonly boolean[]): Scores {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(exact.map((e) => (e ? 1 : 0))) };
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

function std(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

/** Bootstrap: resample pages with replacement and take the spread of the recomputed scores. */
function bootstrap(pages: readonly PageCounts[], exact: readonly boolean[], rounds: number): Scores {
  // Seeded so bootstrap figures repeat from run to run.
  const random = seededRandom(42);
  const runs: Scores[] = [];
  for (let r = 0; r < rounds; r++) {
    const picked = pages.map(() => Math.floor(random() * pages.length));
    runs.push(
      aggregate(
        picked.map((i) => pages[i] ?? { tp: 0, fp: 0, fn: 0 }),
        picked.map((i) => exact[i] ?? false),
      ),
    );
  }
  return {
    precision: std(runs.map((s) => s.precision)),
    recall: std(runs.map((s) => s.recall)),
    f1: std(runs.map((s) => s.f1)),
    accuracy: std(runs.map((s) => s.accuracy)),
  };
}

/**
 * Scores predictions against the ground truth; every true id must have a prediction ("" for a failure).
 * @example
 *   evaluate({ a: "one two three four five" }, { a: "one two three four" }).f1 // 0.667
 */
export function evaluate(
  truth: Readonly<Record<string, string>>,
  predictions: Readonly<Record<string, string>>,
  options: { bootstrap?: number } = {},
): BenchmarkResult {
  const ids = Object.keys(truth);
  const missing = ids.filter((id) => predictions[id] === undefined);
  if (missing.length) throw new Error(`no prediction for ${missing.length} page(s), e.g. ${missing[0]}`);
  const pages: PageCounts[] = [];
  const exact: boolean[] = [];
  for (const id of ids) {
    const want = truth[id] ?? "";
    const got = predictions[id] ?? "";
    pages.push(comparePage(want, got));
    exact.push(sameTokens(tokenize(want), tokenize(got)));
  }
  const scores = aggregate(pages, exact);
  const rounds = options.bootstrap ?? 0;
  return { ...scores, pages: ids.length, ...(rounds > 0 ? { std: bootstrap(pages, exact, rounds) } : {}) };
}

/** Reads `{id: {articleBody}}`, or the same wrapped as `{version, output}`, into `{id: body}`. */
export function readPredictions(json: unknown): Record<string, string> {
  const outer = json as Record<string, unknown> | null;
  const inner = outer && typeof outer.output === "object" && outer.output ? outer.output : outer;
  const bodies: Record<string, string> = {};
  for (const [id, value] of Object.entries((inner ?? {}) as Record<string, unknown>)) {
    const body = (value as { articleBody?: unknown } | null)?.articleBody;
    bodies[id] = typeof body === "string" ? body : "";
  }
  return bodies;
}
