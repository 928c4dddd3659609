import { describe, expect, it } from "vitest";
import { brotliCompressSync, constants, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { createFetcher } from "./index.ts";
import { LOOPBACK_FETCH, serversClosedAfterEach, type Handler } from "./testing.ts";

const serve = serversClosedAfterEach();

const fast = LOOPBACK_FETCH;

/** windows-1251 bytes of Cyrillic text (А..я are contiguous from 0xC0). */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => (c >= "А" && c <= "я" ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))),
  );
}

describe("fetch: bodies and limits", { timeout: 5000 }, () => {
  it("returns the page with its validators, content type, text and bytes", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        ETag: '"v1"',
        "Last-Modified": "Tue, 24 Nov 2026 10:00:00 GMT",
      });
      res.end("<p>Arrests in Lagos — “Operation”</p>");
    });
    const got = await createFetcher(fast).fetch(server.url("/a#frag"));
    expect(got).toMatchObject({
      status: "ok",
      value: {
        url: server.url("/a"),
        status: 200,
        etag: '"v1"',
        lastModified: "Tue, 24 Nov 2026 10:00:00 GMT",
        contentType: "text/html; charset=utf-8",
        charset: "utf-8",
        text: "<p>Arrests in Lagos — “Operation”</p>",
      },
    });
    expect(server.seen[0]?.headers["user-agent"]).toBe("Blotter/0.1 (+https://github.com/blotter)");
  });

  it("times out a server that never answers", async () => {
    const server = await serve(() => undefined);
    const started = Date.now();
    const got = await createFetcher({ ...fast, timeoutMs: 200 }).fetch(server.url("/slow"));
    expect(got).toMatchObject({ status: "failed", code: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("counts a stalled DNS lookup against the connect timeout", async () => {
    const hang = (): Promise<never> => new Promise(() => undefined);
    const fetcher = createFetcher({ ...fast, connectTimeoutMs: 100, resolver: hang });
    expect(await fetcher.fetch("http://stalled.test/")).toEqual({
      status: "failed",
      code: "timeout",
      reason: "no connection to stalled.test within 100 ms",
    });
  });

  it("times out a body that trickles in slower than the total timeout", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
    });
    const got = await createFetcher({ ...fast, timeoutMs: 300 }).fetch(server.url("/drip"));
    expect(got).toMatchObject({ status: "failed", code: "timeout" });
  });

  it("stops reading a huge body at the cap", async () => {
    let written = 0;
    const server = await serve((_, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      const chunk = Buffer.alloc(64 * 1024, 97);
      const pump = (): void => {
        while (written < 512 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
      };
      pump();
    });
    const got = await createFetcher({ ...fast, maxBytes: 100_000 }).fetch(server.url("/huge"));
    expect(got).toMatchObject({
      status: "failed",
      code: "too-large",
      reason: "body passed the 100000-byte cap",
    });
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses a declared Content-Length over the cap without reading", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "Content-Length": String(50_000_000) });
      res.write("x");
    });
    const got = await createFetcher({ ...fast, maxBytes: 1000 }).fetch(server.url("/big"));
    expect(got).toMatchObject({ status: "failed", code: "too-large" });
  });

  it.each([
    ["gzip", gzipSync],
    ["br", (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })],
    ["deflate", deflateSync],
  ] as const)("fails a %s bomb with too-large at the decompressed cap", async (coding, compress) => {
    const bomb = compress(Buffer.alloc(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const server = await serve((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": coding });
      res.end(bomb);
    });
    const got = await createFetcher({ ...fast, maxBytes: 256 * 1024 }).fetch(server.url("/bomb"));
    expect(got).toMatchObject({
      status: "failed",
      code: "too-large",
      reason: "decompressed body passed the 262144-byte cap",
    });
  });

  it.each([
    ["gzip", gzipSync],
    ["br", brotliCompressSync],
    ["deflate", deflateSync],
    ["deflate", deflateRawSync],
  ] as const)("decodes %s bodies", async (coding, compress) => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8", "Content-Encoding": coding });
      res.end(compress(Buffer.from("Europol dismantled the botnet.")));
    });
    const got = await createFetcher(fast).fetch(server.url("/z"));
    expect(got).toMatchObject({ status: "ok", value: { text: "Europol dismantled the botnet." } });
    expect(server.seen[0]?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("fails a body that claims gzip but is not", async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { "Content-Encoding": "gzip" });
      res.end("plain text");
    });
    expect(await createFetcher(fast).fetch(server.url("/x"))).toMatchObject({
      status: "failed",
      code: "bad-encoding",
    });
  });
});

