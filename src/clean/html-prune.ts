/**
 * @module clean/html-prune
 * What is cut from an HTML page before Readability scores it. Input: the decoded page source, then
 * its DOM. Output: the same page without what can never be article text (scripts, styles, comments,
 * inline SVG, embedded frames, form controls) and without the page furniture HTML marks as such by
 * element or ARIA role (navigation, asides, page footers, dialogs, hidden elements), narrowed to a lone
 * `<main>` or `<article>` that holds nearly all the prose. Invariants: keys on HTML semantics only,
 * never on one site's class names; every pass is linear in the source, also on hostile input; cutting
 * first makes parsing and scoring cheaper as well as more precise. Furniture whose extent the source
 * shows is cut there already, leaving the tree the DOM pass would leave; the rest goes in the DOM.
 * The source cuts run on undecoded bytes read as latin1 (see decode.ts), so their patterns match ASCII
 * syntax only: white space is HTML's ASCII white space, never `\s`, which would also match bytes
 * inside UTF-8 characters.
 */

import { elementEnd, hasMarkupContent } from "./html-extent.ts";

/** Words of a link to the original of a syndicated copy (read by the metadata, so never cut unread). */
export const ORIGINAL_SOURCE = /original (source|article|story)|originally (appeared|published)|source link/i;

/** HTML's white space (the spec's ASCII whitespace), as regex class contents. */
const SPACE = " \\t\\n\\f\\r";
const WS = `[${SPACE}]`;

/** Comments and elements whose whole content is code, markup or media, never prose. */
const NEVER_TEXT_OPEN = /<!--|<(script|style|noscript|svg|template|iframe|object|canvas|math)\b/;

/** Media wrappers and sources that carry no text; `<img>` stays, as Readability weighs images. */
const MEDIA_TAG = /<\/?(?:picture|source|video|audio|track|map|area|wbr)\b[^<>]*>/gi;

/**
 * Block-level tags: white space between one of them and another tag is never read (a block boundary
 * separates words anyway), so it need not become a node.
 */
const LAYOUT =
  "(?:div|p|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|section|article|header|footer|main|nav|aside|h[1-6]|form|fieldset|figure|blockquote|html|body|head|title|option|select|hr|br)";
const LAYOUT_GAP = new RegExp(
  `(<\\/?${LAYOUT}\\b[^<>]*>)${WS}+(?=<)|(?<=>)${WS}+(?=<\\/?${LAYOUT}\\b)`,
  "gi",
);

/** Furniture by element, role or visibility; an article's own `<footer>` is cut too (tags, share bars). */
const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "dialog", "button", "select", "textarea", "input"]);
const FURNITURE_ROLES = new Set([
  "navigation",
  "complementary",
  "contentinfo",
  "dialog",
  "alert",
  "search",
  "menu",
  "menubar",
  "banner",
]);

const MAY_MARK_FURNITURE = /hidden|role/;

