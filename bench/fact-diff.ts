/**
 * @module bench/fact-diff
 * Output-identity check for speed work: `npx tsx bench/fact-diff.ts --out /tmp/base.json` writes the
 * fact sheet and the full record (without its copy of the text) of every `--every`-th corpus article (default
 * 3, ≈1,500 articles spread over all outlets), extracted a worker's batch at a time as ingest does; `--against /tmp/base.json` extracts again and lists the
 * articles whose output differs, with the first differing field. Input: `../shared/corpus/news`.
 * Invariants: exits 1 when anything differs or an article is missing on one side; prints only otherwise.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { collectPaths } from "../src/collect/index.ts";
import { cleanDocument } from "../src/clean/index.ts";
import type { Article, IncidentRecord } from "../src/contracts.ts";
import { WORKER_BATCH } from "../src/app/extract-pool.ts";
import { extractRecords, toFactSheet } from "../src/extract/index.ts";

const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/corpus/news");

type Outputs = Record<string, unknown>;

/** The first path (`a.b[3].c`) where two JSON values differ, or null when they are equal. */
function firstDifference(a: unknown, b: unknown, path = ""): string | null {
  if (a === b) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const step = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`;
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      step,
    );
    if (found) return found;
  }
  return null;
}

async function extractAll(every: number): Promise<Outputs> {
  const outputs: Outputs = {};
  const cleaned: { uri: string; article: Article }[] = [];
  let n = 0;
  for await (const outcome of collectPaths([corpusDir])) {
    if (outcome.status !== "ok" || n++ % every !== 0) continue;
    const article = cleanDocument(outcome.value);
    if (article.status === "ok") cleaned.push({ uri: outcome.value.uri, article: article.value });
  }
  // A worker's batch at a time, as ingest extracts them (`extractRecords`).
  for (let from = 0; from < cleaned.length; from += WORKER_BATCH) {
    const batch = cleaned.slice(from, from + WORKER_BATCH);
    const records = extractRecords(batch.map((c) => c.article));
    batch.forEach(({ uri, article }, i) => {
      const record = (records[i] as () => IncidentRecord)();
      // The record's copy of the text is the input, not output: left out to keep the file small.
      outputs[relative(corpusDir, uri)] = {
        sheet: toFactSheet(article, record),
        record: { ...record, text: undefined },
      };
    });
  }
  return outputs;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      against: { type: "string" },
      every: { type: "string", default: "3" },
    },
  });
  if (!existsSync(corpusDir)) {
    console.log(`fact-diff: skipped, the news corpus is missing (looked in ${corpusDir})`);
    return;
  }
  const start = performance.now();
  const outputs = await extractAll(Number(values.every));
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (values.out) {
    writeFileSync(values.out, JSON.stringify(outputs));
    console.log(`fact-diff: ${Object.keys(outputs).length} articles written to ${values.out} (${seconds} s)`);
  }
  if (!values.against) return;
  const base = JSON.parse(readFileSync(values.against, "utf8")) as Outputs;
  const uris = new Set([...Object.keys(base), ...Object.keys(outputs)]);
  let differing = 0;
  for (const uri of uris) {
    const found = firstDifference(base[uri], outputs[uri]);
    if (!found) continue;
    if (differing++ < Number(process.env.FACT_DIFF_SHOW ?? 20)) console.log(`${uri}\n  ${found}`);
  }
  console.log(
    `fact-diff: ${differing} of ${uris.size} articles differ from ${values.against} (${seconds} s)`,
  );
  if (differing > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`fact-diff: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
