/**
 * @module collect/fetch/robots
 * robots.txt per origin (RFC 9309), fetched once and cached. Input: the URL about to be fetched and a
 * function that GETs a robots.txt through the fetcher's guarded, polite transport. Output: `ok` with the
 * origin's Crawl-delay, `skipped` (`robots`) when the URL is disallowed, or the robots request's own
 * failure (blocked address, DNS, timeout…) when the origin cannot be reached at all.
 * Invariants: 2xx → the rules apply; 4xx → everything is allowed; 5xx → everything is disallowed for a
 * short while; concurrent checks of one origin share one request; the cache lives in the fetcher.
 */
import robotsModule from "robots-parser";
import type { Outcome } from "../../contracts.ts";
import type { Clock } from "./host-gate.ts";

// robots-parser is CommonJS whose typings declare a default export: at run time the module is the function.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;
type Robot = ReturnType<typeof robotsParser>;

/** What a robots.txt request returned: its status and (for 2xx) its text. */
export interface RobotsResponse {
  readonly status: number;
  readonly text: string;
}

export interface RobotsOptions {
  readonly userAgent: string;
  readonly clock: Clock;
  /** How long an answer (rules, or a 4xx "no rules") is trusted. */
  readonly ttlMs: number;
  /** How long a 5xx "disallow all" lasts before robots.txt is asked again. */
  readonly unavailableTtlMs: number;
  readonly fetchRobots: (robotsUrl: string) => Promise<Outcome<RobotsResponse>>;
}

type Rules =
  | { readonly kind: "rules"; readonly robot: Robot }
  | { readonly kind: "allow-all" }
  | { readonly kind: "disallow-all"; readonly status: number };

interface CacheEntry {
  readonly expires: number;
  readonly rules: Promise<Outcome<Rules>>;
}

export interface RobotsPermission {
  /** The origin's Crawl-delay for our agent, in milliseconds, when it gives one. */
  readonly crawlDelayMs: number | null;
}

export interface RobotsCache {
  check(url: URL): Promise<Outcome<RobotsPermission>>;
}

/** Cache size at which expired entries are swept. */
const PRUNE_AT = 1000;

export function createRobotsCache(options: RobotsOptions): RobotsCache {
  const cache = new Map<string, CacheEntry>();

  const load = async (origin: string): Promise<Outcome<Rules>> => {
    const robotsUrl = `${origin}/robots.txt`;
    const got = await options.fetchRobots(robotsUrl);
    if (got.status !== "ok") return got;
    const { status, text } = got.value;
    if (status >= 200 && status < 300)
      return { status: "ok", value: { kind: "rules", robot: robotsParser(robotsUrl, text) } };
    if (status >= 400 && status < 500) return { status: "ok", value: { kind: "allow-all" } };
    return { status: "ok", value: { kind: "disallow-all", status } };
  };

  /** Drops expired entries once the cache is large, so a long crawl of many sites stays bounded. */
  const prune = (now: number): void => {
    if (cache.size < PRUNE_AT) return;
    for (const [origin, entry] of cache) if (entry.expires <= now) cache.delete(origin);
  };

  const rulesFor = (origin: string): Promise<Outcome<Rules>> => {
    const now = options.clock.now();
    const cached = cache.get(origin);
    if (cached && cached.expires > now) return cached.rules;
    prune(now);
    const rules = load(origin);
    cache.set(origin, { expires: Infinity, rules });
    void rules.then((outcome) => {
      // Failures are not cached: the next fetch asks again.
      if (outcome.status !== "ok") cache.delete(origin);
      else {
        const ttl = outcome.value.kind === "disallow-all" ? options.unavailableTtlMs : options.ttlMs;
        cache.set(origin, { expires: options.clock.now() + ttl, rules });
      }
    });
    return rules;
  };

  return {
    async check(url) {
      if (url.pathname === "/robots.txt") return { status: "ok", value: { crawlDelayMs: null } };
      const rules = await rulesFor(url.origin);
      if (rules.status !== "ok") return rules;
      const value = rules.value;
      switch (value.kind) {
        case "allow-all":
          return { status: "ok", value: { crawlDelayMs: null } };
        case "disallow-all":
          return {
            status: "skipped",
            code: "robots",
            reason: `${url.origin}/robots.txt answered ${value.status}; the site counts as disallowed for now`,
          };
        case "rules": {
          if (value.robot.isDisallowed(url.href, options.userAgent) === true) {
            const line = value.robot.getMatchingLineNumber(url.href, options.userAgent);
            return {
              status: "skipped",
              code: "robots",
              reason: `${url.pathname} is disallowed by ${url.origin}/robots.txt (line ${line})`,
            };
          }
          const delay = value.robot.getCrawlDelay(options.userAgent);
          return { status: "ok", value: { crawlDelayMs: delay === undefined ? null : delay * 1000 } };
        }
      }
    },
  };
}
