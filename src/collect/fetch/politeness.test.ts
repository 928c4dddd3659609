import { describe, expect, it } from "vitest";
import { createFetcher, type FetchEvent } from "./index.ts";
import { fakeClock, LOOPBACK_FETCH, serversClosedAfterEach, type Handler } from "./testing.ts";

const serve = serversClosedAfterEach();

const base = LOOPBACK_FETCH;

function recorder(): { events: FetchEvent[]; onEvent: (e: FetchEvent) => void } {
  const events: FetchEvent[] = [];
  return { events, onEvent: (e) => events.push(e) };
}

describe("robots.txt", { timeout: 5000 }, () => {
  const site =
    (robots: { status: number; body?: string }): Handler =>
    (req, res) => {
      if (req.url === "/robots.txt")
        res.writeHead(robots.status, { "Content-Type": "text/plain" }).end(robots.body ?? "");
      else res.writeHead(200, { "Content-Type": "text/plain" }).end(`page ${req.url ?? ""}`);
    };

  it("skips disallowed paths, fetches allowed ones and asks for robots.txt once", async () => {
    const server = await serve(
      site({
        status: 200,
        body: "User-agent: *\nDisallow: /private\n\nUser-agent: blotter\nDisallow: /no-bots\n",
      }),
    );
    const fetcher = createFetcher({ ...base, robots: true });
    expect(await fetcher.fetch(server.url("/no-bots/1"))).toMatchObject({
      status: "skipped",
      code: "robots",
      reason: `/no-bots/1 is disallowed by ${server.origin}/robots.txt (line 5)`,
    });
    // The Blotter group replaces the * group, so /private is allowed for Blotter.
    expect(await fetcher.fetch(server.url("/private/2"))).toMatchObject({ status: "ok" });
    expect(await fetcher.fetch(server.url("/news"))).toMatchObject({
      status: "ok",
      value: { text: "page /news" },
    });
    expect(server.seen.map((s) => s.path)).toEqual(["/robots.txt", "/private/2", "/news"]);
    expect(server.seen[0]?.headers["user-agent"]).toBe("Blotter/0.1 (+https://github.com/blotter)");
  });

  it("matches a configured user agent by its product token", async () => {
    const server = await serve(site({ status: 200, body: "User-agent: testbot\nDisallow: /\n" }));
    const got = await createFetcher({
      ...base,
      robots: true,
      userAgent: "TestBot/2.0 (+mailto:x@example.org)",
    }).fetch(server.url("/a"));
    expect(got).toMatchObject({ status: "skipped", code: "robots" });
  });

  it("allows everything when robots.txt is missing, disallows when it answers 5xx", async () => {
    const missing = await serve(site({ status: 404 }));
    expect(await createFetcher({ ...base, robots: true }).fetch(missing.url("/a"))).toMatchObject({
      status: "ok",
    });
    const broken = await serve(site({ status: 503 }));
    const got = await createFetcher({ ...base, robots: true }).fetch(broken.url("/a"));
    expect(got).toMatchObject({ status: "skipped", code: "robots" });
    expect(broken.seen.map((s) => s.path)).toEqual(["/robots.txt"]);
  });

  it("honours Crawl-delay as the host's minimum delay", async () => {
    const server = await serve(site({ status: 200, body: "User-agent: *\nCrawl-delay: 5\n" }));
    const clock = fakeClock();
    const { events, onEvent } = recorder();
    const fetcher = createFetcher({ ...base, robots: true, minDelayMs: 100, clock, onEvent });
    await fetcher.fetch(server.url("/1"));
    await fetcher.fetch(server.url("/2"));
    const starts = events.flatMap((e) => (e.type === "request" ? [e.at] : []));
    expect(starts).toEqual([0, 100, 5100]);
  });
});

