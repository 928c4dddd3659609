/**
 * @module bench/run
 * `npm run bench [-- --limit N]`: throughput over the shared news corpus. Input: the files under
 * `../shared/corpus/news` (skipped with a message when missing). Output: articles/s and words/s for
 * clean + extract alone, and for full ingest into a fresh temporary PGlite store, plus peak RSS.
 * Invariants: prints figures and asserts nothing; files are read into memory first so the timings are of
 * the pipeline, not the disk; the temporary store is deleted afterwards.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Outcome, RawDocument } from "../src/contracts.ts";
import { collectPaths } from "../src/collect/index.ts";
import { extractFile } from "../src/app/extract-file.ts";
import { ingest, type DocumentProblem } from "../src/app/ingest.ts";
import { openStore } from "../src/store/index.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = resolve(repoRoot, "../shared/corpus/news");

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function rate(count: number, ms: number): string {
  return ms > 0 ? ((count * 1000) / ms).toFixed(1) : "∞";
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(34)} ${value}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: "string" } } });
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!Number.isInteger(limit) && limit !== Infinity)
    throw new Error(`--limit expects a whole number, got ${values.limit}`);
  if (!existsSync(corpusDir)) {
    console.log(`bench: skipped, the news corpus is missing (looked in ${corpusDir})`);
    return;
  }

  const readStart = performance.now();
  const docs: RawDocument[] = [];
  let bytes = 0;
  for await (const outcome of collectPaths([corpusDir])) {
    if (docs.length >= limit) break;
    if (outcome.status !== "ok") continue;
    docs.push(outcome.value);
    bytes += outcome.value.bytes.length;
  }
  const readMs = performance.now() - readStart;

  let words = 0;
  let failed = 0;
  const extractStart = performance.now();
  for (const doc of docs) {
    const result = extractFile(doc);
    if (result.status === "ok") words += countWords(result.value.article.text);
    else failed++;
  }
  const extractMs = performance.now() - extractStart;

  const dataDir = await mkdtemp(join(tmpdir(), "blotter-bench-"));
  let ingestMs = 0;
  let ingestFailures: readonly DocumentProblem[] = [];
  try {
    const store = await openStore({ kind: "pglite", dataDir });
    try {
      const ingestStart = performance.now();
      const outcomes: Outcome<RawDocument>[] = docs.map((value) => ({ status: "ok", value }));
      const summary = await ingest(outcomes, store);
      ingestMs = performance.now() - ingestStart;
      ingestFailures = summary.failed;
    } finally {
      await store.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }

  const ok = docs.length - failed;
  console.log(`Blotter bench over ${corpusDir}`);
  line("articles read", `${docs.length} (${(bytes / 1024 / 1024).toFixed(1)} MB in ${readMs.toFixed(0)} ms)`);
  line("clean + extract", `${extractMs.toFixed(0)} ms, ${ok} ok, ${failed} failed`);
  line("  articles/s", rate(docs.length, extractMs));
  line("  words/s", rate(words, extractMs));
  line("full ingest (fresh PGlite)", `${ingestMs.toFixed(0)} ms, ${ingestFailures.length} failed`);
  line("  articles/s", rate(docs.length, ingestMs));
  line("  words/s", rate(words, ingestMs));
  line("peak RSS", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  // Failures are part of the figures: name the first few so a regression can be followed up.
  for (const failure of ingestFailures.slice(0, 5))
    console.log(`  failed ${failure.uri}: ${failure.reason.slice(0, 160)} [${failure.code}]`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
