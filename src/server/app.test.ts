import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../contracts.ts";
import { collectPaths } from "../collect/index.ts";
import { ingest } from "../app/ingest.ts";
import { openStore } from "../store/index.ts";
import { buildServer } from "./app.ts";

const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../samples");

type ErrorBody = { error: { code: string; message: string } };

function expectProblem(
  response: { statusCode: number; json: () => unknown },
  status: number,
  code: string,
): void {
  expect(response.statusCode).toBe(status);
  const body = response.json() as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toContain("\n");
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe("buildServer", () => {
  let store: Store;
  let app: FastifyInstance;
  let sampleId = "";

  beforeAll(async () => {
    store = await openStore({ kind: "pglite" });
    const summary = await ingest(collectPaths([samplesDir]), store);
    expect(summary.failed).toEqual([]);
    app = buildServer({ store });
    await app.ready();
    const hits = await store.search("Volkanov", 5);
    sampleId = hits[0]?.articleId ?? "";
    expect(sampleId).not.toBe("");
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("GET /api/health reports the number of articles", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", articles: 7 });
  });

  it("GET /api/incidents pages through incidents and validates its query", async () => {
    const first = await app.inject({ method: "GET", url: "/api/incidents?limit=4" });
    expect(first.statusCode).toBe(200);
    const page = first.json<{
      items: { articleId: string }[];
      total: number;
      limit: number;
      offset: number;
    }>();
    expect(page).toMatchObject({ total: 7, limit: 4, offset: 0 });
    expect(page.items).toHaveLength(4);
    const rest = await app.inject({ method: "GET", url: "/api/incidents?limit=4&offset=4" });
    expect(rest.json<{ items: unknown[] }>().items).toHaveLength(3);
    expectProblem(await app.inject({ method: "GET", url: "/api/incidents?limit=0" }), 400, "invalid-request");
    expectProblem(
      await app.inject({ method: "GET", url: "/api/incidents?offset=-1" }),
      400,
      "invalid-request",
    );
    expectProblem(
      await app.inject({ method: "GET", url: "/api/incidents?limit=ten" }),
      400,
      "invalid-request",
    );
  });

  it("GET /api/incidents/:id returns article metadata, fact sheet and record", async () => {
    const response = await app.inject({ method: "GET", url: `/api/incidents/${sampleId}` });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      article: Record<string, unknown>;
      sheet: { id: string };
      record: { articleId: string };
    }>();
    expect(body.article.id).toBe(sampleId);
    expect(body.article.title).toMatch(/extradites/);
    expect(body.article).not.toHaveProperty("text");
    expect(body.record.articleId).toBe(sampleId);
    expect(typeof body.sheet.id).toBe("string");
    expectProblem(await app.inject({ method: "GET", url: "/api/incidents/a_nope" }), 404, "not-found");
  });

  it("GET /api/search finds articles and requires q", async () => {
    const response = await app.inject({ method: "GET", url: "/api/search?q=ransomware" });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ query: string; hits: { title: string }[] }>();
    expect(body.query).toBe("ransomware");
    expect(body.hits.some((h) => /Nordhavn/.test(h.title))).toBe(true);
    expectProblem(await app.inject({ method: "GET", url: "/api/search" }), 400, "invalid-request");
    expectProblem(await app.inject({ method: "GET", url: "/api/search?q=%20" }), 400, "invalid-request");
  });

  it("POST /api/ingest stores one document, idempotently", async () => {
    const payload = {
      title: "Police in Lyon arrest two over SIM-swap fraud",
      text: "French police arrested two men in Lyon on Monday over a SIM-swapping scheme that stole €300,000 from bank customers.",
      url: "https://news.example.com/2025/08/lyon-sim-swap-arrests/",
    };
    const first = await app.inject({ method: "POST", url: "/api/ingest", payload });
    expect(first.statusCode).toBe(201);
    const body = first.json<{
      result: string;
      articleId: string;
      title: string;
      sheet: { source_url: string | null };
    }>();
    expect(body).toMatchObject({ result: "inserted", title: payload.title });
    expect(body.sheet.source_url).toBe(payload.url);
    const again = await app.inject({ method: "POST", url: "/api/ingest", payload });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ result: "unchanged", articleId: body.articleId });
    const page = await app.inject({ method: "GET", url: `/api/incidents/${body.articleId}` });
    expect(page.statusCode).toBe(200);
  });

  it("POST /api/ingest accepts Markdown and HTML", async () => {
    const markdown = await app.inject({
      method: "POST",
      url: "/api/ingest",
      payload: {
        markdown:
          "# Ransomware hits Porto hospital\n\nA ransomware attack disrupted a hospital in Porto, Portugal.",
      },
    });
    expect(markdown.statusCode).toBe(201);
    const page = await app.inject({
      method: "POST",
      url: "/api/ingest",
      payload: {
        title: "Dutch police take down DDoS-for-hire site",
        html: "<html><body><article><p>Dutch police in Rotterdam took down a DDoS-for-hire service used in thousands of attacks, and arrested its 24-year-old administrator.</p></article></body></html>",
      },
    });
    expect(page.statusCode).toBe(201);
    expect(page.json<{ title: string }>().title).toMatch(/DDoS-for-hire/);
  });

  it("POST /api/ingest rejects bad bodies with one-line errors", async () => {
    const post = (payload: unknown) =>
      app.inject({ method: "POST", url: "/api/ingest", payload: payload as object });
    expectProblem(await post({}), 400, "invalid-request");
    expectProblem(await post({ text: "a", html: "<p>b</p>" }), 400, "invalid-request");
    expectProblem(await post({ text: "a", url: "not a url" }), 400, "invalid-request");
    expectProblem(await post({ text: "a", extra: 1 }), 400, "invalid-request");
    expectProblem(await post([1, 2]), 400, "invalid-request");
    expectProblem(await post({ text: "" }), 422, "empty");
    const broken = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expectProblem(broken, 400, "invalid-request");
    const plain = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { "content-type": "text/plain" },
      payload: "hello",
    });
    expectProblem(plain, 400, "invalid-request");
    const xml = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { "content-type": "application/xml" },
      payload: "<text>hello</text>",
    });
    expectProblem(xml, 415, "unsupported-media-type");
  });

  it("maps an oversized body to 413 too-large", async () => {
    const small = buildServer({ store, bodyLimit: 1024 });
    try {
      const response = await small.inject({
        method: "POST",
        url: "/api/ingest",
        payload: { text: "x".repeat(5000) },
      });
      expectProblem(response, 413, "too-large");
    } finally {
      await small.close();
    }
  });

  it("GET / lists incidents with title, date, outlet and event types, and searches", async () => {
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.body).toContain("Spain extradites Russian national");
    expect(response.body).toContain("Harbour Security News");
    expect(response.body).toContain("2025-06-18");
    expect(response.body).toContain('name="q"');
    expect(response.body).toMatch(/class="tag">[a-z-]+\/[a-z-]+</);
    const search = await app.inject({ method: "GET", url: "/?q=Lindqvist" });
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain("Phishing campaign impersonates Lindqvist Bank");
    expect(search.body).toContain("<mark>");
    expect((await app.inject({ method: "GET", url: "/?page=zero" })).statusCode).toBe(400);
  });

  it("escapes every value on the pages", async () => {
    const title = `<script>alert("x")</script> & "quotes"`;
    const posted = await app.inject({
      method: "POST",
      url: "/api/ingest",
      payload: { title, text: "Body text <b>here</b> about ransomware." },
    });
    expect(posted.statusCode).toBe(201);
    const id = posted.json<{ articleId: string }>().articleId;
    const list = await app.inject({ method: "GET", url: "/?page=1" });
    expect(list.body).not.toContain("<script>");
    expect(list.body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    const page = await app.inject({ method: "GET", url: `/incidents/${id}` });
    expect(page.body).not.toContain("<script>");
    expect(page.body).not.toContain("<b>here</b>");
    const search = await app.inject({
      method: "GET",
      url: `/?q=${encodeURIComponent('<img src=x onerror="y">')}`,
    });
    expect(search.body).not.toContain("<img src=x");
  });

  it("GET /incidents/:id shows the text with evidence marked and the fact sheet", async () => {
    const response = await app.inject({ method: "GET", url: `/incidents/${sampleId}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Artem Volkanov");
    expect(response.body).toMatch(/<mark id="s-\d+" class="k-[a-z]+" title="[^"]+">/);
    expect(response.body).toContain("Fact sheet");
    expect(response.body).toMatch(/<a href="#s-\d+">/);
    const missing = await app.inject({ method: "GET", url: "/incidents/a_nope" });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/text\/html/);
  });

  it("answers unknown routes with 404, as JSON under /api/ and HTML elsewhere", async () => {
    expectProblem(await app.inject({ method: "GET", url: "/api/nothing" }), 404, "not-found");
    const page = await app.inject({ method: "GET", url: "/nothing" });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain("Error 404");
  });
});
