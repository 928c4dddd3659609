/**
 * @module bench/story-pairs
 * Diagnostic: the score Blotter's story grouping gives each labelled gold pair and hard-negative pair,
 * to see where the threshold falls. `npx tsx bench/story-pairs.ts`. Prints figures only.
 */
import { pairScore } from "../src/dedupe/pair-score.ts";
import { prepareStoryInputs } from "../src/dedupe/prepare.ts";
import type { StoryInput } from "../src/dedupe/stories.ts";
import { distractorPaths, loadStoryLabels, storyInputOf } from "./story-data.ts";

const labels = loadStoryLabels();
if (!labels) process.exit(0);
const labelled = new Set([...labels.groups.flat(), ...labels.negatives.flat()]);
const paths = [...labelled, ...distractorPaths(300, labelled)];
const inputs = paths.map((p) => storyInputOf(p)).filter((i): i is StoryInput => i !== null);
const set = prepareStoryInputs(inputs);
const index = new Map(set.inputs.map((input, i) => [input.articleId, i] as const));
const score = (a: string, b: string) => {
  const x = index.get(a);
  const y = index.get(b);
  if (x === undefined || y === undefined) return null;
  const days = Math.abs((set.days[x] as number) - (set.days[y] as number));
  return { s: pairScore(set, x, y), days };
};
const rows: string[] = [];
for (const group of labels.groups)
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const r = score(group[i] as string, group[j] as string);
      if (r)
        rows.push(
          `POS ${r.s.toFixed(3)} d=${r.days} ${group[i]?.split("/").at(-1)?.slice(0, 50)} ~ ${group[j]?.split("/").at(-1)?.slice(0, 50)}`,
        );
    }
for (const [a, b] of labels.negatives) {
  const r = score(a, b);
  if (r)
    rows.push(
      `NEG ${r.s.toFixed(3)} d=${r.days} ${a.split("/").at(-1)?.slice(0, 50)} ~ ${b.split("/").at(-1)?.slice(0, 50)}`,
    );
}
console.log(rows.sort((p, q) => Number(q.slice(4, 9)) - Number(p.slice(4, 9))).join("\n"));
