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
import { extractRecords, toFactSheet } from "../extract/index.ts";
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
  return (extractFiles([raw], knowledge)[0] as () => Outcome<Extracted>)();
}

/**
 * Cleans several documents and extracts them with `extractRecords` (their texts read together, which
 * is faster): one function per document, called in order, that gives what `extractFile` gives it or
 * throws for that document alone.
 */
export function extractFiles(
  raws: readonly RawDocument[],
  knowledge: readonly KbEntry[] = [],
): (() => Outcome<Extracted>)[] {
  // What cleaning a document threw is thrown again in its own turn, so it fails that document alone.
  const cleaned = raws.map((raw): Outcome<Article> | { readonly thrown: unknown } => {
    try {
      return cleanDocument(raw);
    } catch (error) {
      return { thrown: error };
    }
  });
  const articles = cleaned.flatMap((c) => ("status" in c && c.status === "ok" ? [c.value] : []));
  const records = extractRecords(articles, knowledge);
  let next = 0;
  return cleaned.map((c) => {
    if (!("status" in c))
      return () => {
        throw c.thrown;
      };
    if (c.status !== "ok") return () => c;
    const [article, record] = [c.value, records[next++] as () => IncidentRecord];
    return () => {
      const extracted = record();
      return {
        status: "ok",
        value: { article, record: extracted, sheet: toFactSheet(article, extracted) },
        messages: c.messages,
      };
    };
  });
}
