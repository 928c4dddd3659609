/**
 * @module eval
 * `blotter eval`: scores fact sheets against folders of gold sheets (spec/facts.md "Scoring"), with the
 * keyword baseline (`keyword-baseline.ts`) scored beside Blotter on the same articles.
 * Input: one or more folders of `*.gold.json` files and, optionally, a folder of predictions `<id>.json`;
 * without one, each gold article's source is run through Blotter (cleanDocument → extractRecord →
 * toFactSheet). The baseline always reads the article's cleaned source text.
 * Output: an `EvalResult`: per-slot and headline micro scores over all folders together, each folder's
 * own figures, Blotter beside the baseline overall and per outlet, per-article scores, wrong actor
 * links and warnings.
 * Invariants: a malformed gold or prediction file, or an id repeated across the folders, throws an error
 * naming it; a missing prediction is scored as an empty sheet; gold whose source cannot be found is
 * skipped, with a warning, never scored (with a predictions folder it is scored, without a baseline);
 * the environment is read only when called, never at import time.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article, FactSheet, Outcome, RawDocument, SourceFormat } from "../contracts.ts";
import { cleanDocument } from "../clean/index.ts";
import { extractRecord, toFactSheet } from "../extract/index.ts";
import {
  compareWithBaseline,
  outletOf,
  summariseFolder,
  type BaselineComparison,
  type EvaluatedArticle,
  type FolderSummary,
} from "./breakdown.ts";
import { readGoldSheet, readPredictedSheet, toGoldFactSheet, type GoldSheet } from "./gold.ts";
import { keywordBaselineSheet } from "./keyword-baseline.ts";
import { actorLinkErrors, emptySheet, scoreSheet, summariseScores, type Score, type Slot } from "./score.ts";

export { formatScoreTable } from "./format.ts";
export {
  BASELINE_SLOTS,
  CLEAR_MARGIN,
  type BaselineComparison,
  type EvaluatedArticle,
  type FolderSummary,
  type OutletComparison,
  type SideBySide,
} from "./breakdown.ts";
export {
  SLOTS,
  scoreSheet,
  summariseScores,
  type ActorLinkError,
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
  /** The gold folders scored, as given. */
  readonly goldDirs: readonly string[];
  /** Null when the predictions came from running Blotter on each gold article's source. */
  readonly predDir: string | null;
  /** One per scored article, folder by folder, in gold file order (sorted by file name). */
  readonly articles: readonly EvaluatedArticle[];
  /** Per slot, counts summed over the articles of every folder (micro-averaged). */
  readonly slots: Readonly<Record<Slot, Score>>;
  /** All slots of all articles together: the headline micro-F1 is `micro.f1`. */
  readonly micro: Score;
  /** Each folder's own figures, in the order given. */
  readonly folders: readonly FolderSummary[];
  /** Blotter beside the keyword baseline, overall and per outlet. */
  readonly baseline: BaselineComparison;
  /** Ids of gold articles not scored because their source was not found. */
  readonly skipped: readonly string[];
  readonly warnings: readonly EvalWarning[];
}

