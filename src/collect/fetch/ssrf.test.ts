import { afterEach, describe, expect, it } from "vitest";
import type { LookupAddress } from "node:dns";
import { createFetcher, type FetchEvent, type FetcherOptions } from "./index.ts";
import { startServer, type LoopbackServer } from "./testing.ts";

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A loopback server whose every path redirects to `target`. */
async function redirectTo(target: string): Promise<LoopbackServer> {
  const server = await startServer((_, res) => res.writeHead(302, { Location: target }).end());
  servers.push(server);
  return server;
}

function watch(options: FetcherOptions = {}) {
  const events: FetchEvent[] = [];
  const resolved: string[] = [];
  const resolver = (hostname: string): Promise<LookupAddress[]> => {
    resolved.push(hostname);
    // Only names the test owns are answered; anything else would be a test bug, not a lookup.
    const address = { "metadata.attacker.test": "169.254.169.254", "intranet.attacker.test": "10.0.0.1" }[
      hostname
    ];
    return address
      ? Promise.resolve([{ address, family: 4 }])
      : Promise.reject(new Error(`unexpected lookup of ${hostname}`));
  };
  const fetcher = createFetcher({
    robots: false,
    minDelayMs: 0,
    connectTimeoutMs: 100,
    resolver,
    onEvent: (e) => events.push(e),
    ...options,
  });
  const of = (type: FetchEvent["type"]) => events.filter((e) => e.type === type);
  return { fetcher, events, resolved, of };
}

describe("SSRF guard", { timeout: 5000 }, () => {
  it.each([
    ["http://10.0.0.1/", "10.0.0.1 is private (10.0.0.0/8)"],
    [
      "http://169.254.169.254/latest/meta-data/",
      "169.254.169.254 is link-local, where cloud metadata lives (169.254.0.0/16)",
    ],
    [
      "http://[::ffff:a9fe:a9fe]/",
      "[::ffff:a9fe:a9fe] is IPv4-mapped: 169.254.169.254 is link-local, where cloud metadata lives (169.254.0.0/16)",
    ],
    ["http://[fd00:ec2::254]/", "[fd00:ec2::254] is unique local (fc00::/7)"],
  ])("refuses a redirect to %s before any lookup or connection", async (target, reason) => {
    const server = await redirectTo(target);
    const { fetcher, of, resolved } = watch({ allowLoopback: true });
    const got = await fetcher.fetch(server.url("/story"));
    expect(got).toEqual({ status: "failed", code: "blocked-address", reason });
    // Only the loopback hop was requested or connected; an attempt would have ended in `timeout` (100 ms).
    expect(of("request").map((e) => e.type === "request" && e.url)).toEqual([server.url("/story")]);
    expect(of("connected").map((e) => e.type === "connected" && e.address)).toEqual(["127.0.0.1"]);
    expect(resolved).toEqual([]);
  });

  it.each([
    ["http://metadata.attacker.test/", "169.254.169.254"],
    ["http://intranet.attacker.test:8080/admin", "10.0.0.1"],
  ])("refuses a redirect to %s, a name resolving to %s, at lookup time", async (target, address) => {
    const server = await redirectTo(target);
    const { fetcher, of, resolved } = watch({ allowLoopback: true });
    const got = await fetcher.fetch(server.url("/story"));
    expect(got).toMatchObject({ status: "failed", code: "blocked-address" });
    expect(got.status === "failed" && got.reason).toContain(`resolves to ${address} is `);
    expect(resolved).toEqual([new URL(target).hostname]);
    expect(of("connected")).toHaveLength(1);
  });

  it("refuses loopback by default, as a literal or through a name, and the server sees nothing", async () => {
    const server = await redirectTo("/never");
    const events: FetchEvent[] = [];
    const fetcher = createFetcher({ connectTimeoutMs: 100, onEvent: (e) => events.push(e) });
    expect(await fetcher.fetch(server.url("/"))).toEqual({
      status: "failed",
      code: "blocked-address",
      reason: "127.0.0.1 is loopback (127.0.0.0/8)",
    });
    expect(await fetcher.fetch(`http://[::1]:${server.port}/`)).toMatchObject({ code: "blocked-address" });
    expect(await fetcher.fetch(`http://2130706433:${server.port}/`)).toMatchObject({
      code: "blocked-address",
    });
    // localhost goes through the system resolver, which answers from /etc/hosts; the guard refuses it.
    const viaName = await fetcher.fetch(`http://localhost:${server.port}/`);
    expect(viaName).toMatchObject({ status: "failed", code: "blocked-address" });
    expect(viaName.status === "failed" && viaName.reason).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1) is loopback/,
    );
    expect(events.filter((e) => e.type === "connected")).toEqual([]);
    expect(server.seen).toEqual([]);
  });

  it("refuses non-http schemes", async () => {
    const { fetcher } = watch();
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.org/",
      "data:text/plain,hi",
      "javascript:alert(1)",
    ])
      expect(await fetcher.fetch(url)).toMatchObject({ status: "failed", code: "unsupported-scheme" });
  });
});
