/**
 * @module extract
 * Stage 4: Article → IncidentRecord (the evidence-linked record) and its fact-sheet view.
 * Invariants: pure (same article, same record, same ids); every non-derived fact has evidence spans
 * into `article.text`; reference lists load once, on first use.
 */
import type { Article, IncidentRecord } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { buildRecord } from "./record.ts";

export { toFactSheet } from "./fact-sheet.ts";
export { EXTRACTOR_VERSION } from "./facts.ts";

/** Extracts the record; `extraKnowledge` adds entries a user imported (`blotter kb import`). */
export function extractRecord(article: Article, extraKnowledge: readonly KbEntry[] = []): IncidentRecord {
  return buildRecord(article, loadGazetteer(extraKnowledge));
}
