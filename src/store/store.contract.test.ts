/**
 * @module store/store.contract.test
 * The one contract every `Store` backend must meet, run against each of `BACKEND_CASES` (PGlite in
 * memory, PGlite in a data directory, reopened to prove persistence, and PostgreSQL when configured).
 *
 * Input: hand-built incidents (invented text). Output: pass/fail per backend.
 * Invariants: every test starts on empty tables and a reset clock, so tests do not see each other.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FactSheet, IncidentRecord, Store } from "../contracts.ts";
import {
  createSqlStore,
  FACT_KINDS,
  migrate,
  MIGRATIONS,
  openSqlClient,
  openStore,
  SNIPPET_MARKS,
  StoreConfigSchema,
  type SqlClient,
} from "./index.ts";
import {
  allFactIds,
  BACKEND_CASES,
  domainIoc,
  makeIncident,
  type Backend,
  type Incident,
} from "./store.fixtures.ts";

const START = Date.UTC(2024, 2, 1, 8, 0, 0);
const MINUTE = 60_000;

describe.each(BACKEND_CASES)("Store contract on $name", (backendCase) => {
  const suite = backendCase.skipReason === undefined ? describe : describe.skip;
  suite(backendCase.skipReason ?? "saveIncident, reads, listing and search", () => {
    // Each reading moves `step` on, so save order is ingestion order; `step = 0` makes ties.
    const clock = { next: START, step: MINUTE };
    const now = (): Date => {
      const reading = new Date(clock.next);
      clock.next += clock.step;
      return reading;
    };
    let backend: Backend | undefined;
    let client: SqlClient;
    let store: Store;

    const save = (incident: Incident, record = incident.record, sheet = incident.sheet) =>
      store.saveIncident(incident.article, record, sheet);
    const factIds = async (articleId: string) =>
      (await client.query(`SELECT id FROM facts WHERE article_id = $1 ORDER BY id`, [articleId])).map(
        (r) => r.id,
      );
    const expectStored = async (incident: Incident, record = incident.record, sheet = incident.sheet) => {
      expect(await store.getArticle(incident.article.id)).toStrictEqual(incident.article);
      expect(await store.getRecord(incident.article.id)).toStrictEqual(record);
      expect(await store.getFactSheet(incident.article.id)).toStrictEqual(sheet);
      expect(await factIds(incident.article.id)).toStrictEqual(allFactIds(record));
    };
    /** xmin is the transaction that last wrote a row: unchanged xmins mean nothing was rewritten. */
    const rowVersions = async (articleId: string) =>
      client.query(
        `SELECT xmin::text FROM articles WHERE id = $1 UNION ALL SELECT xmin::text FROM records WHERE article_id = $1
         UNION ALL SELECT xmin::text FROM fact_sheets WHERE article_id = $1
         UNION ALL SELECT xmin::text FROM facts WHERE article_id = $1`,
        [articleId],
      );
    const expectAbsent = async (articleId: string) => {
      expect(await store.getArticle(articleId)).toBeNull();
      expect(await store.getRecord(articleId)).toBeNull();
      expect(await store.getFactSheet(articleId)).toBeNull();
      expect(await factIds(articleId)).toStrictEqual([]);
    };

    beforeAll(async () => {
      backend = await backendCase.createBackend();
      client = await openSqlClient(backend.config);
      expect(await migrate(client)).toStrictEqual(MIGRATIONS.map((m) => m.version));
      store = createSqlStore(client, { now });
    });
    afterAll(async () => {
      await store?.close();
      await backend?.dispose();
    });
    beforeEach(async () => {
      await client.query(`TRUNCATE articles CASCADE`);
      Object.assign(clock, { next: START, step: MINUTE });
    });

    it("saves a new incident as inserted and reads article, record and sheet back equal", async () => {
      const incident = makeIncident({ slug: "lynx-arrests" });
      expect(await save(incident)).toBe("inserted");
      await expectStored(incident);
      expect(await store.getArticle("a_missing")).toBeNull();
    });

    it("stores one facts row per fact, keyed for facets, with its span (null when derived)", async () => {
      const { article } = await saved(makeIncident({ slug: "lynx-facets" }));
      const rows = await client.query<{ kind: string; row: string }>(
        `SELECT kind, concat_ws('|', kind, type, value, confidence, span_start || '-' || span_end, '') AS row
           FROM facts WHERE article_id = $1`,
        [article.id],
      );
      expect(new Set(rows.map((r) => r.kind))).toStrictEqual(new Set(FACT_KINDS));
      const span = (needle: string) =>
        `${article.text.indexOf(needle)}-${article.text.indexOf(needle) + needle.length}`;
      expect(rows.map((r) => r.row)).toEqual(
        expect.arrayContaining([
          `entity|threat-actor|Crimson Lynx|90|${span("Crimson Lynx")}|`,
          `event|law-enforcement/arrest|actual|90|${span("arrested")}|`,
          `count|arrested|12|90|${span("12 suspects")}|`,
          `count|charged|12|60|`,
          `money|demanded|4500000 USD|90|${span("$4,500,000")}|`,
        ]),
      );
    });

    it("saving the same article with the same extractor version is unchanged and writes nothing", async () => {
      const incident = await saved(makeIncident({ slug: "lynx-again" }));
      const before = {
        listed: await store.listIncidents({ limit: 1, offset: 0 }),
        rows: await rowVersions("a_lynx-again"),
      };
      const laterSheet: FactSheet = { ...incident.sheet, event_types: ["attack/ddos"] };
      expect(await save(incident, { ...incident.record, crimeTypes: [] }, laterSheet)).toBe("unchanged");
      await expectStored(incident);
      expect(await store.listIncidents({ limit: 1, offset: 0 })).toStrictEqual(before.listed);
      expect(await rowVersions("a_lynx-again")).toStrictEqual(before.rows);
    });

    it("saving one article twice at once inserts it once; the other save is unchanged", async () => {
      const incident = makeIncident({ slug: "raced" });
      const results = await Promise.all([save(incident), save(incident), save(incident)]);
      expect(results.sort()).toStrictEqual(["inserted", "unchanged", "unchanged"]);
      await expectStored(incident);
    });

    it("a new extractor version replaces record, sheet and facts and returns updated", async () => {
      const first = await saved(makeIncident({ slug: "lynx-v", version: "1.0.0" }));
      const second = makeIncident({ slug: "lynx-v", version: "2.0.0", eventTypes: ["attack/ransomware"] });
      const secondRecord = { ...second.record, dates: [], iocs: [...second.record.iocs, domainIoc(second)] };
      expect(await save(second, secondRecord)).toBe("updated");
      await expectStored(first, secondRecord, second.sheet);
      expect(await store.countArticles()).toBe(1);
      expect(await save(second, secondRecord)).toBe("unchanged");
    });

    const breakers: [string, (r: IncidentRecord) => IncidentRecord][] = [
      [
        "a fact id used twice",
        (r) => ({ ...r, crimeTypes: r.crimeTypes.map((f) => ({ ...f, id: r.entities[0]?.id ?? "" })) }),
      ],
      [
        "a confidence outside 0-100",
        (r) => ({ ...r, money: r.money.map((m) => ({ ...m, confidence: 250 })) }),
      ],
    ];
    it.each(breakers)("a failure mid-save (%s) stores nothing of that article", async (_, breakRecord) => {
      const kept = await saved(makeIncident({ slug: "kept" }));
      const broken = makeIncident({ slug: "broken" });
      await expect(save(broken, breakRecord(broken.record))).rejects.toThrow();
      await expectAbsent(broken.article.id);
      await expectStored(kept);
      expect(await store.countArticles()).toBe(1);
      expect(await save(broken)).toBe("inserted");
    });

    it.each(breakers)("a failed update (%s) keeps the previous version whole", async (_, breakRecord) => {
      const first = await saved(makeIncident({ slug: "lynx-fail", version: "1.0.0" }));
      const second = makeIncident({ slug: "lynx-fail", version: "2.0.0" });
      await expect(save(second, breakRecord(second.record), second.sheet)).rejects.toThrow();
      await expectStored(first);
    });

    it("refuses a record that belongs to another article, writing nothing", async () => {
      const incident = makeIncident({ slug: "mismatch" });
      await expect(save(incident, makeIncident({ slug: "other" }).record)).rejects.toThrow(/not a_mismatch/);
      await expectAbsent(incident.article.id);
    });

    it("lists incidents newest first, ties by id, with event types, in pages", async () => {
      for (const slug of ["first", "second", "third", "fourth", "fifth"]) {
        await save(makeIncident({ slug, eventTypes: ["law-enforcement/arrest", `tag/${slug}`] }));
      }
      clock.step = 0;
      for (const slug of ["tie-b", "tie-a"]) await save(makeIncident({ slug }));
      const all = await store.listIncidents({ limit: 100, offset: 0 });
      expect(all.map((i) => i.slug)).toStrictEqual([
        "tie-a",
        "tie-b",
        "fifth",
        "fourth",
        "third",
        "second",
        "first",
      ]);
      expect(all[2]).toStrictEqual({
        articleId: "a_fifth",
        slug: "fifth",
        title: "Police arrest suspects in fifth",
        published: "2024-02-28",
        outlet: "The Ledger Wire",
        eventTypes: ["law-enforcement/arrest", "tag/fifth"],
        ingestedAt: new Date(START + 4 * MINUTE).toISOString(),
      });
      const pages = await Promise.all(
        [0, 3, 6, 7].map((offset) => store.listIncidents({ limit: 3, offset })),
      );
      expect(pages.map((page) => page.map((i) => i.slug))).toStrictEqual([
        ["tie-a", "tie-b", "fifth"],
        ["fourth", "third", "second"],
        ["first"],
        [],
      ]);
      await expect(store.listIncidents({ limit: -1, offset: 0 })).rejects.toThrow(RangeError);
    });

    it("counts articles, once each however often they are saved", async () => {
      expect(await store.countArticles()).toBe(0);
      for (const slug of ["one", "two", "two"]) await save(makeIncident({ slug }));
      expect(await store.countArticles()).toBe(2);
    });

    it("searches title and body with websearch syntax, a title match ranked first", async () => {
      await save(
        makeIncident({ slug: "in-body", title: "Bank reports outage", lead: "Staff got a phishing email." }),
      );
      await save(
        makeIncident({ slug: "in-title", title: "Harbour hit by phishing wave", lead: "Fake invoices." }),
      );
      await save(
        makeIncident({ slug: "launder", title: "Couriers held", lead: "They laundered proceeds via cards." }),
      );
      const ids = async (query: string, limit = 10) =>
        (await store.search(query, limit)).map((h) => h.articleId);

      const hits = await store.search("phishing", 10);
      expect(hits.map((h) => h.articleId)).toStrictEqual(["a_in-title", "a_in-body"]);
      expect(hits[0]?.title).toBe("Harbour hit by phishing wave");
      expect(hits[0]?.rank).toBeGreaterThan(hits[1]?.rank ?? Infinity);
      expect(hits[1]?.snippet).toContain(`${SNIPPET_MARKS.start}phishing${SNIPPET_MARKS.stop}`);
      expect(await ids("laundering")).toStrictEqual(["a_launder"]);
      expect(await ids("phishing -harbour")).toStrictEqual(["a_in-body"]);
      expect(await ids("phishing", 1)).toStrictEqual(["a_in-title"]);
      for (const nothing of ["extradition", "  ", "the"]) expect(await ids(nothing)).toStrictEqual([]);
    });

    it.skipIf(!backendCase.persistent)("keeps everything across a close and reopen", async () => {
      const incident = await saved(makeIncident({ slug: "persisted" }));
      await store.close();
      if (backend === undefined) throw new Error("backend was not created");
      const reopened = await openStore(backend.config);
      try {
        expect(await reopened.getRecord(incident.article.id)).toStrictEqual(incident.record);
        expect(await reopened.search("Crimson Lynx", 5)).toHaveLength(1);
      } finally {
        await reopened.close();
      }
      client = await openSqlClient(backend.config);
      expect(await migrate(client)).toStrictEqual([]);
      store = createSqlStore(client, { now });
      await expectStored(incident);
    });

    async function saved(incident: Incident): Promise<Incident> {
      expect(await save(incident)).toBe("inserted");
      return incident;
    }
  });
});

describe("StoreConfigSchema", () => {
  const PG = "postgres://u@127.0.0.1:5432/b";
  it("accepts PGlite with or without a data directory, and PostgreSQL with a URL", () => {
    for (const good of [
      { kind: "pglite" },
      { kind: "pglite", dataDir: "db" },
      { kind: "postgres", url: PG },
    ]) {
      expect(StoreConfigSchema.parse(good)).toStrictEqual(good);
    }
  });
  it("rejects unknown kinds, missing or foreign URLs and stray keys", () => {
    for (const bad of [
      { kind: "sqlite" },
      { kind: "postgres" },
      { kind: "postgres", url: "http://x" },
      { kind: "pglite", url: PG },
    ]) {
      expect(StoreConfigSchema.safeParse(bad).success).toBe(false);
    }
  });
});