export interface EvalOptions {
  /** The shared folder that gold `source_path`s are relative to; default env BLOTTER_SHARED_DIR, else `<repo>/../shared`. */
  readonly sharedDir?: string;
  /** Called after each gold file is handled (for progress bars), counting over all folders. */
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

interface Source {
  readonly path: string;
  readonly cleaned: Outcome<Article>;
}

/** The first candidate that exists, cleaned; null when none does. */
async function cleanFirstSource(candidates: readonly string[]): Promise<Source | null> {
  for (const path of candidates) {
    const bytes = await readIfExists(path);
    if (bytes === null) continue;
    const raw: RawDocument = { uri: path, bytes, format: formatOf(path) };
    return { path, cleaned: cleanDocument(raw) };
  }
  return null;
}

type Prediction = { sheet: FactSheet; warning?: EvalWarning } | { skipped: EvalWarning };

function predictWithBlotter(
  gold: GoldSheet,
  source: Source | null,
  candidates: readonly string[],
): Prediction {
  if (source === null) {
    const text = `no source found (looked for ${candidates.join(", ")}); skipped`;
    return { skipped: { id: gold.id, code: "source-missing", text } };
  }
  const { path, cleaned } = source;
  if (cleaned.status !== "ok") {
    const text = `cleaning ${path} ${cleaned.status} (${cleaned.code}: ${cleaned.reason}); scored as an empty sheet`;
    return { sheet: emptySheet(gold.id), warning: { id: gold.id, code: "clean-failed", text } };
  }
  const record = extractRecord(cleaned.value);
  return { sheet: { ...toFactSheet(cleaned.value, record), id: gold.id } };
}

/** The keyword baseline on the same cleaned text Blotter reads; an article that failed to clean gives an empty sheet. */
function predictWithBaseline(gold: GoldSheet, source: Source | null): FactSheet | null {
  if (source === null) return null;
  return source.cleaned.status === "ok"
    ? keywordBaselineSheet(gold.id, source.cleaned.value.text)
    : emptySheet(gold.id);
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

/** Scores one prediction and, on the same source text, the keyword baseline. */
function evaluateArticle(
  gold: GoldSheet,
  goldDir: string,
  predicted: FactSheet,
  source: Source | null,
): EvaluatedArticle {
  const goldSheet = toGoldFactSheet(gold);
  const baseline = predictWithBaseline(gold, source);
  const baselineSlots = baseline === null ? null : scoreSheet(baseline, goldSheet).slots;
  return {
    ...scoreSheet(predicted, goldSheet),
    goldDir,
    outlet: outletOf(gold.source_path, goldDir),
    baseline:
      baselineSlots === null ? null : { event_types: baselineSlots.event_types, cves: baselineSlots.cves },
    actorLinkErrors: actorLinkErrors(predicted.threat_actors, goldSheet.threat_actors),
  };
}

async function listGoldFiles(goldDir: string): Promise<string[]> {
  const files = (await readdir(goldDir)).filter((name) => name.endsWith(".gold.json")).sort();
  if (files.length === 0) throw new Error(`no *.gold.json files in ${goldDir}`);
  return files.map((file) => join(goldDir, file));
}

/**
 * Scores every `*.gold.json` in each of `goldDirs` against predictions from `predDir`, or against
 * Blotter's own output when `predDir` is not given, with the keyword baseline beside it.
 * @example
 * const result = await scoreGoldDirs(["test/fixtures/gold", "../shared/corpus/seed"]);
 * console.log(formatScoreTable(result)); // per slot, per folder, baseline per outlet, worst articles
 */
export async function scoreGoldDirs(
  goldDirs: readonly string[],
  predDir?: string,
  options: EvalOptions = {},
): Promise<EvalResult> {
  if (goldDirs.length === 0) throw new Error("no gold folder given");
  const sharedDir = options.sharedDir ?? defaultSharedDir();
  const folders = await Promise.all(
    goldDirs.map(async (goldDir) => ({ goldDir, paths: await listGoldFiles(goldDir) })),
  );
  const total = folders.reduce((sum, folder) => sum + folder.paths.length, 0);
  const articles: EvaluatedArticle[] = [];
  const skipped: string[] = [];
  const skippedPerFolder = new Map<string, number>();
  const warnings: EvalWarning[] = [];
  const seen = new Map<string, string>();
  let done = 0;
  for (const { goldDir, paths } of folders) {
    for (const path of paths) {
      const gold = await readGoldSheet(path);
      const previous = seen.get(gold.id);
      if (previous !== undefined) throw new Error(`gold file ${path} repeats id ${gold.id} of ${previous}`);
      seen.set(gold.id, path);
      if (basename(path) !== `${gold.id}.gold.json`)
        warnings.push({ id: gold.id, code: "id-mismatch", text: `gold file ${path} holds id ${gold.id}` });
      const candidates = sourceCandidates(gold, goldDir, sharedDir);
      const source = await cleanFirstSource(candidates);
      const prediction =
        predDir === undefined
          ? predictWithBlotter(gold, source, candidates)
          : await readPrediction(gold, predDir);
      if ("skipped" in prediction) {
        skipped.push(gold.id);
        skippedPerFolder.set(goldDir, (skippedPerFolder.get(goldDir) ?? 0) + 1);
        warnings.push(prediction.skipped);
      } else {
        if (prediction.warning) warnings.push(prediction.warning);
        articles.push(evaluateArticle(gold, goldDir, prediction.sheet, source));
      }
      options.onProgress?.(++done, total);
    }
  }
  const { slots, micro } = summariseScores(articles);
  return {
    goldDirs,
    predDir: predDir ?? null,
    articles,
    slots,
    micro,
    folders: goldDirs.map((goldDir) =>
      summariseFolder(goldDir, articles, skippedPerFolder.get(goldDir) ?? 0),
    ),
    baseline: compareWithBaseline(articles),
    skipped,
    warnings,
  };
}

/**
 * `scoreGoldDirs` on one folder.
 * @example (await scoreGoldDir("test/fixtures/gold")).micro.f1
 */
export async function scoreGoldDir(
  goldDir: string,
  predDir?: string,
  options: EvalOptions = {},
): Promise<EvalResult> {
  return scoreGoldDirs([goldDir], predDir, options);
}
