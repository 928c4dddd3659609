/**
 * @module app/stories
 * Use case: after articles are stored, regroup the stories they can belong to, and read a story back
 * as one merged record. Input: a `Store` and the publication days of the articles that changed.
 * Output: a `RegroupSummary`; `storyRecord` gives a `StoryRecord`.
 * Invariants: only articles within two windows (28 days) of a changed one, the undated ones and their
 * current story mates are regrouped, since a story spans at most one window; a story keeps its id
 * while it keeps most of its articles, so links to it survive new copies arriving.
 */
import { createHash } from "node:crypto";
import type { Store, StoryGroup, StoryMaterial, StoryRecord } from "../contracts.ts";
import { clusterStories } from "../dedupe/stories.ts";
import { mergeStory, type StoryArticle } from "../merge/story-record.ts";

export interface RegroupSummary {
  /** Articles read and grouped. */
  readonly articles: number;
  readonly stories: number;
  /** Stories with more than one article. */
  readonly multiArticle: number;
}

const DAY = 86_400_000;
const MARGIN_DAYS = 28;

/** The days to regroup around the changed articles; null means all (an undated article can join any story). */
function rangeOf(days: readonly (string | null)[]): { from: string; to: string } | null {
  const times = days.map((d) => (d ? Date.parse(`${d.slice(0, 10)}T00:00:00Z`) : NaN));
  if (times.some((t) => Number.isNaN(t))) return null;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return {
    from: iso(Math.min(...times) - MARGIN_DAYS * DAY),
    to: iso(Math.max(...times) + MARGIN_DAYS * DAY),
  };
}

/**
 * Story ids: each new group takes the id of the old story most of its articles were in (largest groups
 * choose first), else an id derived from its articles.
 */
export function keepStoryIds(
  groups: readonly StoryGroup[],
  material: readonly StoryMaterial[],
): StoryGroup[] {
  const current = new Map(material.map((m) => [m.articleId, m.storyId]));
  const claimed = new Set<string>();
  const order = [...groups].sort(
    (a, b) => b.articleIds.length - a.articleIds.length || a.id.localeCompare(b.id),
  );
  const named = new Map<StoryGroup, string>();
  for (const group of order) {
    const tally = new Map<string, number>();
    for (const articleId of group.articleIds) {
      const old = current.get(articleId);
      if (old && !claimed.has(old)) tally.set(old, (tally.get(old) ?? 0) + 1);
    }
    const [best] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    let id = best?.[0] ?? group.id;
    if (claimed.has(id))
      id = `s_${createHash("sha1").update(group.articleIds.join("\n")).digest("hex").slice(0, 20)}`;
    claimed.add(id);
    named.set(group, id);
  }
  return groups.map((g) => ({ id: named.get(g) ?? g.id, articleIds: g.articleIds }));
}

/**
 * Regroups the stories the changed articles can touch; with no list given, every story.
 * @example await regroupStories(store, results.map((r) => r.sheet.published));
 */
export async function regroupStories(
  store: Store,
  changedDays?: readonly (string | null)[],
): Promise<RegroupSummary> {
  if (changedDays && changedDays.length === 0) return { articles: 0, stories: 0, multiArticle: 0 };
  const range = changedDays ? rangeOf(changedDays) : null;
  const material = await store.storyMaterial(range ?? undefined);
  const groups = keepStoryIds(clusterStories(material), material);
  await store.saveStories(groups);
  return {
    articles: material.length,
    stories: groups.length,
    multiArticle: groups.filter((g) => g.articleIds.length > 1).length,
  };
}

/** A stored story as one merged record; null when there is no such story. */
export async function storyRecord(store: Store, storyId: string): Promise<StoryRecord | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  const parts = await Promise.all(
    story.articleIds.map(async (id): Promise<StoryArticle | null> => {
      const [article, sheet, record] = await Promise.all([
        store.getArticle(id),
        store.getFactSheet(id),
        store.getRecord(id),
      ]);
      return article && sheet && record ? { article, sheet, record } : null;
    }),
  );
  return mergeStory(
    story.id,
    parts.filter((p): p is StoryArticle => p !== null),
  );
}
