/**
 * @module store/store.stories.test
 * The story and feed-cursor half of the `Store` contract, on every backend in `BACKEND_CASES`:
 * memberships replace atomically, listing columns follow the articles, empty stories go, grouping
 * material widens to story mates, and the feed cursor remembers stored and failed items.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../contracts.ts";
import { createSqlStore, migrate, openSqlClient, type SqlClient } from "./index.ts";
import { BACKEND_CASES, makeIncident, type Backend } from "./store.fixtures.ts";

describe.each(BACKEND_CASES)("Store stories and feeds on $name", (backendCase) => {
  const suite = backendCase.skipReason === undefined ? describe : describe.skip;
  suite(backendCase.skipReason ?? "stories and feed cursors", () => {
    let backend: Backend | undefined;
    let client: SqlClient;
    let store: Store;

    /** Saves an invented article published on `day` by `outlet`. */
    async function article(slug: string, day: string | null, outlet = "The Ledger Wire", events?: string[]) {
      const incident = makeIncident({ slug, ...(events ? { eventTypes: events } : {}) });
      const dated = { ...incident.article, published: day, outlet };
      await store.saveIncident(dated, incident.record, { ...incident.sheet, published: day });
      return dated.id;
    }

    beforeAll(async () => {
      backend = await backendCase.createBackend();
      client = await openSqlClient(backend.config);
      await migrate(client);
      store = createSqlStore(client, { now: () => new Date(Date.UTC(2024, 2, 1)) });
    });
    afterAll(async () => {
      await store.close();
      await backend?.dispose();
    });
    beforeEach(async () => {
      await client.query(`TRUNCATE articles, stories, feeds, feed_items CASCADE`);
    });

    it("stores memberships and keeps each story's listing columns true", async () => {
      const a = await article("raid-first", "2024-03-01", "Wire A", ["law-enforcement/raid"]);
      const b = await article("raid-copy", "2024-03-03T10:00:00Z", "Wire B");
      const c = await article("other", "2024-03-02");
      await store.saveStories([
        { id: "s_raid", articleIds: [a, b] },
        { id: "s_other", articleIds: [c] },
      ]);
      expect(await store.getStory("s_raid")).toStrictEqual({ id: "s_raid", articleIds: [a, b] });
      expect(await store.storyOf(b)).toBe("s_raid");
      expect(await store.countStories()).toBe(2);
      const [first, second] = await store.listStories({ limit: 10, offset: 0 });
      expect(first).toStrictEqual({
        id: "s_raid",
        title: "Police arrest suspects in raid-first",
        firstPublished: "2024-03-01",
        lastPublished: "2024-03-03",
        articleCount: 2,
        outlets: ["Wire A", "Wire B"],
        eventTypes: ["law-enforcement/arrest", "law-enforcement/raid"],
      });
      expect(second?.id).toBe("s_other");
    });

    it("moves an article between stories and drops a story left empty", async () => {
      const a = await article("one", "2024-03-01");
      const b = await article("two", "2024-03-02");
      await store.saveStories([
        { id: "s_a", articleIds: [a] },
        { id: "s_b", articleIds: [b] },
      ]);
      await store.saveStories([{ id: "s_a", articleIds: [a, b] }]);
      expect(await store.getStory("s_b")).toBeNull();
      expect(await store.countStories()).toBe(1);
      expect((await store.listStories({ limit: 5, offset: 0 }))[0]?.articleCount).toBe(2);
      await expect(store.saveStories([{ id: "s_x", articleIds: [a, a] }])).rejects.toThrow(/one story/);
      expect(await store.getStory("s_a")).toStrictEqual({ id: "s_a", articleIds: [a, b] });
    });

    it("reads grouping material for a range, the undated articles and their story mates", async () => {
      const inside = await article("inside", "2024-03-10");
      const mate = await article("mate", "2024-02-01");
      const undated = await article("undated", null);
      const outside = await article("outside", "2024-06-01");
      await store.saveStories([{ id: "s_1", articleIds: [mate, inside] }]);
      const material = await store.storyMaterial({ from: "2024-03-01", to: "2024-03-31" });
      expect(material.map((m) => m.articleId).sort()).toStrictEqual([inside, mate, undated].sort());
      expect(material.find((m) => m.articleId === inside)).toMatchObject({
        storyId: "s_1",
        published: "2024-03-10",
      });
      expect(material[0]?.sheet.event_types).toStrictEqual(["law-enforcement/arrest"]);
      expect((await store.storyMaterial()).map((m) => m.articleId)).toContain(outside);
      await expect(store.storyMaterial({ from: "March", to: "2024-03-31" })).rejects.toThrow(RangeError);
    });

    it("remembers feed items: stored stays stored, failures count attempts", async () => {
      const feed = "https://news.example/feed.xml";
      await store.markFeedItem(feed, { key: "guid-1", status: "stored", articleId: "a_1" });
      await store.markFeedItem(feed, { key: "guid-2", status: "failed", articleId: null });
      await store.markFeedItem(feed, { key: "guid-2", status: "failed", articleId: null });
      await store.markFeedItem(feed, { key: "guid-1", status: "failed", articleId: null });
      const seen = await store.feedItems(feed, ["guid-1", "guid-2", "guid-3"]);
      expect(seen.get("guid-1")).toStrictEqual({
        key: "guid-1",
        status: "stored",
        attempts: 1,
        articleId: "a_1",
      });
      expect(seen.get("guid-2")).toStrictEqual({
        key: "guid-2",
        status: "failed",
        attempts: 2,
        articleId: null,
      });
      expect(seen.has("guid-3")).toBe(false);
      expect((await store.feedItems("https://other.example/rss", ["guid-1"])).size).toBe(0);
    });

    it("keeps a feed's validators and last result", async () => {
      const state = {
        url: "https://news.example/feed.xml",
        etag: '"v2"',
        lastModified: "Tue, 05 Mar 2024 10:00:00 GMT",
        lastPolled: "2024-03-05T10:00:01.000Z",
        lastResult: "ok: 2 new, 18 seen",
      };
      expect(await store.getFeedState(state.url)).toBeNull();
      await store.saveFeedState(state);
      await store.saveFeedState({ ...state, lastResult: "ok: 0 new, 20 seen" });
      expect(await store.getFeedState(state.url)).toStrictEqual({
        ...state,
        lastResult: "ok: 0 new, 20 seen",
      });
    });
  });
});
