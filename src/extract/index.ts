/**
 * @module extract
 * Stage 4: Article → IncidentRecord (the evidence-linked record) and its fact-sheet view.
 * Invariants: pure (same article, same record, same ids); every non-derived fact has evidence spans
 * into `article.text`; reference lists load once, on first use; `extractRecords` gives each article
 * the record `extractRecord` gives it.
 */
import type { Article, IncidentRecord } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { analyseText, type Analysis } from "./analyse.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { buildRecord } from "./record.ts";

export { toFactSheet } from "./fact-sheet.ts";
export { EXTRACTOR_VERSION } from "./facts.ts";

/** Extracts the record; `extraKnowledge` adds entries a user imported (`blotter kb import`). */
export function extractRecord(article: Article, extraKnowledge: readonly KbEntry[] = []): IncidentRecord {
  return buildRecord(article, loadGazetteer(extraKnowledge));
}

/**
 * The most characters of text `extractRecords` reads ahead; the articles past them are read in their
 * turn. It bounds the memory the readings hold and the time the first article waits for the others
 * (wink reads about 3 MB a second, so a tenth of a second at most).
 */
const READ_AHEAD_CHARS = 256 * 1024;

/**
 * Extracts several articles: one function per article, called in order, that gives its record
 * exactly as `extractRecord` would, or throws for that article alone. The texts are first read by
 * wink-nlp one after another, then the rules run. wink looks every word up in a lexicon of 70,000
 * words, likely pushed out of the CPU caches by the rules run between two readings. In four
 * comparisons over a quarter to a sixth of the corpus on a busy machine (best of 6 to 8 rounds each,
 * groups of 20 to 50 articles), text → fact sheet took 3% to 17% less CPU.
 * @example const records = extractRecords(articles).map((extract) => extract());
 */
export function extractRecords(
  articles: readonly Article[],
  extraKnowledge: readonly KbEntry[] = [],
): (() => IncidentRecord)[] {
  const readings: (Analysis | undefined)[] = [];
  let chars = 0;
  for (const article of articles) {
    chars += article.text.length;
    if (chars > READ_AHEAD_CHARS) break;
    // A text wink fails on is read again in its own turn, so the error is that article's alone.
    try {
      readings.push(analyseText(article.text));
    } catch {
      readings.push(undefined);
    }
  }
  return articles.map((article, i) => () => {
    const reading = readings[i];
    readings[i] = undefined;
    return buildRecord(article, loadGazetteer(extraKnowledge), reading ?? analyseText(article.text));
  });
}
