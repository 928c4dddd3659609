/**
 * @module collect/url
 * A web address → documents, through the polite, SSRF-guarded fetcher: a feed (by content type or
 * markup) gives one document per item, anything else one page. Input: a URL and a Fetcher. Output:
 * `Collected` outcomes named by URL. Invariant: the page's own bytes go to the cleaner, so it decodes
 * them with the page's declared charset; the fetcher's refusals and failures pass through as outcomes.
 */
import type { SourceFormat } from "../contracts.ts";
import type { Fetcher } from "./fetch/index.ts";
import { feedItemDocument, parseFeed } from "./feed.ts";
import type { Collected } from "./index.ts";

export const isWebAddress = (path: string) => /^https?:\/\//i.test(path);

function looksLikeFeed(contentType: string | null, text: string | null): boolean {
  if (contentType && /\b(?:rss|atom|rdf)\+xml\b|\/xml\b/i.test(contentType)) return true;
  return text !== null && /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?<(?:rss|feed|rdf:RDF)\b/.test(text.slice(0, 1000));
}

function formatOf(contentType: string | null, url: string): SourceFormat {
  if (contentType && /^text\/plain\b/i.test(contentType)) return "text";
  if ((contentType && /markdown/i.test(contentType)) || /\.md$/i.test(new URL(url).pathname))
    return "markdown";
  return "html";
}

export async function* collectUrl(url: string, fetcher: Fetcher): AsyncGenerator<Collected> {
  const fetched = await fetcher.fetch(url);
  if (fetched.status !== "ok") {
    yield { ...fetched, uri: url };
    return;
  }
  const page = fetched.value;
  if (looksLikeFeed(page.contentType, page.text)) {
    const items = parseFeed(page.bytes);
    if (items.status !== "ok") {
      yield { ...items, uri: url };
      return;
    }
    for (const item of items.value) {
      const doc = feedItemDocument(page.url, item);
      yield { status: "ok", value: doc, uri: doc.uri };
    }
    return;
  }
  const format = formatOf(page.contentType, page.url);
  yield {
    status: "ok",
    value: { uri: page.url, bytes: page.bytes, format, hints: { url: page.url } },
    uri: page.url,
  };
}
