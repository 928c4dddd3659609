/**
 * `pollFeed` against a feed served on loopback, into an in-memory PGlite store: every item exactly
 * once across polls although items share a publication date, lack dates or keys, are reordered or
 * re-published; conditional GET; summaries fetched as article pages, with retries across polls and the
 * feed's own text on the last try; broken feeds fail in one line without touching the cursor.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../contracts.ts";
import { createFetcher } from "../collect/fetch/index.ts";
import { startServer, type LoopbackServer } from "../collect/fetch/testing.ts";
import { createSqlStore, migrate, openSqlClient, type SqlClient } from "../store/index.ts";
import { FeedListSchema, MAX_ATTEMPTS, pollFeed, type FeedConfig } from "./watch.ts";

const CITIES = ["Tallinn", "Porto", "Gdansk", "Lyon", "Graz", "Ghent", "Malmo", "Brno"];

/** An invented news item; `n` makes its text (and so its article) unique. */
function item(n: number, fields: { guid?: string | null; link?: string | null; date?: string | null } = {}) {
  const city = CITIES[n % CITIES.length] ?? "Tallinn";
  const text = `<p>Police in ${city} arrested ${n + 2} people suspected of running a phishing kit shop that sold
    templates imitating ${n + 3} banks. Officers seized ${n + 4} laptops and €${(n + 1) * 10},000 in cash.</p>`;
  const guid =
    fields.guid === undefined
      ? `<guid isPermaLink="false">item-${n}</guid>`
      : fields.guid
        ? `<guid>${fields.guid}</guid>`
        : "";
  const link =
    fields.link === undefined
      ? `<link>https://news.example/${n}</link>`
      : fields.link
        ? `<link>${fields.link}</link>`
        : "";
  const date =
    fields.date === undefined
      ? "<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>"
      : fields.date
        ? `<pubDate>${fields.date}</pubDate>`
        : "";
  return `<item><title>Phishing kit sellers held in ${city} (${n})</title>${guid}${link}${date}<description><![CDATA[${text}]]></description></item>`;
}
const rss = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join("")}</channel></rss>`;

describe("pollFeed", () => {
  let client: SqlClient;
  let store: Store;
  let server: LoopbackServer;
  /** What the server answers for /feed.xml, and for each article page path. */
  let feed = rss([]);
  let etag: string | null = null;
  const pages = new Map<string, () => { status: number; body: string }>();
  const fetcher = createFetcher({ allowLoopback: true, minDelayMs: 0, retries: 0, robots: false });
  const config = (overrides: Partial<FeedConfig> = {}): FeedConfig => ({
    url: server.url("/feed.xml"),
    articles: "never",
    ...overrides,
  });
  const articles = () => store.countArticles();

  beforeAll(async () => {
    client = await openSqlClient({ kind: "pglite" });
    await migrate(client);
    store = createSqlStore(client);
    server = await startServer((request, response) => {
      if (request.url === "/feed.xml") {
        if (etag && request.headers["if-none-match"] === etag) return void response.writeHead(304).end();
        response.writeHead(200, { "content-type": "application/rss+xml", ...(etag ? { etag } : {}) });
        return void response.end(feed);
      }
      const page = pages.get(request.url ?? "")?.();
      response.writeHead(page?.status ?? 404, { "content-type": "text/html; charset=utf-8" });
      response.end(page?.body ?? "");
    });
  });
  beforeEach(async () => {
    await client.query(`TRUNCATE articles, feeds, feed_items, stories CASCADE`);
    etag = null;
    pages.clear();
  });
  afterAll(async () => {
    await store.close();
    await server.close();
  });

  it("stores every item once, whatever their dates, keys and order", async () => {
    feed = rss([
      item(0),
      item(1), // same pubDate as item 0
      item(2, { date: null }),
      item(3, { guid: null }), // keyed by link
      item(4, { guid: null, link: null }), // keyed by a hash of its content
    ]);
    const first = await pollFeed(config(), { store, fetcher });
    expect(first).toMatchObject({ status: "ok", stored: 5, seen: 0, failed: 0 });
    expect(await articles()).toBe(5);
    // Reordered, item 1 re-published with a new date, and a new item sharing the old date.
    feed = rss([
      item(5),
      item(4, { guid: null, link: null }),
      item(1, { date: "Wed, 05 Mar 2025 08:00:00 GMT" }),
      item(3, { guid: null }),
      item(0),
      item(2, { date: null }),
    ]);
    const second = await pollFeed(config(), { store, fetcher });
    expect(second).toMatchObject({ status: "ok", stored: 1, seen: 5, failed: 0 });
    expect(await articles()).toBe(6);
    const third = await pollFeed(config(), { store, fetcher });
    expect(third).toMatchObject({ stored: 0, seen: 6 });
    expect(second.changedDays).toStrictEqual(["2025-03-04"]);
  });

  it("asks with the validators it was given and counts a 304 as not modified", async () => {
    etag = '"v1"';
    feed = rss([item(0)]);
    expect(await pollFeed(config(), { store, fetcher })).toMatchObject({ status: "ok", stored: 1 });
    expect((await store.getFeedState(config().url))?.etag).toBe('"v1"');
    expect(await pollFeed(config(), { store, fetcher })).toMatchObject({ status: "not-modified", stored: 0 });
    expect((await store.getFeedState(config().url))?.lastResult).toBe("not modified");
  });

  it("fetches the article page for a summary, retrying it on later polls", async () => {
    let up = false;
    pages.set("/story", () =>
      up
        ? {
            status: 200,
            body: `<html><head><title>Card skimmers held in Riga</title></head><body><article><h1>Card skimmers held in Riga</h1>
              <p>Latvian police arrested three men who fitted skimming devices to 40 cash machines in Riga and stole €90,000.</p>
              <p>The men, all Moldovan nationals, were remanded in custody for two months.</p></article></body></html>`,
          }
        : { status: 500, body: "" },
    );
    feed = rss([
      `<item><title>Card skimmers held in Riga</title><guid>s1</guid><link>${server.url("/story")}</link><description>Three held.</description></item>`,
    ]);
    const down = await pollFeed(config({ articles: "auto" }), { store, fetcher });
    expect(down).toMatchObject({ status: "ok", stored: 0, failed: 1 });
    expect(down.reason).toMatch(/HTTP 500/);
    up = true;
    const back = await pollFeed(config({ articles: "auto" }), { store, fetcher });
    expect(back).toMatchObject({ stored: 1, failed: 0 });
    const [hit] = await store.search("skimming devices", 1);
    expect(hit?.title).toBe("Card skimmers held in Riga");
  });

  it("falls back to the feed's own text on the last try, and gives up after that", async () => {
    pages.set("/gone", () => ({ status: 503, body: "" }));
    feed = rss([
      `<item><title>Ransomware hits Ghent port operator</title><guid>g1</guid><link>${server.url("/gone")}</link><description>The port operator's booking systems were encrypted by ransomware on Monday.</description></item>`,
    ]);
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
      expect(await pollFeed(config({ articles: "auto" }), { store, fetcher })).toMatchObject({ failed: 1 });
    expect(await pollFeed(config({ articles: "auto" }), { store, fetcher })).toMatchObject({ stored: 1 });
    expect(await articles()).toBe(1);
  });

  it("fails a malformed or hostile feed in one line and keeps the cursor", async () => {
    feed = rss([item(0)]);
    await pollFeed(config(), { store, fetcher });
    for (const bad of [
      "<rss><channel><item><title>unclosed",
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>',
    ]) {
      feed = bad;
      const result = await pollFeed(config(), { store, fetcher });
      expect(result.status).toBe("failed");
      expect(result.reason).not.toContain("\n");
      expect((await store.getFeedState(config().url))?.lastResult).toMatch(/^failed: /);
    }
    feed = rss([item(0), item(1)]);
    expect(await pollFeed(config(), { store, fetcher })).toMatchObject({ stored: 1, seen: 1 });
  });

  it("reads feed lists: durations, defaults and one-line errors", () => {
    const list = FeedListSchema.parse({
      interval: "30m",
      feeds: [{ url: "https://a.example/rss", interval: "2h" }],
    });
    expect(list).toStrictEqual({
      interval: 1800,
      feeds: [{ url: "https://a.example/rss", interval: 7200, articles: "auto" }],
    });
    for (const bad of [
      { feeds: [] },
      { feeds: [{ url: "file:///etc/passwd" }] },
      { feeds: [{ url: "https://a.example/rss", interval: "5s" }] },
      { feeds: [{ url: "https://a.example/rss", typo: 1 }] },
    ])
      expect(FeedListSchema.safeParse(bad).success).toBe(false);
  });
});
