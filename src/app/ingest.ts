/**
 * @module app/ingest
 * Use case: a stream of collected documents → stored incidents, and a summary of what happened.
 * Input: `Outcome<RawDocument>`s (from `collectPaths`, `collectStdin` or an HTTP body) and a `Store`.
 * Output: per document a `DocumentResult`; per batch an `IngestSummary`.
 * Invariants: documents are cleaned and extracted in order, on the main thread or, with `workers`, on
 * worker threads under a time cap (extract-pool.ts); a large document (LARGE_DOCUMENT_BYTES) always
 * goes to a worker under the cap; documents are saved in batches of a few dozen per
 * transaction (results still in order); one document's failure (a failed or skipped outcome, or an
 * exception thrown by a stage or the store) is recorded against its uri and the batch goes on; saving
 * is idempotent, so re-ingesting the same files reports them `unchanged`.
 */
import type { BatchSaveResult, FactSheet, Outcome, RawDocument, SaveResult, Store } from "../contracts.ts";
import { extractFiles, type Extracted } from "./extract-file.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { ExtractPool } from "./extract-pool.ts";

/** What happened to one document. */
export type DocumentResult =
  | {
      readonly uri: string;
      readonly status: SaveResult;
      readonly articleId: string;
      readonly title: string;
      readonly sheet: FactSheet;
    }
  | {
      readonly uri: string;
      readonly status: "failed" | "skipped";
      readonly code: string;
      readonly reason: string;
    };

/** What becomes of a document that is not extracted: failed or skipped, with why. */
export type Unprepared = Extract<DocumentResult, { readonly reason: string }>;

export interface DocumentProblem {
  readonly uri: string;
  readonly code: string;
  readonly reason: string;
}

export interface IngestSummary {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: readonly DocumentProblem[];
  /** Files passed over on purpose (unsupported extension, a folder's README, not an article). */
  readonly skipped: readonly DocumentProblem[];
}

/** Called after each document with its result and how many documents are done so far. */
export type IngestProgress = (result: DocumentResult, done: number) => void;

/** The uri an outcome concerns: collectors attach it to failures too (see `Collected`). */
export function uriOf(outcome: Outcome<RawDocument>): string {
  if (outcome.status === "ok") return outcome.value.uri;
  return "uri" in outcome && typeof outcome.uri === "string" ? outcome.uri : "(unknown)";
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n", 1)[0] ?? "";
}

/** A document cleaned and extracted, waiting to be saved. */
export interface Prepared {
  readonly uri: string;
  readonly extracted: Extracted;
}

/** How many extracted documents `ingest` saves per transaction. */
const SAVE_BATCH = 32;

/** Cleans and extracts one document; a failure or skip is already its final result. */
export function prepareDocument(
  doc: Outcome<RawDocument>,
  knowledge: readonly KbEntry[],
): Prepared | Unprepared {
  return (prepareDocuments([doc], knowledge)[0] as () => Prepared | Unprepared)();
}

/**
 * Cleans and extracts several documents as `prepareDocument` does each, their texts read together
 * (`extractFiles`): one function per document, called in order, that gives its result.
 */
export function prepareDocuments(
  docs: readonly Outcome<RawDocument>[],
  knowledge: readonly KbEntry[],
): (() => Prepared | Unprepared)[] {
  const extractions = extractFiles(
    docs.flatMap((doc) => (doc.status === "ok" ? [doc.value] : [])),
    knowledge,
  );
  let next = 0;
  return docs.map((doc) => {
    const uri = uriOf(doc);
    if (doc.status !== "ok") return () => ({ uri, status: doc.status, code: doc.code, reason: doc.reason });
    const extract = extractions[next++] as () => Outcome<Extracted>;
    return () => {
      let extracted;
      try {
        extracted = extract();
      } catch (error) {
        return {
          uri,
          status: "failed",
          code: "internal-error",
          reason: `extraction crashed: ${errorText(error)}`,
        };
      }
      if (extracted.status !== "ok") return { uri, ...extracted };
      return { uri, extracted: extracted.value };
    };
  });
}

function savedResult({ uri, extracted }: Prepared, status: SaveResult): DocumentResult {
  return {
    uri,
    status,
    articleId: extracted.article.id,
    title: extracted.article.title,
    sheet: extracted.sheet,
  };
}

function storeFailure(uri: string, error: unknown): DocumentResult {
  return { uri, status: "failed", code: "store-error", reason: `could not save: ${errorText(error)}` };
}

async function saveOne(prepared: Prepared, store: Store): Promise<DocumentResult> {
  const { article, record, sheet } = prepared.extracted;
  try {
    return savedResult(prepared, await store.saveIncident(article, record, sheet));
  } catch (error) {
    return storeFailure(prepared.uri, error);
  }
}

/** Saves a batch in one transaction; if the batch as a whole fails (connection, commit), each document is tried alone. */
async function saveBatch(batch: readonly Prepared[], store: Store): Promise<DocumentResult[]> {
  if (batch.length === 0) return [];
  let results: readonly BatchSaveResult[];
  try {
    results = await store.saveIncidents(batch.map((p) => p.extracted));
  } catch {
    const one: DocumentResult[] = [];
    for (const prepared of batch) one.push(await saveOne(prepared, store));
    return one;
  }
  return batch.map((prepared, i) => {
    const result = results[i] ?? { status: "failed", reason: "no result from the store" };
    return result.status === "failed"
      ? storeFailure(prepared.uri, result.reason)
      : savedResult(prepared, result.status);
  });
}

/**
 * From this size on, a document is cleaned and extracted on a worker under the time cap even where
 * the rest run on the main thread: extraction is linear, but a hostile document near the 10 MB input
 * cap still takes tens of seconds, and the main thread (a server, a watch loop) must not stall for it.
 */
