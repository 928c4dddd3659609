/**
 * @module bench/stories
 * `npm run bench` (second part): story grouping against the hand labels in test/fixtures/stories,
 * beside a plain TF-IDF cosine baseline (its threshold tuned on the same labels, its best case); the
 * syndication set (corpus articles with synthetic syndicated copies, bench/syndication-data); then
 * grouping time at growing sizes over the corpus replicated with variations (bench/story-scale), each
 * size in a process of its own (bench/story-scale-run: a warm-up, then the best of two passes), the
 * sizes taking turns over STORY_ROUNDS rounds (3) and each keeping its best, with the ratio of each
 * time to the previous size's. The labels are also scored among 1,500 distractors, to show how the
 * figures move with the size of the collection. Prints figures only. `STORY_SIZES=25000,50000,100000`,
 * `STORY_ROUNDS=3` and `STORY_DISTRACTORS=600` override the defaults.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { tfidfBaselineStories } from "../src/dedupe/baseline.ts";
import { scoreStories } from "../src/dedupe/score-stories.ts";
import { clusterStories, type StoryInput } from "../src/dedupe/stories.ts";
import { corpusPaths, distractorPaths, loadStoryLabels, storyInputOf } from "./story-data.ts";
import { ERA_SIZE } from "./story-scale.ts";
import { buildSyndicationSet } from "./syndication-data.ts";

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

// Scaling: every corpus article extracted once, replicas derived from it (no re-extraction). Each size
// runs in a process of its own (bench/story-scale-run), so none runs on the heap a size before it left;
// the sizes take turns over several rounds, so a slow minute of this machine (its speed drifts by a
// third) falls on one run of each size, not on one size, and each size keeps its best round.
const byId = new Map(inputs.map((i) => [i.articleId, i] as const));
const corpus = corpusPaths()
  .map((p) => byId.get(p) ?? storyInputOf(p))
  .filter((i): i is StoryInput => i !== null);
const ROUNDS = Number(process.env.STORY_ROUNDS ?? 3);
const sizes = (process.env.STORY_SIZES ?? "25000,50000,100000").split(",").map(Number);
console.log(
  `scaling                            ${corpus.length} corpus articles extracted once; replicas are syndicated copies of their text with the fact sheet reused (a fact dropped now and then), in full eras of ${ERA_SIZE.toLocaleString("en-US")} articles two years apart; each size in its own process, best of ${ROUNDS} rounds taken in turns`,
);
const scratch = mkdtempSync(join(tmpdir(), "blotter-scale-"));
const corpusFile = join(scratch, "corpus.json");
writeFileSync(corpusFile, JSON.stringify(corpus));
interface Timing {
  wall: number;
  cpu: number;
  stories: number;
}
const runs = new Map(sizes.map((size) => [size, [] as Timing[]]));
try {
  for (let round = 0; round < ROUNDS; round++)
    for (const size of sizes) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, join(import.meta.dirname, "story-scale-run.ts"), corpusFile, String(size)],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      runs.get(size)?.push(JSON.parse(out.trim().split("\n").pop() ?? "{}") as Timing);
    }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
let previous: { size: number; wall: number; cpu: number } | null = null;
for (const size of sizes) {
  const timings = runs.get(size) ?? [];
  const wall = Math.min(...timings.map((t) => t.wall));
  const cpu = Math.min(...timings.map((t) => t.cpu));
  const spread = Math.max(...timings.map((t) => t.cpu)) / cpu;
  const ratio = previous
    ? `, ×${(wall / previous.wall).toFixed(2)} wall and ×${(cpu / previous.cpu).toFixed(2)} CPU for ×${(size / previous.size).toFixed(1)} articles`
    : "";
  console.log(
    `group ${String(size).padStart(6)} articles               ${(wall / 1000).toFixed(1)} s wall, ${(cpu / 1000).toFixed(1)} s CPU, ${timings[0]?.stories ?? 0} stories${ratio} (slowest round ×${spread.toFixed(2)} the best)`,
  );
  previous = { size, wall, cpu };
}
