/**
 * @module bench/story-errors
 * Diagnostic: the labelled pairs Blotter's story grouping gets wrong (same story predicted but not
 * labelled so, labelled but split), with their pair scores and day gaps, over the labels plus
 * `STORY_DISTRACTORS` (default 600) unlabelled articles. `npx tsx bench/story-errors.ts`. Prints only.
 */
import { pairScore } from "../src/dedupe/pair-score.ts";
import { prepareStoryInputs } from "../src/dedupe/prepare.ts";
import { clusterStories, type StoryInput } from "../src/dedupe/stories.ts";
import { distractorPaths, loadStoryLabels, storyInputOf } from "./story-data.ts";

const labels = loadStoryLabels();
if (!labels) process.exit(0);
const labelled = new Set([...labels.groups.flat(), ...labels.negatives.flat()]);
const paths = [...labelled, ...distractorPaths(Number(process.env.STORY_DISTRACTORS ?? 600), labelled)];
const inputs = paths.map((p) => storyInputOf(p)).filter((i): i is StoryInput => i !== null);
const set = prepareStoryInputs(inputs);
const index = new Map(set.inputs.map((input, i) => [input.articleId, i] as const));
const groupOf = new Map<string, number>();
labels.groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
const option = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
const stories = clusterStories(inputs, {
  threshold: option("STORY_THRESHOLD"),
  cohesion: option("STORY_COHESION"),
  relative: option("STORY_RELATIVE"),
}).map((s) => s.articleIds);
const storyOf = new Map<string, number>();
stories.forEach((s, i) => s.forEach((id) => storyOf.set(id, i)));
const short = (id: string) => id.replace("corpus/news/", "").slice(0, 70);
const describe = (a: string, b: string) => {
  const x = index.get(a) as number;
  const y = index.get(b) as number;
  const days = Math.abs((set.days[x] as number) - (set.days[y] as number));
  return `${pairScore(set, x, y).toFixed(3)} d=${days} ${short(a)} ~ ${short(b)}`;
};
console.log("FALSE POSITIVES (one story, not one label group)");
for (const members of stories) {
  const inLabels = members.filter((id) => labelled.has(id));
  for (let i = 0; i < inLabels.length; i++)
    for (let j = i + 1; j < inLabels.length; j++) {
      const [a, b] = [inLabels[i] as string, inLabels[j] as string];
      if (groupOf.get(a) === undefined || groupOf.get(a) !== groupOf.get(b))
        console.log(`FP ${describe(a, b)}`);
    }
}
console.log("FALSE NEGATIVES (one label group, split)");
for (const group of labels.groups)
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i] as string, group[j] as string];
      if (storyOf.get(a) !== storyOf.get(b)) console.log(`FN ${describe(a, b)}`);
    }
const groupStory = new Map<string, number>();
stories.forEach((s, i) => s.forEach((id) => groupStory.set(id, i)));
for (const [a, b] of labels.negatives)
  if (groupStory.get(a) !== undefined && groupStory.get(a) === groupStory.get(b))
    console.log(`NEG ${describe(a, b)}`);
