import { describe, expect, it } from "vitest";
import type {
  Article,
  BatchSaveResult,
  FactSheet,
  IncidentRecord,
  Outcome,
  RawDocument,
  SaveResult,
  Store,
} from "../contracts.ts";
import { ExtractPool, defaultWorkerCount } from "./extract-pool.ts";
import { LARGE_DOCUMENT_BYTES, extractDocument, ingest, ingestDocument } from "./ingest.ts";

/** A store that remembers content ids and can be told to break on one title. */
function fakeStore(breakOn?: string): Store {
  const saved = new Set<string>();
  const unused = () => Promise.reject(new Error("not used"));
  const save = (article: Article): SaveResult => {
    if (article.title === breakOn) throw new Error("disk full\nsecond line");
    const result = saved.has(article.id) ? "unchanged" : "inserted";
    saved.add(article.id);
    return result;
  };
  return {
    saveIncident(article: Article, _record: IncidentRecord, _sheet: FactSheet): Promise<SaveResult> {
      return new Promise((resolve) => resolve(save(article)));
    },
    saveIncidents(batch): Promise<readonly BatchSaveResult[]> {
      return Promise.resolve(
        batch.map(({ article }) => {
          try {
            return { status: save(article) };
          } catch (error) {
            return { status: "failed", reason: (error as Error).message };
          }
        }),
      );
    },
    getArticle: unused,
    getRecord: unused,
    getFactSheet: unused,
    listIncidents: unused,
    countArticles: unused,
    search: unused,
    storyMaterial: unused,
    saveStories: unused,
    listStories: unused,
    countStories: unused,
    getStory: unused,
    storyOf: unused,
    getFeedState: unused,
    saveFeedState: unused,
    feedItems: unused,
    markFeedItem: unused,
    close: () => Promise.resolve(),
  };
}

const doc = (uri: string, text: string): Outcome<RawDocument> => ({
  status: "ok",
  value: { uri, bytes: new TextEncoder().encode(text), format: "text" },
});

const mixedBatch = (): (Outcome<RawDocument> & { uri?: string })[] => [
  doc("a.txt", "Police in Lyon arrest two\n\nFrench police arrested two men in Lyon."),
  { status: "failed", code: "too-large", reason: "too big", uri: "big.txt" },
  doc("empty.txt", ""),
  doc("broken.txt", "Breaks the store\n\nThis one cannot be saved."),
  { status: "skipped", code: "unsupported-format", reason: "a PDF", uri: "x.pdf" },
  doc("a-again.txt", "Police in Lyon arrest two\n\nFrench police arrested two men in Lyon."),
];

describe("ingest", () => {
  it.each([0, 2])(
    "records each document's failure against its uri and goes on (%i workers)",
    async (workers) => {
      const seen: string[] = [];
      const sheets: FactSheet[] = [];
      const summary = await ingest(
        mixedBatch(),
        fakeStore("Breaks the store"),
        (result, done) => {
          seen.push(`${done}:${result.status}`);
          if ("sheet" in result) sheets.push(result.sheet);
        },
        [],
        { workers },
      );
      expect(sheets.map((s) => s.places)).toEqual([["Lyon"], ["Lyon"]]);
      expect(summary).toEqual({
        inserted: 1,
        updated: 0,
        unchanged: 1,
        failed: [
          { uri: "big.txt", code: "too-large", reason: "too big" },
          { uri: "empty.txt", code: "empty", reason: "document is empty" },
          { uri: "broken.txt", code: "store-error", reason: "could not save: disk full" },
        ],
        skipped: [{ uri: "x.pdf", code: "unsupported-format", reason: "a PDF" }],
      });
      expect(seen).toEqual(["1:inserted", "2:failed", "3:failed", "4:failed", "5:skipped", "6:unchanged"]);
    },
  );
});

describe("extraction workers", () => {
  it("take a large document under the time cap even when the batch runs on the main thread, and the rest go on", async () => {
    const large = doc("large.txt", `Police seized a server\n\n${"x ".repeat(LARGE_DOCUMENT_BYTES)}`);
    const small = doc("small.txt", "Police in Lyon arrest two\n\nFrench police arrested two men in Lyon.");
    // 200 ms is less than a worker needs to load its models: the large document runs out of time.
    const timedOut = { code: "internal-error", reason: "extraction timed out after 0.2 s" };
    const summary = await ingest([large, small], fakeStore(), undefined, [], { workers: 0, timeCapMs: 200 });
    expect(summary.failed).toEqual([{ uri: "large.txt", ...timedOut }]);
    expect(summary.inserted).toBe(1);
    expect(await ingestDocument(large, fakeStore(), [], { timeCapMs: 200 })).toEqual({
      uri: "large.txt",
      status: "failed",
      ...timedOut,
    });
  });

  it("extract a large document without storing it under the time cap too, as `blotter extract` does", async () => {
    const large = doc("large.txt", `Police seized a server\n\n${"x ".repeat(LARGE_DOCUMENT_BYTES)}`);
    const small = doc("small.txt", "Police in Lyon arrest two\n\nFrench police arrested two men in Lyon.");
    expect(await extractDocument(large, [], { timeCapMs: 200 })).toEqual({
      uri: "large.txt",
      status: "failed",
      code: "internal-error",
      reason: "extraction timed out after 0.2 s",
    });
    const prepared = await extractDocument(small);
    expect("extracted" in prepared && prepared.extracted.sheet.arrested?.total).toBe(2);
  });

  it("leave one core to the main thread, which saves, except on two cores, and number at least one and at most four", () => {
    expect([1, 2, 3, 4, 8, 64].map(defaultWorkerCount)).toEqual([1, 2, 2, 3, 4, 4]);
  });

  it("fail a document that runs past the time cap, alone, and take the next", async () => {
    // 200 ms is less than a worker needs to load its models, so the first document runs out of time.
    const pool = new ExtractPool(1, [], 200);
    try {
      const [slow] = mixedBatch();
      const result = await pool.run(slow as Outcome<RawDocument>, "a.txt");
      expect(result).toEqual({
        uri: "a.txt",
        status: "failed",
        code: "internal-error",
        reason: "extraction timed out after 0.2 s",
      });
    } finally {
      await pool.close();
    }
    const roomy = new ExtractPool(1, [], 60_000);
    try {
      const [, , , , , again] = mixedBatch();
      const result = await roomy.run(again as Outcome<RawDocument>, "a-again.txt");
      expect("extracted" in result && result.extracted.sheet.places).toEqual(["Lyon"]);
    } finally {
      await roomy.close();
    }
  });
});
