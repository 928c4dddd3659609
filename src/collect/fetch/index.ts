/**
 * @module collect/fetch
 * A polite fetcher for a hostile web. Input: a URL (and the validators of an earlier fetch). Output:
 * `Outcome<FetchedPage>`: ok; skipped `robots` / `not-modified`; failed `invalid-url`,
 * `unsupported-scheme`, `blocked-address`, `redirect-limit`, `timeout`, `too-large`, `bad-encoding`,
 * `http-error`, `dns`, `tls` or `network`. Invariants: never throws for anything a server does; every
 * hop of a redirect chain is checked against the SSRF guard, robots.txt and the per-host gate; every
 * request, robots.txt included, goes through the same transport and limits; all time comes from the
 * injected clock except socket timeouts, which are real.
 */
import type { LookupAddress } from "node:dns";
import type { Outcome } from "../../contracts.ts";
import type { AddressPolicy } from "./address.ts";
import { checkUrl, guardedLookup, systemResolver, type Resolver } from "./guard.ts";
import { createHostGate, systemClock, type Clock } from "./host-gate.ts";
import { decodePage, type FetchedPage } from "./page.ts";
import { isRetryableStatus, retryWait, type RetryPolicy } from "./retry.ts";
import { createRobotsCache, type RobotsResponse } from "./robots.ts";
import { ACCEPT_ENCODING, sendRequest, type RawResponse } from "./transport.ts";

export type { FetchedPage } from "./page.ts";
export type { Clock } from "./host-gate.ts";
export type { Resolver } from "./guard.ts";
export { refusalReason } from "./address.ts";

export const DEFAULT_USER_AGENT = "Blotter/0.1 (+https://github.com/blotter)";

/** What the fetcher did, for logs and tests; `at` is the injected clock's time. */
export type FetchEvent =
  | { readonly type: "request"; readonly url: string; readonly at: number; readonly attempt: number }
  | { readonly type: "resolved"; readonly host: string; readonly addresses: readonly string[] }
  | { readonly type: "connected"; readonly url: string; readonly address: string }
  | { readonly type: "retry"; readonly url: string; readonly status: number; readonly waitMs: number };

export interface FetcherOptions extends AddressPolicy {
  readonly userAgent?: string;
  /** Cap on the body, raw and decompressed. Default 10 MB. */
  readonly maxBytes?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Default 10 s. */
  readonly connectTimeoutMs?: number;
  /** One request, first byte sent to last byte read. Default 30 s. */
  readonly timeoutMs?: number;
  /** Least time between the starts of two requests to one host. Default 1 s. */
  readonly minDelayMs?: number;
  /** Default 2. */
  readonly maxConcurrentPerHost?: number;
  /** Retries of 429 / 5xx after the first attempt. Default 2. */
  readonly retries?: number;
  /** Default 500 ms, doubling per retry. */
  readonly backoffBaseMs?: number;
  /** Cap on any back-off or Retry-After wait, and on Crawl-delay. Default 30 s. */
  readonly maxWaitMs?: number;
  /** Obey robots.txt. Default true. */
  readonly robots?: boolean;
  /** Default 24 h. */
  readonly robotsTtlMs?: number;
  readonly clock?: Clock;
  readonly resolver?: Resolver;
  readonly onEvent?: (event: FetchEvent) => void;
}

/** Validators from an earlier fetch of the same URL, for a conditional GET. */
export interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

export interface Fetcher {
  fetch(url: string, validators?: Validators): Promise<Outcome<FetchedPage>>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ROBOTS_MAX_BYTES = 512 * 1024;
const ACCEPT =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

const failed = (code: string, reason: string): Outcome<never> => ({ status: "failed", code, reason });

/**
 * Creates a fetcher whose robots cache and per-host gate live as long as it does.
 * @example
 * const fetcher = createFetcher({ minDelayMs: 2000 });
 * const got = await fetcher.fetch("https://example.org/news", { etag: previous.etag });
 * if (got.status === "ok") console.log(got.value.text);
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const clock = options.clock ?? systemClock;
  const policy: AddressPolicy = { allowLoopback: options.allowLoopback ?? false };
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const retry: RetryPolicy = {
    retries: options.retries ?? 2,
    backoffBaseMs: options.backoffBaseMs ?? 500,
    maxWaitMs,
  };
  const emit = options.onEvent ?? (() => undefined);
  const gate = createHostGate(clock, options.minDelayMs ?? 1000, options.maxConcurrentPerHost ?? 2);
  const lookup = guardedLookup(options.resolver ?? systemResolver, policy, (host, found) =>
    emit({ type: "resolved", host, addresses: found.map((a: LookupAddress) => a.address) }),
  );

  /** One URL, retried on 429 / 5xx; each attempt waits its turn at the host gate. */
  async function requestWithRetries(
    url: URL,
    headers: Record<string, string>,
    limit: number,
  ): Promise<Outcome<RawResponse>> {
    for (let attempt = 0; ; attempt++) {
      const { at, release } = await gate.acquire(url.host);
      emit({ type: "request", url: url.href, at, attempt });
      let got: Outcome<RawResponse>;
      try {
        got = await sendRequest({
          url,
          headers,
          connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
          timeoutMs: options.timeoutMs ?? 30_000,
          maxBytes: limit,
          lookup,
          policy,
          wantsBody: (status) => status >= 200 && status < 300,
          onConnect: (address) => emit({ type: "connected", url: url.href, address }),
        });
      } finally {
        release();
      }
      if (got.status !== "ok" || !isRetryableStatus(got.value.status)) return got;
      const { status, headers: answer } = got.value;
      if (attempt >= retry.retries) return got;
      const waitMs = retryWait(retry, attempt, answer["retry-after"], clock.now());
      emit({ type: "retry", url: url.href, status, waitMs });
      await clock.sleep(waitMs);
    }
  }

