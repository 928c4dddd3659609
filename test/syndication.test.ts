/**
 * Syndicated copies (src/dedupe/syndicate.ts) of 300 corpus articles, the labelled hard negatives'
 * articles among them, 2–4 copies each through Blotter's real pipeline, mixed with 300 copyless
 * articles: the copies of one article must be grouped together (pairwise precision ≥ 0.99, recall
 * ≥ 0.95). Hard negatives are test/stories.test.ts's business: here each labelled story gives one
 * article, without the rewrites that anchor it there. Skips without ../shared.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHARED } from "../bench/story-data.ts";
import { buildSyndicationSet } from "../bench/syndication-data.ts";
import { scoreStories } from "../src/dedupe/score-stories.ts";
import { clusterStories } from "../src/dedupe/stories.ts";

const hasShared = existsSync(`${SHARED}/corpus/news`);
if (!hasShared)
  console.warn(`syndication tests skipped: ${SHARED}/corpus/news (the shared corpus) is not present`);

describe.skipIf(!hasShared)("story grouping of syndicated copies", () => {
  it("groups each article with its copies and nothing else", () => {
    const set = buildSyndicationSet(300, 300);
    expect(set.copies).toBeGreaterThanOrEqual(600);
    const score = scoreStories(
      clusterStories(set.inputs).map((s) => s.articleIds),
      set.labels,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
