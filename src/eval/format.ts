/**
 * @module eval/format
 * The plain-text report of an evaluation run. Input: an `EvalResult`. Output: a table with one row per
 * slot (gold items, predicted items, P, R, F1 to 3 decimals; "-" where a slot had no items on either
 * side), the micro row over all slots, a line on skipped articles and warnings, and the five worst
 * articles by F1. Invariant: pure; same input, same text.
 */
import type { EvalResult } from "./index.ts";
import { SLOTS, type ArticleScore, type Score } from "./score.ts";

const WORST_SHOWN = 5;

const fixed = (value: number): string => value.toFixed(3);

function row(label: string, score: Score, labelWidth: number): string {
  // With nothing to find and nothing predicted the scores are a vacuous 1; show that as "-".
  const vacuous = score.gold === 0 && score.predicted === 0;
  const metric = (value: number) => (vacuous ? "-" : fixed(value)).padStart(7);
  return [
    label.padEnd(labelWidth),
    String(score.gold).padStart(6),
    String(score.predicted).padStart(6),
    metric(score.precision),
    metric(score.recall),
    metric(score.f1),
  ].join(" ");
}

/** Lowest F1 first; ties broken by the most errors, then by id, so the order is stable. */
export function worstArticles(articles: readonly ArticleScore[], limit = WORST_SHOWN): ArticleScore[] {
  const errors = (article: ArticleScore) => article.total.fp + article.total.fn;
  return [...articles]
    .sort((a, b) => a.total.f1 - b.total.f1 || errors(b) - errors(a) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * Renders the score table.
 * @example console.log(formatScoreTable(await scoreGoldDir("test/fixtures/gold")));
 */
export function formatScoreTable(result: EvalResult): string {
  const labelWidth = Math.max(...SLOTS.map((slot) => slot.length), "micro (all slots)".length);
  const header = [
    "slot".padEnd(labelWidth),
    "gold".padStart(6),
    "pred".padStart(6),
    "P".padStart(7),
    "R".padStart(7),
    "F1".padStart(7),
  ].join(" ");
  const rule = "-".repeat(header.length);
  const lines = [header, rule, ...SLOTS.map((slot) => row(slot, result.slots[slot], labelWidth)), rule];
  lines.push(row("micro (all slots)", result.micro, labelWidth));
  lines.push("");
  const skipped = result.skipped.length > 0 ? `, ${result.skipped.length} skipped (source missing)` : "";
  lines.push(`${result.articles.length} articles scored${skipped}, ${result.warnings.length} warnings`);
  const worst = worstArticles(result.articles);
  if (worst.length > 0) {
    lines.push("", `Worst ${worst.length} articles by F1:`);
    for (const article of worst) {
      const { f1, tp, fp, fn } = article.total;
      lines.push(`  ${fixed(f1)}  ${article.id}  (tp ${tp}, fp ${fp}, fn ${fn})`);
    }
  }
  return lines.join("\n");
}
