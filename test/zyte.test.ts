import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  hasZyteData,
  loadPages,
  readGroundTruth,
  repoRoot,
  runCleaner,
  zyteDir,
} from "../bench/zyte/corpus.ts";
import {
  comparePage,
  evaluate,
  pagePrecision,
  pageRecall,
  readPredictions,
  shingles,
  tokenize,
} from "../bench/zyte/score.ts";

const formatDoc = resolve(repoRoot, "../shared/data/article-extraction/FORMAT.md");
const haveData = hasZyteData() && existsSync(formatDoc);
if (!haveData) console.warn(`zyte tests skipped: no benchmark data at ${zyteDir} (needs ../shared)`);

interface Published {
  f1: string;
  precision: string;
  recall: string;
  accuracy: string;
}

/** The published scores, read from the table in FORMAT.md: `| file.json | system | F1 | P | R | acc |`. */
function publishedScores(): Map<string, Published> {
  const table = new Map<string, Published>();
  for (const line of readFileSync(formatDoc, "utf8").split("\n")) {
    const row =
      /^\|\s*([\w.-]+\.json)\s*\|[^|]*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*$/.exec(
        line,
      );
    if (row?.[1] && row[2] && row[3] && row[4] && row[5])
      table.set(row[1], { f1: row[2], precision: row[3], recall: row[4], accuracy: row[5] });
  }
  return table;
}

describe("zyte scorer", () => {
  it("tokenises like Python's \\w+ and makes 4-token shingles, one shingle for short texts", () => {
    expect(tokenize("Don't stop_me, 42 café — 東京")).toEqual(["Don", "t", "stop_me", "42", "café", "東京"]);
    expect([...shingles(tokenize("a b c d e")).values()]).toEqual([1, 1]);
    expect([...shingles(tokenize("a b")).keys()]).toHaveLength(1);
    expect(shingles([]).size).toBe(0);
    const repeated = shingles(tokenize("x y z w x y z w"));
    expect(repeated.get(["x", "y", "z", "w"].join("\u0000"))).toBe(2);
  });

  it("applies the per-page edge cases", () => {
    const same = comparePage("one two three four", "one two three four");
    expect([pagePrecision(same), pageRecall(same)]).toEqual([1, 1]);
    const missed = comparePage("one two three four", "");
    expect([pagePrecision(missed), pageRecall(missed)]).toEqual([0, 0]);
    const both = comparePage("", "");
    expect([pagePrecision(both), pageRecall(both)]).toEqual([1, 1]);
    const half = comparePage("a b c d e", "a b c d");
    expect(pagePrecision(half)).toBe(1);
    expect(pageRecall(half)).toBeCloseTo(0.5);
  });

  it("macro-averages P and R over the pages where each is defined and takes F1 of the means", () => {
    const result = evaluate({ a: "a b c d e", b: "", c: "p q r s" }, { a: "a b c d", b: "", c: "p q r s" });
    // Page b (both empty) has tp + fp = 0 and tp + fn = 0: it counts for accuracy only.
    expect(result.precision).toBe(1);
    expect(result.recall).toBeCloseTo(0.75);
    expect(result.f1).toBeCloseTo((2 * 0.75) / 1.75);
    expect(result.accuracy).toBeCloseTo(2 / 3);
    expect(() => evaluate({ a: "x" }, {})).toThrow(/no prediction/);
  });

  it.skipIf(!haveData)("reproduces every published baseline score to 3 decimals", () => {
    const truth = readGroundTruth();
    const published = publishedScores();
    const files = readdirSync(resolve(zyteDir, "baseline-outputs")).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const want = published.get(file);
      expect(want, `${file} has a published row`).toBeDefined();
      const json: unknown = JSON.parse(readFileSync(resolve(zyteDir, "baseline-outputs", file), "utf8"));
      const got = evaluate(truth, readPredictions(json), { bootstrap: 20 });
      expect(
        {
          f1: got.f1.toFixed(3),
          precision: got.precision.toFixed(3),
          recall: got.recall.toFixed(3),
          accuracy: got.accuracy.toFixed(3),
        },
        file,
      ).toEqual(want);
      expect(got.std?.f1).toBeGreaterThan(0);
    }
  });

  it.skipIf(!haveData)("Blotter's HTML cleaner scores F1 >= 0.955 on the 181 pages", () => {
    const pages = loadPages();
    expect(pages).toHaveLength(181);
    const { predictions } = runCleaner(pages);
    const result = evaluate(Object.fromEntries(pages.map((p) => [p.id, p.truth])), predictions);
    expect(result.f1).toBeGreaterThanOrEqual(0.955);
  });
});