describe("fetch: charsets", { timeout: 5000 }, () => {
  const page =
    (contentType: string, body: Buffer): Handler =>
    (_, res) => {
      res.writeHead(200, { "Content-Type": contentType });
      res.end(body);
    };
  const text = async (handler: Handler) => {
    const server = await serve(handler);
    const got = await createFetcher(fast).fetch(server.url("/p"));
    if (got.status !== "ok") throw new Error(`unexpected ${got.status}`);
    return {
      text: got.value.text,
      charset: got.value.charset,
      codes: (got.messages ?? []).map((m) => m.code),
    };
  };

  it("honours a windows-1251 charset in Content-Type", async () => {
    const got = await text(page("text/html; charset=windows-1251", cp1251("<p>Задержаны хакеры</p>")));
    expect(got).toMatchObject({ text: "<p>Задержаны хакеры</p>", charset: "windows-1251" });
  });

  it("finds windows-1251 in <meta charset> when the header has none", async () => {
    const got = await text(page("text/html", cp1251('<meta charset="windows-1251"><p>Мошенники</p>')));
    expect(got.text).toContain("Мошенники");
  });

  it("reads the encoding of a feed's XML declaration", async () => {
    const rss = cp1251(
      '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Киберполиция</title></channel></rss>',
    );
    const got = await text(page("application/rss+xml", rss));
    expect(got).toMatchObject({ charset: "windows-1251" });
    expect(got.text).toContain("<title>Киберполиция</title>");
  });

  it("honours ISO-8859-1 and falls back to windows-1252 when no charset is given", async () => {
    const latin1 = Buffer.from("Café owner arrested in Genève", "latin1");
    expect((await text(page("text/plain; charset=ISO-8859-1", latin1))).text).toBe(
      "Café owner arrested in Genève",
    );
    const bare = await text(page("text/plain", latin1));
    expect(bare).toMatchObject({ text: "Café owner arrested in Genève", charset: "windows-1252" });
    expect(bare.codes).toContain("legacy-encoding");
  });

  it("sets aside a UTF-8 label that the bytes contradict", async () => {
    const got = await text(page("text/html; charset=utf-8", Buffer.from("Zürich police", "latin1")));
    expect(got).toMatchObject({ text: "Zürich police", charset: "windows-1252" });
    expect(got.codes).toContain("wrong-charset");
  });

  it("ignores an unknown charset label and keeps binary bodies as bytes only", async () => {
    const got = await text(page("text/plain; charset=x-klingon", Buffer.from("plain ascii")));
    expect(got).toMatchObject({ text: "plain ascii" });
    expect(got.codes).toContain("unknown-charset");
    const binary = await text(page("application/octet-stream", Buffer.from([0, 1, 2, 3, 0, 255])));
    expect(binary).toMatchObject({ text: null, codes: ["binary"] });
  });
});

describe("fetch: redirects", { timeout: 5000 }, () => {
  it("follows redirects and reports the chain", async () => {
    const server = await serve((req, res) => {
      if (req.url === "/old") res.writeHead(301, { Location: "/mid" }).end();
      else if (req.url === "/mid") res.writeHead(302, { Location: "new?x=1" }).end();
      else res.writeHead(200, { "Content-Type": "text/plain" }).end("landed");
    });
    const got = await createFetcher(fast).fetch(server.url("/old"));
    expect(got).toMatchObject({
      status: "ok",
      value: {
        requestedUrl: server.url("/old"),
        url: server.url("/new?x=1"),
        redirects: [server.url("/mid"), server.url("/new?x=1")],
        text: "landed",
      },
    });
  });

  it("fails a redirect loop with redirect-limit", async () => {
    const server = await serve((req, res) =>
      res.writeHead(302, { Location: req.url === "/a" ? "/b" : "/a" }).end(),
    );
    const got = await createFetcher(fast).fetch(server.url("/a"));
    expect(got).toMatchObject({
      status: "failed",
      code: "redirect-limit",
      reason: `redirect loop back to ${server.url("/a")}`,
    });
    expect(server.seen.map((s) => s.path)).toEqual(["/a", "/b"]);
  });

  it("fails an endless chain after maxRedirects", async () => {
    const server = await serve((req, res) => res.writeHead(307, { Location: `${req.url ?? ""}x` }).end());
    const got = await createFetcher({ ...fast, maxRedirects: 3 }).fetch(server.url("/r"));
    expect(got).toMatchObject({ status: "failed", code: "redirect-limit" });
    expect(server.seen).toHaveLength(4);
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const server = await serve((_, res) => res.writeHead(302, { Location: "file:///etc/passwd" }).end());
    const got = await createFetcher(fast).fetch(server.url("/f"));
    expect(got).toMatchObject({ status: "failed", code: "unsupported-scheme" });
  });
});
