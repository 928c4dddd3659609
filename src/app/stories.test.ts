/**
 * Regrouping stored articles into stories on a real (in-memory PGlite) store, over the invented
 * samples: the two reports of one raid become one story, the rest stay alone; regrouping is stable,
 * and a story keeps its id when another copy of it arrives.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store, StoryMaterial } from "../contracts.ts";
import { collectPaths } from "../collect/index.ts";
import { openStore } from "../store/index.ts";
import { ingest, ingestDocument } from "./ingest.ts";
import { keepStoryIds, regroupStories, storyRecord } from "./stories.ts";

const samples = resolve(import.meta.dirname, "../../samples");

describe("regroupStories", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ kind: "pglite" });
    await ingest(collectPaths([samples]), store);
  });
  afterAll(() => store.close());

  const raidStory = async () => {
    const [hit] = await store.search("Angeles City compound", 1);
    const id = hit ? await store.storyOf(hit.articleId) : null;
    return id ? store.getStory(id) : null;
  };

  it("groups the two reports of the raid and leaves every other sample alone", async () => {
    const summary = await regroupStories(store);
    expect(summary).toStrictEqual({ articles: 7, stories: 6, multiArticle: 1 });
    const story = await raidStory();
    expect(story?.articleIds).toHaveLength(2);
    const record = await storyRecord(store, story?.id ?? "");
    expect(record?.articles[0]?.published).toMatch(/^2025-06-17/);
    expect(record?.disagreements.map((d) => d.about)).toContain("arrested");
  });

  it("gives the same stories with the same ids when run again", async () => {
    const before = await store.listStories({ limit: 50, offset: 0 });
    await regroupStories(store);
    expect(await store.listStories({ limit: 50, offset: 0 })).toStrictEqual(before);
    expect(await regroupStories(store, [])).toStrictEqual({ articles: 0, stories: 0, multiArticle: 0 });
  });

  it("keeps the story's id when a further copy arrives", async () => {
    const before = await raidStory();
    const text = readFileSync(resolve(samples, "angeles-city-scam-hub-raid.txt"), "utf8")
      .replace(/^[^\n]*/, "Scam hub raided in Pampanga; 186 detained")
      .replace("Share this:", "Posted in Regional News.");
    const copy = await ingestDocument(
      { status: "ok", value: { uri: "copy.txt", bytes: new TextEncoder().encode(text), format: "text" } },
      store,
    );
    expect(copy.status).toBe("inserted");
    if (copy.status !== "inserted") return;
    await regroupStories(store, [copy.sheet.published]);
    const after = await raidStory();
    expect(after?.id).toBe(before?.id);
    expect(after?.articleIds).toHaveLength(3);
    expect(after?.articleIds).toContain(copy.articleId);
  });

  it("returns null for a story that does not exist", async () => {
    expect(await storyRecord(store, "s_nope")).toBeNull();
  });
});

describe("keepStoryIds", () => {
  const material = (articleId: string, storyId: string | null): StoryMaterial => ({
    articleId,
    storyId,
    published: null,
    title: "",
    text: "",
    contentHash: articleId,
    sheet: {} as StoryMaterial["sheet"],
  });

  it("lets the bigger group keep a split story's id and names the other afresh", () => {
    const groups = keepStoryIds(
      [
        { id: "s_new1", articleIds: ["a"] },
        { id: "s_new2", articleIds: ["b", "c"] },
      ],
      [material("a", "s_old"), material("b", "s_old"), material("c", "s_old")],
    );
    expect(groups).toStrictEqual([
      { id: "s_new1", articleIds: ["a"] },
      { id: "s_old", articleIds: ["b", "c"] },
    ]);
  });

  it("never gives two groups one id", () => {
    const groups = keepStoryIds(
      [
        { id: "s_old", articleIds: ["x"] },
        { id: "s_other", articleIds: ["a", "b"] },
      ],
      [material("a", "s_old"), material("b", "s_old"), material("x", null)],
    );
    expect(new Set(groups.map((g) => g.id)).size).toBe(2);
    expect(groups[1]?.id).toBe("s_old");
  });
});
