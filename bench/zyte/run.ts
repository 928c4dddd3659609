/**
 * @module bench/zyte/run
 * `npx tsx bench/zyte/run.ts [--bootstrap N] [--passes N] [--worst K] [--out file.json]`: scores Blotter's
 * HTML cleaner on the Zyte article-extraction benchmark (181 pages). Output: macro P / R / F1, accuracy
 * (with bootstrap standard deviations), median / p95 milliseconds per page, wall clock and CPU (each
 * page's best of N timed passes, so another process stealing the CPU during one pass does not count; CPU
 * time counts every thread, parallel garbage collection included); optionally the K worst pages and a
 * prediction file in the upstream format. Invariants: asserts nothing; exits with a message when the shared data is
 * missing; every pass cleans every page, and the scores come from the last one.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { hasZyteData, loadPages, quantile, runCleaner, zyteDir } from "./corpus.ts";
import { comparePage, evaluate, pagePrecision, pageRecall } from "./score.ts";

const { values } = parseArgs({
  options: {
    bootstrap: { type: "string", default: "1000" },
    passes: { type: "string", default: "3" },
    worst: { type: "string", default: "0" },
    out: { type: "string" },
  },
});

if (!hasZyteData()) {
  console.log(`zyte bench skipped: no benchmark data at ${zyteDir}`);
  process.exit(0);
}

const pages = loadPages();
// One untimed pass warms the JIT and module caches so the timings describe steady state.
runCleaner(pages);
const passes = Math.max(1, Number(values.passes));
const best = pages.map(() => Infinity);
const bestCpu = pages.map(() => Infinity);
let predictions: Record<string, string> = {};
for (let pass = 0; pass < passes; pass++) {
  const run = runCleaner(pages);
  run.millis.forEach((ms, i) => (best[i] = Math.min(best[i] ?? Infinity, ms)));
  run.cpuMillis.forEach((ms, i) => (bestCpu[i] = Math.min(bestCpu[i] ?? Infinity, ms)));
  predictions = run.predictions;
}
const truth = Object.fromEntries(pages.map((p) => [p.id, p.truth]));
const result = evaluate(truth, predictions, { bootstrap: Number(values.bootstrap) });
const fmt = (n: number) => n.toFixed(3);
const spread = (key: "f1" | "precision" | "recall" | "accuracy") =>
  result.std ? ` ± ${fmt(result.std[key])}` : "";

console.log(`zyte-aeb: ${result.pages} pages`);
console.log(`F1        ${fmt(result.f1)}${spread("f1")}`);
console.log(`precision ${fmt(result.precision)}${spread("precision")}`);
console.log(`recall    ${fmt(result.recall)}${spread("recall")}`);
console.log(`accuracy  ${fmt(result.accuracy)}${spread("accuracy")}`);
const perPage = (values: number[]) =>
  `median ${quantile(values, 0.5).toFixed(1)}, p95 ${quantile(values, 0.95).toFixed(1)}`;
console.log(`ms/page   ${perPage(best)} (each page's best of ${passes} passes)`);
console.log(`CPU ms    ${perPage(bestCpu)} (same; all threads)`);

const worst = Number(values.worst);
if (worst > 0) {
  const ranked = pages
    .map((p) => {
      const counts = comparePage(p.truth, predictions[p.id] ?? "");
      const pr = pagePrecision(counts);
      const rc = pageRecall(counts);
      return { id: p.id, url: p.url, pr, rc, f1: pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0 };
    })
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, worst);
  for (const r of ranked)
    console.log(`${fmt(r.f1)} P ${fmt(r.pr)} R ${fmt(r.rc)} ${r.id.slice(0, 12)} ${r.url}`);
}
if (values.out) {
  const output = Object.fromEntries(
    Object.entries(predictions).map(([id, body]) => [id, { articleBody: body }]),
  );
  writeFileSync(values.out, `${JSON.stringify(output, null, 2)}\n`);
}