export const LARGE_DOCUMENT_BYTES = 256 * 1024;

const isLarge = (doc: Outcome<RawDocument>) =>
  doc.status === "ok" && doc.value.bytes.length >= LARGE_DOCUMENT_BYTES;

/** Prepares `doc` on the main thread, or on `pool()`'s worker when it is large. */
async function prepareCapped(
  doc: Outcome<RawDocument>,
  knowledge: readonly KbEntry[],
  pool: () => ExtractPool,
): Promise<Prepared | Unprepared> {
  return isLarge(doc) ? pool().run(doc, uriOf(doc)) : prepareDocument(doc, knowledge);
}

/** Where a one-document path may still need a worker: made on first use, closed by `close`. */
function lazyPool(knowledge: readonly KbEntry[], timeCapMs?: number) {
  let pool: ExtractPool | null = null;
  return {
    get: () => (pool ??= new ExtractPool(1, knowledge, timeCapMs)),
    close: async () => {
      await pool?.close();
      pool = null;
    },
  };
}

/**
 * Cleans and extracts one document without storing it, as `blotter extract` does; a large one
 * (LARGE_DOCUMENT_BYTES) on a worker under the time cap, so a hostile file fails in bounded time.
 * @example const prepared = await extractDocument({ status: "ok", value: raw });
 */
export async function extractDocument(
  doc: Outcome<RawDocument>,
  knowledge: readonly KbEntry[] = [],
  options: Pick<IngestOptions, "timeCapMs"> = {},
): Promise<Prepared | Unprepared> {
  const pool = lazyPool(knowledge, options.timeCapMs);
  try {
    return await prepareCapped(doc, knowledge, pool.get);
  } finally {
    await pool.close();
  }
}

/**
 * Cleans, extracts and stores one document; a large one (LARGE_DOCUMENT_BYTES) on a worker under the
 * time cap.
 * @example const result = await ingestDocument({ status: "ok", value: raw }, store);
 */
export async function ingestDocument(
  doc: Outcome<RawDocument>,
  store: Store,
  knowledge: readonly KbEntry[] = [],
  options: Pick<IngestOptions, "timeCapMs"> = {},
): Promise<DocumentResult> {
  const prepared = await extractDocument(doc, knowledge, options);
  return "extracted" in prepared ? saveOne(prepared, store) : prepared;
}

export interface IngestOptions {
  /**
   * Worker threads that clean and extract while the main thread saves (0: all on the main thread).
   * Worth it for batches: each worker loads the models once, about a second.
   */
  readonly workers?: number;
  /** How long one document may take on a worker (default EXTRACT_TIME_CAP_MS). */
  readonly timeCapMs?: number;
}

/** Documents handed to the workers ahead of the one being saved, per worker. */
const AHEAD_PER_WORKER = 64;

/**
 * Ingests every document of a stream and sums up the results. Extracted documents are saved
 * `SAVE_BATCH` at a time, one transaction each; results and progress still come one per document, in order.
 * With `workers`, cleaning and extraction run on worker threads, each document under a time cap.
 * @example const summary = await ingest(collectPaths(["samples"]), store, (r, n) => bar.update(n));
 */
export async function ingest(
  docs: AsyncIterable<Outcome<RawDocument>> | Iterable<Outcome<RawDocument>>,
  store: Store,
  onProgress?: IngestProgress,
  knowledge: readonly KbEntry[] = [],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const counts: Record<SaveResult, number> = { inserted: 0, updated: 0, unchanged: 0 };
  const failed: DocumentProblem[] = [];
  const skipped: DocumentProblem[] = [];
  let done = 0;
  const report = (result: DocumentResult) => {
    switch (result.status) {
      case "inserted":
      case "updated":
      case "unchanged":
        counts[result.status]++;
        break;
      case "failed":
        failed.push({ uri: result.uri, code: result.code, reason: result.reason });
        break;
      case "skipped":
        skipped.push({ uri: result.uri, code: result.code, reason: result.reason });
        break;
    }
    done++;
    onProgress?.(result, done);
  };
  let queue: (Prepared | DocumentResult)[] = [];
  const flush = async () => {
    const saved = await saveBatch(
      queue.filter((item): item is Prepared => "extracted" in item),
      store,
    );
    let next = 0;
    for (const item of queue) report("extracted" in item ? (saved[next++] as DocumentResult) : item);
    queue = [];
  };
  let waiting = 0;
  const take = async (prepared: Prepared | DocumentResult) => {
    queue.push(prepared);
    if ("extracted" in prepared && ++waiting >= SAVE_BATCH) {
      await flush();
      waiting = 0;
    }
  };
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  if (workers === 0) {
    // Large documents still go to a worker, under the time cap.
    const pool = lazyPool(knowledge, options.timeCapMs);
    try {
      for await (const doc of docs) await take(await prepareCapped(doc, knowledge, pool.get));
    } finally {
      await pool.close();
    }
  } else {
    const pool = new ExtractPool(workers, knowledge, options.timeCapMs);
    try {
      // In order: the oldest document's result is awaited while later ones are extracted.
      const ahead: Promise<Prepared | DocumentResult>[] = [];
      for await (const doc of docs) {
        ahead.push(
          doc.status === "ok" ? pool.run(doc, uriOf(doc)) : Promise.resolve(prepareDocument(doc, knowledge)),
        );
        if (ahead.length >= workers * AHEAD_PER_WORKER)
          await take(await (ahead.shift() as Promise<Prepared | DocumentResult>));
      }
      for (const next of ahead) await take(await next);
    } finally {
      await pool.close();
    }
  }
  await flush();
  return { ...counts, failed, skipped };
}
