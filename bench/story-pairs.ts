/**
 * @module bench/story-pairs
 * Diagnostic: the score Blotter's story grouping gives each labelled gold pair and hard-negative pair,
 * to see where the threshold falls. `npx tsx bench/story-pairs.ts`. Prints figures only.
 */
import { pairScore, prepareStoryInputs, type StoryInput } from "../src/dedupe/stories.ts";
import { distractorPaths, loadStoryLabels, storyInputOf } from "./story-data.ts";

const labels = loadStoryLabels();
if (!labels) process.exit(0);
const labelled = new Set([...labels.groups.flat(), ...labels.negatives.flat()]);
const paths = [...labelled, ...distractorPaths(300, labelled)];
const inputs = paths.map((p) => storyInputOf(p)).filter((i): i is StoryInput => i !== null);
const { prepared, keyDf } = prepareStoryInputs(inputs);
const index = new Map(prepared.map((p, i) => [p.input.articleId, i] as const));
const score = (a: string, b: string) => {
  const x = prepared[index.get(a) ?? -1];
  const y = prepared[index.get(b) ?? -1];
  if (!x || !y) return null;
  const days = x.day !== null && y.day !== null ? Math.abs(x.day - y.day) : null;
  return { s: pairScore(x, y, keyDf, prepared.length), days };
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