/** The DOM test below, read from a start tag's attributes (the first of a name counts, as in the parser). */
function isFurnitureTag(name: string, attributes: string): boolean {
  if (FURNITURE_TAGS.has(name)) return true;
  if (!MAY_MARK_FURNITURE.test(attributes)) return false;
  const seen = new Map<string, string>();
  for (const [, key = "", value = ""] of attributes.matchAll(ATTRIBUTE))
    if (!seen.has(key)) seen.set(key, value.replace(/^(["'])([^]*)\1$/, "$2"));
  const role = seen.get("role");
  return (
    seen.has("hidden") ||
    seen.get("aria-hidden") === "true" ||
    (role !== undefined && FURNITURE_ROLES.has(role))
  );
}

function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.localName) || el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  const role = el.getAttribute("role");
  return role !== null && FURNITURE_ROLES.has(role);
}

/** A start tag and its attribute list; quoted values may hold `>`. */
const START_TAG = new RegExp(
  `<([a-zA-Z][\\w:-]*)((?:${WS}+[^${SPACE}=>/"'<]+(?:${WS}*=${WS}*(?:"[^"]*"|'[^']*'|[^${SPACE}<>"']*))?)*)${WS}*(\\/?)>`,
  "g",
);
const ATTRIBUTE = new RegExp(`([^${SPACE}=>/"']+)(?:${WS}*=${WS}*("[^"]*"|'[^']*'|[^${SPACE}>"']*))?`, "g");

/**
 * Attributes the metadata readers, Readability and the block reader consult. Every other attribute
 * (data-*, srcset, event handlers, sizes, ARIA labels) would only become DOM nodes nobody reads.
 */
const KEPT_ATTRIBUTES = new Set(
  (
    "class id href src role hidden aria-hidden aria-modal itemprop itemtype itemscope rel lang dir " +
    "name property content charset http-equiv colspan rowspan summary datatable type datetime"
  ).split(" "),
);
/** Inline styles matter only when they hide an element. */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The one `<link>` read (the canonical URL); stylesheets, icons, preloads and feeds need no node. */
const CANONICAL_LINK = new RegExp(`\\brel${WS}*=${WS}*["']?[^"'<>]*\\bcanonical\\b`, "i");

function keepAttributes(tag: string, name: string, attributes: string, selfClosing: string): string {
  if (name.length === 4 && name.toLowerCase() === "link" && !CANONICAL_LINK.test(attributes)) return "";
  if (!attributes) return tag;
  let kept = "";
  for (const [whole, key = "", value = ""] of attributes.matchAll(ATTRIBUTE)) {
    const lower = key.toLowerCase();
    if (KEPT_ATTRIBUTES.has(lower) || (lower === "style" && HIDING_STYLE.test(value))) kept += ` ${whole}`;
  }
  return `<${name}${kept}${selfClosing ? " /" : ""}>`;
}

/**
 * Cuts comments and never-text elements in one pass. An element with no closing tag loses only its
 * opening tag; remembering which closers are absent keeps the scan linear on hostile input.
 */
function cutNeverText(source: string): string {
  const absent = new Set<string>();
  const closers = new Map<string, RegExp>();
  let out = "";
  let last = 0;
  const opener = new RegExp(NEVER_TEXT_OPEN.source, "gi");
  for (let m = opener.exec(source); m; m = opener.exec(source)) {
    const name = m[1]?.toLowerCase() ?? "--";
    let closer = closers.get(name);
    if (!closer) closers.set(name, (closer = name === "--" ? /-->/g : new RegExp(`</${name}[^>]*>`, "gi")));
    closer.lastIndex = opener.lastIndex;
    const found = absent.has(name) ? null : closer.exec(source);
    if (!found) {
      absent.add(name);
      continue;
    }
    out += `${source.slice(last, m.index)} `;
    last = closer.lastIndex;
    opener.lastIndex = last;
  }
  return out + source.slice(last);
}

/** Any end tag (name in group 1) or start tag (name, attributes and self-closing slash in groups 2-4). */
const TAG = new RegExp(`<\\/([a-zA-Z][\\w:-]*)[^>]*>|${START_TAG.source}`, "g");

/**
 * Cuts the content of page furniture from the source, so it is never parsed. Each element is found
 * with htmlparser2's rules (html-extent) and replaced by its start tag, the `<meta>` tags it held (read
 * for metadata) and an end tag, which parses to the tree the DOM pass would leave, since that pass then
 * removes the emptied element. An element whose end cannot be told, or that holds a link to an
 * original source, is left whole for the DOM pass.
 */
export function cutFurniture(source: string): string {
  const tags = new RegExp(TAG.source, "g");
  let out = "";
  let last = 0;
  for (let m = tags.exec(source); m; m = tags.exec(source)) {
    const name = m[2]?.toLowerCase();
    if (!name || !hasMarkupContent(name) || !isFurnitureTag(name, m[3] ?? "")) continue;
    const startTag = m[0];
    const contentStart = m.index + startTag.length;
    let metas = "";
    const end = elementEnd(source, tags, name, (tag) => {
      if (tag[2]?.toLowerCase() === "meta") metas += tag[0];
    });
    if (end < 0 || ORIGINAL_SOURCE.test(source.slice(contentStart, end))) continue;
    out += `${source.slice(last, contentStart)}${metas}</${name}>`;
    last = end;
    tags.lastIndex = end;
  }
  return out + source.slice(last);
}

/**
 * Removes code, comments and embedded media from the source before it is parsed, and the attributes
 * nothing reads, so the DOM holds fewer nodes.
 */
export function stripNonText(source: string): string {
  const head = /<body\b/i.exec(source)?.index ?? 0;
  // The head keeps its <meta> and <link> tags: metadata is read from them.
  const body = cutFurniture(cutNeverText(source.slice(head))).replace(MEDIA_TAG, "");
  return (cutNeverText(source.slice(0, head)) + body)
    .replace(START_TAG, keepAttributes)
    .replace(LAYOUT_GAP, "$1");
}

/** The element after `el`'s subtree in document order, within `root`. */
function nextOutside(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/**
 * Detaches page furniture from the parsed document, outermost first, in one walk that skips what it
 * removes (one pass of attribute reads per element instead of one selector match per furniture kind).
 */
export function removeFurniture(root: Element): number {
  let removed = 0;
  let el = root.firstElementChild;
  while (el) {
    if (isFurniture(el)) {
      const next = nextOutside(el, root);
      el.remove();
      removed++;
      el = next;
    } else el = el.firstElementChild ?? nextOutside(el, root);
  }
  return removed;
}

function paragraphChars(root: Element): number {
  let chars = 0;
  for (const p of root.getElementsByTagName("p")) chars += (p.textContent ?? "").length;
  return chars;
}

/** Share of the page's paragraph text a lone `<main>` or `<article>` must hold to stand for the page. */
const MAIN_SHARE = 0.8;

/**
 * Narrows the body to the page's one `<main>` (or its one `<article>`) when that element holds nearly
 * all of the paragraph text, so Readability scores a fraction of the DOM. Pages with several articles
 * (listings, forums) or prose outside the element keep their whole body.
 */
export function narrowToMain(body: Element): boolean {
  for (const tag of ["main", "article"]) {
    const found = body.getElementsByTagName(tag);
    const only = found.length === 1 ? found[0] : undefined;
    if (!only) continue;
    const total = paragraphChars(body);
    if (total > 0 && paragraphChars(only) >= MAIN_SHARE * total) {
      body.replaceChildren(only);
      return true;
    }
  }
  return false;
}
