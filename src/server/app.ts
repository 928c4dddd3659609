/**
 * @module server/app
 * The HTTP shell: a Fastify instance over a `Store` and the same use cases the CLI calls. Input: a
 * store (opened and closed by the caller). Output: a `FastifyInstance` that is not listening; the caller
 * listens (the CLI) or calls `inject` (tests). Routes: JSON under `/api/`, HTML pages at `/` and
 * `/incidents/:id`. Invariants: every query and body is validated with zod; every failure goes through
 * `server/errors` (one mapping of codes to statuses); handlers hold no state between requests.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { z } from "zod";
import type { Article, Outcome, RawDocument, SourceFormat, Store } from "../contracts.ts";
import { ingestDocument } from "../app/ingest.ts";
import { regroupStories, storyRecord } from "../app/stories.ts";
import { createFetcher, type Fetcher } from "../collect/fetch/index.ts";
import { collectUrl } from "../collect/url.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { ApiError, invalidRequest, notFound, sendProblem, toProblem } from "./errors.ts";
import { homePage, incidentPage, searchPage } from "./pages.ts";
import { storiesPage, storyPage } from "./story-pages.ts";

export interface ServerDeps {
  readonly store: Store;
  /** Largest accepted request body in bytes; documents are capped again when decoded. */
  readonly bodyLimit?: number;
  /** Entries from `blotter kb import`, linked beside the bundled alias table. */
  readonly knowledge?: readonly KbEntry[];
  /** Reads `POST /api/ingest {"url": …}`; by default a polite fetcher that refuses private addresses. */
  readonly fetcher?: Fetcher;
}

const PAGE_SIZE = 50;

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

const SearchQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(500),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const HomeQuery = z.object({
  q: z.string().trim().max(500).optional(),
  page: z.coerce.number().int().min(1).default(1),
});

const IngestBody = z
  .object(
    {
      text: z.string().optional(),
      html: z.string().optional(),
      markdown: z.string().optional(),
      url: z
        .string()
        .url()
        .max(2000)
        .refine((u) => /^https?:\/\//i.test(u), "url must be http or https")
        .optional(),
      title: z.string().trim().min(1).max(1000).optional(),
    },
    { required_error: "expected a JSON object body", invalid_type_error: "expected a JSON object body" },
  )
  .strict()
  .refine(
    (b) =>
      [b.text, b.html, b.markdown].filter((v) => v !== undefined).length === 1 ||
      (b.url !== undefined && b.text === undefined && b.html === undefined && b.markdown === undefined),
    { message: "give exactly one of text, html or markdown, or only a url to fetch" },
  );
type IngestBody = z.infer<typeof IngestBody>;

const IdParams = z.object({ id: z.string().min(1).max(200) });

/** The metadata of an article: everything but its text, spans and cleaning messages. */
function articleMetadata(a: Article) {
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    published: a.published,
    author: a.author,
    outlet: a.outlet,
    sourceUrl: a.sourceUrl,
    canonicalUrl: a.canonicalUrl,
    originalUrl: a.originalUrl,
    language: a.language,
    format: a.format,
    sourceUri: a.sourceUri,
    contentHash: a.contentHash,
  };
}

function slugFromTitle(title: string | undefined): string {
  const slug = (title ?? "untitled")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return slug || "untitled";
}

/** A posted body as the collect stage would have produced it from a file. */
function rawFromBody(body: IngestBody): RawDocument {
  const title = body.title;
  let format: SourceFormat;
  let text: string;
  if (body.html !== undefined) {
    format = "html";
    text = title
      ? `<title>${title.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>${body.html}`
      : body.html;
  } else if (body.markdown !== undefined) {
    format = "markdown";
    text = title ? `# ${title}\n\n${body.markdown}` : body.markdown;
  } else {
    format = "text";
    text = title ? `${title}\n\n${body.text ?? ""}` : (body.text ?? "");
  }
  const uri = body.url ?? `api/${slugFromTitle(title)}`;
  return {
    uri,
    bytes: new TextEncoder().encode(text),
    format,
    hints: body.url ? { url: body.url } : undefined,
  };
}

