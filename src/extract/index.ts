/**
 * @module extract
 * Stage 4: Article → IncidentRecord (the evidence-linked record) and its fact-sheet view.
 * Invariants: pure (same article, same record, same ids); every non-derived fact has evidence spans
 * into `article.text`; reference lists load once, on first use; `extractRecords` gives each article
 * the record `extractRecord` gives it.
 */
import type { Article, IncidentRecord } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { analyseText } from "./analyse.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { buildRecord, readFirst } from "./record.ts";

export { toFactSheet } from "./fact-sheet.ts";
export { EXTRACTOR_VERSION } from "./facts.ts";

/** Extracts the record; `extraKnowledge` adds entries a user imported (`blotter kb import`). */
export function extractRecord(article: Article, extraKnowledge: readonly KbEntry[] = []): IncidentRecord {
  return buildRecord(article, loadGazetteer(extraKnowledge));
}

/**
 * The most characters of text `extractRecords` reads ahead; the articles past them are read in their
 * turn. It bounds the memory the readings hold and the time the first article waits for the others:
 * wink and the first stage read some 1 to 2 MB a second, so a quarter of a second or so.
 */
const READ_AHEAD_CHARS = 256 * 1024;

/**
 * Extracts several articles: one function per article, called in order, that gives its record
 * exactly as `extractRecord` would, or throws for that article alone. The work is done a stage at a
 * time over the articles: first wink-nlp reads every text, then the listed names, dates,
 * indicators and triggers are found in each (`readFirst`), then the rest of each record is built. wink looks every
 * word up in a lexicon of nearly 90,000 entries, and the names are looked up in lists of tens of thousands:
 * run one after another for one article, each stage likely pushed the others' tables out of the CPU
 * caches. Text → fact sheet over a quarter to a sixth of the corpus on a busy machine (CPU time, best
 * of 5 to 8 rounds each): reading the texts first took 3% to 17% less than one article at a time
 * (four comparisons, groups of 20 to 50), finding names, dates and indicators next 4% to 11% less
 * again (three comparisons, groups of 32), and the triggers with them about 2% less again (over a
 * half and a third of the corpus; two shorter runs gave +13% and -6%, noise).
 * @example const records = extractRecords(articles).map((extract) => extract());
 */
export function extractRecords(
  articles: readonly Article[],
  extraKnowledge: readonly KbEntry[] = [],
): (() => IncidentRecord)[] {
  const ahead = articles.slice(0, readAheadCount(articles));
  // A stage that throws for an article is run again in the article's turn, so the error is its alone.
  const analyses = ahead.map((article) => attempt(() => analyseText(article.text)));
  const firsts = ahead.map((article, i) => {
    const analysis = analyses[i];
    return analysis && attempt(() => readFirst(article, loadGazetteer(extraKnowledge), analysis));
  });
  return articles.map((article, i) => () => {
    const gazetteer = loadGazetteer(extraKnowledge);
    const first = firsts[i] ?? readFirst(article, gazetteer, analyses[i] ?? analyseText(article.text));
    [firsts[i], analyses[i]] = [undefined, undefined];
    return buildRecord(article, gazetteer, first);
  });
}

/** How many of the articles, from the first, fit in READ_AHEAD_CHARS. */
function readAheadCount(articles: readonly Article[]): number {
  let chars = 0;
  for (const [i, article] of articles.entries()) {
    chars += article.text.length;
    if (chars > READ_AHEAD_CHARS) return i;
  }
  return articles.length;
}

function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
