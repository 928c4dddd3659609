/**
 * @module app/watch
 * Use case: poll a list of feeds and ingest every item exactly once. Input: a feed list (parsed from
 * a JSON config file with `FeedListSchema`), a `Store`, a `Fetcher`. Output: one `PollResult` per feed
 * and poll. Invariants: the cursor is the set of item keys (guid, else link, else content hash) the store
 * has recorded for the feed, never a date, so items sharing a publication date, undated items and
 * reordered or re-published items all come through once; a key is recorded only after its article is
 * stored, so a crash or a failure loses nothing (failed items are retried on later polls, up to
 * `MAX_ATTEMPTS`); conditional GET validators are kept per feed; one feed's failure never stops the others.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Outcome, RawDocument, Store } from "../contracts.ts";
import type { Fetcher } from "../collect/fetch/index.ts";
import { feedItemDocument, parseFeed, type FeedItem } from "../collect/feed.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { ingestDocument } from "./ingest.ts";

/** Tries per item before a failure is final (the cursor then records it as failed for good). */
export const MAX_ATTEMPTS = 3;
/** Items whose feed text is shorter than this are summaries: the article page is fetched instead. */
const SUMMARY_CHARS = 1200;

const Duration = z.union([
  z.number().int().min(60),
  z
    .string()
    .regex(/^\d+\s*[smh]$/, 'expected a duration such as "90s", "15m" or "1h"')
    .transform(
      (text) => Number(text.slice(0, -1)) * { s: 1, m: 60, h: 3600 }[text.slice(-1) as "s" | "m" | "h"],
    )
    .refine((seconds) => seconds >= 60, "poll a feed at most once a minute"),
]);

