/**
 * @module dedupe/score-stories
 * Pairwise scoring of story grouping against hand labels: gold groups (articles of one story) and
 * hard negatives (look-alike articles of different stories). Only labelled articles are scored;
 * unlabelled distractors may sit in the same run. Pairs inside one `undecided` set but across gold
 * groups count neither way (the labels cannot say whether those articles are one story). Input:
 * predicted stories as lists of ids.
 */

export interface StoryLabels {
  readonly groups: readonly (readonly string[])[];
  readonly negatives: readonly (readonly [string, string])[];
  readonly undecided?: readonly (readonly string[])[];
}

export interface StoryScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly goldPairs: number;
  /** Hard-negative pairs that ended up in one story (must be zero). */
  readonly negativesMerged: readonly (readonly [string, string])[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function scoreStories(stories: readonly (readonly string[])[], labels: StoryLabels): StoryScore {
  const labelled = new Set([...labels.groups.flat(), ...labels.negatives.flat()]);
  const gold = new Set<string>();
  for (const group of labels.groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) gold.add(pairKey(group[i] as string, group[j] as string));
  const undecidedOf = new Map<string, number>();
  labels.undecided?.forEach((set, index) => set.forEach((id) => undecidedOf.set(id, index)));
  const undecided = (a: string, b: string) =>
    undecidedOf.has(a) && undecidedOf.get(a) === undecidedOf.get(b) && !gold.has(pairKey(a, b));
  const storyOf = new Map<string, number>();
  stories.forEach((members, index) => members.forEach((id) => storyOf.set(id, index)));
  let predictedPairs = 0;
  let truePairs = 0;
  for (const members of stories) {
    const inLabels = members.filter((id) => labelled.has(id));
    for (let i = 0; i < inLabels.length; i++)
      for (let j = i + 1; j < inLabels.length; j++) {
        const [a, b] = [inLabels[i] as string, inLabels[j] as string];
        if (undecided(a, b)) continue;
        predictedPairs++;
        if (gold.has(pairKey(a, b))) truePairs++;
      }
  }
  const negativesMerged = labels.negatives.filter(
    ([a, b]) => storyOf.has(a) && storyOf.get(a) === storyOf.get(b),
  );
  const precision = predictedPairs ? truePairs / predictedPairs : 1;
  const recall = gold.size ? truePairs / gold.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePairs, predictedPairs, goldPairs: gold.size, negativesMerged };
}
