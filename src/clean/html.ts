/**
 * @module clean/html
 * HTML → blocks with Mozilla Readability on linkedom (fast, no script execution), plus page metadata:
 * title, byline, dates, canonical URL, language and the original-source link of a syndicated copy.
 * Source offsets are not kept for HTML (the DOM does not give them); blocks carry -1.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { collapseSpace, emptyParsed, type Block, type ParsedDocument } from "./blocks.ts";

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt";
const ORIGINAL_LINK = /original (source|article|story)|originally (appeared|published)|source link/i;

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function blocksOf(container: Element): Block[] {
  const blocks: Block[] = [];
  for (const el of container.querySelectorAll(BLOCK_SELECTOR)) {
    // A block nested in another block (p inside li) is read once, through its innermost element.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    if (el.closest("figcaption, figure > *:not(p)")) continue;
    const text = collapseSpace(el.textContent ?? "");
    if (text) blocks.push({ text, source: -1, kind: /^H\d$/.test(el.tagName) ? "heading" : "paragraph" });
  }
  if (blocks.length === 0) {
    for (const line of (container.textContent ?? "").split(/\n\s*\n/)) {
      const text = collapseSpace(line);
      if (text) blocks.push({ text, source: -1, kind: "paragraph" });
    }
  }
  return blocks;
}

export function parseHtml(source: string, url: string | null): ParsedDocument {
  const parsed = emptyParsed();
  // Scripts and styles never reach the text; linkedom does not run them.
  const { document } = parseHTML(source.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, " "));
  parsed.canonicalUrl =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url");
  parsed.sourceUrl = url ?? parsed.canonicalUrl;
  parsed.language = document.documentElement?.getAttribute("lang") ?? null;
  parsed.published = meta(
    document,
    "article:published_time",
    "datePublished",
    "date",
    "pubdate",
    "DC.date.issued",
  );
  parsed.outlet = meta(document, "og:site_name");
  for (const a of document.querySelectorAll("a[href]")) {
    if (ORIGINAL_LINK.test(a.textContent ?? "")) {
      parsed.originalUrl = a.getAttribute("href");
      break;
    }
  }
  const fallbackTitle =
    meta(document, "og:title") ?? collapseSpace(document.querySelector("title")?.textContent ?? "");
  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (!article?.content) {
    parsed.title = fallbackTitle;
    const body = document.querySelector("body");
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
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const root = content.querySelector("body");
  parsed.blocks = root ? blocksOf(root) : [];
  // Readability often repeats the headline as the first block.
  if (parsed.blocks[0]?.text === parsed.title) parsed.blocks.shift();
  return parsed;
}
