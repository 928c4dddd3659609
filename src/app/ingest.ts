/**
 * @module app/ingest
 * Use case: a stream of collected documents → stored incidents, and a summary of what happened.
 * Input: `Outcome<RawDocument>`s (from `collectPaths`, `collectStdin` or an HTTP body) and a `Store`.
 * Output: per document a `DocumentResult`; per batch an `IngestSummary`.
 * Invariants: documents are processed one at a time, in order; one document's failure (a failed or
 * skipped outcome, or an exception thrown by a stage or the store) is recorded against its uri and the
 * batch goes on; saving is idempotent, so re-ingesting the same files reports them `unchanged`.
 */
import type { FactSheet, Outcome, RawDocument, SaveResult, Store } from "../contracts.ts";
import { extractFile } from "./extract-file.ts";
import type { KbEntry } from "../link/kb-import.ts";

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

/**
 * Cleans, extracts and stores one document.
 * @example const result = await ingestDocument({ status: "ok", value: raw }, store);
 */
export async function ingestDocument(
  doc: Outcome<RawDocument>,
  store: Store,
  knowledge: readonly KbEntry[] = [],
): Promise<DocumentResult> {
  const uri = uriOf(doc);
  if (doc.status !== "ok") return { uri, status: doc.status, code: doc.code, reason: doc.reason };
  let extracted;
  try {
    extracted = extractFile(doc.value, knowledge);
  } catch (error) {
    return {
      uri,
      status: "failed",
      code: "internal-error",
      reason: `extraction crashed: ${errorText(error)}`,
    };
  }
  if (extracted.status !== "ok") return { uri, ...extracted };
  const { article, record, sheet } = extracted.value;
  try {
    const status = await store.saveIncident(article, record, sheet);
    return { uri, status, articleId: article.id, title: article.title, sheet };
  } catch (error) {
    return { uri, status: "failed", code: "store-error", reason: `could not save: ${errorText(error)}` };
  }
}

/**
 * Ingests every document of a stream and sums up the results.
 * @example const summary = await ingest(collectPaths(["samples"]), store, (r, n) => bar.update(n));
 */
export async function ingest(
  docs: AsyncIterable<Outcome<RawDocument>> | Iterable<Outcome<RawDocument>>,
  store: Store,
  onProgress?: IngestProgress,
  knowledge: readonly KbEntry[] = [],
): Promise<IngestSummary> {
  const counts: Record<SaveResult, number> = { inserted: 0, updated: 0, unchanged: 0 };
  const failed: DocumentProblem[] = [];
  const skipped: DocumentProblem[] = [];
  let done = 0;
  for await (const doc of docs) {
    const result = await ingestDocument(doc, store, knowledge);
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
  }
  return { ...counts, failed, skipped };
}
