/**
 * @module dedupe/baseline
 * The plain TF-IDF cosine baseline for story grouping: every pair of articles whose cosine reaches the
 * threshold is joined (union-find). Used only to measure Blotter's grouping against it.
 */
import { contentWords, cosine, documentFrequencies, tfidfVector } from "./text-similarity.ts";

export function tfidfBaselineStories(
  docs: readonly { id: string; text: string }[],
  threshold: number,
): string[][] {
  const words = docs.map((d) => contentWords(d.text));
  const df = documentFrequencies(words);
  const vectors = words.map((w) => tfidfVector(w, df, docs.length));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++)
      if (cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>) >= threshold)
        parent[find(i)] = find(j);
  const groups = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(d.id);
    else groups.set(root, [d.id]);
  });
  return [...groups.values()];
}
