import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanDocument } from "../clean/index.ts";
import { createFetcher } from "./fetch/index.ts";
import { startServer, type LoopbackServer } from "./fetch/testing.ts";
import { collectPaths, type Collected } from "./index.ts";

const paragraph =
  "Police in Porto arrested three men accused of running a fake parcel-delivery phishing campaign. ";
const PAGE = `<!doctype html><html><head><meta charset="windows-1252"><title>Porto phishing arrests</title></head><body><nav>Home</nav><article><h1>Porto phishing arrests</h1><p>${paragraph.repeat(4)}</p><p>Caf\xe9 owners were among the victims.</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://wire.example/one</link><guid>g1</guid><description>First item.</description></item>
<item><title>Two</title><link>https://wire.example/two</link><guid>g2</guid><description>Second item.</description></item></channel></rss>`;

let server: LoopbackServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url === "/feed") {
      response.writeHead(200, { "content-type": "application/rss+xml" });
      response.end(FEED);
    } else if (request.url === "/page") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(Buffer.from(PAGE, "latin1"));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
});
afterAll(async () => server.close());

async function collect(paths: string[], allowLoopback: boolean): Promise<Collected[]> {
  const fetcher = createFetcher({ allowLoopback, minDelayMs: 0 });
  const out: Collected[] = [];
  for await (const doc of collectPaths(paths, { fetcher })) out.push(doc);
  return out;
}

describe("collectPaths with web addresses", () => {
  it("reads a page with its own charset and a feed as one document per item", async () => {
    const [page, ...items] = await collect([server.url("/page"), server.url("/feed")], true);
    if (page?.status !== "ok") throw new Error(`page: ${page?.status}`);
    const article = cleanDocument(page.value);
    if (article.status !== "ok") throw new Error(article.reason);
    expect(article.value.title).toBe("Porto phishing arrests");
    expect(article.value.text).toContain("Café owners were among the victims.");
    expect(article.value.sourceUrl).toBe(server.url("/page"));
    expect(items.map((i) => i.uri)).toEqual([`${server.url("/feed")}#g1`, `${server.url("/feed")}#g2`]);
  });

  it("refuses loopback addresses by default and reports HTTP errors per address", async () => {
    const [blocked] = await collect([server.url("/page")], false);
    expect(blocked).toMatchObject({ status: "failed", code: "blocked-address" });
    const [missing] = await collect([server.url("/missing")], true);
    expect(missing).toMatchObject({ status: "failed", uri: server.url("/missing") });
  });
});
