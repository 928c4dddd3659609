/**
 * @module store/story-queries
 * The story half of the `Store`: which articles form which story, and what grouping reads.
 * Input: a migrated `SqlClient`. Output: the story methods of `Store`.
 * Invariants: `saveStories` changes memberships, refreshes the touched stories' listing columns and
 * drops stories left empty in one transaction; an article belongs to at most one story.
 */
import type { Store, StoredStory, StoryGroup, StoryMaterial } from "../contracts.ts";
import type { SqlClient, SqlQuery, SqlRow } from "./sql-store.ts";

type StoryMethods = Pick<
  Store,
  "storyMaterial" | "saveStories" | "listStories" | "countStories" | "getStory" | "storyOf"
>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function storyQueries(client: SqlClient): StoryMethods {
  async function storyMaterial(range?: { from: string; to: string }): Promise<readonly StoryMaterial[]> {
    if (range && !(DAY.test(range.from) && DAY.test(range.to))) {
      throw new RangeError(`story range must be two YYYY-MM-DD days, got ${range.from}..${range.to}`);
    }
    const picked = range
      ? `SELECT id FROM articles WHERE published IS NULL OR left(published, 10) BETWEEN $1 AND $2`
      : `SELECT id FROM articles`;
    return client.query<StoryMaterial & SqlRow>(
      `WITH picked AS (${picked}),
            widened AS (
              SELECT id FROM picked
              UNION
              SELECT other.article_id FROM story_articles mine
                JOIN story_articles other ON other.story_id = mine.story_id
               WHERE mine.article_id IN (SELECT id FROM picked))
       SELECT a.id AS "articleId", a.published, a.title, a.text, a.content_hash AS "contentHash",
              s.sheet, sa.story_id AS "storyId"
         FROM articles a
         JOIN fact_sheets s ON s.article_id = a.id
         LEFT JOIN story_articles sa ON sa.article_id = a.id
        WHERE a.id IN (SELECT id FROM widened)
        ORDER BY a.id`,
      range ? [range.from, range.to] : [],
    );
  }

  async function saveStories(stories: readonly StoryGroup[]): Promise<void> {
    const articleIds = stories.flatMap((s) => s.articleIds);
    if (articleIds.length === 0) return;
    if (new Set(articleIds).size !== articleIds.length) {
      throw new Error("an article can belong to one story only");
    }
    await client.transaction(async (tx) => {
      const before = await tx.query<{ story_id: string }>(
        `SELECT DISTINCT story_id FROM story_articles WHERE article_id = ANY($1::text[])`,
        [articleIds],
      );
      const touched = [...new Set([...before.map((r) => r.story_id), ...stories.map((s) => s.id)])];
      await tx.query(`DELETE FROM story_articles WHERE article_id = ANY($1::text[])`, [articleIds]);
      await tx.query(`INSERT INTO stories (id) SELECT unnest($1::text[]) ON CONFLICT (id) DO NOTHING`, [
        stories.map((s) => s.id),
      ]);
      await tx.query(
        `INSERT INTO story_articles (article_id, story_id, position)
         SELECT m.article_id, m.story_id, m.position
           FROM unnest($1::text[], $2::text[], $3::integer[]) AS m(article_id, story_id, position)
           JOIN articles a ON a.id = m.article_id`,
        [
          articleIds,
          stories.flatMap((s) => s.articleIds.map(() => s.id)),
          stories.flatMap((s) => s.articleIds.map((_, i) => i)),
        ],
      );
      await refreshStories(tx, touched);
    });
  }

  async function listStories(page: { limit: number; offset: number }): Promise<readonly StoredStory[]> {
    return client.query<StoredStory & SqlRow>(
      `SELECT id, title, first_published AS "firstPublished", last_published AS "lastPublished",
              article_count AS "articleCount", outlets, event_types AS "eventTypes"
         FROM stories ORDER BY last_published DESC NULLS LAST, id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
  }

  async function countStories(): Promise<number> {
    const [row] = await client.query<{ n: number }>(`SELECT count(*)::integer AS n FROM stories`);
    return row?.n ?? 0;
  }

  async function getStory(storyId: string): Promise<StoryGroup | null> {
    const rows = await client.query<{ article_id: string }>(
      `SELECT article_id FROM story_articles WHERE story_id = $1 ORDER BY position`,
      [storyId],
    );
    return rows.length ? { id: storyId, articleIds: rows.map((r) => r.article_id) } : null;
  }

  async function storyOf(articleId: string): Promise<string | null> {
    const [row] = await client.query<{ story_id: string }>(
      `SELECT story_id FROM story_articles WHERE article_id = $1`,
      [articleId],
    );
    return row?.story_id ?? null;
  }

  return { storyMaterial, saveStories, listStories, countStories, getStory, storyOf };
}

/** Recomputes the listing columns of the given stories from their articles; drops the empty ones. */
async function refreshStories(tx: SqlQuery, storyIds: readonly string[]): Promise<void> {
  await tx.query(
    `UPDATE stories s
        SET title = agg.title, first_published = agg.first_published, last_published = agg.last_published,
            article_count = agg.n, outlets = agg.outlets, event_types = agg.event_types
       FROM (SELECT sa.story_id,
                    (array_agg(a.title ORDER BY sa.position))[1] AS title,
                    min(left(a.published, 10)) AS first_published,
                    max(left(a.published, 10)) AS last_published,
                    count(*)::integer AS n,
                    coalesce(array_agg(DISTINCT a.outlet) FILTER (WHERE a.outlet IS NOT NULL), '{}') AS outlets,
                    coalesce((SELECT array_agg(DISTINCT t ORDER BY t)
                                FROM story_articles x JOIN fact_sheets f ON f.article_id = x.article_id,
                                     unnest(f.event_types) AS t
                               WHERE x.story_id = sa.story_id), '{}') AS event_types
               FROM story_articles sa JOIN articles a ON a.id = sa.article_id
              WHERE sa.story_id = ANY($1::text[])
              GROUP BY sa.story_id) AS agg
      WHERE s.id = agg.story_id`,
    [storyIds],
  );
  await tx.query(
    `DELETE FROM stories s WHERE s.id = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)`,
    [storyIds],
  );
}
