/**
 * @module collect/feed
 * RSS 2.0, Atom and RDF (RSS 1.0) feed documents → one RawDocument per item, with the item's link,
 * date and a key (guid, else link, else a hash of its content) that names it. Input: untrusted bytes.
 * Output: `Outcome<FeedItem[]>`. Invariants: a feed that declares its own XML entities (the
 * "billion laughs" family) is refused before parsing; a malformed feed is a failed outcome, never a throw.
 */
import { createHash } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Outcome, RawDocument } from "../contracts.ts";

export interface FeedItem {
  /** guid / id, else link, else a hash of title and content: never the date alone. */
  readonly key: string;
  readonly title: string;
  readonly link: string | null;
  readonly published: string | null;
  /** The item's HTML (content:encoded, Atom content, or description / summary). */
  readonly html: string;
}

const FEED_EXTENSIONS = new Set([".rss", ".atom", ".xml", ".rdf"]);

export function isFeedPath(path: string): boolean {
  const dot = path.lastIndexOf(".");
  return dot >= 0 && FEED_EXTENSIONS.has(path.slice(dot).toLowerCase());
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ["item", "entry", "link", "category"].includes(name),
});

const asNode = (value: unknown): Node | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Node) : null;
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Text of a node that may be a string, a number or an element with `#text`. */
function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  const node = asNode(value);
  if (node && "#text" in node) return textOf(node["#text"]);
  return null;
}

function linkOf(value: unknown): string | null {
  for (const entry of list(value)) {
    const text = textOf(entry);
    if (text) return text;
    const node = asNode(entry);
    const rel = node?.["@rel"];
    if (node && typeof node["@href"] === "string" && (rel === undefined || rel === "alternate"))
      return node["@href"];
  }
  return null;
}

function itemOf(node: Node): FeedItem {
  const title = textOf(node.title) ?? "";
  const link = linkOf(node.link);
  const html =
    textOf(node["content:encoded"]) ??
    textOf(node.content) ??
    textOf(node.description) ??
    textOf(node.summary) ??
    "";
  const published =
    textOf(node.pubDate) ?? textOf(node.published) ?? textOf(node.updated) ?? textOf(node["dc:date"]);
  const id = textOf(node.guid) ?? textOf(node.id) ?? asNode(node)?.["@rdf:about"];
  const key =
    (typeof id === "string" && id) ||
    link ||
    `sha256:${createHash("sha256").update(`${title}\n${html}`).digest("hex").slice(0, 32)}`;
  return { key, title, link, published, html };
}

export function parseFeed(bytes: Uint8Array): Outcome<FeedItem[]> {
  const xml = new TextDecoder("utf-8").decode(bytes);
  if (/<!ENTITY/i.test(xml))
    return {
      status: "failed",
      code: "xml-entities",
      reason: "feed declares its own XML entities; refused (entity-expansion risk)",
    };
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      status: "failed",
      code: "malformed-feed",
      reason: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`,
    };
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    return {
      status: "failed",
      code: "malformed-feed",
      reason: `not well-formed XML: ${String(error).split("\n")[0]?.slice(0, 160)}`,
    };
  }
  const rss = asNode(asNode(root.rss)?.channel);
  const atom = asNode(root.feed);
  const rdf = asNode(root["rdf:RDF"]);
  const nodes = rss ? list(rss.item) : atom ? list(atom.entry) : rdf ? list(rdf.item) : null;
  if (nodes === null)
    return {
      status: "failed",
      code: "not-a-feed",
      reason: "no RSS channel, Atom feed or RDF item list found",
    };
  return {
    status: "ok",
    value: nodes
      .map(asNode)
      .filter((n): n is Node => n !== null)
      .map(itemOf),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** One feed item as an HTML document the cleaner reads like any page. */
export function feedItemDocument(feedUri: string, item: FeedItem): RawDocument {
  const page = `<!doctype html><html><head><title>${escapeHtml(item.title)}</title></head><body><article><h1>${escapeHtml(item.title)}</h1>${item.html}</article></body></html>`;
  return {
    uri: `${feedUri}#${item.key}`,
    bytes: new TextEncoder().encode(page),
    format: "html",
    hints: {
      ...(item.link ? { url: item.link } : {}),
      ...(item.published ? { published: item.published } : {}),
    },
  };
}
