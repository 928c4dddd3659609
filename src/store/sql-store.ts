/**
 * @module store/sql-store
 * The one `Store` implementation, written against `SqlClient` so PGlite and PostgreSQL run the
 * same queries.
 *
 * Input: a migrated `SqlClient` (see `migrate`) and an optional clock.
 * Output: a `Store` that owns the client (closing the store closes it).
 * Invariants: `saveIncident` writes the article, record, fact sheet and facts in one transaction or
 * not at all; `saveIncidents` saves a batch in one transaction and, when any document fails, retries
 * each in its own, so one bad document costs only itself; saving an article again with the same extractor version writes nothing; articles and
 * records read back equal to what was saved; timestamps leave as UTC ISO strings.
 */
import type {
  Article,
  BatchSaveResult,
  FactBase,
  FactSheet,
  IncidentRecord,
  IncidentToSave,
  SaveResult,
  SearchHit,
  Span,
  Store,
  StoredIncident,
} from "../contracts.ts";
import { feedQueries } from "./feed-queries.ts";
import type { FactKind } from "./migrations.ts";
import { storyQueries } from "./story-queries.ts";

export type SqlParam = string | number | boolean | null | readonly (string | number | null)[];
export type SqlRow = Record<string, unknown>;

/** What a query runs on: the client itself or an open transaction. */
export interface SqlQuery {
  /** One statement; `$1`… placeholders; resolves to the rows, typed by the caller. */
  query<Row extends SqlRow = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

export interface SqlClient extends SqlQuery {
  /** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SqlStoreOptions {
  /** When an article counts as ingested; defaults to the system clock. */
  readonly now?: () => Date;
}

/** `search` snippets mark matched words with these, not HTML, so no caller must unescape text. */
export const SNIPPET_MARKS = { start: "⟦", stop: "⟧" } as const;

const HEADLINE_OPTIONS = [
  `StartSel="${SNIPPET_MARKS.start}"`,
  `StopSel="${SNIPPET_MARKS.stop}"`,
  "MaxWords=35, MinWords=15, MaxFragments=2",
  'FragmentDelimiter=" … "',
].join(", ");

const isoUtc = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type IncidentRow = Omit<StoredIncident, "eventTypes"> & { eventTypes: string[] };

/** A fact flattened for `facts`: `type` and `value` are what facets group by; the fact itself stays in its record. */
interface FactRow {
  readonly kind: FactKind;
  readonly type: string;
  readonly value: string;
  readonly span: Span | null;
  readonly fact: FactBase;
}

/**
 * Builds the store over a client that `migrate` has brought up to date.
 * @example
 * const store = createSqlStore(await openPgliteClient(), { now: () => new Date() });
 */
export function createSqlStore(client: SqlClient, options: SqlStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());

  async function saveIncident(
    article: Article,
    record: IncidentRecord,
    sheet: FactSheet,
  ): Promise<SaveResult> {
    assertSameArticle(article, record);
    return client.transaction((tx) => saveIn(tx, { article, record, sheet }, now()));
  }

