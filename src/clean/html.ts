/**
 * @module clean/html
 * HTML → blocks with Mozilla Readability on linkedom (fast, no script execution), plus page metadata:
 * title, byline, dates, canonical URL, language and the original-source link of a syndicated copy.
 * The source comes with code, comments and unread attributes already cut (`stripNonText`, applied by
 * cleanDocument while decoding); before Readability scores the page, marked-up page furniture is cut
 * too (html-prune), and its article element is then read block by block (html-blocks). Source offsets are not
 * kept for HTML (the DOM does not give them); blocks carry -1.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { collapseSpace, decodeBasicEntities, emptyParsed, type ParsedDocument } from "./blocks.ts";
import { blocksOf } from "./html-blocks.ts";
import { ORIGINAL_SOURCE, narrowToMain, removeFurniture } from "./html-prune.ts";

/** Every `<meta>` content by its property, name or itemprop, first one winning; read in one walk. */
function metaTable(document: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of document.getElementsByTagName("meta")) {
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    for (const key of ["property", "name", "itemprop"]) {
      const name = el.getAttribute(key);
      if (name && !table.has(name)) table.set(name, content);
    }
  }
  return table;
}

function firstOf(table: Map<string, string>, ...names: string[]): string | null {
  for (const name of names) {
    const value = table.get(name);
    if (value) return value;
  }
  return null;
}

function originalLink(document: Document, source: string): string | null {
  // Most pages never mention an original source; skip the walk over every link for them.
  if (!ORIGINAL_SOURCE.test(source)) return null;
  for (const a of document.querySelectorAll("a[href]"))
    if (ORIGINAL_SOURCE.test(a.textContent ?? "")) return a.getAttribute("href");
  return null;
}

const MAX_NESTING = 400;
const AUTO_CLOSED = new Set([
  "p",
  "li",
  "td",
  "th",
  "tr",
  "dt",
  "dd",
  "option",
  "br",
  "hr",
  "img",
  "input",
  "meta",
  "link",
  "area",
  "base",
  "col",
  "embed",
  "source",
  "track",
  "wbr",
]);

/** The deepest element nesting in the markup, read linearly and stopping at `limit`. */
export function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})\b[^<>]{0,2000}?(\/?)>/g)) {
    const name = (m[2] ?? "").toLowerCase();
    if (AUTO_CLOSED.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

/** Markup nested past any real page (a DOM-exhaustion attack) is read as plain text, without a DOM. */
function parseFlattened(source: string): ParsedDocument {
  const parsed = emptyParsed();
  const text = decodeBasicEntities(
    source
      .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^<>]{0,2000}>/gi, "\n\n")
      .replace(/<[^<>]{0,2000}>/g, " "),
  );
  const paragraphs = text
    .split(/\n\s*\n/)
    .map(collapseSpace)
    .filter(Boolean);
  parsed.title = paragraphs.shift() ?? "";
  parsed.blocks = paragraphs.map((p) => ({ text: p, source: -1, kind: "paragraph" as const }));
  parsed.messages.push({
    code: "deep-nesting",
    text: `markup nested deeper than ${MAX_NESTING} levels; read as plain text`,
  });
  return parsed;
}

/** @param source the page as `stripNonText` leaves it: no scripts, styles or comments. */
export function parseHtml(source: string, url: string | null): ParsedDocument {
  if (nestingDepth(source, MAX_NESTING) > MAX_NESTING) return parseFlattened(source);
  const parsed = emptyParsed();
  const { document } = parseHTML(source);
  const metas = metaTable(document);
  parsed.canonicalUrl =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? firstOf(metas, "og:url");
  parsed.sourceUrl = url ?? parsed.canonicalUrl;
  parsed.language = document.documentElement?.getAttribute("lang") ?? null;
  parsed.published = firstOf(
    metas,
    "article:published_time",
    "datePublished",
    "date",
    "pubdate",
    "DC.date.issued",
  );
  parsed.outlet = firstOf(metas, "og:site_name");
  parsed.originalUrl = originalLink(document, source);
  const fallbackTitle =
    firstOf(metas, "og:title") ?? collapseSpace(document.querySelector("title")?.textContent ?? "");
  const body = document.querySelector("body");
  if (body) {
    removeFurniture(body);
    narrowToMain(body);
  }
  const article = new Readability(document, {
    charThreshold: 200,
    keepClasses: true,
    disableJSONLD: true,
    // The article element itself, not its HTML: reading it directly saves a serialise-and-reparse.
    serializer: (node: Node) => node as Element,
  }).parse();
  if (!article?.content) {
    parsed.title = fallbackTitle;
    if (body) parsed.blocks = blocksOf(body);
    parsed.messages.push({
      code: "no-main-content",
      text: "Readability found no main content; used the whole body",
    });
    return parsed;
  }
  parsed.title = collapseSpace(article.title ?? "") || fallbackTitle;
  parsed.author = article.byline ? collapseSpace(article.byline) : null;
  parsed.published ??= article.publishedTime ?? null;
  parsed.outlet ??= article.siteName ?? null;
  parsed.language ??= article.lang ?? null;
  parsed.blocks = blocksOf(article.content);
  // Readability often repeats the headline as the first block.
  if (parsed.blocks[0]?.text === parsed.title) parsed.blocks.shift();
  return parsed;
}