/**
 * Builds the server; call `listen` on the result, or `inject` in tests.
 * @example const app = buildServer({ store }); await app.listen({ port: 8080, host: "127.0.0.1" });
 */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const { store } = deps;
  const app = Fastify({ logger: false, bodyLimit: deps.bodyLimit ?? 12 * 1024 * 1024 });

  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, toProblem(error)));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      toProblem(notFound(`${request.method} ${request.url.split("?", 1)[0] ?? ""}`)),
    ),
  );

  app.get("/api/health", async () => ({ status: "ok", articles: await store.countArticles() }));

  app.get("/api/incidents", async (request) => {
    const { limit, offset } = ListQuery.parse(request.query);
    const [items, total] = await Promise.all([store.listIncidents({ limit, offset }), store.countArticles()]);
    return { items, total, limit, offset };
  });

  app.get("/api/incidents/:id", async (request) => {
    const { id } = IdParams.parse(request.params);
    const [article, sheet, record] = await Promise.all([
      store.getArticle(id),
      store.getFactSheet(id),
      store.getRecord(id),
    ]);
    if (!article || !sheet || !record) throw notFound(`incident ${id}`);
    return { article: articleMetadata(article), storyId: await store.storyOf(id), sheet, record };
  });

  app.get("/api/search", async (request) => {
    const { q, limit } = SearchQuery.parse(request.query);
    return { query: q, hits: await store.search(q, limit) };
  });

  let fetcher = deps.fetcher;
  /** A posted body, or the page at its url when only a url is given (one document: a feed's first item). */
  async function postedDocument(body: IngestBody): Promise<Outcome<RawDocument>> {
    if (body.text !== undefined || body.html !== undefined || body.markdown !== undefined)
      return { status: "ok", value: rawFromBody(body) };
    fetcher ??= createFetcher({ maxBytes: deps.bodyLimit ?? 12 * 1024 * 1024 });
    for await (const doc of collectUrl(body.url ?? "", fetcher)) return doc;
    return { status: "failed", code: "empty-feed", reason: `${body.url} is a feed with no items` };
  }
  app.post("/api/ingest", async (request, reply) => {
    const body = IngestBody.parse(request.body);
    const result = await ingestDocument(await postedDocument(body), store, deps.knowledge);
    if ("code" in result) throw new ApiError(result.code, result.reason);
    if (result.status !== "unchanged") await regroupStories(store, [result.sheet.published]);
    reply.code(result.status === "inserted" ? 201 : 200);
    return {
      result: result.status,
      articleId: result.articleId,
      title: result.title,
      storyId: await store.storyOf(result.articleId),
      sheet: result.sheet,
    };
  });

  app.get("/api/stories", async (request) => {
    const { limit, offset } = ListQuery.parse(request.query);
    const [items, total] = await Promise.all([store.listStories({ limit, offset }), store.countStories()]);
    return { items, total, limit, offset };
  });

  app.get("/api/stories/:id", async (request) => {
    const { id } = IdParams.parse(request.params);
    const story = await storyRecord(store, id);
    if (!story) throw notFound(`story ${id}`);
    return story;
  });

  app.get("/stories", async (request, reply) => {
    const parsed = HomeQuery.safeParse(request.query);
    if (!parsed.success) throw invalidRequest("page must be a positive whole number");
    const { page } = parsed.data;
    const [stories, total] = await Promise.all([
      store.listStories({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      store.countStories(),
    ]);
    reply.type("text/html; charset=utf-8");
    return storiesPage({ stories, total, page, pageSize: PAGE_SIZE });
  });

  app.get("/stories/:id", async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const story = await storyRecord(store, id);
    if (!story) throw notFound(`story ${id}`);
    reply.type("text/html; charset=utf-8");
    return storyPage(story);
  });

  app.get("/", async (request, reply) => {
    const parsed = HomeQuery.safeParse(request.query);
    if (!parsed.success) throw invalidRequest("page must be a positive whole number");
    const { q, page } = parsed.data;
    reply.type("text/html; charset=utf-8");
    if (q) return searchPage(q, await store.search(q, PAGE_SIZE));
    const offset = (page - 1) * PAGE_SIZE;
    const [incidents, total] = await Promise.all([
      store.listIncidents({ limit: PAGE_SIZE, offset }),
      store.countArticles(),
    ]);
    return homePage({ incidents, total, page, pageSize: PAGE_SIZE });
  });

  app.get("/incidents/:id", async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const [article, sheet, record] = await Promise.all([
      store.getArticle(id),
      store.getFactSheet(id),
      store.getRecord(id),
    ]);
    if (!article || !sheet || !record) throw notFound(`incident ${id}`);
    const storyId = await store.storyOf(id);
    const story = storyId ? await store.getStory(storyId) : null;
    reply.type("text/html; charset=utf-8");
    return incidentPage(article, sheet, record, story);
  });

  return app;
}
