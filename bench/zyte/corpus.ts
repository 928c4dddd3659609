/**
 * @module bench/zyte/corpus
 * Loads the Zyte article-extraction benchmark from `../shared/data/article-extraction/zyte-aeb` and runs
 * Blotter's cleaner over it. Input: the gzipped pages and `ground-truth.json`. Output: the predicted body
 * per page id (the article text after the title, `Article.bodySpan`) with the milliseconds it took.
 * Invariants: pages are read and gunzipped before timing starts, so timings are of the cleaner alone; a
 * page the cleaner fails on predicts "".
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { cleanDocument } from "../../src/clean/index.ts";
import { readPredictions } from "./score.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const zyteDir = resolve(repoRoot, "../shared/data/article-extraction/zyte-aeb");

export interface ZytePage {
  readonly id: string;
  readonly url: string;
  readonly truth: string;
  readonly html: Uint8Array;
}

export interface CleanerRun {
  readonly predictions: Record<string, string>;
  readonly millis: number[];
  /** CPU time per page (user + system, every thread of the process, so also parallel GC work). */
  readonly cpuMillis: number[];
}

/** True when the shared benchmark data is present. */
export function hasZyteData(): boolean {
  return existsSync(resolve(zyteDir, "ground-truth.json"));
}

export function readGroundTruth(): Record<string, string> {
  return readPredictions(JSON.parse(readFileSync(resolve(zyteDir, "ground-truth.json"), "utf8")));
}

export function loadPages(): ZytePage[] {
  const raw = JSON.parse(readFileSync(resolve(zyteDir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.entries(raw).map(([id, entry]) => ({
    id,
    url: entry.url ?? "",
    truth: entry.articleBody ?? "",
    html: gunzipSync(readFileSync(resolve(zyteDir, "html", `${id}.html.gz`))),
  }));
}

/** Cleans every page as HTML with its ground-truth URL as a hint and keeps the body only. */
export function runCleaner(pages: readonly ZytePage[]): CleanerRun {
  const predictions: Record<string, string> = {};
  const millis: number[] = [];
  const cpuMillis: number[] = [];
  for (const page of pages) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const outcome = cleanDocument({
      uri: page.url || page.id,
      bytes: page.html,
      format: "html",
      hints: { url: page.url },
    });
    millis.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuMillis.push((cpu.user + cpu.system) / 1000);
    predictions[page.id] = outcome.status === "ok" ? outcome.value.text.slice(...outcome.value.bodySpan) : "";
  }
  return { predictions, millis, cpuMillis };
}

/** The q-quantile (0..1) of the values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
