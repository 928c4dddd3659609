import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../clean/index.ts";
import { parseFeed } from "./feed.ts";
import { collectPaths } from "./index.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const paragraph =
  "Police in Lisbon arrested four people suspected of running a phishing operation that stole banking credentials from hundreds of customers. ";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Lisbon phishing ring broken up</title><link>https://wire.example/lisbon</link><guid isPermaLink="false">wire-1</guid>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${paragraph.repeat(3)}</p>]]></content:encoded></item>
<item><title>Same date, other story</title><link>https://wire.example/other</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;A second item.&lt;/p&gt;</description></item>
<item><title>No date and no link</title><description>Third item &amp; text.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Lab</title>
<entry><title>Patch released</title><id>urn:uuid:1</id><link rel="alternate" href="https://lab.example/patch"/><updated>2025-05-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;The vendor fixed CVE-2025-1111.&lt;/p&gt;</content></entry></feed>`;

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>`;

describe("parseFeed", () => {
  it("reads RSS items sharing a pubDate or lacking one, each with its own key", () => {
    const feed = parseFeed(bytes(RSS));
    if (feed.status !== "ok") throw new Error(feed.reason);
    expect(feed.value.map((i) => i.key)).toEqual([
      "wire-1",
      "https://wire.example/other",
      expect.stringMatching(/^sha256:/),
    ]);
    expect(feed.value[1]?.html).toBe("<p>A second item.</p>");
    expect(feed.value[2]).toMatchObject({ link: null, published: null, html: "Third item & text." });
  });

  it("reads Atom entries with their alternate link and date", () => {
    const feed = parseFeed(bytes(ATOM));
    expect(feed).toMatchObject({
      status: "ok",
      value: [{ key: "urn:uuid:1", link: "https://lab.example/patch", published: "2025-05-01T08:00:00Z" }],
    });
  });

  it("refuses entity declarations and malformed XML with one-line reasons", () => {
    expect(parseFeed(bytes(BILLION_LAUGHS))).toMatchObject({ status: "failed", code: "xml-entities" });
    expect(parseFeed(bytes("<rss><channel><item><title>x</title></channel>"))).toMatchObject({
      status: "failed",
    });
    expect(parseFeed(bytes("<html><body>not a feed</body></html>"))).toMatchObject({
      status: "failed",
      code: "not-a-feed",
    });
  });
});

describe("collectPaths with feeds", () => {
  it("yields one cleanable document per item, keeping link and date as hints", async () => {
    const dir = await mkdtemp(join(tmpdir(), "blotter-feed-"));
    await writeFile(join(dir, "wire.rss"), RSS);
    await writeFile(join(dir, "bomb.xml"), BILLION_LAUGHS);
    const out = [];
    for await (const doc of collectPaths([dir])) out.push(doc);
    expect(out.map((d) => d.status)).toEqual(["failed", "ok", "ok", "ok"]);
    const first = out[1];
    if (first?.status !== "ok") throw new Error("expected a document");
    expect(first.value.uri).toMatch(/wire\.rss#wire-1$/);
    const article = cleanDocument(first.value);
    if (article.status !== "ok") throw new Error(article.reason);
    expect(article.value.title).toBe("Lisbon phishing ring broken up");
    expect(article.value.text).toContain("Police in Lisbon arrested four people");
    expect(article.value.sourceUrl).toBe("https://wire.example/lisbon");
    expect(article.value.slug).toBe("lisbon");
    expect(article.value.published).toBe("2025-03-04");
  });
});
