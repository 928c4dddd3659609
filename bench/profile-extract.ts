/**
 * @module bench/profile-extract
 * Profiling driver: cleans every `--every`-th corpus article (default 3), warms up, then runs text → fact
 * sheet `--passes` times (default 1) and prints the CPU time. Run it under the profiler:
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-extract.ts`, then
 * `npx tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile`.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Article } from "../src/contracts.ts";
import { collectPaths } from "../src/collect/index.ts";
import { cleanDocument } from "../src/clean/index.ts";
import { extractRecord, toFactSheet } from "../src/extract/index.ts";

const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/corpus/news");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      every: { type: "string", default: "3" },
      passes: { type: "string", default: "1" },
      corpus: { type: "string", default: corpusDir },
    },
  });
  const every = Number(values.every);
  const articles: Article[] = [];
  let n = 0;
  for await (const outcome of collectPaths([values.corpus])) {
    if (outcome.status !== "ok" || n++ % every !== 0) continue;
    const cleaned = cleanDocument(outcome.value);
    if (cleaned.status === "ok") articles.push(cleaned.value);
  }
  for (const article of articles.slice(0, 20)) toFactSheet(article, extractRecord(article));
  const cpu = process.cpuUsage();
  for (let pass = 0; pass < Number(values.passes); pass++)
    for (const article of articles) toFactSheet(article, extractRecord(article));
  const spent = process.cpuUsage(cpu);
  const ms = (spent.user + spent.system) / 1000;
  const total = articles.length * Number(values.passes);
  console.log(
    `${total} articles, ${ms.toFixed(0)} ms CPU, ${((total * 1000) / ms).toFixed(1)} articles/s CPU`,
  );
}

main().catch((error: unknown) => {
  console.error(`profile-extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
