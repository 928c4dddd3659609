/**
 * @module app/extract-file
 * Use case: one collected document → its article, full record and fact sheet, nothing stored.
 * Input: a `RawDocument`. Output: `Outcome<Extracted>`, failed or skipped when cleaning is.
 * Invariant: runs clean → extract → fact sheet exactly as `ingest` does, so `blotter extract` shows what
 * `blotter ingest` would store. Exceptions from a stage (bugs) propagate; `ingest` catches them per
 * document, a single-document shell reports them.
 */
import type { Article, FactSheet, IncidentRecord, Outcome, RawDocument } from "../contracts.ts";
import { cleanDocument } from "../clean/index.ts";
import { extractRecord, toFactSheet } from "../extract/index.ts";
import type { KbEntry } from "../link/kb-import.ts";

export interface Extracted {
  readonly article: Article;
  readonly record: IncidentRecord;
  readonly sheet: FactSheet;
}

/**
 * Cleans and extracts one document.
 * @example const out = extractFile({ uri: "a.txt", bytes, format: "text" }); if (out.status === "ok") print(out.value.sheet);
 */
export function extractFile(raw: RawDocument, knowledge: readonly KbEntry[] = []): Outcome<Extracted> {
  const cleaned = cleanDocument(raw);
  if (cleaned.status !== "ok") return cleaned;
  const article = cleaned.value;
  const record = extractRecord(article, knowledge);
  const sheet = toFactSheet(article, record);
  return { status: "ok", value: { article, record, sheet }, messages: cleaned.messages };
}