describe("per-host politeness", { timeout: 5000 }, () => {
  it("spaces request starts by minDelayMs on the injected clock", async () => {
    const server = await serve((_, res) => res.writeHead(200).end("ok"));
    const clock = fakeClock(1_000_000);
    const { events, onEvent } = recorder();
    const fetcher = createFetcher({ ...base, minDelayMs: 1500, clock, onEvent });
    const paths = ["/1", "/2", "/3", "/4"];
    const outcomes = await Promise.all(paths.map((p) => fetcher.fetch(server.url(p))));
    expect(outcomes.every((o) => o.status === "ok")).toBe(true);
    const starts = events.flatMap((e) => (e.type === "request" ? [e.at - 1_000_000] : []));
    expect(starts).toEqual([0, 1500, 3000, 4500]);
  });

  it("keeps at most maxConcurrentPerHost requests in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const server = await serve((_, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200).end("ok");
      }, 150);
    });
    const fetcher = createFetcher({ ...base, maxConcurrentPerHost: 2, clock: fakeClock() });
    await Promise.all(Array.from({ length: 6 }, (_, i) => fetcher.fetch(server.url(`/${i}`))));
    expect(server.seen).toHaveLength(6);
    expect(most).toBe(2);
  });
});

describe("retries", { timeout: 5000 }, () => {
  it("retries a 500 with exponential back-off and returns the 200 that follows", async () => {
    let calls = 0;
    const server = await serve((_, res) =>
      ++calls < 3 ? res.writeHead(500).end() : res.writeHead(200).end("finally"),
    );
    const clock = fakeClock();
    const { events, onEvent } = recorder();
    const got = await createFetcher({ ...base, retries: 3, backoffBaseMs: 400, clock, onEvent }).fetch(
      server.url("/r"),
    );
    expect(got).toMatchObject({ status: "ok", value: { text: "finally" } });
    expect(events.filter((e) => e.type === "retry").map((e) => e.type === "retry" && e.waitMs)).toEqual([
      400, 800,
    ]);
  });

  it("gives up with http-error after the last retry", async () => {
    const server = await serve((_, res) => res.writeHead(503).end());
    const got = await createFetcher({ ...base, retries: 2, clock: fakeClock() }).fetch(server.url("/down"));
    expect(got).toMatchObject({
      status: "failed",
      code: "http-error",
      reason: `${server.url("/down")} answered HTTP 503 after 3 attempts`,
    });
    expect(server.seen).toHaveLength(3);
  });

  it("waits as long as a 429's Retry-After asks, in seconds or as an HTTP date, up to the cap", async () => {
    const start = Date.parse("2026-11-25T08:00:00Z");
    const answers = ["7", new Date(start + 20_000).toUTCString(), "86400"];
    const server = await serve((_, res) => {
      const next = answers.shift();
      if (next === undefined) res.writeHead(200).end("ok");
      else res.writeHead(429, { "Retry-After": next }).end();
    });
    const clock = fakeClock(start);
    const got = await createFetcher({ ...base, retries: 3, maxWaitMs: 60_000, clock }).fetch(
      server.url("/busy"),
    );
    expect(got).toMatchObject({ status: "ok" });
    // The HTTP date is read against the clock after the first 7 s wait.
    expect(clock.slept).toEqual([7000, 13_000, 60_000]);
  });

  it("does not retry a 404", async () => {
    const server = await serve((_, res) => res.writeHead(404).end());
    const got = await createFetcher({ ...base, retries: 3 }).fetch(server.url("/gone"));
    expect(got).toMatchObject({
      status: "failed",
      code: "http-error",
      reason: `${server.url("/gone")} answered HTTP 404`,
    });
    expect(server.seen).toHaveLength(1);
  });
});

describe("conditional GET", { timeout: 5000 }, () => {
  it("sends the validators and turns 304 into skipped not-modified", async () => {
    const server = await serve((req, res) => {
      if (req.headers["if-none-match"] === '"v7"') return res.writeHead(304).end();
      res.writeHead(200, { ETag: '"v7"', "Last-Modified": "Mon, 23 Nov 2026 09:00:00 GMT" }).end("first");
    });
    const fetcher = createFetcher(base);
    const first = await fetcher.fetch(server.url("/feed"));
    if (first.status !== "ok") throw new Error("first fetch failed");
    const again = await fetcher.fetch(server.url("/feed"), first.value);
    expect(again).toMatchObject({ status: "skipped", code: "not-modified" });
    expect(server.seen[1]?.headers).toMatchObject({
      "if-none-match": '"v7"',
      "if-modified-since": "Mon, 23 Nov 2026 09:00:00 GMT",
    });
  });
});
