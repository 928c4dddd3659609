/**
 * @module bench/stories
 * `npm run bench` (second part): story grouping against the hand labels in test/fixtures/stories,
 * beside a plain TF-IDF cosine baseline (its threshold tuned on the same labels, its best case), then
 * grouping time at growing sizes (the corpus replicated with variations). Prints figures only.
 */
import { performance } from "node:perf_hooks";
import { tfidfBaselineStories } from "../src/dedupe/baseline.ts";
import { scoreStories } from "../src/dedupe/score-stories.ts";
import { clusterStories, type StoryInput } from "../src/dedupe/stories.ts";
import { distractorPaths, loadStoryLabels, storyInputOf } from "./story-data.ts";

const labels = loadStoryLabels();
if (!labels) {
  console.log("story bench skipped: no labels in test/fixtures/stories");
  process.exit(0);
}
const labelled = new Set([...labels.groups.flat(), ...labels.negatives.flat()]);
const paths = [...labelled, ...distractorPaths(Number(process.env.STORY_DISTRACTORS ?? 600), labelled)];
const started = performance.now();
const inputs = paths.map((p) => storyInputOf(p)).filter((i): i is StoryInput => i !== null);
console.log(
  `story inputs                       ${inputs.length} articles (${labelled.size} labelled) in ${Math.round(performance.now() - started)} ms`,
);

const fmt = (n: number) => n.toFixed(3);
const t0 = performance.now();
const blotter = scoreStories(
  clusterStories(
    inputs,
    process.env.STORY_THRESHOLD ? { threshold: Number(process.env.STORY_THRESHOLD) } : {},
  ).map((s) => s.articleIds),
  labels,
);
console.log(
  `blotter grouping                   P ${fmt(blotter.precision)}  R ${fmt(blotter.recall)}  F1 ${fmt(blotter.f1)}  hard negatives merged ${blotter.negativesMerged.length}  (${Math.round(performance.now() - t0)} ms)`,
);
for (const [a, b] of blotter.negativesMerged) console.log(`  merged negative: ${a} ~ ${b}`);

let best = { threshold: 0, f1: -1, precision: 0, recall: 0, merged: 0 };
for (let threshold = 0.2; threshold <= 0.8; threshold += 0.05) {
  const score = scoreStories(
    tfidfBaselineStories(
      inputs.map((i) => ({ id: i.articleId, text: `${i.title} ${i.text}` })),
      threshold,
    ),
    labels,
  );
  if (score.f1 > best.f1)
    best = {
      threshold,
      f1: score.f1,
      precision: score.precision,
      recall: score.recall,
      merged: score.negativesMerged.length,
    };
}
console.log(
  `tf-idf cosine baseline (best t=${best.threshold.toFixed(2)}) P ${fmt(best.precision)}  R ${fmt(best.recall)}  F1 ${fmt(best.f1)}  hard negatives merged ${best.merged}`,
);

// Scaling: replicate the inputs with variations (ids, dates shifted by whole years, words dropped).
function replicate(base: readonly StoryInput[], size: number): StoryInput[] {
  const out: StoryInput[] = [];
  for (let copy = 0; out.length < size; copy++) {
    for (const input of base) {
      if (out.length >= size) break;
      const year = Number((input.published ?? "2021").slice(0, 4)) + copy * 2;
      const words = input.text.split(" ");
      const text = words.filter((_, i) => (i + copy) % 17 !== 0).join(" ");
      out.push({
        ...input,
        articleId: `${input.articleId}#${copy}`,
        published: `${year}${(input.published ?? "2021-01-01").slice(4)}`,
        text,
        contentHash: `${input.contentHash}:${copy}`,
      });
    }
  }
  return out;
}
for (const size of (process.env.STORY_SIZES ?? "5000,10000").split(",").map(Number)) {
  const data = replicate(inputs, size);
  const t = performance.now();
  const stories = clusterStories(data);
  console.log(
    `group ${String(size).padStart(6)} articles               ${Math.round(performance.now() - t)} ms, ${stories.length} stories`,
  );
}
