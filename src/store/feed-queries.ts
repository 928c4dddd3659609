/**
 * @module store/feed-queries
 * The watch half of the `Store`: per-feed state (validators for conditional GET, last result) and
 * the cursor of item keys already seen. Input: a migrated `SqlClient` and a clock. Output: the feed
 * methods of `Store`. Invariants: an item key is recorded once per feed; a stored item stays stored;
 * each recorded failure adds one attempt.
 */
import type { FeedItemState, FeedState, Store } from "../contracts.ts";
import type { SqlClient, SqlRow } from "./sql-store.ts";

type FeedMethods = Pick<Store, "getFeedState" | "saveFeedState" | "feedItems" | "markFeedItem">;

export function feedQueries(client: SqlClient, now: () => Date): FeedMethods {
  async function getFeedState(url: string): Promise<FeedState | null> {
    const [row] = await client.query<FeedState & SqlRow>(
      `SELECT url, etag, last_modified AS "lastModified",
              to_char(last_polled AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastPolled",
              last_result AS "lastResult"
         FROM feeds WHERE url = $1`,
      [url],
    );
    return row ?? null;
  }

  async function saveFeedState(state: FeedState): Promise<void> {
    await client.query(
      `INSERT INTO feeds (url, etag, last_modified, last_polled, last_result)
       VALUES ($1, $2, $3, $4::timestamptz, $5)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         last_polled = excluded.last_polled, last_result = excluded.last_result`,
      [state.url, state.etag, state.lastModified, state.lastPolled, state.lastResult],
    );
  }

  async function feedItems(
    url: string,
    keys: readonly string[],
  ): Promise<ReadonlyMap<string, FeedItemState>> {
    if (keys.length === 0) return new Map();
    const rows = await client.query<FeedItemState & SqlRow>(
      `SELECT item_key AS key, status, attempts, article_id AS "articleId"
         FROM feed_items WHERE feed_url = $1 AND item_key = ANY($2::text[])`,
      [url, keys],
    );
    return new Map(rows.map((row) => [row.key, row]));
  }

  async function markFeedItem(url: string, item: Omit<FeedItemState, "attempts">): Promise<void> {
    const at = now().toISOString();
    await client.query(
      `INSERT INTO feed_items (feed_url, item_key, status, attempts, article_id, first_seen, last_seen)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'failed' THEN 1 ELSE 0 END, $4, $5::timestamptz, $5::timestamptz)
       ON CONFLICT (feed_url, item_key) DO UPDATE SET
         status = CASE WHEN feed_items.status = 'stored' THEN 'stored' ELSE excluded.status END,
         attempts = feed_items.attempts + CASE WHEN excluded.status = 'failed' THEN 1 ELSE 0 END,
         article_id = coalesce(excluded.article_id, feed_items.article_id),
         last_seen = excluded.last_seen`,
      [url, item.key, item.status, item.articleId, at],
    );
  }

  return { getFeedState, saveFeedState, feedItems, markFeedItem };
}
