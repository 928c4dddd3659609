/**
 * @module extract/sheet-of
 * Test support for the hard-case suites: the fact sheet Blotter makes of an invented plain-text
 * article, cleaned and extracted as any ingested document would be.
 */
import type { FactSheet } from "../contracts.ts";
import { cleanDocument } from "../clean/index.ts";
import { extractRecord, toFactSheet } from "./index.ts";

/** The fact sheet of `text` (title first, paragraphs split by blank lines) published on `published`. */
export function sheetOf(text: string, published = "2022-03-10"): FactSheet {
  const outcome = cleanDocument({
    uri: "mem://case.txt",
    bytes: new TextEncoder().encode(text),
    format: "text",
    hints: { published },
  });
  if (outcome.status !== "ok") throw new Error(outcome.reason);
  return toFactSheet(outcome.value, extractRecord(outcome.value));
}
