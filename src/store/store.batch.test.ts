/**
 * @module store/store.batch.test
 * `saveIncidents` on every backend of `BACKEND_CASES`: a batch is saved as `saveIncident` would save
 * each document (idempotent, in order), in one transaction, and a document that fails is rolled back
 * alone while the rest of its batch is kept.
 *
 * Input: hand-built incidents (invented text). Output: pass/fail per backend.
 * Invariants: every test starts on empty tables.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { IncidentToSave, Store } from "../contracts.ts";
import { createSqlStore, migrate, openSqlClient, type SqlClient } from "./index.ts";
import { allFactIds, BACKEND_CASES, makeIncident, type Backend } from "./store.fixtures.ts";

describe.each(BACKEND_CASES)("Store.saveIncidents on $name", (backendCase) => {
  const suite = backendCase.skipReason === undefined ? describe : describe.skip;
  suite(backendCase.skipReason ?? "batch saves", () => {
    let backend: Backend | undefined;
    let client: SqlClient;
    let store: Store;

    const factIds = async (articleId: string) =>
      (await client.query(`SELECT id FROM facts WHERE article_id = $1 ORDER BY id`, [articleId])).map(
        (r) => r.id,
      );
    const expectStored = async ({ article, record, sheet }: IncidentToSave) => {
      expect(await store.getArticle(article.id)).toStrictEqual(article);
      expect(await store.getRecord(article.id)).toStrictEqual(record);
      expect(await store.getFactSheet(article.id)).toStrictEqual(sheet);
      expect(await factIds(article.id)).toStrictEqual(allFactIds(record));
    };
    const expectAbsent = async (articleId: string) => {
      expect(await store.getArticle(articleId)).toBeNull();
      expect(await store.getRecord(articleId)).toBeNull();
      expect(await factIds(articleId)).toStrictEqual([]);
    };

    beforeAll(async () => {
      backend = await backendCase.createBackend();
      client = await openSqlClient(backend.config);
      await migrate(client);
      store = createSqlStore(client);
    });
    afterAll(async () => {
      await store?.close();
      await backend?.dispose();
    });
    beforeEach(async () => {
      await client.query(`TRUNCATE articles CASCADE`);
    });

    it("saves each document of a batch, in order, and reads them back equal", async () => {
      const batch = ["one", "two", "three"].map((slug) => makeIncident({ slug }));
      expect(await store.saveIncidents(batch)).toStrictEqual([
        { status: "inserted" },
        { status: "inserted" },
        { status: "inserted" },
      ]);
      for (const incident of batch) await expectStored(incident);
      expect(await store.saveIncidents([])).toStrictEqual([]);
    });

    it("is idempotent: the same batch again is unchanged, a new extractor version updates", async () => {
      const batch = ["one", "two"].map((slug) => makeIncident({ slug }));
      await store.saveIncidents(batch);
      expect(await store.saveIncidents(batch)).toStrictEqual([
        { status: "unchanged" },
        { status: "unchanged" },
      ]);
      const newer = makeIncident({ slug: "two", version: "2.0.0" });
      const third = makeIncident({ slug: "three" });
      expect(await store.saveIncidents([batch[0]!, newer, third])).toStrictEqual([
        { status: "unchanged" },
        { status: "updated" },
        { status: "inserted" },
      ]);
      await expectStored(newer);
      expect(await store.countArticles()).toBe(3);
    });

    it("saves a document that appears twice in one batch once", async () => {
      const incident = makeIncident({ slug: "twice" });
      expect(await store.saveIncidents([incident, incident])).toStrictEqual([
        { status: "inserted" },
        { status: "unchanged" },
      ]);
      await expectStored(incident);
    });

    it("rolls back a failing document alone and keeps the rest of the batch", async () => {
      const [first, bad, last] = ["first", "bad", "last"].map((slug) => makeIncident({ slug })) as [
        IncidentToSave,
        IncidentToSave,
        IncidentToSave,
      ];
      // The article row is written before the facts, which the database then refuses (NUL in text).
      const refused = {
        ...bad,
        record: {
          ...bad.record,
          entities: bad.record.entities.map((e, i) => (i === 0 ? { ...e, name: "bad\u0000name" } : e)),
        },
      };
      const mismatched = { ...makeIncident({ slug: "other" }), record: first.record };
      const results = await store.saveIncidents([first, refused, mismatched, last]);
      expect(results.map((r) => r.status)).toStrictEqual(["inserted", "failed", "failed", "inserted"]);
      expect(results[2]).toMatchObject({
        reason: expect.stringContaining("record is for article") as unknown,
      });
      await expectStored(first);
      await expectStored(last);
      await expectAbsent(bad.article.id);
      await expectAbsent("a_other");
    });
  });
});
