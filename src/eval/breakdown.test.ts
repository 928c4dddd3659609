import { describe, expect, it } from "vitest";
import { compareWithBaseline, outletOf, summariseFolder, type EvaluatedArticle } from "./breakdown.ts";
import { emptySheet, scoreSheet, type Counts } from "./score.ts";

const NONE: Counts = { tp: 0, fp: 0, fn: 0 };

/** An article whose Blotter and baseline `event_types` counts are given; every other slot is empty. */
function article(
  id: string,
  outlet: string,
  blotter: Counts,
  baseline: Counts | null,
  goldDir = "gold",
): EvaluatedArticle {
  const scored = scoreSheet(emptySheet(id), emptySheet(id));
  return {
    ...scored,
    slots: { ...scored.slots, event_types: blotter },
    goldDir,
    outlet,
    baseline: baseline === null ? null : { event_types: baseline, cves: NONE },
    actorLinkErrors: [],
  };
}

describe("outletOf", () => {
  it("is the folder the source sits in, or the gold folder's name without a source path", () => {
    expect(outletOf("corpus/news/bleepingcomputer/story.md", "test/fixtures/gold")).toBe("bleepingcomputer");
    expect(outletOf(undefined, "/work/shared/corpus/seed")).toBe("seed");
    expect(outletOf(undefined, "/work/shared/corpus/seed/")).toBe("seed");
  });
});

describe("compareWithBaseline", () => {
  it("micro-averages per outlet, sorts outlets and marks those Blotter does not clearly beat", () => {
    const comparison = compareWithBaseline([
      article("z1", "zdnet", { tp: 2, fp: 0, fn: 0 }, { tp: 1, fp: 1, fn: 1 }),
      article("b1", "bleeping", { tp: 1, fp: 1, fn: 0 }, { tp: 1, fp: 1, fn: 0 }),
      article("z2", "zdnet", { tp: 0, fp: 0, fn: 2 }, { tp: 2, fp: 2, fn: 0 }),
    ]);
    expect(comparison.outlets.map((outlet) => outlet.outlet)).toEqual(["bleeping", "zdnet"]);
    const [bleeping, zdnet] = comparison.outlets;
    expect(bleeping).toMatchObject({ articles: 1, event_types: { margin: 0, clear: false } });
    // zdnet: Blotter tp 2, fn 2 → F1 0.667; baseline tp 3, fp 3, fn 1 → F1 0.6. Summed counts, not mean F1s.
    expect(zdnet?.articles).toBe(2);
    expect(zdnet?.event_types.blotter.f1).toBeCloseTo(2 / 3);
    expect(zdnet?.event_types.baseline.f1).toBeCloseTo(0.6);
    expect(zdnet?.event_types.clear).toBe(true);
    expect(comparison.articles).toBe(3);
    expect(comparison.slots.event_types.blotter).toMatchObject({ tp: 3, fp: 1, fn: 2 });
    expect(comparison.slots.event_types.baseline).toMatchObject({ tp: 4, fp: 4, fn: 1 });
  });

  it("counts a margin of exactly the clear margin as clear", () => {
    // Blotter F1 0.8 (tp 2, fp 1, fn 0), baseline F1 0.75 (tp 3, fp 2, fn 0).
    const comparison = compareWithBaseline([
      article("a1", "x", { tp: 2, fp: 1, fn: 0 }, { tp: 3, fp: 2, fn: 0 }),
    ]);
    expect(comparison.slots.event_types.margin).toBeCloseTo(0.05);
    expect(comparison.slots.event_types.clear).toBe(true);
  });

  it("compares both sides only on articles the baseline was scored on", () => {
    const comparison = compareWithBaseline([
      article("a1", "x", { tp: 1, fp: 0, fn: 0 }, { tp: 0, fp: 1, fn: 1 }),
      article("a2", "y", { tp: 0, fp: 5, fn: 5 }, null),
    ]);
    expect(comparison.articles).toBe(1);
    expect(comparison.outlets.map((outlet) => outlet.outlet)).toEqual(["x"]);
    expect(comparison.slots.event_types.blotter).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("summariseFolder", () => {
  it("scores a folder's own articles only", () => {
    const articles = [
      article("a1", "x", { tp: 1, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 1 }, "dev"),
      article("a2", "x", { tp: 0, fp: 1, fn: 1 }, { tp: 1, fp: 0, fn: 0 }, "heldout"),
    ];
    const dev = summariseFolder("dev", articles, 2);
    expect(dev).toMatchObject({ goldDir: "dev", articles: 1, skipped: 2 });
    expect(dev.micro).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(dev.event_types).toMatchObject({ margin: 1, clear: true });
    expect(summariseFolder("heldout", articles, 0).micro.f1).toBe(0);
  });
});
