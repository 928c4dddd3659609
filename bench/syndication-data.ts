/**
 * @module bench/syndication-data
 * The syndication test set: corpus articles (the hard negatives' articles first, then a seeded sample)
 * with 2–4 synthetic syndicated copies each (dedupe/syndicate), extracted by Blotter's real pipeline,
 * mixed with originals that get no copies. Labels: each original with its copies is one group; the
 * copyless originals are singletons, so a copy joining one counts against precision; hard-negative
 * pairs among the originals stay negatives. At most one article of each hand-labelled story is taken.
 * Whether two distinct originals are one story (other outlets' reports of one incident are common in
 * the corpus) is the hand labels' question, measured by test/stories.test.ts; here, pairs across two
 * originals that the grouping joins when given the originals alone count neither way, so the figures
 * measure what copies do. Shared by the story bench and test/syndication.test.ts.
 */
import type { StoryLabels } from "../src/dedupe/score-stories.ts";
import { clusterStories, type StoryInput } from "../src/dedupe/stories.ts";
import { copyAsMarkdown, seededRandom, syndicate } from "../src/dedupe/syndicate.ts";
import { corpusPaths, loadStoryLabels, storyInputOf } from "./story-data.ts";

export interface SyndicationSet {
  readonly inputs: readonly StoryInput[];
  readonly labels: StoryLabels;
  readonly copies: number;
}

/** `originals` articles with copies and `distractors` without, chosen and copied from `seed`. */
export function buildSyndicationSet(originals: number, distractors: number, seed = 7): SyndicationSet {
  const random = seededRandom(seed);
  const labels = loadStoryLabels() ?? { groups: [], negatives: [] };
  const storyOf = new Map<string, number>();
  labels.groups.forEach((group, index) => group.forEach((path) => storyOf.set(path, index)));
  const shuffled = corpusPaths()
    .map((path) => ({ path, order: random() }))
    .sort((a, b) => a.order - b.order)
    .map((p) => p.path);
  const takenStories = new Set<number>();
  const chosen: string[] = [];
  for (const path of [...new Set(labels.negatives.flat()), ...shuffled]) {
    if (chosen.length >= originals + distractors) break;
    const story = storyOf.get(path);
    if (chosen.includes(path) || (story !== undefined && takenStories.has(story))) continue;
    if (story !== undefined) takenStories.add(story);
    chosen.push(path);
  }
  const inputs: StoryInput[] = [];
  const groups: string[][] = [];
  let copies = 0;
  chosen.forEach((path, index) => {
    const original = storyInputOf(path);
    if (!original) return;
    inputs.push(original);
    const group = [original.articleId];
    groups.push(group);
    if (index >= originals || !original.published) return;
    const [title, ...paragraphs] = original.text.split("\n\n");
    const source = { title: title ?? original.title, paragraphs, published: original.published };
    syndicate(source, 2 + Math.floor(random() * 3), seed * 100_003 + index).forEach((copy, n) => {
      const input = storyInputOf(`${path}#copy${n + 1}`, new TextEncoder().encode(copyAsMarkdown(copy)));
      if (!input) return;
      inputs.push(input);
      group.push(input.articleId);
      copies++;
    });
  });
  const groupOf = new Map(groups.map((group) => [group[0] as string, group] as const));
  const originalsOnly = clusterStories(inputs.filter((input) => groupOf.has(input.articleId)));
  const undecided = originalsOnly
    .filter((story) => story.articleIds.length > 1)
    .map((story) => story.articleIds.flatMap((id) => groupOf.get(id) ?? []));
  const negatives = labels.negatives.filter(([a, b]) => groupOf.has(a) && groupOf.has(b));
  return { inputs, labels: { groups, negatives, undecided }, copies };
}
