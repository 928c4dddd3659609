/**
 * @module bench/run
 * `npm run bench [-- --limit N]`: throughput over the shared news corpus. Input: the files under
 * `../shared/corpus/news` (skipped with a message when missing). Output: articles/s and words/s for
 * cleaning, for text → fact sheet (extract + fact sheet from the cleaned text, a worker's batch of
 * articles at a time as an extraction worker runs it) beside a bare wink-nlp
 * pass over the same texts (tokens, sentences and part of speech, as the extractor configures it) with
 * their ratio, for full ingest (clean, extract, save) into a fresh temporary PGlite store, with
 * extraction on worker threads beside the saving main thread (one per core but one, two on two cores, up to four; `--workers N`
 * to choose), and peak memory.
 * Invariants: prints figures and asserts nothing; files are read into memory first so the timings are of
 * the pipeline, not the disk; reference lists and models are loaded before timing starts; the wink pass
 * and the extractor alternate chunk by chunk, so a busy machine slows both alike and the ratio holds;
 * CPU time is printed beside wall time for the same reason; the temporary store is deleted afterwards.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Article, IncidentRecord, Outcome, RawDocument } from "../src/contracts.ts";
import { collectPaths } from "../src/collect/index.ts";
import { cleanDocument } from "../src/clean/index.ts";
import { extractRecords, toFactSheet } from "../src/extract/index.ts";
import { ingest, type DocumentProblem } from "../src/app/ingest.ts";
import { defaultWorkerCount, WORKER_BATCH } from "../src/app/extract-pool.ts";
import { openStore } from "../src/store/index.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = resolve(repoRoot, "../shared/corpus/news");
/**
 * Articles per turn when the wink pass and the extractor alternate: as many as an extraction worker
 * takes at once, so the extractor reads their texts together as the worker does.
 */
const CHUNK = WORKER_BATCH;

/** Wall and CPU milliseconds of a piece of work. */
interface Timing {
  wall: number;
  cpu: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function rate(count: number, ms: number): string {
  return ms > 0 ? ((count * 1000) / ms).toFixed(1) : "∞";
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(34)} ${value}`);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs `work`, adding its wall and CPU time (user + system, this process) to `into`. */
function timed<T>(into: Timing, work: () => T): T {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const spent = process.cpuUsage(cpu);
  into.wall += performance.now() - wall;
  into.cpu += (spent.user + spent.system) / 1000;
  return result;
}

function printRates(label: string, count: number, words: number, timing: Timing): void {
  line(label, `${timing.wall.toFixed(0)} ms wall, ${timing.cpu.toFixed(0)} ms CPU`);
  line("  articles/s", `${rate(count, timing.wall)} (CPU: ${rate(count, timing.cpu)})`);
  line("  words/s", `${rate(words, timing.wall)} (CPU: ${rate(words, timing.cpu)})`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: "string" }, workers: { type: "string" } } });
  const ingestWorkers =
    values.workers === undefined ? defaultWorkerCount(availableParallelism()) : Number(values.workers);
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

  const cleaning: Timing = { wall: 0, cpu: 0 };
  const articles: Article[] = [];
  for (const doc of docs) {
    const cleaned = timed(cleaning, () => cleanDocument(doc));
    if (cleaned.status === "ok") articles.push(cleaned.value);
  }
  const words = articles.reduce((sum, article) => sum + countWords(article.text), 0);

  const nlp = winkNLP(model, ["sbd", "pos"]);
  // wink's `its` helpers are plain functions that never use `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const partOfSpeech = nlp.its.pos;
  const loading: Timing = { wall: 0, cpu: 0 };
  timed(loading, () => {
    const first = articles.slice(0, 5);
    extractRecords(first).forEach((record, i) => toFactSheet(first[i] as Article, record()));
  });

  const bare: Timing = { wall: 0, cpu: 0 };
  const extracting: Timing = { wall: 0, cpu: 0 };
  let peakHeap = 0;
  for (let from = 0; from < articles.length; from += CHUNK) {
    const chunk = articles.slice(from, from + CHUNK);
    timed(bare, () => {
      for (const article of chunk) {
        const doc = nlp.readDoc(article.text);
        doc.tokens().out();
        doc.tokens().out(partOfSpeech);
        doc.sentences().out();
      }
    });
    // As an extraction worker does with the documents waiting for it: texts read together, then the rules.
    timed(extracting, () => {
      const records = extractRecords(chunk);
      chunk.forEach((article, i) => toFactSheet(article, (records[i] as () => IncidentRecord)()));
    });
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const rssAfterExtract = process.resourceUsage().maxRSS * 1024;

  const dataDir = await mkdtemp(join(tmpdir(), "blotter-bench-"));
  const ingesting: Timing = { wall: 0, cpu: 0 };
  let ingestFailures: readonly DocumentProblem[] = [];
  try {
    const store = await openStore({ kind: "pglite", dataDir });
    try {
      const outcomes: Outcome<RawDocument>[] = docs.map((value) => ({ status: "ok", value }));
      const start = performance.now();
      const cpu = process.cpuUsage();
      const summary = await ingest(
        outcomes,
        store,
        () => {
          peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        },
        [],
        { workers: ingestWorkers },
      );
      const spent = process.cpuUsage(cpu);
      ingesting.wall = performance.now() - start;
      ingesting.cpu = (spent.user + spent.system) / 1000;
      ingestFailures = summary.failed;
    } finally {
      await store.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }

  console.log(`Blotter bench over ${corpusDir}`);
  line("articles read", `${docs.length} (${(bytes / 1024 / 1024).toFixed(1)} MB in ${readMs.toFixed(0)} ms)`);
  printRates("clean (bytes → text)", docs.length, words, cleaning);
  line("  cleaned ok", `${articles.length} of ${docs.length}, ${words} words`);
  line("load lists and models", `${loading.wall.toFixed(0)} ms (first 5 articles, not counted below)`);
  printRates("text → fact sheet", articles.length, words, extracting);
  printRates("bare wink-nlp pass, same texts", articles.length, words, bare);
  line(
    "  text → fact sheet / bare wink",
    `${(extracting.wall / bare.wall).toFixed(2)}× wall, ${(extracting.cpu / bare.cpu).toFixed(2)}× CPU`,
  );
  printRates(
    `full ingest (fresh PGlite, ${ingestWorkers} extraction workers)`,
    docs.length,
    words,
    ingesting,
  );
  line("  failed", String(ingestFailures.length));
  line(
    "peak RSS",
    `${megabytes(rssAfterExtract)} after extraction, ${megabytes(process.resourceUsage().maxRSS * 1024)} after ingest`,
  );
  line("peak heap used (sampled)", megabytes(peakHeap));
  // Failures are part of the figures: name the first few so a regression can be followed up.
  for (const failure of ingestFailures.slice(0, 5))
    console.log(`  failed ${failure.uri}: ${failure.reason.slice(0, 160)} [${failure.code}]`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
