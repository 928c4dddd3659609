/**
 * @module eval/format
 * The plain-text report of an evaluation run. Input: an `EvalResult`. Output: a table with one row per
 * slot (gold items, predicted items, P, R, F1 to 3 decimals; "-" where a slot had no items on either
 * side) and the micro row over all slots; each folder's micro-F1 when several were scored; the keyword
 * baseline beside Blotter on `event_types` and `cves`, then `event_types` F1 per outlet with the outlets
 * Blotter does not clearly beat marked; `actor_linked` precision and the articles with wrong actor
 * links; a line on skipped articles and warnings; and the five worst articles by F1.
 * Invariant: pure; same input, same text.
 */
import { BASELINE_SLOTS } from "./breakdown.ts";
import type { EvalResult } from "./index.ts";
import { SLOTS, type ArticleScore, type Score } from "./score.ts";

const WORST_SHOWN = 5;

const fixed = (value: number): string => value.toFixed(3);
const signed = (value: number): string => (value >= 0 ? "+" : "") + fixed(value);
const NOT_CLEAR = "  <- not clearly better";

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

function headerRow(labelWidth: number): string {
  const columns = ["gold", "pred"].map((name) => name.padStart(6));
  const metrics = ["P", "R", "F1"].map((name) => name.padStart(7));
  return ["slot".padEnd(labelWidth), ...columns, ...metrics].join(" ");
}

/** Lowest F1 first; ties broken by the most errors, then by id, so the order is stable. */
export function worstArticles(articles: readonly ArticleScore[], limit = WORST_SHOWN): ArticleScore[] {
  const errors = (article: ArticleScore) => article.total.fp + article.total.fn;
  return [...articles]
    .sort((a, b) => a.total.f1 - b.total.f1 || errors(b) - errors(a) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

function formatFolders(result: EvalResult): string[] {
  if (result.folders.length < 2) return [];
  const width = Math.max(...result.folders.map((folder) => folder.goldDir.length), "folder".length);
  const lines = ["", `${"folder".padEnd(width)} articles skipped micro-F1`];
  for (const folder of result.folders)
    lines.push(
      [
        folder.goldDir.padEnd(width),
        String(folder.articles).padStart(8),
        String(folder.skipped).padStart(7),
        fixed(folder.micro.f1).padStart(8),
      ].join(" "),
    );
  return lines;
}

function formatBaseline(result: EvalResult): string[] {
  const { baseline } = result;
  const scope =
    baseline.articles === result.articles.length
      ? `the same ${baseline.articles} articles`
      : `the ${baseline.articles} of ${result.articles.length} articles whose source text was found`;
  const labelWidth = "event_types baseline".length;
  const lines = [
    "",
    `Keyword baseline (a floor: one regex per event type, a CVE regex) beside Blotter, on ${scope}:`,
    headerRow(labelWidth),
  ];
  for (const slot of BASELINE_SLOTS) {
    const { blotter, baseline: floor, margin, clear } = baseline.slots[slot];
    lines.push(row(`${slot} Blotter`, blotter, labelWidth));
    // Only event typing must clearly beat keywords; Blotter finds CVEs with a regex too, so cves may tie.
    const mark = slot === "event_types" && !clear ? NOT_CLEAR : "";
    lines.push(`${row(`${slot} baseline`, floor, labelWidth)}   margin ${signed(margin)}${mark}`);
  }
  const outletWidth = Math.max(...baseline.outlets.map((outlet) => outlet.outlet.length), "outlet".length);
  lines.push(
    "",
    `event_types F1 per outlet (Blotter must beat the baseline by >= ${fixed(baseline.clearMargin)}):`,
    `${"outlet".padEnd(outletWidth)} articles Blotter baseline  margin`,
  );
  for (const { outlet, articles, event_types: side } of baseline.outlets)
    lines.push(
      [
        outlet.padEnd(outletWidth),
        String(articles).padStart(8),
        fixed(side.blotter.f1).padStart(7),
        fixed(side.baseline.f1).padStart(8),
        signed(side.margin).padStart(7),
      ].join(" ") + (side.clear ? "" : NOT_CLEAR),
    );
  return lines;
}

function formatActorLinks(result: EvalResult): string[] {
  const linked = result.slots.actor_linked;
  const precision = linked.predicted === 0 ? "-" : fixed(linked.precision);
  const wrong = result.articles.filter((article) => article.actorLinkErrors.length > 0);
  const lines = [
    "",
    `actor_linked precision ${precision} (required: 1.000); articles with wrong actor links: ${wrong.length}`,
  ];
  for (const article of wrong) {
    const errors = article.actorLinkErrors.map((error) => `${error.actor} (${error.kind})`).join(", ");
    lines.push(`  ${article.id}: ${errors}`);
  }
  return lines;
}

/**
 * Renders the report.
 * @example console.log(formatScoreTable(await scoreGoldDirs(["test/fixtures/gold"])));
 */
export function formatScoreTable(result: EvalResult): string {
  const labelWidth = Math.max(...SLOTS.map((slot) => slot.length), "micro (all slots)".length);
  const header = headerRow(labelWidth);
  const rule = "-".repeat(header.length);
  const lines = [header, rule, ...SLOTS.map((slot) => row(slot, result.slots[slot], labelWidth)), rule];
  lines.push(row("micro (all slots)", result.micro, labelWidth));
  lines.push(...formatFolders(result), ...formatBaseline(result), ...formatActorLinks(result));
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
