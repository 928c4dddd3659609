import { describe, expect, it } from "vitest";
import { matchOneToOne } from "./match.ts";

describe("matchOneToOne", () => {
  it("returns a maximum matching whatever the order", () => {
    const edges = new Set(["0-0", "0-1", "1-0", "2-1", "2-2"]);
    const pairs = matchOneToOne([0, 1, 2], [0, 1, 2], (p, g) => (edges.has(`${p}-${g}`) ? 0 : null));
    expect(pairs).toHaveLength(3);
    expect(new Set(pairs.map((pair) => pair.gold)).size).toBe(3);
  });

  it("prefers a higher preference only among maximum matchings", () => {
    // Pairing 0-0 (preference 1) would leave pred 1 unmatched; cardinality wins.
    const compare = (p: number, g: number) => (p === 0 ? (g === 0 ? 1 : 0) : g === 0 ? 0 : null);
    expect(matchOneToOne([0, 1], [0, 1], compare)).toEqual([
      { pred: 0, gold: 1 },
      { pred: 1, gold: 0 },
    ]);
  });

  it("handles empty sides and unequal sizes", () => {
    expect(matchOneToOne([], [1], () => 0)).toEqual([]);
    expect(matchOneToOne([1, 2, 3], [2], (p, g) => (p === g ? 0 : null))).toEqual([{ pred: 1, gold: 0 }]);
  });
});
