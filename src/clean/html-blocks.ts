/**
 * @module clean/html-blocks
 * Readability's article element → paragraph blocks. Input: the element Readability kept (classes
 * preserved). Output: one block per innermost text block (paragraph, heading, list item, quote, table
 * cell), with text held directly in wrapper elements read as paragraphs too. Invariants: figures,
 * captions, image credits, bylines, share bars and "related" boxes are left out by HTML semantics or
 * by generic class words any site may use, never by one site's markup; source offsets are -1.
 */
import { collapseSpace, type Block } from "./blocks.ts";

const BLOCK_TAGS = new Set("P H1 H2 H3 H4 H5 H6 LI BLOCKQUOTE PRE TD TH DD DT".split(" "));

/** Whether a text block lies inside `el`: a plain walk, as a selector would be compiled on every call. */
function holdsBlock(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (BLOCK_TAGS.has(child.tagName) || holdsBlock(child)) return true;
  return false;
}

/** Generic class or id words for what surrounds an article's prose: captions, credits, bylines, widgets. */
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:caption|credit|byline|author|dateline|timestamp|share|sharing|social|related|newsletter|subscribe|promo|advert|ad|ads|sponsor|breadcrumbs?|tags?|meta)(?:$|[\s_-])/i;

/** Furniture is short or mostly links; a long prose element keeps its text whatever its class says. */
const FURNITURE_MAX_CHARS = 300;

function linkDensity(el: Element, textLength: number): number {
  let linked = 0;
  for (const a of el.getElementsByTagName("a")) linked += (a.textContent ?? "").length;
  return textLength > 0 ? linked / textLength : 0;
}

function isFurniture(el: Element, memo: Map<Element, boolean>): boolean {
  const known = memo.get(el);
  if (known !== undefined) return known;
  let verdict = el.tagName === "FIGURE" || el.tagName === "FIGCAPTION";
  const label = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (!verdict && label.length > 1 && FURNITURE_CLASS.test(label)) {
    const length = collapseSpace(el.textContent ?? "").length;
    verdict = length < FURNITURE_MAX_CHARS || linkDensity(el, length) > 0.5;
  }
  memo.set(el, verdict);
  return verdict;
}

/** Walks up from a block to the content root, asking whether any ancestor is a figure or furniture. */
function insideFurniture(el: Element, root: Element, memo: Map<Element, boolean>): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement)
    if (isFurniture(node, memo)) return true;
  return false;
}

const INLINE_TAGS = new Set(
  "A SPAN B I EM STRONG FONT SMALL SUB SUP U ABBR CITE Q CODE TIME MARK S LABEL BIG DEL INS".split(" "),
);

/**
 * An element's text with a space wherever a `<br>` or a non-inline child breaks it, so "dates:<br>June"
 * reads as two words, not "dates:June".
 */
function textOf(el: Element): string {
  let text = "";
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? "";
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.tagName === "BR") text += " ";
      else if (INLINE_TAGS.has(child.tagName)) text += textOf(child);
      else text += ` ${textOf(child)} `;
    }
  }
  return text;
}

function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName) && !holdsBlock(el);
}

/**
 * Paragraph blocks of an article element, in document order. Text held directly in a wrapper (a
 * `<div>` of prose broken by `<br>`) becomes paragraphs of its own at the place it stands.
 */
export function blocksOf(container: Element): Block[] {
  const blocks: Block[] = [];
  const memo = new Map<Element, boolean>();
  const push = (raw: string, kind: Block["kind"]) => {
    const text = collapseSpace(raw);
    if (text) blocks.push({ text, source: -1, kind });
  };
  const visit = (el: Element) => {
    if (el !== container && insideFurniture(el, container, memo)) return;
    if (BLOCK_TAGS.has(el.tagName) && !holdsBlock(el)) {
      push(textOf(el), /^H\d$/.test(el.tagName) ? "heading" : "paragraph");
      return;
    }
    let run = "";
    for (const node of el.childNodes) {
      if (node.nodeType === 3) run += node.textContent ?? "";
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (child.tagName !== "BR" && isInline(child)) {
        if (!insideFurniture(child, el, memo)) run += textOf(child);
        continue;
      }
      push(run, "paragraph");
      run = "";
      if (child.tagName !== "BR") visit(child);
    }
    push(run, "paragraph");
  };
  visit(container);
  return blocks;
}
