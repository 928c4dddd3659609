/**
 * The story routes and ingest by URL, over the invented samples in an in-memory PGlite store: story
 * list and merged record as JSON and HTML (with the outlets' disagreement shown), incident pages
 * linking to their story, and `POST /api/ingest {"url"}` through the fetcher (a loopback server
 * allowed explicitly; the default fetcher refuses loopback).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store, StoredStory, StoryRecord } from "../contracts.ts";
import { ingest } from "../app/ingest.ts";
import { regroupStories } from "../app/stories.ts";
import { collectPaths } from "../collect/index.ts";
import { createFetcher } from "../collect/fetch/index.ts";
import { startServer, type LoopbackServer } from "../collect/fetch/testing.ts";
import { openStore } from "../store/index.ts";
import { buildServer } from "./app.ts";

const samples = resolve(import.meta.dirname, "../../samples");
const page = readFileSync(resolve(samples, "orbitel-tessera-gateway-cve.html"), "utf8").replaceAll(
  "Orbitel patches critical",
  "Orbitel rushes out fix for critical",
);

describe("story routes and ingest by URL", () => {
  let store: Store;
  let app: FastifyInstance;
  let strict: FastifyInstance;
  let web: LoopbackServer;
  let raid: StoredStory | undefined;

  beforeAll(async () => {
    store = await openStore({ kind: "pglite" });
    await ingest(collectPaths([samples]), store);
    await regroupStories(store);
    web = await startServer((request, response) => {
      if (request.url === "/orbitel") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(page);
      } else response.writeHead(404).end();
    });
    const fetcher = createFetcher({ allowLoopback: true, minDelayMs: 0, retries: 0 });
    app = buildServer({ store, fetcher });
    strict = buildServer({ store });
    raid = (await store.listStories({ limit: 50, offset: 0 })).find((s) => s.articleCount === 2);
  });
  afterAll(async () => {
    await app.close();
    await strict.close();
    await web.close();
    await store.close();
  });

  it("GET /api/stories lists stories with their outlets and article counts", async () => {
    const response = await app.inject({ method: "GET", url: "/api/stories?limit=3" });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: StoredStory[]; total: number }>();
    expect(body.total).toBe(6);
    expect(body.items).toHaveLength(3);
    expect(raid?.outlets).toContain("Luzon Ledger");
    expect(raid?.firstPublished).toBe("2025-06-17");
  });

  it("GET /api/stories/:id merges the story and flags the disagreement", async () => {
    const response = await app.inject({ method: "GET", url: `/api/stories/${raid?.id ?? ""}` });
    expect(response.statusCode).toBe(200);
    const story = response.json<StoryRecord>();
    expect(story.articles).toHaveLength(2);
    const arrested = story.disagreements.find((d) => d.about === "arrested");
    expect(arrested?.values.map((v) => v.value).sort()).toStrictEqual([185, 186]);
    const missing = await app.inject({ method: "GET", url: "/api/stories/s_missing" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe("not-found");
  });

  it("serves the story pages and links each incident to its story", async () => {
    const list = await app.inject({ method: "GET", url: "/stories" });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/stories/${raid?.id ?? ""}`);
    const one = await app.inject({ method: "GET", url: `/stories/${raid?.id ?? ""}` });
    expect(one.body).toContain("Outlets disagree");
    expect(one.body).toContain("Philippine Cyber Enforcement Command");
    const story = await store.getStory(raid?.id ?? "");
    const incident = await app.inject({ method: "GET", url: `/incidents/${story?.articleIds[0] ?? ""}` });
    expect(incident.body).toContain(`/stories/${raid?.id ?? ""}`);
    const bad = await app.inject({ method: "GET", url: "/stories?page=0" });
    expect(bad.statusCode).toBe(400);
  });

  it("POST /api/ingest with only a url fetches, stores and groups the page", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/ingest",
      payload: { url: web.url("/orbitel") },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<{ result: string; articleId: string; storyId: string; title: string }>();
    expect(body.title).toBe("Orbitel rushes out fix for critical Tessera Gateway flaw exploited in attacks");
    const story = await store.getStory(body.storyId);
    expect(story?.articleIds).toContain(body.articleId);
    expect(story?.articleIds).toHaveLength(2);
  });

  it("refuses to fetch loopback, private or non-web addresses by default, in one line", async () => {
    const refused = await strict.inject({
      method: "POST",
      url: "/api/ingest",
      payload: { url: web.url("/orbitel") },
    });
    expect(refused.statusCode).toBe(422);
    const error = refused.json<{ error: { code: string; message: string } }>().error;
    expect(error.code).toBe("blocked-address");
    expect(error.message).not.toContain("\n");
    const scheme = await strict.inject({
      method: "POST",
      url: "/api/ingest",
      payload: { url: "file:///etc/passwd" },
    });
    expect(scheme.statusCode).toBe(400);
    const missing = await app.inject({
      method: "POST",
      url: "/api/ingest",
      payload: { url: web.url("/gone") },
    });
    expect(missing.statusCode).toBe(502);
  });
});