  async function saveIncidents(batch: readonly IncidentToSave[]): Promise<readonly BatchSaveResult[]> {
    if (batch.length === 0) return [];
    try {
      // One commit for the whole batch: the common case, where no document fails.
      return await client.transaction(async (tx) => {
        for (const { article, record } of batch) assertSameArticle(article, record);
        const saved = await saveAllIn(
          tx,
          batch,
          batch.map(() => now()),
        );
        return saved.map((status): BatchSaveResult => ({ status }));
      });
    } catch {
      // Something failed and nothing was kept: each document again on its own, so only the bad one fails.
      const results: BatchSaveResult[] = [];
      for (const { article, record, sheet } of batch) {
        try {
          results.push({ status: await saveIncident(article, record, sheet) });
        } catch (error) {
          results.push({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
        }
      }
      return results;
    }
  }

  async function getArticle(articleId: string): Promise<Article | null> {
    const [row] = await client.query<Article & SqlRow>(
      `SELECT id, slug, content_hash AS "contentHash", title, text,
              ARRAY[title_start, title_end] AS "titleSpan", ARRAY[body_start, body_end] AS "bodySpan",
              published, author, outlet, source_url AS "sourceUrl", canonical_url AS "canonicalUrl",
              original_url AS "originalUrl", language, format, source_uri AS "sourceUri", messages
         FROM articles WHERE id = $1`,
      [articleId],
    );
    return row ?? null;
  }

  async function getRecord(articleId: string): Promise<IncidentRecord | null> {
    const [row] = await client.query<{ record: IncidentRecord }>(
      `SELECT record FROM records WHERE article_id = $1`,
      [articleId],
    );
    return row?.record ?? null;
  }

  async function getFactSheet(articleId: string): Promise<FactSheet | null> {
    const [row] = await client.query<{ sheet: FactSheet }>(
      `SELECT sheet FROM fact_sheets WHERE article_id = $1`,
      [articleId],
    );
    return row?.sheet ?? null;
  }

  async function listIncidents(page: { limit: number; offset: number }): Promise<readonly StoredIncident[]> {
    assertCount("limit", page.limit);
    assertCount("offset", page.offset);
    return client.query<IncidentRow>(
      `SELECT a.id AS "articleId", a.slug, a.title, a.published, a.outlet,
              coalesce(s.event_types, '{}'::text[]) AS "eventTypes",
              ${isoUtc("a.ingested_at")} AS "ingestedAt"
         FROM articles a LEFT JOIN fact_sheets s ON s.article_id = a.id
        ORDER BY a.ingested_at DESC, a.id
        LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
  }

  async function countArticles(): Promise<number> {
    const [row] = await client.query<{ n: number }>(`SELECT count(*)::integer AS n FROM articles`);
    return row?.n ?? 0;
  }

  async function search(query: string, limit: number): Promise<readonly SearchHit[]> {
    assertCount("limit", limit);
    if (query.trim() === "") return [];
    // Ranks and limits first, so ts_headline reads only the texts that will be shown.
    return client.query<SearchHit & SqlRow>(
      `SELECT hit.id AS "articleId", hit.title, hit.rank,
              ts_headline('english', hit.text, hit.query, $3) AS snippet
         FROM (SELECT a.id, a.title, a.text, q.query, ts_rank(a.search, q.query) AS rank
                 FROM articles a, websearch_to_tsquery('english', $1) AS q(query)
                WHERE a.search @@ q.query
                ORDER BY rank DESC, a.id
                LIMIT $2) AS hit
        ORDER BY hit.rank DESC, hit.id`,
      [query, limit, HEADLINE_OPTIONS],
    );
  }

  return {
    saveIncident,
    saveIncidents,
    getArticle,
    getRecord,
    getFactSheet,
    listIncidents,
    countArticles,
    search,
    ...storyQueries(client),
    ...feedQueries(client, now),
    close: () => client.close(),
  };
}

function assertSameArticle(article: Article, record: IncidentRecord): void {
  if (record.articleId !== article.id) {
    throw new Error(`record is for article ${record.articleId}, not ${article.id}`);
  }
}

/** Writes one incident inside an open transaction; nothing when it is stored with the same extractor version. */
async function saveIn(tx: SqlQuery, incident: IncidentToSave, ingestedAt: Date): Promise<SaveResult> {
  const [result] = await saveAllIn(tx, [incident], [ingestedAt]);
  if (!result) throw new Error(`no result for article ${incident.article.id}`);
  return result;
}

/**
 * Writes a batch inside an open transaction, each document as `saveIn` would alone. New articles (the
 * common case) are written a table at a time, one statement each for the whole batch, since every
 * statement costs a round trip; an article seen before is checked and rewritten on its own.
 */
async function saveAllIn(
  tx: SqlQuery,
  batch: readonly IncidentToSave[],
  ingestedAt: readonly Date[],
): Promise<SaveResult[]> {
  const ids = batch.map((incident) => incident.article.id);
  if (new Set(ids).size < ids.length) {
    // The same article twice: the second must see the first, so one document at a time.
    const results: SaveResult[] = [];
    for (const [i, incident] of batch.entries())
      results.push(...(await saveAllIn(tx, [incident], [ingestedAt[i] ?? new Date()])));
    return results;
  }
  const inserted = await insertArticles(tx, batch, ingestedAt);
  await writeRecords(
    tx,
    batch.filter((incident) => inserted.has(incident.article.id)),
  );
  const results: SaveResult[] = [];
  for (const incident of batch)
    results.push(inserted.has(incident.article.id) ? "inserted" : await saveAgain(tx, incident));
  return results;
}

/** An article stored before: unchanged with the same extractor version, else its record and facts rewritten. */
async function saveAgain(tx: SqlQuery, incident: IncidentToSave): Promise<SaveResult> {
  const { article, record } = incident;
  // Locks the record so a concurrent save of the same article waits and then sees our version.
  const [current] = await tx.query<{ extractor_version: string }>(
    `SELECT extractor_version FROM records WHERE article_id = $1 FOR UPDATE`,
    [article.id],
  );
  if (current?.extractor_version === record.extractor.version) return "unchanged";
  await tx.query(`DELETE FROM facts WHERE article_id = $1`, [article.id]);
  await writeRecords(tx, [incident]);
  return "updated";
}

/** The ids of the articles inserted; an article already stored (same id) is left as it is. */
async function insertArticles(
  tx: SqlQuery,
  batch: readonly IncidentToSave[],
  ingestedAt: readonly Date[],
): Promise<ReadonlySet<string>> {
  const column = <T extends string | number | null>(of: (article: Article) => T) =>
    batch.map(({ article }) => of(article));
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO articles (id, slug, content_hash, title, text, title_start, title_end, body_start,
                           body_end, published, author, outlet, source_url, canonical_url,
                           original_url, language, format, source_uri, messages, ingested_at)
     SELECT a.id, a.slug, a.content_hash, a.title, a.text, a.title_start, a.title_end, a.body_start,
            a.body_end, a.published, a.author, a.outlet, a.source_url, a.canonical_url,
            a.original_url, a.language, a.format, a.source_uri, a.messages::jsonb, a.ingested_at::timestamptz
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[],
                   $7::integer[], $8::integer[], $9::integer[], $10::text[], $11::text[], $12::text[],
                   $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[],
                   $19::text[], $20::text[])
            WITH ORDINALITY AS a(id, slug, content_hash, title, text, title_start, title_end, body_start,
                                 body_end, published, author, outlet, source_url, canonical_url,
                                 original_url, language, format, source_uri, messages, ingested_at, n)
      ORDER BY a.n
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [
      column((a) => a.id),
      column((a) => a.slug),
      column((a) => a.contentHash),
      column((a) => a.title),
      column((a) => a.text),
      column((a) => a.titleSpan[0]),
      column((a) => a.titleSpan[1]),
      column((a) => a.bodySpan[0]),
      column((a) => a.bodySpan[1]),
      column((a) => a.published),
      column((a) => a.author),
      column((a) => a.outlet),
      column((a) => a.sourceUrl),
      column((a) => a.canonicalUrl),
      column((a) => a.originalUrl),
      column((a) => a.language),
      column((a) => a.format),
      column((a) => a.sourceUri),
      column((a) => JSON.stringify(a.messages)),
      ingestedAt.map((at) => at.toISOString()),
    ],
  );
  return new Set(rows.map((row) => row.id));
}

/** Writes the records, fact sheets and facts of a batch, one statement per table. */
async function writeRecords(tx: SqlQuery, batch: readonly IncidentToSave[]): Promise<void> {
  if (batch.length === 0) return;
  await tx.query(
    `INSERT INTO records (article_id, schema_version, extractor_version, record)
     SELECT r.article_id, r.schema_version, r.extractor_version, r.record::json
       FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[])
            AS r(article_id, schema_version, extractor_version, record)
     ON CONFLICT (article_id) DO UPDATE SET schema_version = excluded.schema_version,
       extractor_version = excluded.extractor_version, record = excluded.record`,
    [
      batch.map(({ record }) => record.articleId),
      batch.map(({ record }) => record.schemaVersion),
      batch.map(({ record }) => record.extractor.version),
      batch.map(({ record }) => JSON.stringify(record)),
    ],
  );
  // Event types are a list per sheet; they travel as JSON, since unnest would flatten a 2-D array.
  await tx.query(
    `INSERT INTO fact_sheets (article_id, sheet, event_types)
     SELECT s.article_id, s.sheet::jsonb, ARRAY(SELECT jsonb_array_elements_text(s.event_types::jsonb))
       FROM unnest($1::text[], $2::text[], $3::text[]) AS s(article_id, sheet, event_types)
     ON CONFLICT (article_id) DO UPDATE SET sheet = excluded.sheet, event_types = excluded.event_types`,
    [
      batch.map(({ record }) => record.articleId),
      batch.map(({ sheet }) => JSON.stringify(sheet)),
      batch.map(({ sheet }) => JSON.stringify(sheet.event_types)),
    ],
  );
  const rows = batch.flatMap(({ record }) => flattenFacts(record).map((row) => ({ ...row, record })));
  if (rows.length === 0) return;
  // One statement for all facts: arrays in, rows out.
  await tx.query(
    `INSERT INTO facts (id, article_id, kind, type, value, confidence, span_start, span_end)
     SELECT f.id, f.article_id, f.kind, f.type, f.value, f.confidence, f.span_start, f.span_end
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[],
                   $8::integer[])
            AS f(id, article_id, kind, type, value, confidence, span_start, span_end)`,
    [
      rows.map((row) => row.fact.id),
      rows.map((row) => row.record.articleId),
      rows.map((row) => row.kind),
      rows.map((row) => row.type),
      rows.map((row) => row.value),
      rows.map((row) => row.fact.confidence),
      rows.map((row) => row.span?.[0] ?? null),
      rows.map((row) => row.span?.[1] ?? null),
    ],
  );
}

/** One row per fact; the span is where the fact is read in the text (null for derived facts). */
function flattenFacts(record: IncidentRecord): FactRow[] {
  const row = (kind: FactKind, type: string, value: string, fact: FactBase, span?: Span): FactRow => ({
    kind,
    type,
    value,
    fact,
    span: span ?? fact.evidence?.spans[0] ?? null,
  });
  return [
    ...record.entities.map((e) =>
      row("entity", e.type, e.name, e, e.evidence?.spans[0] ?? e.mentions[0]?.span),
    ),
    ...record.events.map((e) => row("event", e.type, e.realis, e, e.trigger)),
    ...record.counts.map((c) =>
      row("count", c.counted, c.value === null ? (c.vague ?? "") : String(c.value), c),
    ),
    ...record.attributions.map((a) => row("attribution", a.modality, a.actor, a)),
    ...record.money.map((m) => row("money", m.role, `${m.amount} ${m.currency}`, m)),
    ...record.crimeTypes.map((l) => row("crime-type", l.label, l.label, l)),
    ...record.dates.map((d) =>
      row("date", d.date.resolved === null ? "unresolved" : "resolved", d.date.resolved ?? d.date.text, d),
    ),
    ...record.iocs.map((i) => row("ioc", i.kind, i.value, i)),
    ...record.roles.map((r) => row("role", r.role, r.person, r)),
  ];
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}
