/**
 * @module eval
 * `blotter eval`: scores fact sheets against a folder of gold sheets (spec/facts.md "Scoring").
 * Input: a folder of `*.gold.json` files and, optionally, a folder of predictions `<id>.json`; without
 * one, each gold article's source is run through Blotter (cleanDocument → extractRecord → toFactSheet).
 * Output: an `EvalResult` with per-slot and headline micro scores, per-article scores and warnings.
 * Invariants: a malformed gold or prediction file throws an error naming it; a missing prediction is
 * scored as an empty sheet; gold whose source cannot be found is skipped, with a warning, never scored;
 * the environment is read only when called, never at import time.
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FactSheet, RawDocument, SourceFormat } from "../contracts.ts";
import { cleanDocument } from "../clean/index.ts";
import { extractRecord, toFactSheet } from "../extract/index.ts";
import { readGoldSheet, readPredictedSheet, toGoldFactSheet, type GoldSheet } from "./gold.ts";
import {
  emptySheet,
  scoreSheet,
  summariseScores,
  type ArticleScore,
  type Score,
  type Slot,
} from "./score.ts";

export { formatScoreTable } from "./format.ts";
export {
  SLOTS,
  scoreSheet,
  summariseScores,
  type ArticleScore,
  type Counts,
  type Score,
  type Slot,
} from "./score.ts";

export type EvalWarningCode = "source-missing" | "prediction-missing" | "clean-failed" | "id-mismatch";

/** A problem with one gold article that did not stop the run. */
export interface EvalWarning {
  readonly id: string;
  readonly code: EvalWarningCode;
  readonly text: string;
}

export interface EvalResult {
  readonly goldDir: string;
  /** Null when the predictions came from running Blotter on each gold article's source. */
  readonly predDir: string | null;
  /** One per scored article, in gold file order (sorted by file name). */
  readonly articles: readonly ArticleScore[];
  /** Per slot, counts summed over articles (micro-averaged). */
  readonly slots: Readonly<Record<Slot, Score>>;
  /** All slots of all articles together: the headline micro-F1 is `micro.f1`. */
  readonly micro: Score;
  /** Ids of gold articles not scored because their source was not found. */
  readonly skipped: readonly string[];
  readonly warnings: readonly EvalWarning[];
}

export interface EvalOptions {
  /** The shared folder that gold `source_path`s are relative to; default env BLOTTER_SHARED_DIR, else `<repo>/../shared`. */
  readonly sharedDir?: string;
  /** Called after each gold file is handled (for progress bars). */
  readonly onProgress?: (done: number, total: number) => void;
}

const SOURCE_EXTENSIONS = [".txt", ".md", ".html"] as const;

function defaultSharedDir(): string {
  const fromEnv = process.env.BLOTTER_SHARED_DIR;
  if (fromEnv) return resolve(fromEnv);
  const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
  return resolve(repoRoot, "../shared");
}

function formatOf(path: string): SourceFormat {
  const extension = extname(path).toLowerCase();
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".html" || extension === ".htm") return "html";
  return "text";
}

async function readIfExists(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "EISDIR"))
      return null;
    throw error;
  }
}

/** Candidate source paths, best first: beside the gold file, then the shared folder. */
function sourceCandidates(gold: GoldSheet, goldDir: string, sharedDir: string): string[] {
  const beside = SOURCE_EXTENSIONS.map((extension) => join(goldDir, `${gold.id}${extension}`));
  const shared = resolve(sharedDir, gold.source_path ?? join("corpus", "seed", `${gold.id}.txt`));
  return [...beside, shared];
}

type Prediction = { sheet: FactSheet; warning?: EvalWarning } | { skipped: EvalWarning };

async function predictWithBlotter(gold: GoldSheet, goldDir: string, sharedDir: string): Promise<Prediction> {
  const candidates = sourceCandidates(gold, goldDir, sharedDir);
  for (const path of candidates) {
    const bytes = await readIfExists(path);
    if (bytes === null) continue;
    const raw: RawDocument = { uri: path, bytes, format: formatOf(path) };
    const cleaned = cleanDocument(raw);
    if (cleaned.status !== "ok") {
      const text = `cleaning ${path} ${cleaned.status} (${cleaned.code}: ${cleaned.reason}); scored as an empty sheet`;
      return { sheet: emptySheet(gold.id), warning: { id: gold.id, code: "clean-failed", text } };
    }
    const record = extractRecord(cleaned.value);
    return { sheet: { ...toFactSheet(cleaned.value, record), id: gold.id } };
  }
  const text = `no source found (looked for ${candidates.join(", ")}); skipped`;
  return { skipped: { id: gold.id, code: "source-missing", text } };
}

async function readPrediction(gold: GoldSheet, predDir: string): Promise<Prediction> {
  const path = join(predDir, `${gold.id}.json`);
  try {
    return { sheet: await readPredictedSheet(path, gold.id) };
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) throw error;
    const text = `no prediction at ${path}; scored as an empty sheet`;
    return { sheet: emptySheet(gold.id), warning: { id: gold.id, code: "prediction-missing", text } };
  }
}

/**
 * Scores every `*.gold.json` in `goldDir` against predictions from `predDir`, or against Blotter's own
 * output when `predDir` is not given.
 * @example
 * const result = await scoreGoldDir("test/fixtures/gold");
 * console.log(formatScoreTable(result)); // per-slot P / R / F1, the micro row, the worst articles
 */
export async function scoreGoldDir(
  goldDir: string,
  predDir?: string,
  options: EvalOptions = {},
): Promise<EvalResult> {
  const sharedDir = options.sharedDir ?? defaultSharedDir();
  const files = (await readdir(goldDir)).filter((name) => name.endsWith(".gold.json")).sort();
  if (files.length === 0) throw new Error(`no *.gold.json files in ${goldDir}`);
  const articles: ArticleScore[] = [];
  const skipped: string[] = [];
  const warnings: EvalWarning[] = [];
  const seen = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    const gold = await readGoldSheet(join(goldDir, file));
    const previous = seen.get(gold.id);
    if (previous !== undefined)
      throw new Error(`gold file ${join(goldDir, file)} repeats id ${gold.id} of ${previous}`);
    seen.set(gold.id, file);
    if (file !== `${gold.id}.gold.json`)
      warnings.push({ id: gold.id, code: "id-mismatch", text: `gold file ${file} holds id ${gold.id}` });
    const prediction =
      predDir === undefined
        ? await predictWithBlotter(gold, goldDir, sharedDir)
        : await readPrediction(gold, predDir);
    if ("skipped" in prediction) {
      skipped.push(gold.id);
      warnings.push(prediction.skipped);
    } else {
      if (prediction.warning) warnings.push(prediction.warning);
      articles.push(scoreSheet(prediction.sheet, toGoldFactSheet(gold)));
    }
    options.onProgress?.(index + 1, files.length);
  }
  const { slots, micro } = summariseScores(articles);
  return { goldDir, predDir: predDir ?? null, articles, slots, micro, skipped, warnings };
}
