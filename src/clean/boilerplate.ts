/**
 * @module clean/boilerplate
 * Removes what syndication and site templates add around an article, never article sentences:
 * hashtags in titles, "Source link" / "Click Here For The Original Source" and the footer after them,
 * rule lines, newsletter and cookie boxes, related-links tails, leaked page script. Each removal becomes a message.
 */
import type { Message } from "../contracts.ts";
import type { Block } from "./blocks.ts";

/** Lines an aggregator adds where a copy ends; what follows them is footer. */
const SYNDICATION_MARKER =
  /^(?:source link|click here for (?:the )?original source\.?|read (?:the )?(?:full |original )?(?:article|story)(?: here| at .{1,80})?\.?|(?:this (?:article|story) )?(?:was )?originally (?:appeared|published) (?:on|at|in|by) .{1,120}|view (?:the )?original (?:article|post)\.?)$/i;
const RELATED_HEADING =
  /^(?:related(?: articles| stories| posts| coverage| reading)?|read (?:more|next|also)|more (?:on|from) .{1,40}|recommended(?: for you)?|you (?:may|might) (?:also )?like|don[’']t miss|see also|also read)\s*(?::|\.{3}|…)?$/i;
const BOX =
  /\b(?:subscribe to .{0,40}newsletters?|sign up for .{0,40}newsletters?|we use cookies|(?:site|website) uses cookies|accept (?:all )?cookies|share (?:this|on) (?:article|story|facebook|twitter)|follow us on)\b/i;
/** A pointer to another story inside the body: "SEE MORE: …", "READ MORE: …", "SEE: …", "Must read: …". */
const INLINE_PROMO =
  /^(?:see|read|watch|listen|click) (?:more|also|next|here)\b.{0,10}:|^(?:see|also|must read|related|zdnet recommends|more on [\w ]{1,30}|don[’']t miss)\s*:/i;
/** Captions and credits: a line ending "(Image: GETTY)" / "(AP Photo/…)", opening "Photo: …", or "Source: KELA" alone. */
const CREDIT =
  /\((?:images?|photos?|pictures?|pics?|photograph|credit|foto|imagem|video|AP|AFP|Reuters|Getty|EPA)\b[^()]{0,80}\)\s*$|^(?:images?|photos?|pictures?|credits?|foto|photograph)\s*(?:by\b|:|credit\b)|^©|^source\s*:\s*[^.!?:]{1,60}$/i;
const COPYRIGHT = /©|\bcopyright\b|\ball rights reserved\b/i;
/** A line of page script that leaked into the text: "window.ZdnetFunctions.logWithLabel('%c …');". */
const SCRIPT_LINE =
  /^\s*(?:(?:window|document|console)\.[\w$.]+\s*\(|(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|\}\)\s*\(|\}\);?\s*$)/;
/** A byline or dateline above the body: "By Jane Doe - 11/18/19", "PUBLISHED: 10:48, Tue, Nov 19". */
const BYLINE = /^(?:[Bb]y|BY|[Pp]or|[Dd]i|[Oo]leh|[Vv]on|[Pp]ar)\s+\p{Lu}/u;
const DATELINE = /^[|\s]*(?:published|updated|posted|last updated|publicado|atualizado|pubblicato)\b/i;
const DATE_LIKE =
  /\b\d{1,2}:\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d+ (?:min(?:ute)?s?|hours?|days?) (?:read|ago)\b/i;
const SENTENCE_END = /[.!?…。！？]["'”’)」]?$/;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/** What names the site a title came from: its outlet and the addresses of its page. */
interface TitleSite {
  readonly outlet?: string | null;
  readonly urls?: readonly (string | null)[];
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The site's own name in a host: "zdnet" of www.zdnet.com, "therecord" of therecord.media. */
function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.split(".").filter((l) => l && l !== "www");
    return labels.length >= 2 ? squash(labels[labels.length - 2] as string) : null;
  } catch {
    return null;
  }
}

/** A title's last " | …" or " - …" segment when it names the site: "Title | ZDNet". */
function siteSuffix(title: string, site: TitleSite): RegExpExecArray | null {
  const suffix = /\s+[|–—-]\s+([^|–—]{2,60})$/u.exec(title);
  const name = suffix ? squash(suffix[1] ?? "") : "";
  if (!suffix || !name || suffix.index < 10) return null;
  if (site.outlet && squash(site.outlet) === name) return suffix;
  const labels = (site.urls ?? []).map(hostLabel).filter((l): l is string => !!l && l.length >= 4);
  return labels.some((label) => name === label || name.startsWith(label)) ? suffix : null;
}

/**
 * Strips what sites and aggregators append to titles: hashtags ("Title | #cybercrime | #infosec") and
 * the site's own name ("Title | ZDNet"), recognised from the outlet or the page's host, never a guess.
 */
export function cleanTitle(title: string, site: TitleSite = {}): string {
  const plain = title
    .replace(/(?:\s*[|–—-]?\s*#[\p{L}\p{N}_]+)+\s*$/u, "")
    .replace(/\s*[|–—-]\s*$/, "")
    .trim();
  const suffix = siteSuffix(plain, site);
  return suffix ? plain.slice(0, suffix.index).trim() : plain;
}

const words = (text: string) => text.split(" ").length;

/** Short lines at the start that name the author or date rather than begin the story. */
function isHeadMeta(text: string): boolean {
  if (words(text) > 15) return false;
  // Case-sensitive: "By Jane Doe" is a byline, "By the end of May, …" begins the story.
  if (BYLINE.test(text) || DATELINE.test(text)) return true;
  return DATE_LIKE.test(text) && words(text) <= 10 && !SENTENCE_END.test(text);
}

/** Short unpunctuated lines, addresses and handles the page template leaves after the last paragraph. */
function isTailScrap(text: string): boolean {
  if (/^\S+@\S+\.\w+$|^(?:https?:\/\/|www\.|twitter\.com\/|@)\S+$/i.test(text)) return true;
  return words(text) <= 4 && text.length <= 40 && !SENTENCE_END.test(text);
}

export function removeBoilerplate(blocks: readonly Block[]): { blocks: Block[]; messages: Message[] } {
  const messages: Message[] = [];
  const kept: Block[] = [];
  const drop = (block: Block, why: string) =>
    messages.push({
      code: "boilerplate",
      text: `${why}: "${block.text.slice(0, 60)}"`,
      ...(block.source >= 0 ? { span: [block.source, block.source + block.text.length] as const } : {}),
    });
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    const inTail = i >= blocks.length * 0.5;
    if (SYNDICATION_MARKER.test(block.text) && inTail) {
      drop(block, "syndication footer");
      for (const rest of blocks.slice(i + 1)) drop(rest, "after syndication marker");
      break;
    }
    if (RELATED_HEADING.test(block.text) && inTail && i > 0) {
      drop(block, "related links");
      // A list of headlines follows such a heading; article prose after it means it was a section title.
      const rest = blocks.slice(i + 1);
      if (rest.every((b) => b.text.split(" ").length < 20 && !/[.!?]["”]?$/.test(b.text))) {
        for (const link of rest) drop(link, "after related links");
        break;
      }
      continue;
    }
    if (SCRIPT_LINE.test(block.text) && /[;{}]\s*$|\)\s*$/.test(block.text)) {
      drop(block, "page script");
      continue;
    }
    if (ONLY_PUNCTUATION.test(block.text)) {
      drop(block, "rule line");
      continue;
    }
    if (BOX.test(block.text) && words(block.text) < 40) {
      drop(block, "newsletter, cookie or share box");
      continue;
    }
    if ((CREDIT.test(block.text) || INLINE_PROMO.test(block.text)) && words(block.text) < 45) {
      drop(block, "caption, credit or promotion");
      continue;
    }
    if (COPYRIGHT.test(block.text) && inTail && words(block.text) < 45) {
      drop(block, "copyright notice");
      continue;
    }
    if (kept.length < 3 && isHeadMeta(block.text) && i < blocks.length - 1) {
      drop(block, "byline or dateline");
      continue;
    }
    kept.push(block);
  }
  while (kept.length > 1) {
    const last = kept[kept.length - 1];
    if (!last || last.kind === "heading" || !isTailScrap(last.text)) break;
    drop(last, "trailing scrap");
    kept.pop();
  }
  return { blocks: kept, messages };
}
