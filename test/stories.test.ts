/**
 * Story grouping against the hand labels in test/fixtures/stories (149 cross-outlet groups, 96 hard
 * negatives from ../shared/corpus/news) with 300 unlabelled distractors: Blotter must merge no hard
 * negative and clearly beat the plain TF-IDF cosine baseline at its best threshold. Skips without
 * ../shared.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { distractorPaths, loadStoryLabels, SHARED, storyInputOf } from "../bench/story-data.ts";
import { tfidfBaselineStories } from "../src/dedupe/baseline.ts";
import { scoreStories } from "../src/dedupe/score-stories.ts";
import { clusterStories, type StoryInput } from "../src/dedupe/stories.ts";

const hasShared = existsSync(`${SHARED}/corpus/news`);
if (!hasShared) console.warn(`story tests skipped: ${SHARED}/corpus/news (the shared corpus) is not present`);

describe.skipIf(!hasShared)("story grouping on labelled news", () => {
  it("merges no hard negative and beats the TF-IDF baseline", async () => {
    const labels = loadStoryLabels();
    if (!labels) throw new Error("no story labels in test/fixtures/stories");
    const labelled = new Set([...labels.groups.flat(), ...labels.negatives.flat()]);
    // Extraction takes a minute: yield now and then so the test worker can still answer the runner.
    const inputs: StoryInput[] = [];
    for (const path of [...labelled, ...distractorPaths(300, labelled)]) {
      const input = storyInputOf(path);
      if (input) inputs.push(input);
      if (inputs.length % 25 === 0) await new Promise((done) => setImmediate(done));
    }
    const blotter = scoreStories(
      clusterStories(inputs).map((s) => s.articleIds),
      labels,
    );
    expect(blotter.negativesMerged).toEqual([]);
    expect(blotter.f1).toBeGreaterThanOrEqual(0.96);
    const docs = inputs.map((i) => ({ id: i.articleId, text: `${i.title} ${i.text}` }));
    const baseline = Math.max(
      ...[0.3, 0.35, 0.4, 0.5].map((t) => scoreStories(tfidfBaselineStories(docs, t), labels).f1),
    );
    expect(blotter.f1).toBeGreaterThan(baseline + 0.1);
  }, 600_000);
});
