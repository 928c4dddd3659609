/**
 * @module eval/breakdown
 * Breakdowns of an evaluation run: per gold folder, and Blotter beside the keyword baseline overall and
 * per outlet. Input: the evaluated articles (Blotter's slot counts, the baseline's counts on the same
 * article, the folder and outlet it came from). Output: `FolderSummary` and `BaselineComparison`.
 * Invariants: pure; every figure is a micro-average of counts (never an average of averages); Blotter
 * and the baseline are compared on exactly the same articles; outlets and folders keep a stable order.
 */
import { basename, dirname } from "node:path";
import {
  addCounts,
  summariseScores,
  toScore,
  type ActorLinkError,
  type ArticleScore,
  type Counts,
  type Score,
} from "./score.ts";

/** The slots the keyword baseline fills. */
export const BASELINE_SLOTS = ["event_types", "cves"] as const;
export type BaselineSlot = (typeof BASELINE_SLOTS)[number];

/** How much higher Blotter's F1 must be than the baseline's to count as clearly better. */
export const CLEAR_MARGIN = 0.05;

/** One scored gold article, with where it came from and the baseline's counts beside Blotter's. */
export interface EvaluatedArticle extends ArticleScore {
  /** The gold folder it was read from, as given. */
  readonly goldDir: string;
  /** The news outlet (see `outletOf`). */
  readonly outlet: string;
  /** The keyword baseline on the same article; null when its source text was not found. */
  readonly baseline: Readonly<Record<BaselineSlot, Counts>> | null;
  /** Wrong `linked` flags in the prediction. */
  readonly actorLinkErrors: readonly ActorLinkError[];
}

/** Blotter and the baseline on one slot, same articles. */
export interface SideBySide {
  readonly blotter: Score;
  readonly baseline: Score;
  /** Blotter's F1 minus the baseline's. */
  readonly margin: number;
  /** True when `margin` ≥ `CLEAR_MARGIN`. */
  readonly clear: boolean;
}

export interface OutletComparison {
  readonly outlet: string;
  readonly articles: number;
  readonly event_types: SideBySide;
}

export interface BaselineComparison {
  /** Articles both were scored on (those whose source text was found). */
  readonly articles: number;
  readonly clearMargin: number;
  readonly slots: Readonly<Record<BaselineSlot, SideBySide>>;
  /** `event_types` per outlet, by outlet name. */
  readonly outlets: readonly OutletComparison[];
}

export interface FolderSummary {
  readonly goldDir: string;
  readonly articles: number;
  readonly skipped: number;
  /** Blotter's headline micro-F1 over this folder's articles is `micro.f1`. */
  readonly micro: Score;
  /** Blotter beside the baseline on this folder's articles. */
  readonly event_types: SideBySide;
}

/**
 * An article's outlet: the folder its source sits in (`corpus/news/bleepingcomputer/x.md` →
 * `bleepingcomputer`), or, for gold without a `source_path`, the gold folder's name (the seed → `seed`).
 * @example outletOf("corpus/news/zdnet/story.md", "test/fixtures/gold") // → "zdnet"
 */
export function outletOf(sourcePath: string | undefined, goldDir: string): string {
  return basename(sourcePath === undefined ? goldDir : dirname(sourcePath));
}

const sumCounts = (counts: readonly Counts[]): Counts => counts.reduce(addCounts, { tp: 0, fp: 0, fn: 0 });

/**
 * Blotter against the baseline on `slot`, over the articles the baseline was scored on. With none, both
 * scores are vacuous and the margin 0, so it is not clear.
 */
function compareSlot(articles: readonly EvaluatedArticle[], slot: BaselineSlot): SideBySide {
  const both = articles.flatMap((article) =>
    article.baseline === null ? [] : [{ blotter: article.slots[slot], baseline: article.baseline[slot] }],
  );
  const blotter = toScore(sumCounts(both.map((pair) => pair.blotter)));
  const baseline = toScore(sumCounts(both.map((pair) => pair.baseline)));
  const margin = blotter.f1 - baseline.f1;
  // Rounded first, so a margin printed as 0.050 is never flagged by floating-point noise.
  return { blotter, baseline, margin, clear: Number(margin.toFixed(6)) >= CLEAR_MARGIN };
}

/**
 * Blotter beside the keyword baseline: `event_types` and `cves` overall, and `event_types` per outlet.
 * @example compareWithBaseline(result.articles).outlets.filter((o) => !o.event_types.clear) // the outlets to fix
 */
export function compareWithBaseline(articles: readonly EvaluatedArticle[]): BaselineComparison {
  const scored = articles.filter((article) => article.baseline !== null);
  const byOutlet = new Map<string, EvaluatedArticle[]>();
  for (const article of scored)
    byOutlet.set(article.outlet, [...(byOutlet.get(article.outlet) ?? []), article]);
  const outlets = [...byOutlet.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outlet, members]) => ({
      outlet,
      articles: members.length,
      event_types: compareSlot(members, "event_types"),
    }));
  return {
    articles: scored.length,
    clearMargin: CLEAR_MARGIN,
    slots: {
      event_types: compareSlot(scored, "event_types"),
      cves: compareSlot(scored, "cves"),
    },
    outlets,
  };
}

/** One gold folder's figures within a run over several. */
export function summariseFolder(
  goldDir: string,
  articles: readonly EvaluatedArticle[],
  skipped: number,
): FolderSummary {
  const own = articles.filter((article) => article.goldDir === goldDir);
  return {
    goldDir,
    articles: own.length,
    skipped,
    micro: summariseScores(own).micro,
    event_types: compareSlot(own, "event_types"),
  };
}
