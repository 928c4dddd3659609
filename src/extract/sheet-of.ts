/**
 * @module extract/sheet-of
 * Test support for the hard-case suites: the fact sheet (or the full record) Blotter makes of an
 * invented plain-text article, cleaned and extracted as any ingested document would be.
 */
import type { IncidentRecord, FactSheet } from "../contracts.ts";
import { cleanDocument } from "../clean/index.ts";
import { extractRecord, toFactSheet } from "./index.ts";

function cleaned(text: string, published: string) {
  const outcome = cleanDocument({
    uri: "mem://case.txt",
    bytes: new TextEncoder().encode(text),
    format: "text",
    hints: { published },
  });
  if (outcome.status !== "ok") throw new Error(outcome.reason);
  return outcome.value;
}

/** The fact sheet of `text` (title first, paragraphs split by blank lines) published on `published`. */
export function sheetOf(text: string, published = "2022-03-10"): FactSheet {
  const article = cleaned(text, published);
  return toFactSheet(article, extractRecord(article));
}

/** The full record of `text`, with every fact's evidence, modality and confidence. */
export function recordOf(text: string, published = "2022-03-10"): IncidentRecord {
  return extractRecord(cleaned(text, published));
}
