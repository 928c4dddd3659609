/**
 * @module bench/stories
 * `npm run bench` (second part): story grouping against the hand labels in test/fixtures/stories,
 * beside a plain TF-IDF cosine baseline (its threshold tuned on the same labels, its best case); the
 * syndication set (corpus articles with synthetic syndicated copies, bench/syndication-data); then
 * grouping time at growing sizes over the corpus replicated with variations (bench/story-scale), after
 * one small untimed warm-up run, each size the best of two passes with a full garbage collection
 * before each (so a size is not billed for the garbage of the one before, nor for a busy moment),
 * with the ratio of each time to the previous size's. The labels are also scored among 1,500
 * distractors, to show how the figures move with the size of the collection. Prints figures only.
 * `STORY_SIZES=25000,50000,100000` and `STORY_DISTRACTORS=600` override the defaults.
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { tfidfBaselineStories } from "../src/dedupe/baseline.ts";
import { scoreStories } from "../src/dedupe/score-stories.ts";
import { clusterStories, type StoryInput } from "../src/dedupe/stories.ts";
import { corpusPaths, distractorPaths, loadStoryLabels, storyInputOf } from "./story-data.ts";
import { ERA_SIZE, replicateStories } from "./story-scale.ts";
import { buildSyndicationSet } from "./syndication-data.ts";

setFlagsFromString("--expose-gc");
/** A full garbage collection, as `node --expose-gc` offers it. */
const collectGarbage = runInNewContext("gc") as () => void;

const labels = loadStoryLabels();
if (!labels) {
  console.log("story bench skipped: no labels in test/fixtures/stories");
  process.exit(0);
}
const labelled = new Set([...labels.groups.flat(), ...labels.negatives.flat()]);
const paths = [...labelled, ...distractorPaths(Number(process.env.STORY_DISTRACTORS ?? 600), labelled)];
const started = performance.now();
const extracted = new Map<string, StoryInput | null>();
const inputOf = (path: string) => {
  if (!extracted.has(path)) extracted.set(path, storyInputOf(path));
  return extracted.get(path) ?? null;
};
const inputs = paths.map(inputOf).filter((i): i is StoryInput => i !== null);
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
// More unlabelled articles make rare words rarer and look-alikes closer: the same labels among 1,500
// distractors show how much the figures above owe to the size of the collection.
const crowded = [...labelled, ...distractorPaths(1500, labelled)]
  .map(inputOf)
  .filter((i): i is StoryInput => i !== null);
const crowdedScore = scoreStories(
  clusterStories(crowded).map((s) => s.articleIds),
  labels,
);
console.log(
  `  among 1,500 distractors          P ${fmt(crowdedScore.precision)}  R ${fmt(crowdedScore.recall)}  F1 ${fmt(crowdedScore.f1)}  hard negatives merged ${crowdedScore.negativesMerged.length}  (${crowded.length} articles)`,
);

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

const syndication = buildSyndicationSet(300, 300);
const syndicated = scoreStories(
  clusterStories(syndication.inputs).map((s) => s.articleIds),
  syndication.labels,
);
console.log(
  `syndicated copies                  P ${syndicated.precision.toFixed(4)}  R ${syndicated.recall.toFixed(4)}  hard negatives merged ${syndicated.negativesMerged.length}  (300 originals, ${syndication.copies} copies through the pipeline, ${syndication.inputs.length - 300 - syndication.copies} copyless)`,
);

// Scaling: every corpus article extracted once, replicas derived from it (no re-extraction).
const byId = new Map(inputs.map((i) => [i.articleId, i] as const));
const corpus = corpusPaths()
  .map((p) => byId.get(p) ?? storyInputOf(p))
  .filter((i): i is StoryInput => i !== null);
console.log(
  `scaling                            ${corpus.length} corpus articles extracted once; replicas are syndicated copies of their text with the fact sheet reused (a fact dropped now and then), in full eras of ${ERA_SIZE.toLocaleString("en-US")} articles two years apart`,
);
// One small untimed run first, so the first timed size does not pay for compiling the grouping code
// on replicas (a long-running server groups again and again); the figures are grouping time only.
const WARM_UP = 2000;
clusterStories(replicateStories(corpus, WARM_UP));
console.log(`warm-up                            ${WARM_UP} replicas grouped once, untimed`);
let previous: { size: number; wall: number; cpu: number } | null = null;
for (const size of (process.env.STORY_SIZES ?? "25000,50000,100000").split(",").map(Number)) {
  const data = replicateStories(corpus, size);
  // Each pass starts from a collected heap: the garbage of the run before is not billed to this one.
  // The best of two passes is kept, so a moment of a busy machine does not skew the ratio.
  let [wall, cpuMs, stories] = [Infinity, Infinity, 0];
  for (let pass = 0; pass < 2; pass++) {
    collectGarbage();
    const cpu = process.cpuUsage();
    const t = performance.now();
    stories = clusterStories(data).length;
    wall = Math.min(wall, performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  const ratio = previous
    ? `, ×${(wall / previous.wall).toFixed(2)} wall and ×${(cpuMs / previous.cpu).toFixed(2)} CPU for ×${(size / previous.size).toFixed(1)} articles`
    : "";
  console.log(
    `group ${String(size).padStart(6)} articles               ${(wall / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU, ${stories} stories${ratio}`,
  );
  previous = { size, wall, cpu: cpuMs };
}
