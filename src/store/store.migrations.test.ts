/**
 * @module store/store.migrations.test
 * Upgrading a stored database: a store written at an earlier schema version keeps its records and its
 * facts rows after `migrate` brings it up to date, on every backend of `BACKEND_CASES`.
 *
 * Input: hand-built incidents (invented text), written with the SQL of the earlier schema.
 * Output: pass/fail per backend.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlStore, migrate, MIGRATIONS, openSqlClient, type SqlClient } from "./index.ts";
import { allFactIds, BACKEND_CASES, makeIncident, type Backend } from "./store.fixtures.ts";

describe.each(BACKEND_CASES)("schema upgrade on $name", (backendCase) => {
  const suite = backendCase.skipReason === undefined ? describe : describe.skip;
  suite(backendCase.skipReason ?? "from version 2", () => {
    let backend: Backend | undefined;
    let client: SqlClient;

    beforeAll(async () => {
      backend = await backendCase.createBackend();
      client = await openSqlClient(backend.config);
    });
    afterAll(async () => {
      await client.close();
      await backend?.dispose();
    });

    it("keeps each record whole and each fact's facet row when facts move into their record (version 3)", async () => {
      expect(
        await migrate(
          client,
          MIGRATIONS.filter((m) => m.version <= 2),
        ),
      ).toStrictEqual([1, 2]);
      const { article, record } = makeIncident({ slug: "upgraded" });
      // Version 2's rows: the record as jsonb, and each fact copied whole into its facts row.
      await client.query(
        `INSERT INTO articles (id, slug, content_hash, title, text, title_start, title_end, body_start,
                               body_end, format, source_uri, messages, ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'text', $10, '[]', now())`,
        [
          article.id,
          article.slug,
          article.contentHash,
          article.title,
          article.text,
          article.titleSpan[0],
          article.titleSpan[1],
          article.bodySpan[0],
          article.bodySpan[1],
          article.sourceUri,
        ],
      );
      await client.query(
        `INSERT INTO records (article_id, schema_version, extractor_version, record) VALUES ($1, $2, $3, $4::jsonb)`,
        [article.id, record.schemaVersion, record.extractor.version, JSON.stringify(record)],
      );
      for (const entity of record.entities)
        await client.query(
          `INSERT INTO facts (id, article_id, kind, type, value, confidence, fact)
           VALUES ($1, $2, 'entity', $3, $4, $5, $6::jsonb)`,
          [entity.id, article.id, entity.type, entity.name, entity.confidence, JSON.stringify(entity)],
        );

      expect(await migrate(client)).toStrictEqual(
        MIGRATIONS.filter((m) => m.version > 2).map((m) => m.version),
      );
      const store = createSqlStore(client);
      expect(await store.getRecord(article.id)).toStrictEqual(record);
      const rows = await client.query<{ id: string; value: string }>(
        `SELECT id, value FROM facts WHERE article_id = $1 ORDER BY id`,
        [article.id],
      );
      expect(rows.map((r) => r.id)).toStrictEqual(record.entities.map((e) => e.id).sort());
      expect(allFactIds(record)).toEqual(expect.arrayContaining(rows.map((r) => r.id)));
      const columns = await client.query<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'facts'`,
      );
      expect(columns.map((c) => c.name)).not.toContain("fact");
    });
  });
});
