/**
 * @module store/migrations
 * The database schema as an ordered list of versioned migrations, and `migrate`, which brings a
 * database up to date.
 *
 * Input: a connected `SqlClient`. Output: the versions it applied (empty when already current).
 * Invariants: versions strictly increase and never change once released (add a new migration
 * instead); each migration runs once, in its own transaction, recorded in `schema_migrations`;
 * concurrent `migrate` calls on one PostgreSQL database serialise on an advisory lock; a database
 * migrated by newer code is refused rather than written with an older schema in mind.
 */
import type { SqlClient, SqlQuery } from "./sql-store.ts";

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** One statement each: PGlite's extended protocol runs a single statement per query. */
  readonly statements: readonly string[];
}

/** The kinds of rows in `facts`, one per array of `IncidentRecord` that holds facts. */
export const FACT_KINDS = [
  "entity",
  "event",
  "count",
  "attribution",
  "money",
  "crime-type",
  "date",
  "ioc",
  "role",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const factKindList = FACT_KINDS.map((kind) => `'${kind}'`).join(", ");

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, records, fact sheets and facts",
    statements: [
      // Ids are ASCII hashes: byte order ("C") sorts them the same on every server, and faster.
      `CREATE TABLE articles (
        id text COLLATE "C" PRIMARY KEY,
        slug text NOT NULL,
        content_hash text NOT NULL UNIQUE,
        title text NOT NULL,
        text text NOT NULL,
        title_start integer NOT NULL,
        title_end integer NOT NULL,
        body_start integer NOT NULL,
        body_end integer NOT NULL,
        published text,
        author text,
        outlet text,
        source_url text,
        canonical_url text,
        original_url text,
        language text,
        format text NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
        source_uri text NOT NULL,
        messages jsonb NOT NULL,
        ingested_at timestamptz NOT NULL,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')
        ) STORED,
        -- Spans count UTF-16 code units (JavaScript indices); SQL length() counts characters, so only
        -- their order is checked here.
        CHECK (0 <= title_start AND title_start <= title_end),
        CHECK (0 <= body_start AND body_start <= body_end)
      )`,
      `CREATE INDEX articles_search_idx ON articles USING gin (search)`,
      `CREATE INDEX articles_listing_idx ON articles (ingested_at DESC, id)`,
      `CREATE TABLE records (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        schema_version integer NOT NULL,
        extractor_version text NOT NULL,
        record jsonb NOT NULL
      )`,
      `CREATE TABLE fact_sheets (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        sheet jsonb NOT NULL,
        event_types text[] NOT NULL
      )`,
      `CREATE INDEX fact_sheets_event_types_idx ON fact_sheets USING gin (event_types)`,
      `CREATE TABLE facts (
        id text COLLATE "C" PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${factKindList})),
        type text NOT NULL,
        value text NOT NULL,
        confidence integer NOT NULL CHECK (confidence BETWEEN 0 AND 100),
        span_start integer,
        span_end integer,
        fact jsonb NOT NULL,
        CHECK ((span_start IS NULL) = (span_end IS NULL) AND span_start <= span_end)
      )`,
      `CREATE INDEX facts_facet_idx ON facts (kind, type, value)`,
      `CREATE INDEX facts_article_idx ON facts (article_id)`,
    ],
  },
  {
    version: 2,
    name: "stories, and feed cursors for watch",
    statements: [
      // Title, dates, outlets and event types are kept up to date by saveStories, so listing is one scan.
      `CREATE TABLE stories (
        id text COLLATE "C" PRIMARY KEY,
        title text NOT NULL DEFAULT '',
        first_published text,
        last_published text,
        article_count integer NOT NULL DEFAULT 0,
        outlets text[] NOT NULL DEFAULT '{}',
        event_types text[] NOT NULL DEFAULT '{}'
      )`,
      `CREATE INDEX stories_listing_idx ON stories (last_published DESC NULLS LAST, id)`,
      `CREATE TABLE story_articles (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position integer NOT NULL
      )`,
      `CREATE INDEX story_articles_story_idx ON story_articles (story_id, position)`,
      `CREATE TABLE feeds (
        url text PRIMARY KEY,
        etag text,
        last_modified text,
        last_polled timestamptz,
        last_result text
      )`,
      // One row per item key (guid, else link, else content hash) ever seen in a feed: the cursor.
      `CREATE TABLE feed_items (
        feed_url text NOT NULL,
        item_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('stored', 'failed')),
        attempts integer NOT NULL,
        article_id text COLLATE "C",
        first_seen timestamptz NOT NULL,
        last_seen timestamptz NOT NULL,
        PRIMARY KEY (feed_url, item_key)
      )`,
    ],
  },
  {
    version: 3,
    name: "each fact stored once, in its record",
    statements: [
      // The record holds every fact whole; a facts row keeps what facets and spans need. Copying each
      // fact into a jsonb column of its own took a third of the time of saving a document.
      `ALTER TABLE facts DROP COLUMN fact`,
      // The record is written and read whole, never queried inside: json keeps its text as it is,
      // where jsonb would convert it to a binary form on every write and back on every read.
      `ALTER TABLE records ALTER COLUMN record TYPE json USING record::json`,
    ],
  },
];

/** Any constant will do; it only has to be the same for every process migrating Blotter. */
const MIGRATION_LOCK_KEY = 0x626c6f74;

/**
 * Applies the migrations the database has not seen yet, oldest first.
 * @example
 * const applied = await migrate(client); // [1] on an empty database, [] afterwards
 */
export async function migrate(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  assertOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  await client.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const [row] = await tx.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM schema_migrations`,
    );
    const current = row?.version ?? 0;
    if (current > latest) {
      throw new Error(`database schema is at version ${current}, newer than this code (${latest})`);
    }
  });

  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await client.transaction(async (tx) => {
      await lockMigrations(tx);
      const done = await tx.query(`SELECT 1 FROM schema_migrations WHERE version = $1`, [migration.version]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query(`INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

async function lockMigrations(tx: SqlQuery): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (!Number.isInteger(migration.version) || migration.version < 1) {
      throw new Error(`migration "${migration.name}" has an invalid version ${migration.version}`);
    }
    if (previous !== undefined && migration.version <= previous.version) {
      throw new Error(`migration ${migration.version} is out of order after ${previous.version}`);
    }
  });
}