export const FeedListSchema = z
  .object({
    /** Seconds (or "15m") between two polls of a feed, unless the feed says otherwise. Default 15 min. */
    interval: Duration.default(900),
    feeds: z
      .array(
        z
          .object({
            url: z
              .string()
              .url()
              .refine((u) => /^https?:\/\//i.test(u), "feed url must be http or https"),
            name: z.string().trim().min(1).max(200).optional(),
            interval: Duration.optional(),
            /** `auto`: fetch the article page when the feed gives only a summary. */
            articles: z.enum(["auto", "always", "never"]).default("auto"),
          })
          .strict(),
      )
      .min(1, "list at least one feed"),
  })
  .strict();
export type FeedList = z.infer<typeof FeedListSchema>;
export type FeedConfig = FeedList["feeds"][number];

/** Reads and checks a feed list; errors are one line naming the file and the bad field. */
export async function loadFeedList(path: string): Promise<FeedList> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(
      `cannot read feed list ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = FeedListSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `feed list ${path}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return parsed.data;
}

export interface PollResult {
  readonly url: string;
  readonly name: string;
  readonly status: "ok" | "not-modified" | "failed";
  /** Items stored by this poll. */
  readonly stored: number;
  /** Items the cursor already had. */
  readonly seen: number;
  /** Items that failed this time (retried later while attempts remain). */
  readonly failed: number;
  /** Publication days of the articles this poll stored or updated: what story grouping must revisit. */
  readonly changedDays: readonly (string | null)[];
  /** Why the feed itself failed, or the first item failure. */
  readonly reason: string | null;
}

export interface WatchDeps {
  readonly store: Store;
  readonly fetcher: Fetcher;
  readonly knowledge?: readonly KbEntry[];
  readonly now?: () => Date;
}

/** Plain text length of an item's HTML, cheaply: enough to tell a summary from a full article. */
const textLength = (html: string) =>
  html
    .replace(/<[^>]{0,2000}>/g, " ")
    .replace(/\s+/g, " ")
    .trim().length;

/** The document for one item: its own content, or the article page when the feed gives a summary. */
async function itemDocument(
  feed: FeedConfig,
  feedUrl: string,
  item: FeedItem,
  fetcher: Fetcher,
  lastTry: boolean,
): Promise<Outcome<RawDocument>> {
  const summary = feedItemDocument(feedUrl, item);
  const wantsPage =
    item.link !== null &&
    feed.articles !== "never" &&
    (feed.articles === "always" || textLength(item.html) < SUMMARY_CHARS);
  if (!wantsPage || item.link === null) return { status: "ok", value: summary };
  const page = await fetcher.fetch(item.link);
  if (page.status === "ok") {
    const hints = { url: page.value.url, ...(item.published ? { published: item.published } : {}) };
    return { status: "ok", value: { uri: summary.uri, bytes: page.value.bytes, format: "html", hints } };
  }
  // The page may be back next poll; on the last try the feed's own text is better than nothing.
  if (lastTry && textLength(item.html) > 0) return { status: "ok", value: summary };
  return { status: "failed", code: page.code, reason: `article ${item.link}: ${page.reason}` };
}

/**
 * Polls one feed once: conditional GET, then every item the cursor has not stored, oldest first.
 * @example const result = await pollFeed(feed, { store, fetcher });
 */
export async function pollFeed(feed: FeedConfig, deps: WatchDeps): Promise<PollResult> {
  const now = deps.now ?? (() => new Date());
  const { store, fetcher } = deps;
  const name = feed.name ?? feed.url;
  const state = await store.getFeedState(feed.url);
  const result = (fields: Partial<PollResult> & Pick<PollResult, "status">): PollResult => ({
    url: feed.url,
    name,
    stored: 0,
    seen: 0,
    failed: 0,
    changedDays: [],
    reason: null,
    ...fields,
  });
  const finish = async (
    out: PollResult,
    validators?: { etag: string | null; lastModified: string | null },
  ) => {
    await store.saveFeedState({
      url: feed.url,
      etag: validators ? validators.etag : (state?.etag ?? null),
      lastModified: validators ? validators.lastModified : (state?.lastModified ?? null),
      lastPolled: now().toISOString(),
      lastResult: describePoll(out),
    });
    return out;
  };

  const fetched = await fetcher.fetch(feed.url, { etag: state?.etag, lastModified: state?.lastModified });
  if (fetched.status === "skipped" && fetched.code === "not-modified")
    return finish(result({ status: "not-modified" }));
  if (fetched.status !== "ok") return finish(result({ status: "failed", reason: fetched.reason }));
  const parsed = parseFeed(fetched.value.bytes);
  if (parsed.status !== "ok") return finish(result({ status: "failed", reason: parsed.reason }));

  // A feed lists newest first; store oldest first. A key listed twice in one feed is one item.
  const items = [...new Map(parsed.value.map((item) => [item.key, item])).values()].reverse();
  const known = await store.feedItems(
    feed.url,
    items.map((i) => i.key),
  );
  let stored = 0;
  let seen = 0;
  let failed = 0;
  let reason: string | null = null;
  const changedDays: (string | null)[] = [];
  for (const item of items) {
    const entry = known.get(item.key);
    if (entry && (entry.status === "stored" || entry.attempts >= MAX_ATTEMPTS)) {
      seen++;
      continue;
    }
    const lastTry = (entry?.attempts ?? 0) + 1 >= MAX_ATTEMPTS;
    const doc = await itemDocument(feed, feed.url, item, fetcher, lastTry);
    const outcome = await ingestDocument(doc, store, deps.knowledge);
    if ("articleId" in outcome) {
      await store.markFeedItem(feed.url, { key: item.key, status: "stored", articleId: outcome.articleId });
      stored++;
      if (outcome.status !== "unchanged") changedDays.push(outcome.sheet.published);
    } else {
      await store.markFeedItem(feed.url, { key: item.key, status: "failed", articleId: null });
      failed++;
      reason ??= `${item.link ?? item.key}: ${outcome.reason}`;
    }
  }
  const { etag, lastModified } = fetched.value;
  return finish(result({ status: "ok", stored, seen, failed, changedDays, reason }), { etag, lastModified });
}

/** One line for a poll: what the progress output and the feed's `lastResult` say. */
export function describePoll(result: PollResult): string {
  if (result.status === "failed") return `failed: ${result.reason ?? "unknown error"}`;
  if (result.status === "not-modified") return "not modified";
  const failures = result.failed ? `, ${result.failed} failed (${result.reason ?? ""})` : "";
  return `${result.stored} new, ${result.seen} seen${failures}`;
}

/** When each feed is next due, from its last poll and interval. */
export async function nextPolls(list: FeedList, store: Store): Promise<Map<string, number>> {
  const due = new Map<string, number>();
  for (const feed of list.feeds) {
    const state = await store.getFeedState(feed.url);
    const last = state?.lastPolled ? Date.parse(state.lastPolled) : 0;
    due.set(feed.url, last + (feed.interval ?? list.interval) * 1000);
  }
  return due;
}