  /** Follows redirects from `start`; each hop passes the URL check, robots.txt and the gate. */
  async function follow(
    start: string,
    headers: Record<string, string>,
    limit: number,
    obeyRobots: boolean,
  ): Promise<Outcome<{ response: RawResponse; finalUrl: string; redirects: string[] }>> {
    const redirects: string[] = [];
    const visited = new Set<string>();
    let checked = checkUrl(start, policy);
    for (;;) {
      if (!checked.ok) return failed(checked.code, checked.reason);
      const url = checked.url;
      url.hash = "";
      if (visited.has(url.href)) return failed("redirect-limit", `redirect loop back to ${url.href}`);
      visited.add(url.href);
      if (obeyRobots) {
        const allowed = await robots.check(url);
        if (allowed.status !== "ok") return allowed;
        if (allowed.value.crawlDelayMs !== null)
          gate.setMinDelay(url.host, Math.min(allowed.value.crawlDelayMs, maxWaitMs));
      }
      const got = await requestWithRetries(url, headers, limit);
      if (got.status !== "ok") return got;
      const location = got.value.headers.location;
      if (!REDIRECTS.has(got.value.status) || location === undefined)
        return { status: "ok", value: { response: got.value, finalUrl: url.href, redirects } };
      if (redirects.length >= maxRedirects)
        return failed("redirect-limit", `more than ${maxRedirects} redirects from ${start}`);
      checked = checkUrl(location, policy, url.href);
      if (checked.ok) redirects.push(checked.url.href);
    }
  }

  const robots = createRobotsCache({
    userAgent,
    clock,
    ttlMs: options.robotsTtlMs ?? 24 * 60 * 60 * 1000,
    unavailableTtlMs: Math.min(options.robotsTtlMs ?? Infinity, 10 * 60 * 1000),
    fetchRobots: async (robotsUrl): Promise<Outcome<RobotsResponse>> => {
      const headers = { "User-Agent": userAgent, Accept: "text/plain", "Accept-Encoding": ACCEPT_ENCODING };
      const got = await follow(robotsUrl, headers, ROBOTS_MAX_BYTES, false);
      if (got.status !== "ok") {
        // RFC 9309 §2.3: too many redirects means "unavailable" (like a 4xx, all allowed); an
        // oversized file cannot be read whole, so it is treated like a server error (all disallowed).
        if (got.status === "failed" && got.code === "redirect-limit")
          return { status: "ok", value: { status: 404, text: "" } };
        if (got.status === "failed" && got.code === "too-large")
          return { status: "ok", value: { status: 500, text: "" } };
        return got;
      }
      const { status, body } = got.value.response;
      return { status: "ok", value: { status, text: new TextDecoder().decode(body ?? new Uint8Array()) } };
    },
  });

  return {
    async fetch(rawUrl, validators = {}) {
      const headers: Record<string, string> = {
        "User-Agent": userAgent,
        Accept: ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
      };
      if (validators.etag) headers["If-None-Match"] = validators.etag;
      if (validators.lastModified) headers["If-Modified-Since"] = validators.lastModified;
      const got = await follow(rawUrl, headers, maxBytes, options.robots ?? true);
      if (got.status !== "ok") return got;
      const { response, finalUrl, redirects } = got.value;
      if (response.status === 304)
        return { status: "skipped", code: "not-modified", reason: `${finalUrl} has not changed (HTTP 304)` };
      if (response.status < 200 || response.status >= 300 || response.body === null) {
        const tries = isRetryableStatus(response.status) ? ` after ${retry.retries + 1} attempts` : "";
        return failed("http-error", `${finalUrl} answered HTTP ${response.status}${tries}`);
      }
      const { page, messages } = decodePage(
        rawUrl,
        finalUrl,
        redirects,
        response.status,
        response.headers,
        response.body,
      );
      return messages.length > 0 ? { status: "ok", value: page, messages } : { status: "ok", value: page };
    },
  };
}
