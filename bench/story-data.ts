/**
 * @module bench/story-data
 * Loads the hand-labelled story fixtures and turns their corpus articles (plus optional unlabelled
 * distractors) into story inputs with Blotter's own pipeline. Shared by `npm run bench` and the tests.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractFile } from "../src/app/extract-file.ts";
import { isoDay } from "../src/clean/index.ts";
import type { StoryInput } from "../src/dedupe/stories.ts";
import type { StoryLabels } from "../src/dedupe/score-stories.ts";

export const REPO = resolve(import.meta.dirname, "..");
export const SHARED = resolve(REPO, "../shared");

export function loadStoryLabels(): StoryLabels | null {
  const dir = join(REPO, "test/fixtures/stories");
  const groupsFile = join(dir, "groups.json");
  const negativesFile = join(dir, "hard-negatives.json");
  const groups = existsSync(groupsFile)
    ? (JSON.parse(readFileSync(groupsFile, "utf8")) as { groups: { articles: string[] }[] }).groups.map(
        (g) => g.articles,
      )
    : [];
  const negatives = existsSync(negativesFile)
    ? (JSON.parse(readFileSync(negativesFile, "utf8")) as { pairs: { a: string; b: string }[] }).pairs.map(
        (p) => [p.a, p.b] as const,
      )
    : [];
  return groups.length || negatives.length ? { groups, negatives } : null;
}

/** Story input for one corpus file, its id being the path relative to ../shared. */
export function storyInputOf(relativePath: string, bytes?: Uint8Array): StoryInput | null {
  const path = join(SHARED, relativePath);
  if (!bytes && !existsSync(path)) return null;
  const out = extractFile({ uri: path, bytes: bytes ?? readFileSync(path), format: "markdown" });
  if (out.status !== "ok") return null;
  const { article, sheet } = out.value;
  return {
    articleId: relativePath,
    published: isoDay(article.published),
    title: article.title,
    text: article.text,
    contentHash: article.contentHash,
    sheet,
  };
}

/** Every corpus article's path relative to ../shared, sorted. */
export function corpusPaths(): string[] {
  const root = join(SHARED, "corpus/news");
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).map((f) => `corpus/news/${d.name}/${f}`))
    .sort();
}

/** Every `count`-th corpus article not in `exclude`: deterministic, unlabelled noise for the grouping. */
export function distractorPaths(count: number, exclude: ReadonlySet<string>): string[] {
  const all = corpusPaths().filter((p) => !exclude.has(p));
  const step = Math.max(1, Math.floor(all.length / Math.max(1, count)));
  return all.filter((_, i) => i % step === 0).slice(0, count);
}
