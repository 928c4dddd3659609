/**
 * @module clean
 * Stage 2: RawDocument → Article. Decodes bytes, parses the format (text, Markdown, HTML), strips
 * syndication boilerplate and lays the cleaned text out as title, blank line, paragraphs separated by
 * blank lines. Invariants: `Article.text` is what every later span points into; ids derive from the
 * normalised text, so the same article cleaned twice gets the same id; never throws on bad input.
 */
import { createHash } from "node:crypto";
import * as chrono from "chrono-node";
import { basename, extname } from "node:path";
import type { Article, Message, Outcome, RawDocument } from "../contracts.ts";
import { joinBrokenSentences, type ParsedDocument } from "./blocks.ts";
import { decodeBytes, sniffHtmlCharset } from "./decode.ts";
import { detectLanguage } from "./language.ts";
import { cleanTitle, removeBoilerplate } from "./boilerplate.ts";
import { parseHtml } from "./html.ts";
import { stripNonText } from "./html-prune.ts";
import { parseMarkdown } from "./markdown.ts";
import { parsePlainText } from "./plain-text.ts";

export const CLEANER_VERSION = "1";

function parse(raw: RawDocument, text: string): ParsedDocument {
  switch (raw.format) {
    case "markdown":
      return parseMarkdown(text);
    case "html":
      return parseHtml(text, raw.hints?.url ?? null);
    case "text":
      return parsePlainText(text);
  }
}

/** A readable handle: the file stem, or the last path segment of a URL. */
export function slugOf(uri: string): string {
  let path = uri;
  if (/^https?:\/\//i.test(uri) && URL.canParse(uri)) path = new URL(uri).pathname.replace(/\/+$/, "");
  const stem = basename(path, extname(path));
  return stem.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 200) || "article";
}

/** The date part of an ISO timestamp, or null when the value is not a date. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** "July 22, 2021", "Sept. 3 2021": an English month, a day and a year, then anything. */
const WRITTEN_DAY =
  /^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2}),? ((?:19|20)\d\d)\b/i;

export function isoDay(value: string | null): string | null {
  if (!value) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (direct) return direct[1] ?? null;
  // "July 22, 2021 -- 12:00 GMT (13:00 BST)": a day written out first is read without chrono.
  const written = WRITTEN_DAY.exec(value.trim());
  const month = written ? MONTHS.indexOf((written[1] ?? "").slice(0, 3).toLowerCase()) + 1 : 0;
  const day = Number(written?.[2]);
  if (written && month > 0 && new Date(Date.UTC(Number(written[3]), month - 1, day)).getUTCDate() === day)
    return `${written[3]}-${String(month).padStart(2, "0")}-${(written[2] ?? "").padStart(2, "0")}`;
  // A date written out ("June 18, 2025") names a calendar day: read it in UTC so no time zone shifts it.
  const utc = new Date(`${value.trim()} UTC`);
  if (!Number.isNaN(utc.getTime())) return utc.toISOString().slice(0, 10);
  // Free-form dates ("August 28, 2021 -- 12:30 GMT (13:30 BST)"): chrono reads the calendar day.
  const found = chrono.en.parse(value.slice(0, 200))[0]?.start;
  if (!found?.isCertain("day") || !found.isCertain("month") || !found.isCertain("year")) return null;
  const [y, m, d] = [found.get("year"), found.get("month"), found.get("day")];
  return y && m && d
    ? `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
    : null;
}

/** ISO timestamps stay as given; other written dates become YYYY-MM-DD; unreadable ones are dropped. */
function normalisePublished(value: string | null): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? value.trim() : isoDay(value);
}

export function cleanDocument(raw: RawDocument): Outcome<Article> {
  const declared = raw.format === "html" ? sniffHtmlCharset(raw.bytes) : null;
  // Scripts, styles and comments are cut before decoding, so most of a page's bytes are never decoded.
  const decoded = decodeBytes(raw.bytes, declared, raw.format === "html" ? stripNonText : undefined);
  if (decoded.status !== "ok") return decoded;
  let parsed: ParsedDocument;
  try {
    parsed = parse(raw, decoded.value);
  } catch (error) {
    return {
      status: "failed",
      code: "unparseable",
      reason: `could not parse ${raw.format}: ${String(error).slice(0, 200)}`,
    };
  }
  const title = cleanTitle(parsed.title, {
    outlet: parsed.outlet,
    urls: [parsed.sourceUrl, parsed.canonicalUrl, raw.hints?.url ?? null],
  });
  const { blocks, messages } = removeBoilerplate(parsed.blocks);
  const body = joinBrokenSentences(blocks)
    .map((b) => b.text)
    .join("\n\n");
  if (!title && !body) return { status: "failed", code: "no-text", reason: "no article text found" };
  const text = body ? `${title}\n\n${body}` : title;
  const bodyStart = body ? title.length + 2 : text.length;
  const normalised = text.toLowerCase().replace(/\s+/g, " ").trim();
  const contentHash = createHash("sha256").update(normalised).digest("hex");
  const language = detectLanguage(body || title, parsed.language);
  const languageMessages: Message[] = [];
  if (language.contradictsDeclared)
    languageMessages.push({
      code: "clean/language",
      text: `the page declares language "${parsed.language ?? ""}" but its text reads as "${language.language ?? ""}"`,
    });
  if (language.language && !/^en\b/i.test(language.language))
    languageMessages.push({
      code: "clean/not-english",
      text: `text is in "${language.language}"; extraction rules are written for English and will miss facts`,
    });
  const article: Article = {
    id: `a_${contentHash.slice(0, 24)}`,
    slug: slugOf(raw.hints?.url ?? raw.uri),
    contentHash,
    title,
    text,
    titleSpan: [0, title.length],
    bodySpan: [bodyStart, text.length],
    published: normalisePublished(parsed.published ?? raw.hints?.published ?? null),
    author: parsed.author,
    outlet: parsed.outlet,
    sourceUrl: parsed.sourceUrl ?? raw.hints?.url ?? null,
    canonicalUrl: parsed.canonicalUrl,
    originalUrl: parsed.originalUrl,
    language: language.language,
    format: raw.format,
    sourceUri: raw.uri,
    messages: [...(decoded.messages ?? []), ...parsed.messages, ...messages, ...languageMessages],
  };
  return { status: "ok", value: article };
}
