/**
 * @module clean/html
 * HTML → blocks with Mozilla Readability on linkedom (fast, no script execution), plus page metadata:
 * title, byline, dates, canonical URL, language and the original-source link of a syndicated copy.
 * Before Readability scores the page, code, unread attributes and marked-up page furniture are cut
 * (html-prune); its article element is then read block by block (html-blocks). Source offsets are not
 * kept for HTML (the DOM does not give them); blocks carry -1.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { collapseSpace, emptyParsed, type ParsedDocument } from "./blocks.ts";
import { blocksOf } from "./html-blocks.ts";
import { narrowToMain, removeFurniture, stripNonText } from "./html-prune.ts";

const ORIGINAL_LINK = /original (source|article|story)|originally (appeared|published)|source link/i;

/** Every `<meta>` content by its property, name or itemprop, first one winning; read in one walk. */
function metaTable(document: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of document.querySelectorAll("meta")) {
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
  if (!ORIGINAL_LINK.test(source)) return null;
  for (const a of document.querySelectorAll("a[href]"))
    if (ORIGINAL_LINK.test(a.textContent ?? "")) return a.getAttribute("href");
  return null;
}

export function parseHtml(source: string, url: string | null): ParsedDocument {
  const parsed = emptyParsed();
  // Scripts and styles never reach the text; linkedom does not run them.
  const stripped = stripNonText(source);
  const { document } = parseHTML(stripped);
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
  parsed.originalUrl = originalLink(document, stripped);
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
