/**
 * @module store/store.fixtures
 * What the store tests share: the backends every contract runs on (PGlite in memory, PGlite in a data
 * directory, and PostgreSQL when `BLOTTER_TEST_PG_URL` is set, in a database created per run and
 * dropped after it), and hand-built incidents (invented text) with one fact of each kind.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Article, FactSheet, IncidentRecord, Span } from "../contracts.ts";
import type { StoreConfig } from "./index.ts";

export const PG_URL = process.env.BLOTTER_TEST_PG_URL ?? "";

export interface Backend {
  readonly config: StoreConfig;
  dispose(): Promise<void>;
}

export interface BackendCase {
  readonly name: string;
  /** A second open of the same config sees the first one's data. */
  readonly persistent: boolean;
  readonly skipReason?: string;
  createBackend(): Promise<Backend>;
}

export const BACKEND_CASES: readonly BackendCase[] = [
  {
    name: "PGlite in memory",
    persistent: false,
    createBackend: () => Promise.resolve({ config: { kind: "pglite" }, dispose: () => Promise.resolve() }),
  },
  {
    name: "PGlite in a data directory",
    persistent: true,
    async createBackend() {
      const dataDir = await mkdtemp(join(tmpdir(), "blotter-store-"));
      return {
        config: { kind: "pglite", dataDir },
        dispose: () => rm(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "PostgreSQL",
    persistent: true,
    ...(PG_URL === "" ? { skipReason: "skipped: run with BLOTTER_TEST_PG_URL=$(bash scripts/pg.sh)" } : {}),
    createBackend: () => createPostgresDatabase(PG_URL),
  },
];

/** A database of its own per run, so parallel or aborted runs never collide. */
async function createPostgresDatabase(url: string): Promise<Backend> {
  const name = `blotter_test_${randomUUID().replaceAll("-", "")}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    config: { kind: "postgres", url: testUrl.toString() },
    dispose: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export interface Incident {
  readonly article: Article;
  readonly record: IncidentRecord;
  readonly sheet: FactSheet;
}

/** Every fixture ends with this paragraph, which holds one fact of each kind. */
const STANDARD_PARAGRAPH =
  "Police in Valdoria arrested 12 suspects linked to the Crimson Lynx ransomware gang, which is believed to " +
  "have extorted $4,500,000 from a hospital chain. Investigators said the group exploited CVE-2023-12345 " +
  "and paid for hosting at lynx-pay.example. Spokesperson Mara Ilves said the raid took place on 14 March.";

export function makeIncident(options: {
  slug: string;
  title?: string;
  lead?: string;
  version?: string;
  eventTypes?: string[];
}): Incident {
  const { slug, version = "1.0.0", eventTypes = ["law-enforcement/arrest"] } = options;
  const title = options.title ?? `Police arrest suspects in ${slug}`;
  const text = `${title}\n\n${options.lead ?? "Officers searched three flats — nobody was hurt."}\n\n${STANDARD_PARAGRAPH}`;
  const id = `a_${slug}`;
  const at = (needle: string): Span => [text.indexOf(needle), text.indexOf(needle) + needle.length];
  const sentence = ([start, end]: Span): Span => [
    text.lastIndexOf(". ", start) + 2,
    text.indexOf(".", end) + 1,
  ];
  const fact = (kind: string, n: number, needle: string | null, confidence = 90) => ({
    id: `${id}:${kind}:${n}`,
    evidence: needle === null ? null : { spans: [at(needle)], sentence: sentence(at(needle)) },
    confidence,
    provenance: { rule: `extract/${kind}`, version },
  });
  const mention = (name: string) => ({ span: at(name), sentence: sentence(at(name)), text: name });
  const url = `https://ledger.example/news/${slug}`;
  const march14 = { text: "14 March", resolved: "2024-03-14" };
  const article: Article = {
    id,
    slug,
    contentHash: `sha256:${slug}`,
    title,
    text,
    titleSpan: [0, title.length],
    bodySpan: [title.length + 2, text.length],
    published: "2024-02-28",
    author: null,
    outlet: "The Ledger Wire",
    sourceUrl: url,
    canonicalUrl: url,
    originalUrl: null,
    language: "en",
    format: "html",
    sourceUri: `${url}?utm_source=feed`,
    messages: [
      { code: "clean/removed", text: "Dropped a sign-up box" },
      { code: "clean/unreadable", text: "Skipped a chart", span: [9, 99] },
    ],
  };
  const record: IncidentRecord = {
    schemaVersion: 1,
    articleId: id,
    extractor: { rule: "blotter-extract", version },
    text,
    entities: [
      {
        ...fact("entity", 0, "Crimson Lynx"),
        type: "threat-actor",
        name: "Crimson Lynx",
        aliases: ["CL-77"],
        mentions: [mention("Crimson Lynx")],
        kb: { source: "blotter-kb", key: "crimson-lynx", matchedAlias: "Crimson Lynx" },
        attributes: { since: 2019 },
      },
    ],
    roles: [
      {
        ...fact("role", 0, "Spokesperson Mara Ilves"),
        person: "Mara Ilves",
        role: "spokesperson",
        of: null,
        negated: false,
      },
    ],
    events: [
      {
        ...fact("event", 0, "arrested"),
        type: "law-enforcement/arrest",
        trigger: at("arrested"),
        realis: "actual",
        cue: null,
        background: false,
        date: march14,
        args: [{ role: "count", ref: `${id}:count:0` }],
      },
    ],
    counts: [
      {
        ...fact("count", 0, "12 suspects"),
        counted: "arrested",
        value: 12,
        vague: null,
        parts: [],
        consistent: true,
      },
      {
        ...fact("count", 1, null, 60),
        counted: "charged",
        value: 12,
        vague: null,
        parts: [{ dimension: "sex", key: "unknown", value: 12, evidence: null, derived: true }],
        consistent: true,
        derivedFrom: [`${id}:count:0`],
      },
    ],
    attributions: [
      {
        ...fact("attribution", 0, "Crimson Lynx"),
        actor: "Crimson Lynx",
        modality: "alleged",
        cue: { text: "believed to", span: at("believed to") },
      },
    ],
    money: [
      {
        ...fact("money", 0, "$4,500,000"),
        amount: 4_500_000,
        currency: "USD",
        text: "$4,500,000",
        role: "demanded",
      },
    ],
    crimeTypes: [{ ...fact("crime-type", 0, "ransomware"), label: "ransomware" }],
    dates: [{ ...fact("date", 0, "14 March"), date: march14 }],
    iocs: [{ ...fact("ioc", 0, "CVE-2023-12345"), kind: "cve", value: "CVE-2023-12345", benign: null }],
    messages: [
      { code: "extract/year-assumed", text: "Year from the publication date", span: at("14 March") },
    ],
  };
  const sheet: FactSheet = {
    id: slug,
    source_url: url,
    published: "2024-02-28",
    event_types: eventTypes,
    agencies: [],
    persons: [["Mara Ilves"]],
    organizations: [],
    threat_actors: [{ names: ["Crimson Lynx", "CL-77"], linked: true }],
    countries: [],
    places: ["Valdoria"],
    arrested: { total: 12, by_nationality: {} },
    crime_types: ["ransomware"],
    cves: ["CVE-2023-12345"],
    malware: [],
    money: [{ amount: 4_500_000, currency: "USD" }],
  };
  return { article, record, sheet };
}

export function domainIoc({ article, record }: Incident): IncidentRecord["iocs"][number] {
  const span: Span = [article.text.indexOf("lynx-pay"), article.text.indexOf("lynx-pay") + 16];
  const evidence = { spans: [span], sentence: span };
  return {
    id: `${article.id}:ioc:1`,
    kind: "domain",
    value: "lynx-pay.example",
    benign: null,
    confidence: 80,
    provenance: record.extractor,
    evidence,
  };
}

export function allFactIds(record: IncidentRecord): string[] {
  const { entities, roles, events, counts, attributions, money, crimeTypes, dates, iocs } = record;
  return [entities, roles, events, counts, attributions, money, crimeTypes, dates, iocs]
    .flat()
    .map((f) => f.id)
    .sort();
}
